//! Ballot status events: stored once per county event id, whatever the order or repetition, and
//! the ballot's current status moved only forward in the lifecycle.

use ballot_shared::Vocabulary;
use std::collections::{HashMap, HashSet};

use ballot_shared::FieldError;
use ballot_shared::ballot::{BallotStatus, EventSource, StatusReason};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::db::schema::{ballot_events, ballot_statuses, ballots};
use crate::db::{DbConnection, write_transaction};
use crate::error::Words;
use crate::feeds::body::RowRead;
use crate::feeds::{
    BatchResult, FeedContext, Outcome, audit, field_error, parse_date, parse_id, parse_instant, present,
};
use crate::notify::outbox::BallotChange;

/// Most events in one request.
pub const MAX_EVENTS: usize = 10_000;

/// Event ids the tracker derives itself (from USPS scans, from reissued ballots) start with these;
/// counties cannot post ids that do.
pub const USPS_EVENT_PREFIX: &str = "usps:";
pub const SUPERSEDED_EVENT_PREFIX: &str = "superseded:";

/// Most events stored in one transaction.
const EVENTS_PER_TRANSACTION: usize = 1_000;

/// A ballot status event as posted.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct EventRow {
    /// The county's unique id for this event: posting it again changes nothing.
    #[schema(example = "ev-2026-000123")]
    pub event_id: String,
    /// The county's id of the ballot.
    #[schema(example = "B-0001234")]
    pub ballot_id: String,
    /// A `BallotStatus`.
    #[schema(example = "mailed")]
    pub status: String,
    /// A `StatusReason`: required for `in_review` and `not_accepted`, refused for other statuses.
    #[serde(default)]
    pub reason: Option<String>,
    /// When it happened, RFC 3339 with its UTC offset, e.g. `2026-10-06T09:30:00-07:00`.
    #[schema(example = "2026-10-06T09:30:00-07:00")]
    pub occurred_at: String,
    /// An `EventSource`; `county` when omitted.
    #[serde(default)]
    pub source: Option<String>,
    /// `YYYY-MM-DD`: required with `expected_delivery`, allowed with `in_transit`.
    #[serde(default)]
    pub expected_delivery_date: Option<String>,
}

/// A valid event, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidEvent {
    pub event_id: String,
    pub ballot_id: String,
    pub status: BallotStatus,
    pub reason: Option<StatusReason>,
    /// UTC.
    pub occurred_at: NaiveDateTime,
    pub expected_delivery: Option<NaiveDate>,
    pub source: EventSource,
}

impl EventRow {
    pub fn parse(&self, now: DateTime<Utc>) -> Result<ValidEvent, Vec<FieldError>> {
        let mut errors = Vec::new();
        let event_id = parse_id("event_id", &self.event_id)
            .and_then(|id| {
                if [USPS_EVENT_PREFIX, SUPERSEDED_EVENT_PREFIX].iter().any(|prefix| id.starts_with(prefix)) {
                    return Err(field_error("event_id", "reserved", Words::new("feed-event-id-reserved")));
                }
                Ok(id)
            })
            .map_err(|e| errors.push(e))
            .ok();
        let ballot_id = parse_id("ballot_id", &self.ballot_id).map_err(|e| errors.push(e)).ok();
        let status = BallotStatus::parse(&self.status);
        if status.is_none() {
            let names: Vec<&str> = BallotStatus::all().iter().map(|s| s.as_str()).collect();
            let why = Words::new("feed-status-unknown").with("choices", names.join(", "));
            errors.push(field_error("status", "unknown", why));
        }
        let reason = match (status, present(&self.reason)) {
            (Some(status), None) if !status.allowed_reasons().is_empty() => {
                let why = Words::new("feed-reason-required").with("status", status.as_str());
                errors.push(field_error("reason", "required", why));
                None
            }
            (Some(status), Some(text)) => match StatusReason::parse(text) {
                Some(reason) if status.allowed_reasons().contains(&reason) => Some(reason),
                _ if status.allowed_reasons().is_empty() => {
                    let why = Words::new("feed-reason-not-allowed").with("status", status.as_str());
                    errors.push(field_error("reason", "not_allowed", why));
                    None
                }
                _ => {
                    let names: Vec<&str> = status.allowed_reasons().iter().map(|r| r.as_str()).collect();
                    let why = Words::new("feed-reason-unknown")
                        .with("status", status.as_str())
                        .with("choices", names.join(", "));
                    errors.push(field_error("reason", "unknown", why));
                    None
                }
            },
            _ => None,
        };
        let occurred_at = parse_instant("occurred_at", &self.occurred_at, now).map_err(|e| errors.push(e)).ok();
        let source = match present(&self.source) {
            None => Some(EventSource::County),
            Some(text) => EventSource::parse(text).or_else(|| {
                let names: Vec<&str> = EventSource::all().iter().map(|s| s.as_str()).collect();
                let why = Words::new("feed-source-unknown").with("choices", names.join(", "));
                errors.push(field_error("source", "unknown", why));
                None
            }),
        };
        let expected_delivery = match present(&self.expected_delivery_date) {
            None if status == Some(BallotStatus::ExpectedDelivery) => {
                let why = Words::new("feed-expected-delivery-required");
                errors.push(field_error("expected_delivery_date", "required", why));
                None
            }
            None => None,
            Some(_) if !matches!(status, Some(BallotStatus::ExpectedDelivery | BallotStatus::InTransit)) => {
                let why = Words::new("feed-expected-delivery-not-allowed");
                errors.push(field_error("expected_delivery_date", "not_allowed", why));
                None
            }
            Some(text) => parse_date("expected_delivery_date", text).map_err(|e| errors.push(e)).ok(),
        };
        match (event_id, ballot_id, status, occurred_at, source) {
            (Some(event_id), Some(ballot_id), Some(status), Some(occurred_at), Some(source)) if errors.is_empty() => {
                Ok(ValidEvent { event_id, ballot_id, status, reason, occurred_at, expected_delivery, source })
            }
            _ => Err(errors),
        }
    }
}

/// What storing an event did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    Accepted,
    Duplicate,
    UnknownBallot,
}

#[derive(Insertable)]
#[diesel(table_name = ballot_events)]
// NULL for absent values rather than DEFAULT, so SQLite takes the batch as one statement.
#[diesel(treat_none_as_default_value = false)]
struct NewEvent<'a> {
    county_id: i16,
    event_id: &'a str,
    ballot_id: i64,
    status: BallotStatus,
    reason: Option<StatusReason>,
    status_rank: i16,
    occurred_at: NaiveDateTime,
    occurred_on: NaiveDate,
    expected_delivery: Option<NaiveDate>,
    source: EventSource,
    client_id: Option<i64>,
    received_at: NaiveDateTime,
}

/// The county's ballot ids (its own → ours) among `ids`.
fn resolve_ballots(conn: &mut DbConnection, county: i16, ids: &[&str]) -> QueryResult<HashMap<String, i64>> {
    let found: Vec<(String, i64)> = ballots::table
        .filter(ballots::county_id.eq(county))
        .filter(ballots::ballot_id.eq_any(ids))
        .select((ballots::ballot_id, ballots::id))
        .load(conn)?;
    Ok(found.into_iter().collect())
}

/// The batch's strongest new status for one ballot, and the latest expected delivery date.
#[derive(Debug, Clone)]
struct StatusChange {
    id: i64,
    status: BallotStatus,
    reason: Option<StatusReason>,
    rank: i16,
    at: NaiveDateTime,
    expected: Option<(NaiveDateTime, NaiveDate)>,
}

/// Stores events inside the caller's write transaction; returns each event's fate, in order.
pub fn store(conn: &mut DbConnection, context: &FeedContext, events: &[ValidEvent]) -> QueryResult<Vec<Stored>> {
    let mut ids: Vec<&str> = events.iter().map(|e| e.ballot_id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    let ballots = resolve_ballots(conn, context.county, &ids)?;

    let mut fates = vec![Stored::UnknownBallot; events.len()];
    let mut seen = HashSet::new();
    let mut rows = Vec::new();
    let mut pending = Vec::new();
    for (index, event) in events.iter().enumerate() {
        let Some(&ballot) = ballots.get(&event.ballot_id) else { continue };
        if !seen.insert(event.event_id.as_str()) {
            fates[index] = Stored::Duplicate;
            continue;
        }
        rows.push(NewEvent {
            county_id: context.county,
            event_id: &event.event_id,
            ballot_id: ballot,
            status: event.status,
            reason: event.reason,
            status_rank: event.status.rank(),
            occurred_at: event.occurred_at,
            occurred_on: crate::voter::california_date(event.occurred_at),
            expected_delivery: event.expected_delivery,
            source: event.source,
            client_id: context.client,
            received_at: context.now,
        });
        pending.push(index);
    }
    // An event id stored before (by this batch's twin, or long ago) is not inserted again. Rows go
    // in event-id order, so concurrent batches claim ids in the same order and never deadlock.
    rows.sort_unstable_by(|a, b| a.event_id.cmp(b.event_id));
    let inserted = insert_new(conn, &rows)?;

    let mut changes: HashMap<i64, StatusChange> = HashMap::new();
    for index in pending {
        let event = &events[index];
        if !inserted.contains(&event.event_id) {
            fates[index] = Stored::Duplicate;
            continue;
        }
        fates[index] = Stored::Accepted;
        let id = ballots[&event.ballot_id];
        let candidate = StatusChange {
            id,
            status: event.status,
            reason: event.reason,
            rank: event.status.rank(),
            at: event.occurred_at,
            expected: event.expected_delivery.map(|date| (event.occurred_at, date)),
        };
        changes
            .entry(id)
            .and_modify(|change| {
                // The highest rank wins; among equals, the latest.
                let expected = change.expected.max(candidate.expected);
                if (candidate.rank, candidate.at) > (change.rank, change.at) {
                    *change = candidate.clone();
                }
                change.expected = expected;
            })
            .or_insert(candidate);
    }
    let mut changes: Vec<StatusChange> = changes.into_values().collect();
    changes.sort_unstable_by_key(|change| change.id);
    let applied = apply_status_changes(conn, &changes, context.now)?;
    // The messages these changes call for, in this same transaction: nothing is lost if the
    // process dies after the events are stored.
    crate::notify::outbox::enqueue(conn, &applied, context.now, context.hold)?;
    Ok(fates)
}

/// Inserts the events whose ids are new; returns those ids.
fn insert_new(conn: &mut DbConnection, rows: &[NewEvent]) -> QueryResult<HashSet<String>> {
    let mut inserted = HashSet::with_capacity(rows.len());
    match conn {
        // One statement for the whole batch, its columns as arrays: far fewer values to bind than
        // a multi-row insert, and no limit on the row count.
        DbConnection::Postgres(c) => {
            use diesel::sql_types::{Array, BigInt, Date, Nullable, SmallInt, Text, Timestamp};
            #[derive(QueryableByName)]
            struct Inserted {
                #[diesel(sql_type = Text)]
                event_id: String,
            }
            let Some(first) = rows.first() else { return Ok(inserted) };
            let ids: Vec<Inserted> = diesel::sql_query(
                "INSERT INTO ballot_events (county_id, event_id, ballot_id, status, reason, status_rank, occurred_at, \
                 occurred_on, expected_delivery, source, client_id, received_at) \
                 SELECT $1, e.event_id, e.ballot_id, e.status, e.reason, e.rank, e.at, e.day, e.expected, e.source, $2, $3 \
                 FROM unnest($4::text[], $5::bigint[], $6::text[], $7::text[], $8::smallint[], $9::timestamp[], \
                 $10::date[], $11::date[], $12::text[]) AS e(event_id, ballot_id, status, reason, rank, at, day, expected, source) \
                 ON CONFLICT (county_id, event_id) DO NOTHING RETURNING event_id",
            )
            .bind::<SmallInt, _>(first.county_id)
            .bind::<Nullable<BigInt>, _>(first.client_id)
            .bind::<Timestamp, _>(first.received_at)
            .bind::<Array<Text>, _>(rows.iter().map(|r| r.event_id).collect::<Vec<_>>())
            .bind::<Array<BigInt>, _>(rows.iter().map(|r| r.ballot_id).collect::<Vec<_>>())
            .bind::<Array<Text>, _>(rows.iter().map(|r| r.status).collect::<Vec<_>>())
            .bind::<Array<Nullable<Text>>, _>(rows.iter().map(|r| r.reason).collect::<Vec<_>>())
            .bind::<Array<SmallInt>, _>(rows.iter().map(|r| r.status_rank).collect::<Vec<_>>())
            .bind::<Array<Timestamp>, _>(rows.iter().map(|r| r.occurred_at).collect::<Vec<_>>())
            .bind::<Array<Date>, _>(rows.iter().map(|r| r.occurred_on).collect::<Vec<_>>())
            .bind::<Array<Nullable<Date>>, _>(rows.iter().map(|r| r.expected_delivery).collect::<Vec<_>>())
            .bind::<Array<Text>, _>(rows.iter().map(|r| r.source).collect::<Vec<_>>())
            .load(c)?;
            inserted.extend(ids.into_iter().map(|row| row.event_id));
        }
        // 12 values a row: 2,000 rows stay under SQLite's limit of bound values.
        DbConnection::Sqlite(c) => {
            for chunk in rows.chunks(2_000) {
                let ids: Vec<String> = diesel::insert_into(ballot_events::table)
                    .values(chunk)
                    .on_conflict_do_nothing()
                    .returning(ballot_events::event_id)
                    .get_results(c)?;
                inserted.extend(ids);
            }
        }
    }
    Ok(inserted)
}

/// Moves each ballot to its batch's strongest status where that outranks the stored one (the
/// database compares, against the row as committed, so concurrent batches cannot move a ballot
/// back), and records expected delivery dates. Returns what actually changed.
fn apply_status_changes(
    conn: &mut DbConnection,
    changes: &[StatusChange],
    now: NaiveDateTime,
) -> QueryResult<Vec<BallotChange>> {
    if changes.is_empty() {
        return Ok(Vec::new());
    }
    let mut moved: Vec<i64> = Vec::new();
    let mut redated: Vec<i64> = Vec::new();
    let dated: Vec<(i64, NaiveDateTime, NaiveDate)> =
        changes.iter().filter_map(|c| c.expected.map(|(at, date)| (c.id, at, date))).collect();
    match conn {
        // One statement for the whole batch: the new values as arrays, joined to the ballots. An
        // UPDATE re-checks its WHERE on the latest committed row when another batch got there first.
        DbConnection::Postgres(c) => {
            use diesel::sql_types::{Array, BigInt, Date, Nullable, SmallInt, Text, Timestamp};
            #[derive(QueryableByName)]
            struct Changed {
                #[diesel(sql_type = BigInt)]
                ballot_id: i64,
            }
            let changed: Vec<Changed> = diesel::sql_query(
                "UPDATE ballot_statuses AS b SET status = u.status, status_reason = u.reason, \
                 status_rank = u.rank, status_at = u.at, updated_at = $6 \
                 FROM unnest($1::bigint[], $2::text[], $3::text[], $4::smallint[], $5::timestamp[]) \
                 AS u(id, status, reason, rank, at) \
                 WHERE b.ballot_id = u.id AND (b.status_rank, COALESCE(b.status_at, '-infinity')) < (u.rank, u.at) \
                 RETURNING b.ballot_id",
            )
            .bind::<Array<BigInt>, _>(changes.iter().map(|c| c.id).collect::<Vec<_>>())
            .bind::<Array<Text>, _>(changes.iter().map(|c| c.status).collect::<Vec<_>>())
            .bind::<Array<Nullable<Text>>, _>(changes.iter().map(|c| c.reason).collect::<Vec<_>>())
            .bind::<Array<SmallInt>, _>(changes.iter().map(|c| c.rank).collect::<Vec<_>>())
            .bind::<Array<Timestamp>, _>(changes.iter().map(|c| c.at).collect::<Vec<_>>())
            .bind::<Timestamp, _>(now)
            .load(c)?;
            moved.extend(changed.into_iter().map(|c| c.ballot_id));
            if !dated.is_empty() {
                // Only while the ballot is on its way, and never from an older scan than the last.
                let changed: Vec<Changed> = diesel::sql_query(
                    "UPDATE ballot_statuses AS b SET expected_delivery = u.expected, expected_at = u.at, \
                     updated_at = $4 FROM unnest($1::bigint[], $2::timestamp[], $3::date[]) AS u(id, at, expected) \
                     WHERE b.ballot_id = u.id AND b.status_rank <= $5 \
                     AND (b.expected_at IS NULL OR b.expected_at < u.at) AND b.expected_delivery IS DISTINCT FROM u.expected \
                     RETURNING b.ballot_id",
                )
                .bind::<Array<BigInt>, _>(dated.iter().map(|d| d.0).collect::<Vec<_>>())
                .bind::<Array<Timestamp>, _>(dated.iter().map(|d| d.1).collect::<Vec<_>>())
                .bind::<Array<Date>, _>(dated.iter().map(|d| d.2).collect::<Vec<_>>())
                .bind::<Timestamp, _>(now)
                .bind::<SmallInt, _>(BallotStatus::ExpectedDelivery.rank())
                .load(c)?;
                redated.extend(changed.into_iter().map(|c| c.ballot_id));
            }
        }
        // In-process SQLite, one writer at a time: the same comparison, a prepared statement per ballot.
        DbConnection::Sqlite(c) => {
            for change in changes {
                let outranked = ballot_statuses::status_rank.lt(change.rank).or(ballot_statuses::status_rank
                    .eq(change.rank)
                    .and(ballot_statuses::status_at.is_null().or(ballot_statuses::status_at.lt(change.at))));
                let updated = diesel::update(ballot_statuses::table.find(change.id).filter(outranked))
                    .set((
                        ballot_statuses::status.eq(change.status),
                        ballot_statuses::status_reason.eq(change.reason),
                        ballot_statuses::status_rank.eq(change.rank),
                        ballot_statuses::status_at.eq(change.at),
                        ballot_statuses::updated_at.eq(now),
                    ))
                    .execute(c)?;
                if updated == 1 {
                    moved.push(change.id);
                }
            }
            for (id, at, date) in &dated {
                let on_its_way = ballot_statuses::status_rank.le(BallotStatus::ExpectedDelivery.rank());
                let newer = ballot_statuses::expected_at.is_null().or(ballot_statuses::expected_at.lt(at));
                let other_date =
                    ballot_statuses::expected_delivery.is_null().or(ballot_statuses::expected_delivery.ne(date));
                let updated =
                    diesel::update(ballot_statuses::table.find(id).filter(on_its_way).filter(newer).filter(other_date))
                        .set((
                            ballot_statuses::expected_delivery.eq(date),
                            ballot_statuses::expected_at.eq(at),
                            ballot_statuses::updated_at.eq(now),
                        ))
                        .execute(c)?;
                if updated == 1 {
                    redated.push(*id);
                }
            }
        }
    }
    let moved: HashSet<i64> = moved.into_iter().collect();
    let redated: HashSet<i64> = redated.into_iter().collect();
    Ok(changes
        .iter()
        .filter(|c| moved.contains(&c.id) || redated.contains(&c.id))
        .map(|c| BallotChange {
            ballot: c.id,
            status: moved.contains(&c.id).then_some((c.status, c.reason)),
            expected_delivery: c.expected.filter(|_| redated.contains(&c.id)).map(|(_, date)| date),
        })
        .collect())
}

/// The context to store the batch in: under a new hold when the batch looks wrong (see
/// `notify::holds`), so its messages wait for an operator.
fn hold_if_suspicious(
    conn: &mut DbConnection,
    context: &FeedContext,
    so_far: &BatchResult,
    valid: &[(usize, ValidEvent)],
) -> QueryResult<FeedContext> {
    let future_rows =
        so_far.results.iter().filter(|row| row.errors.iter().any(|error| error.code == "in_future")).count();
    let final_rows =
        valid.iter().filter(|(_, e)| matches!(e.status, BallotStatus::Accepted | BallotStatus::NotAccepted)).count();
    let jumping: Vec<&str> = valid
        .iter()
        .filter(|(_, e)| e.status.rank() >= BallotStatus::Received.rank() && e.status != BallotStatus::Superseded)
        .map(|(_, e)| e.ballot_id.as_str())
        .collect();
    if valid.is_empty()
        || (future_rows == 0 && final_rows < context.holds.min_rows && jumping.len() < context.holds.min_rows)
    {
        return Ok(context.clone());
    }
    let mut skipped_rows = 0;
    for chunk in jumping.chunks(5_000) {
        let behind: i64 = ballots::table
            .inner_join(ballot_statuses::table)
            .filter(ballots::county_id.eq(context.county))
            .filter(ballots::ballot_id.eq_any(chunk))
            .filter(ballot_statuses::status_rank.le(BallotStatus::Mailed.rank()))
            .count()
            .get_result(conn)?;
        skipped_rows += behind as usize;
    }
    let suspicion = crate::notify::holds::Suspicion {
        rows_posted: so_far.received + valid.len(),
        final_rows,
        skipped_rows,
        future_rows,
        county_ballots: crate::notify::holds::county_ballots(conn, context.county)?,
    };
    let reasons = suspicion.reasons(&context.holds);
    if reasons.is_empty() {
        return Ok(context.clone());
    }
    let hold = write_transaction(conn, |conn| {
        crate::notify::holds::create(conn, context.county, context.client, &suspicion, &reasons, context.now)
    })?;
    tracing::warn!(county = context.county, hold, ?reasons, "event batch held: its messages wait for an operator");
    Ok(FeedContext { hold: Some(hold), ..context.clone() })
}

/// Validates and stores a batch of events, row by row, in one transaction.
pub fn apply(
    conn: &mut DbConnection,
    context: &FeedContext,
    rows: Vec<RowRead<EventRow>>,
    now: DateTime<Utc>,
) -> QueryResult<BatchResult> {
    let mut result = BatchResult::default();
    let valid = result.validate(rows, |row| &row.event_id, |row| row.parse(now));
    // Stored in transactions of a bounded size: a large batch then costs the database no more per
    // event than a small one, and each transaction records its own part in the audit log. A failure
    // part-way leaves the earlier parts stored; posting the batch again stores only the rest. Rows
    // refused before reaching the database are audited with the first part (made even when empty).
    let mut parts: Vec<&[(usize, ValidEvent)]> = valid.chunks(EVENTS_PER_TRANSACTION).collect();
    if parts.is_empty() {
        parts.push(&[]);
    }
    let context = &hold_if_suspicious(conn, context, &result, &valid)?;
    let mut refused = Some(std::mem::take(&mut result));
    for part in parts {
        let first = refused.take().unwrap_or_default();
        let part_result = write_transaction(conn, |conn| {
            let mut part_result = first;
            let events: Vec<ValidEvent> = part.iter().map(|(_, event)| event.clone()).collect();
            let fates = store(conn, context, &events)?;
            for ((index, event), fate) in part.iter().zip(fates) {
                let id = Some(event.event_id.clone());
                match fate {
                    Stored::Accepted => part_result.push(*index, id, Outcome::Accepted, Vec::new()),
                    Stored::Duplicate => part_result.push(*index, id, Outcome::Duplicate, Vec::new()),
                    Stored::UnknownBallot => {
                        let why = Words::new("feed-unknown-ballot-post-first");
                        part_result.reject(*index, id, vec![field_error("ballot_id", "unknown_ballot", why)])
                    }
                }
            }
            audit(conn, context, &part_result)?;
            QueryResult::Ok(part_result)
        })?;
        result.merge(part_result);
    }
    if let Some(hold) = context.hold
        && write_transaction(conn, |conn| crate::notify::holds::drop_if_empty(conn, hold))?
    {
        tracing::info!(county = context.county, hold, "the held batch told no one: hold removed");
    }
    Ok(result.sorted())
}
