//! A county's counts for one election: ballots by current status and by reason, and events per day.

use chrono::NaiveDate;
use diesel::dsl::count_star;
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use crate::db::DbConnection;
use crate::db::schema::{ballot_events, ballot_statuses, ballots};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct StatusCount {
    /// A `BallotStatus`.
    pub status: String,
    pub ballots: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct ReasonCount {
    /// `in_review` or `not_accepted`.
    pub status: String,
    /// A `StatusReason`.
    pub reason: String,
    pub ballots: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct DayCount {
    /// The California calendar day the events happened.
    pub date: NaiveDate,
    /// A `BallotStatus`.
    pub status: String,
    pub events: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct ElectionStats {
    /// The election's id.
    pub election: String,
    pub county: i16,
    /// Ballots by their current status.
    pub by_status: Vec<StatusCount>,
    /// Ballots in review or not accepted, by reason.
    pub by_reason: Vec<ReasonCount>,
    /// Events stored, by the day they happened and their status.
    pub per_day: Vec<DayCount>,
}

pub fn for_election(conn: &mut DbConnection, county: i16, election: i64, code: &str) -> QueryResult<ElectionStats> {
    let by_status = ballot_statuses::table
        .inner_join(ballots::table)
        .filter(ballots::county_id.eq(county))
        .filter(ballots::election_id.eq(election))
        .group_by(ballot_statuses::status)
        .select((ballot_statuses::status, count_star()))
        .order(ballot_statuses::status)
        .load::<(String, i64)>(conn)?
        .into_iter()
        .map(|(status, ballots)| StatusCount { status, ballots })
        .collect();
    let by_reason = ballot_statuses::table
        .inner_join(ballots::table)
        .filter(ballots::county_id.eq(county))
        .filter(ballots::election_id.eq(election))
        .filter(ballot_statuses::status_reason.is_not_null())
        .group_by((ballot_statuses::status, ballot_statuses::status_reason))
        .select((ballot_statuses::status, ballot_statuses::status_reason, count_star()))
        .order((ballot_statuses::status, ballot_statuses::status_reason))
        .load::<(String, Option<String>, i64)>(conn)?
        .into_iter()
        .map(|(status, reason, ballots)| ReasonCount { status, reason: reason.unwrap_or_default(), ballots })
        .collect();
    let per_day = ballot_events::table
        .inner_join(ballots::table)
        .filter(ballots::county_id.eq(county))
        .filter(ballots::election_id.eq(election))
        .group_by((ballot_events::occurred_on, ballot_events::status))
        .select((ballot_events::occurred_on, ballot_events::status, count_star()))
        .order((ballot_events::occurred_on, ballot_events::status))
        .load::<(NaiveDate, String, i64)>(conn)?
        .into_iter()
        .map(|(date, status, events)| DayCount { date, status, events })
        .collect();
    Ok(ElectionStats { election: code.to_owned(), county, by_status, by_reason, per_day })
}
