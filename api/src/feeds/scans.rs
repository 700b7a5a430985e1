//! USPS mail-piece scans (IV-MTR / IMb tracing), matched to ballots by the barcode's tracking code.
//! A scan of an outbound envelope means the ballot is on its way to the voter; of a return
//! envelope, that the voter's ballot is on its way back. Every scan is kept, matched or not.

use std::collections::HashMap;

use ballot_shared::FieldError;
use ballot_shared::ballot::{BallotStatus, EventSource};
use ballot_shared::imb::Imb;
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::db::schema::{ballots, usps_scans};
use crate::db::{DbConnection, write_transaction};
use crate::error::Words;
use crate::feeds::body::RowRead;
use crate::feeds::events::{self, Stored, ValidEvent};
use crate::feeds::{
    BatchResult, FeedContext, Outcome, audit, barcode_error, field_error, parse_date, parse_instant, present,
};
use crate::per_backend;

/// Most scans in one request.
pub const MAX_SCANS: usize = 10_000;

/// A scan as posted.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct ScanRow {
    /// The Intelligent Mail barcode, 20 to 31 digits.
    #[schema(example = "0070012345612345678995814123401")]
    pub imb: String,
    /// ZIP code of the USPS facility that scanned the piece.
    #[schema(example = "95813")]
    pub facility_zip: String,
    /// The USPS operation code of the scan.
    #[schema(example = "919")]
    pub operation_code: String,
    /// When, RFC 3339 with the facility's UTC offset.
    #[schema(example = "2026-10-07T22:14:00-07:00")]
    pub scanned_at: String,
    /// The delivery date USPS expects (`YYYY-MM-DD`), for outbound pieces, when known.
    #[serde(default)]
    pub expected_delivery_date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct ValidScan {
    tracking: String,
    facility_zip: String,
    operation_code: String,
    scanned_at: NaiveDateTime,
    expected_delivery: Option<NaiveDate>,
}

impl ScanRow {
    fn parse(&self, now: DateTime<Utc>) -> Result<ValidScan, Vec<FieldError>> {
        let mut errors = Vec::new();
        let tracking = Imb::parse(&self.imb)
            .map(|imb| imb.tracking_code().to_owned())
            .map_err(|e| errors.push(barcode_error("imb", &e)))
            .ok();
        let zip = self.facility_zip.trim();
        if zip.len() != 5 || !zip.bytes().all(|b| b.is_ascii_digit()) {
            errors.push(field_error("facility_zip", "format", Words::new("feed-facility-zip")));
        }
        let operation_code = self.operation_code.trim();
        if operation_code.is_empty()
            || operation_code.len() > 8
            || !operation_code.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            errors.push(field_error("operation_code", "format", Words::new("feed-operation-code")));
        }
        let scanned_at = parse_instant("scanned_at", &self.scanned_at, now).map_err(|e| errors.push(e)).ok();
        let expected_delivery = present(&self.expected_delivery_date)
            .and_then(|text| parse_date("expected_delivery_date", text).map_err(|e| errors.push(e)).ok());
        match (tracking, scanned_at) {
            (Some(tracking), Some(scanned_at)) if errors.is_empty() => Ok(ValidScan {
                tracking,
                facility_zip: zip.to_owned(),
                operation_code: operation_code.to_owned(),
                scanned_at,
                expected_delivery,
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = usps_scans)]
#[diesel(treat_none_as_default_value = false)]
struct NewScan<'a> {
    county_id: i16,
    tracking: &'a str,
    facility_zip: &'a str,
    operation_code: &'a str,
    scanned_at: NaiveDateTime,
    expected_delivery: Option<NaiveDate>,
    ballot_id: Option<i64>,
    received_at: NaiveDateTime,
}

/// Which way a matched envelope was travelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    ToVoter,
    FromVoter,
}

/// The ballot event a matched scan stands for. Its id is derived from the scan, in a namespace
/// counties cannot post into.
fn scan_event(scan: &ValidScan, ballot_id: &str, direction: Direction) -> ValidEvent {
    let status = match (direction, scan.expected_delivery) {
        (Direction::FromVoter, _) => BallotStatus::ReturnedByVoter,
        (Direction::ToVoter, Some(_)) => BallotStatus::ExpectedDelivery,
        (Direction::ToVoter, None) => BallotStatus::InTransit,
    };
    ValidEvent {
        event_id: format!(
            "{}{}:{}:{}:{}",
            events::USPS_EVENT_PREFIX,
            scan.tracking,
            scan.operation_code,
            scan.scanned_at.and_utc().timestamp(),
            scan.facility_zip
        ),
        ballot_id: ballot_id.to_owned(),
        status,
        reason: None,
        occurred_at: scan.scanned_at,
        expected_delivery: scan.expected_delivery.filter(|_| direction == Direction::ToVoter),
        source: EventSource::Usps,
    }
}

/// Scans kept unmatched that these ballots' barcodes now match: they are tied to their ballot, and
/// their events returned for storing. `ballots`: id, county ballot id, outbound and return tracking codes.
pub fn claim_unmatched(
    conn: &mut DbConnection,
    county: i16,
    ballots: &[(i64, String, Option<String>, Option<String>)],
) -> QueryResult<Vec<ValidEvent>> {
    let mut by_code: HashMap<&str, (i64, &str, Direction)> = HashMap::new();
    for (id, ballot_id, outbound, inbound) in ballots {
        if let Some(code) = outbound {
            by_code.insert(code, (*id, ballot_id, Direction::ToVoter));
        }
        if let Some(code) = inbound {
            by_code.insert(code, (*id, ballot_id, Direction::FromVoter));
        }
    }
    if by_code.is_empty() {
        return Ok(Vec::new());
    }
    let codes: Vec<&str> = by_code.keys().copied().collect();
    let waiting: Vec<(i64, String, String, String, NaiveDateTime, Option<NaiveDate>)> = usps_scans::table
        .filter(usps_scans::county_id.eq(county))
        .filter(usps_scans::ballot_id.is_null())
        .filter(usps_scans::tracking.eq_any(&codes))
        .select((
            usps_scans::id,
            usps_scans::tracking,
            usps_scans::facility_zip,
            usps_scans::operation_code,
            usps_scans::scanned_at,
            usps_scans::expected_delivery,
        ))
        .load(conn)?;
    let mut events = Vec::with_capacity(waiting.len());
    for (scan_id, tracking, facility_zip, operation_code, scanned_at, expected_delivery) in waiting {
        let (ballot, ballot_id, direction) = by_code[tracking.as_str()];
        diesel::update(usps_scans::table.find(scan_id)).set(usps_scans::ballot_id.eq(ballot)).execute(conn)?;
        let scan = ValidScan { tracking, facility_zip, operation_code, scanned_at, expected_delivery };
        events.push(scan_event(&scan, ballot_id, direction));
    }
    Ok(events)
}

/// Stores a batch of scans and turns the matched ones into ballot events, in one transaction.
pub fn apply(
    conn: &mut DbConnection,
    context: &FeedContext,
    rows: Vec<RowRead<ScanRow>>,
    now: DateTime<Utc>,
) -> QueryResult<BatchResult> {
    let mut result = BatchResult::default();
    let valid = result.validate(rows, |row| &row.imb, |row| row.parse(now));
    write_transaction(conn, |conn| {
        let trackings: Vec<&str> = valid.iter().map(|(_, scan)| scan.tracking.as_str()).collect();
        let mut matches: HashMap<String, (i64, String, Direction)> = HashMap::new();
        let found: Vec<(i64, String, Option<String>, Option<String>)> = ballots::table
            .filter(ballots::county_id.eq(context.county))
            .filter(ballots::outbound_tracking.eq_any(&trackings).or(ballots::return_tracking.eq_any(&trackings)))
            .select((ballots::id, ballots::ballot_id, ballots::outbound_tracking, ballots::return_tracking))
            // Serial numbers come round again in later elections: the newest ballot with the code wins.
            .order(ballots::id)
            .load(conn)?;
        for (id, ballot_id, outbound, inbound) in found {
            if let Some(code) = outbound {
                matches.insert(code, (id, ballot_id.clone(), Direction::ToVoter));
            }
            if let Some(code) = inbound {
                matches.insert(code, (id, ballot_id, Direction::FromVoter));
            }
        }
        let mut new_events = Vec::new();
        let mut event_rows = Vec::new();
        for (index, scan) in &valid {
            let matched = matches.get(&scan.tracking);
            let row = NewScan {
                county_id: context.county,
                tracking: &scan.tracking,
                facility_zip: &scan.facility_zip,
                operation_code: &scan.operation_code,
                scanned_at: scan.scanned_at,
                expected_delivery: scan.expected_delivery,
                ballot_id: matched.map(|(id, _, _)| *id),
                received_at: context.now,
            };
            let inserted = per_backend!(conn, c => diesel::insert_into(usps_scans::table)
                .values(&row)
                .on_conflict_do_nothing()
                .execute(c)?);
            let id = Some(scan.tracking.clone());
            match (inserted, matched) {
                (0, _) => result.push(*index, id, Outcome::Duplicate, Vec::new()),
                (_, None) => result.push(*index, id, Outcome::Unmatched, Vec::new()),
                (_, Some((_, ballot_id, direction))) => {
                    new_events.push(scan_event(scan, ballot_id, *direction));
                    event_rows.push((*index, id));
                }
            }
        }
        let fates = events::store(conn, context, &new_events)?;
        for ((index, id), fate) in event_rows.into_iter().zip(fates) {
            let outcome = if fate == Stored::Accepted { Outcome::Accepted } else { Outcome::Duplicate };
            result.push(index, id, outcome, Vec::new());
        }
        let result = std::mem::take(&mut result).sorted();
        audit(conn, context, &result)?;
        Ok(result)
    })
}
