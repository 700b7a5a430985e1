//! The queries behind the read API: one ballot's history, and lists of ballots by condition.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::dsl::{count_star, exists};
use diesel::prelude::*;

use ballot_shared::ballot::{BallotStatus, DeliveryMethod, StatusReason};
use ballot_shared::contact::ContactKind;
use ballot_shared::office::{
    BallotEventRecord, BallotHistory, BallotList, BallotListItem, NotificationRecord, ScanRecord,
};

use crate::db::DbConnection;
use crate::db::schema::{
    ballot_events, ballot_statuses, ballots, elections, notifications, usps_scans, voter_records, voter_sessions,
};

/// What a list asks for.
#[derive(Debug, Clone)]
pub struct ListQuery {
    pub county: i16,
    pub election: i64,
    pub list: BallotList,
    /// For `not_delivered` and `not_received`: how long ago at least.
    pub days: i64,
    /// For `not_accepted`: one reason only.
    pub reason: Option<StatusReason>,
    /// The row id after which the page starts.
    pub after: Option<i64>,
    pub limit: i64,
}

type SummaryRow = (
    i64,
    String,
    String,
    String,
    String,
    BallotStatus,
    Option<StatusReason>,
    Option<NaiveDateTime>,
    DeliveryMethod,
    i64,
);

/// Narrows `$rows` (a boxed query on ballots, their statuses and voters) to the ballots of the
/// list `$query` asks for, as of `$cutoff` (the late lists' "days ago"): the list's one definition.
macro_rules! of_list {
    ($rows:expr, $query:expr, $cutoff:expr) => {{
        let rows = $rows;
        let cutoff = $cutoff;
        match $query.list {
            BallotList::Cure => rows.filter(ballot_statuses::status.eq(BallotStatus::InReview)).filter(
                ballot_statuses::status_reason.eq_any([StatusReason::NoSignature, StatusReason::SignatureMismatch]),
            ),
            BallotList::Undeliverable => rows.filter(ballot_statuses::status.eq(BallotStatus::Undeliverable)),
            BallotList::NotDelivered => rows
                .filter(
                    ballot_statuses::status_rank.between(BallotStatus::Mailed.rank(), BallotStatus::InTransit.rank()),
                )
                .filter(exists(
                    ballot_events::table
                        .filter(ballot_events::ballot_id.eq(ballots::id))
                        .filter(ballot_events::status.eq(BallotStatus::Mailed))
                        .filter(ballot_events::occurred_at.le(cutoff)),
                )),
            BallotList::NotReceived => rows
                .filter(ballot_statuses::status.eq(BallotStatus::ReturnedByVoter))
                .filter(ballot_statuses::status_at.le(cutoff)),
            BallotList::NotAccepted => {
                let rows = rows.filter(ballot_statuses::status.eq(BallotStatus::NotAccepted));
                match $query.reason {
                    Some(reason) => rows.filter(ballot_statuses::status_reason.eq(reason)),
                    None => rows,
                }
            }
        }
    }};
}

/// How many ballots the list holds.
pub fn list_size(conn: &mut DbConnection, query: &ListQuery, now: NaiveDateTime) -> QueryResult<i64> {
    let rows = ballots::table
        .inner_join(ballot_statuses::table)
        .inner_join(voter_records::table)
        .filter(ballots::county_id.eq(query.county))
        .filter(ballots::election_id.eq(query.election))
        .select(count_star())
        .into_boxed();
    of_list!(rows, query, now - Duration::days(query.days)).first(conn)
}

/// One page of a list, and the row id to continue after when there is more.
pub fn list(
    conn: &mut DbConnection,
    query: &ListQuery,
    now: NaiveDateTime,
) -> QueryResult<(Vec<BallotListItem>, Option<i64>)> {
    let cutoff = now - Duration::days(query.days);
    let rows = ballots::table
        .inner_join(ballot_statuses::table)
        .inner_join(voter_records::table)
        .filter(ballots::county_id.eq(query.county))
        .filter(ballots::election_id.eq(query.election))
        .filter(ballots::id.gt(query.after.unwrap_or(0)))
        .select(summary_columns())
        .order(ballots::id)
        .limit(query.limit + 1)
        .into_boxed();
    let rows = of_list!(rows, query, cutoff);
    let mut found: Vec<SummaryRow> = rows.load(conn)?;
    let next = if found.len() as i64 > query.limit {
        found.truncate(query.limit as usize);
        found.last().map(|row| row.0)
    } else {
        None
    };
    Ok((complete(conn, found)?, next))
}

fn summary_columns() -> (
    ballots::id,
    ballots::ballot_id,
    voter_records::voter_id,
    voter_records::first_name,
    voter_records::last_name,
    ballot_statuses::status,
    ballot_statuses::status_reason,
    ballot_statuses::status_at,
    ballots::delivery_method,
    ballots::voter_record_id,
) {
    (
        ballots::id,
        ballots::ballot_id,
        voter_records::voter_id,
        voter_records::first_name,
        voter_records::last_name,
        ballot_statuses::status,
        ballot_statuses::status_reason,
        ballot_statuses::status_at,
        ballots::delivery_method,
        ballots::voter_record_id,
    )
}

type NotificationRow =
    (i64, String, ContactKind, String, Option<String>, NaiveDateTime, NaiveDateTime, i16, Option<String>);

fn notification_columns() -> (
    notifications::ballot_id,
    notifications::notice,
    notifications::channel,
    notifications::state,
    notifications::outcome,
    notifications::created_at,
    notifications::due_at,
    notifications::attempts,
    notifications::provider_id,
) {
    (
        notifications::ballot_id,
        notifications::notice,
        notifications::channel,
        notifications::state,
        notifications::outcome,
        notifications::created_at,
        notifications::due_at,
        notifications::attempts,
        notifications::provider_id,
    )
}

fn notification(row: NotificationRow) -> (i64, NotificationRecord) {
    let (ballot, notice, channel, state, outcome, created_at, due_at, attempts, provider_id) = row;
    (ballot, NotificationRecord { notice, channel, state, outcome, created_at, due_at, attempts, provider_id })
}

/// The rows with their latest message and when their voter last looked, two queries for the page.
fn complete(conn: &mut DbConnection, rows: Vec<SummaryRow>) -> QueryResult<Vec<BallotListItem>> {
    let ids: Vec<i64> = rows.iter().map(|row| row.0).collect();
    let mut latest: HashMap<i64, NotificationRecord> = HashMap::new();
    let sent: Vec<NotificationRow> = notifications::table
        .filter(notifications::ballot_id.eq_any(&ids))
        .select(notification_columns())
        .order(notifications::id)
        .load(conn)?;
    for row in sent {
        let (ballot, record) = notification(row);
        latest.insert(ballot, record);
    }
    let voters: Vec<i64> = rows.iter().map(|row| row.9).collect();
    let mut seen: HashMap<i64, NaiveDateTime> = HashMap::new();
    let sessions: Vec<(i64, NaiveDateTime)> = voter_sessions::table
        .filter(voter_sessions::voter_record_id.eq_any(&voters))
        .select((voter_sessions::voter_record_id, voter_sessions::created_at))
        .load(conn)?;
    for (voter, at) in sessions {
        let entry = seen.entry(voter).or_insert(at);
        *entry = (*entry).max(at);
    }
    Ok(rows
        .into_iter()
        .map(|(id, ballot_id, voter_id, first, last, status, reason, status_at, delivery_method, voter)| {
            BallotListItem {
                ballot_id,
                voter_id,
                voter_name: format!("{first} {last}"),
                status,
                reason,
                status_at,
                delivery_method,
                last_notification: latest.remove(&id),
                voter_seen_at: seen.get(&voter).copied().filter(|at| status_at.is_none_or(|since| *at >= since)),
            }
        })
        .collect())
}

/// The row ids of the county's ballots with the county's ballot id `ballot_id`, or of the voter
/// with state voter ID `voter_id`, newest first.
pub fn find(
    conn: &mut DbConnection,
    county: i16,
    ballot_id: Option<&str>,
    voter_id: Option<&str>,
) -> QueryResult<Vec<i64>> {
    let mut query = ballots::table
        .inner_join(voter_records::table)
        .filter(ballots::county_id.eq(county))
        .select(ballots::id)
        .order(ballots::id.desc())
        .limit(50)
        .into_boxed();
    if let Some(ballot_id) = ballot_id {
        query = query.filter(ballots::ballot_id.eq(ballot_id));
    }
    if let Some(voter_id) = voter_id {
        query = query.filter(voter_records::voter_id.eq(voter_id));
    }
    query.load(conn)
}

/// The whole history of the ballot with row id `id`.
pub fn history(conn: &mut DbConnection, id: i64) -> QueryResult<Option<BallotHistory>> {
    let found: Option<(SummaryRow, String, Option<String>, Option<String>)> = ballots::table
        .inner_join(ballot_statuses::table)
        .inner_join(voter_records::table)
        .inner_join(elections::table)
        .filter(ballots::id.eq(id))
        .select((summary_columns(), elections::code, ballots::outbound_tracking, ballots::return_tracking))
        .first(conn)
        .optional()?;
    let Some((row, election, outbound_tracking, return_tracking)) = found else { return Ok(None) };
    let events = ballot_events::table
        .filter(ballot_events::ballot_id.eq(id))
        .select((
            ballot_events::event_id,
            ballot_events::status,
            ballot_events::reason,
            ballot_events::occurred_at,
            ballot_events::source,
            ballot_events::received_at,
        ))
        .order((ballot_events::occurred_at, ballot_events::id))
        .load::<(String, BallotStatus, Option<StatusReason>, NaiveDateTime, String, NaiveDateTime)>(conn)?
        .into_iter()
        .map(|(event_id, status, reason, occurred_at, source, received_at)| BallotEventRecord {
            event_id,
            status,
            reason,
            occurred_at,
            source,
            received_at,
        })
        .collect();
    let scans = usps_scans::table
        .filter(usps_scans::ballot_id.eq(id))
        .select((
            usps_scans::tracking,
            usps_scans::facility_zip,
            usps_scans::operation_code,
            usps_scans::scanned_at,
            usps_scans::expected_delivery,
        ))
        .order((usps_scans::scanned_at, usps_scans::id))
        .load::<(String, String, String, NaiveDateTime, Option<NaiveDate>)>(conn)?
        .into_iter()
        .map(|(tracking, facility_zip, operation_code, scanned_at, expected_delivery)| ScanRecord {
            tracking,
            facility_zip,
            operation_code,
            scanned_at,
            expected_delivery,
        })
        .collect();
    let notifications: Vec<NotificationRecord> = notifications::table
        .filter(notifications::ballot_id.eq(id))
        .select(notification_columns())
        .order(notifications::id)
        .load::<NotificationRow>(conn)?
        .into_iter()
        .map(|row| notification(row).1)
        .collect();
    let ballot = complete(conn, vec![row])?.pop().expect("one row in, one out");
    Ok(Some(BallotHistory { ballot, election, outbound_tracking, return_tracking, events, scans, notifications }))
}
