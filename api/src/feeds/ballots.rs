//! Ballots: one voter's ballot in one election, under the county's own id, with its USPS barcodes.
//! A reissued ballot names the one it replaces, which becomes `superseded`.

use ballot_shared::Vocabulary;
use std::collections::HashMap;

use ballot_shared::FieldError;
use ballot_shared::InputError;
use ballot_shared::ballot::{BallotStatus, DeliveryMethod, EventSource};
use ballot_shared::imb::Imb;
use ballot_shared::voter_id::VoterId;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::db::schema::{ballot_statuses, ballots, voter_records};
use crate::db::{AdvisoryLock, DbConnection, serialize_writers, write_transaction};
use crate::error::Words;
use crate::feeds::body::RowRead;
use crate::feeds::events::{self, ValidEvent};
use crate::feeds::{
    BatchResult, FeedContext, Outcome, audit, barcode_error, elections, field_error, parse_id, present, scans,
};
use crate::per_backend;

/// Most ballots in one request.
pub const MAX_BALLOTS: usize = 10_000;

/// A ballot as posted.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct BallotRow {
    /// The county's id of the ballot.
    #[schema(example = "B-0001234")]
    pub ballot_id: String,
    /// The voter's state voter ID; the voter must be registered in this county.
    #[schema(example = "CA1001")]
    pub voter_id: String,
    /// The election's id (see the elections endpoint).
    #[schema(example = "2026-11-03-general")]
    pub election: String,
    /// A `DeliveryMethod`.
    #[schema(example = "mail")]
    pub delivery_method: String,
    /// The outbound envelope's Intelligent Mail barcode, 20 to 31 digits (only its 20-digit tracking code is kept).
    #[serde(default)]
    pub outbound_imb: Option<String>,
    /// The return envelope's Intelligent Mail barcode.
    #[serde(default)]
    pub return_imb: Option<String>,
    /// For a reissued ballot: the county's id of the ballot it replaces.
    #[serde(default)]
    pub supersedes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidBallot {
    pub ballot_id: String,
    pub voter_id: VoterId,
    pub election: String,
    pub delivery_method: DeliveryMethod,
    pub outbound_tracking: Option<String>,
    pub return_tracking: Option<String>,
    pub supersedes: Option<String>,
}

impl BallotRow {
    pub fn parse(&self) -> Result<ValidBallot, Vec<FieldError>> {
        let mut errors = Vec::new();
        let ballot_id = parse_id("ballot_id", &self.ballot_id).map_err(|e| errors.push(e)).ok();
        let voter_id = VoterId::parse(&self.voter_id).map_err(|e| errors.push(e.for_field("voter_id"))).ok();
        let election = parse_id("election", &self.election).map_err(|e| errors.push(e)).ok();
        let delivery_method = DeliveryMethod::parse(&self.delivery_method);
        if delivery_method.is_none() {
            let names: Vec<&str> = DeliveryMethod::all().iter().map(|m| m.as_str()).collect();
            let why = Words::new("feed-delivery-method-unknown").with("choices", names.join(", "));
            errors.push(field_error("delivery_method", "unknown", why));
        }
        let mut barcode = |field: &str, value: &Option<String>| {
            present(value).and_then(|text| {
                Imb::parse(text)
                    .map(|imb| imb.tracking_code().to_owned())
                    .map_err(|e| errors.push(barcode_error(field, &e)))
                    .ok()
            })
        };
        let outbound_tracking = barcode("outbound_imb", &self.outbound_imb);
        let return_tracking = barcode("return_imb", &self.return_imb);
        let supersedes = present(&self.supersedes).map(str::to_owned);
        if supersedes.is_some() && supersedes == ballot_id {
            errors.push(field_error("supersedes", "itself", Words::new("feed-supersedes-itself")));
        }
        match (ballot_id, voter_id, election, delivery_method) {
            (Some(ballot_id), Some(voter_id), Some(election), Some(delivery_method)) if errors.is_empty() => {
                Ok(ValidBallot {
                    ballot_id,
                    voter_id,
                    election,
                    delivery_method,
                    outbound_tracking,
                    return_tracking,
                    supersedes,
                })
            }
            _ => Err(errors),
        }
    }
}

/// The columns a ballot post sets.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = ballots)]
#[diesel(treat_none_as_null = true)]
struct BallotFields {
    voter_record_id: i64,
    election_id: i64,
    delivery_method: DeliveryMethod,
    outbound_tracking: Option<String>,
    return_tracking: Option<String>,
    supersedes_id: Option<i64>,
}

#[derive(Insertable)]
#[diesel(table_name = ballots)]
#[diesel(treat_none_as_default_value = false)]
struct NewBallot<'a> {
    county_id: i16,
    ballot_id: &'a str,
    voter_record_id: i64,
    election_id: i64,
    delivery_method: DeliveryMethod,
    outbound_tracking: Option<&'a str>,
    return_tracking: Option<&'a str>,
    supersedes_id: Option<i64>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

/// A new ballot's first status: issued.
#[derive(Insertable)]
#[diesel(table_name = ballot_statuses)]
struct FirstStatus {
    ballot_id: i64,
    status: BallotStatus,
    status_rank: i16,
    updated_at: NaiveDateTime,
}

/// Creates or updates a batch of ballots, row by row, in one transaction.
pub fn apply(
    conn: &mut DbConnection,
    context: &FeedContext,
    rows: Vec<RowRead<BallotRow>>,
) -> QueryResult<BatchResult> {
    let mut result = BatchResult::default();
    let valid = result.validate(rows, |row| &row.ballot_id, BallotRow::parse);
    write_transaction(conn, |conn| {
        serialize_writers(conn, AdvisoryLock::Ballots { county: context.county })?;
        let mut election_ids: HashMap<String, Option<i64>> = HashMap::new();
        let voter_ids: Vec<&str> = valid.iter().map(|(_, b)| b.voter_id.as_str()).collect();
        let voters: HashMap<String, (i64, i16)> = voter_records::table
            .filter(voter_records::voter_id.eq_any(&voter_ids))
            .select((voter_records::voter_id, voter_records::id, voter_records::county_id))
            .load::<(String, i64, i16)>(conn)?
            .into_iter()
            .map(|(voter_id, id, county)| (voter_id, (id, county)))
            .collect();
        let mut wanted: Vec<&str> = valid.iter().map(|(_, b)| b.ballot_id.as_str()).collect();
        wanted.extend(valid.iter().filter_map(|(_, b)| b.supersedes.as_deref()));
        let mut stored = StoredBallots::load(conn, context.county, &wanted)?;
        let mut superseded = Vec::new();
        // Ballots this batch created or changed: only their barcodes can be new.
        let mut touched: Vec<&str> = Vec::new();
        for (index, ballot) in &valid {
            let index = *index;
            let id = Some(ballot.ballot_id.clone());
            let election = match election_ids.get(&ballot.election) {
                Some(found) => *found,
                None => {
                    let found = elections::find_for_county(conn, &ballot.election, context.county)?;
                    election_ids.insert(ballot.election.clone(), found);
                    found
                }
            };
            let Some(election_id) = election else {
                let why = Words::new("feed-unknown-election");
                result.reject(index, id, vec![field_error("election", "unknown_election", why)]);
                continue;
            };
            let voter = match voters.get(ballot.voter_id.as_str()) {
                Some(&(voter, county)) if county == context.county => voter,
                Some(_) => {
                    let why = Words::new("feed-ballot-voter-other-county");
                    result.reject(index, id, vec![field_error("voter_id", "other_county", why)]);
                    continue;
                }
                None => {
                    let why = Words::new("feed-unknown-voter");
                    result.reject(index, id, vec![field_error("voter_id", "unknown_voter", why)]);
                    continue;
                }
            };
            let replaced = match &ballot.supersedes {
                None => None,
                Some(old) => match stored.get(conn, context, old)? {
                    Some((old_id, old_fields))
                        if old_fields.voter_record_id == voter && old_fields.election_id == election_id =>
                    {
                        Some(old_id)
                    }
                    Some(_) => {
                        let why = Words::new("feed-supersedes-mismatch");
                        result.reject(index, id, vec![field_error("supersedes", "mismatch", why)]);
                        continue;
                    }
                    None => {
                        let why = Words::new("feed-unknown-ballot");
                        result.reject(index, id, vec![field_error("supersedes", "unknown_ballot", why)]);
                        continue;
                    }
                },
            };
            let fields = BallotFields {
                voter_record_id: voter,
                election_id,
                delivery_method: ballot.delivery_method,
                outbound_tracking: ballot.outbound_tracking.clone(),
                return_tracking: ballot.return_tracking.clone(),
                supersedes_id: replaced,
            };
            let outcome = match stored.get(conn, context, &ballot.ballot_id)? {
                Some((_, current)) if current == fields => Outcome::Unchanged,
                Some((stored_id, _)) => {
                    diesel::update(ballots::table.find(stored_id))
                        .set((&fields, ballots::updated_at.eq(context.now)))
                        .execute(conn)?;
                    stored.known.insert(ballot.ballot_id.clone(), (stored_id, fields));
                    Outcome::Updated
                }
                None => {
                    stored.add(ballot.ballot_id.clone(), fields);
                    Outcome::Created
                }
            };
            if outcome != Outcome::Unchanged
                && let Some(old) = &ballot.supersedes
            {
                superseded.push(ValidEvent {
                    event_id: format!("{}{old}:{}", events::SUPERSEDED_EVENT_PREFIX, ballot.ballot_id),
                    ballot_id: old.clone(),
                    status: BallotStatus::Superseded,
                    reason: None,
                    occurred_at: context.now,
                    expected_delivery: None,
                    source: EventSource::County,
                });
            }
            if outcome != Outcome::Unchanged {
                touched.push(ballot.ballot_id.as_str());
            }
            result.push(index, id, outcome, Vec::new());
        }
        stored.flush(conn, context)?;
        // USPS scans that arrived before their ballot (or its barcode) apply now.
        let with_barcodes: Vec<(i64, String, Option<String>, Option<String>)> = touched
            .into_iter()
            .filter_map(|ballot_id| {
                let (id, fields) = &stored.known[ballot_id];
                (fields.outbound_tracking.is_some() || fields.return_tracking.is_some()).then(|| {
                    (*id, ballot_id.to_owned(), fields.outbound_tracking.clone(), fields.return_tracking.clone())
                })
            })
            .collect();
        let mut new_events = superseded;
        new_events.extend(scans::claim_unmatched(conn, context.county, &with_barcodes)?);
        events::store(conn, context, &new_events)?;
        let result = std::mem::take(&mut result).sorted();
        audit(conn, context, &result)?;
        Ok(result)
    })
}

/// The batch's ballots as stored, read in one query; new ones are written together at the end, or
/// earlier when a later row of the batch needs one's id.
struct StoredBallots {
    known: HashMap<String, (i64, BallotFields)>,
    pending: Vec<(String, BallotFields)>,
}

impl StoredBallots {
    fn load(conn: &mut DbConnection, county: i16, ids: &[&str]) -> QueryResult<Self> {
        let known = ballots::table
            .filter(ballots::county_id.eq(county))
            .filter(ballots::ballot_id.eq_any(ids))
            .select((ballots::ballot_id, ballots::id, BallotFields::as_select()))
            .load::<(String, i64, BallotFields)>(conn)?
            .into_iter()
            .map(|(ballot_id, id, fields)| (ballot_id, (id, fields)))
            .collect();
        Ok(Self { known, pending: Vec::new() })
    }

    fn get(
        &mut self,
        conn: &mut DbConnection,
        context: &FeedContext,
        ballot_id: &str,
    ) -> QueryResult<Option<(i64, BallotFields)>> {
        if self.pending.iter().any(|(id, _)| id == ballot_id) {
            self.flush(conn, context)?;
        }
        Ok(self.known.get(ballot_id).cloned())
    }

    fn add(&mut self, ballot_id: String, fields: BallotFields) {
        self.pending.push((ballot_id, fields));
    }

    fn flush(&mut self, conn: &mut DbConnection, context: &FeedContext) -> QueryResult<()> {
        let pending = std::mem::take(&mut self.pending);
        let rows: Vec<NewBallot> = pending
            .iter()
            .map(|(ballot_id, fields)| NewBallot {
                county_id: context.county,
                ballot_id,
                voter_record_id: fields.voter_record_id,
                election_id: fields.election_id,
                delivery_method: fields.delivery_method,
                outbound_tracking: fields.outbound_tracking.as_deref(),
                return_tracking: fields.return_tracking.as_deref(),
                supersedes_id: fields.supersedes_id,
                created_at: context.now,
                updated_at: context.now,
            })
            .collect();
        // 12 values a row: 1,000 rows stay under SQLite's and PostgreSQL's bind limits.
        let mut ids: HashMap<String, i64> = HashMap::with_capacity(rows.len());
        for chunk in rows.chunks(1_000) {
            let inserted: Vec<(i64, String)> = per_backend!(conn, c => diesel::insert_into(ballots::table)
                .values(chunk)
                .returning((ballots::id, ballots::ballot_id))
                .get_results(c)?);
            let statuses: Vec<FirstStatus> = inserted
                .iter()
                .map(|(id, _)| FirstStatus {
                    ballot_id: *id,
                    status: BallotStatus::Issued,
                    status_rank: BallotStatus::Issued.rank(),
                    updated_at: context.now,
                })
                .collect();
            per_backend!(conn, c => diesel::insert_into(ballot_statuses::table).values(&statuses).execute(c)?);
            ids.extend(inserted.into_iter().map(|(id, ballot_id)| (ballot_id, id)));
        }
        for (ballot_id, fields) in pending {
            let id = ids[&ballot_id];
            self.known.insert(ballot_id, (id, fields));
        }
        Ok(())
    }
}
