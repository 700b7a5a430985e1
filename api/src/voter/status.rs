//! Where a voter's ballots are: each ballot of current and recent elections with its timeline in
//! plain words, and what to do when a signature problem can still be fixed.

use ballot_shared::Vocabulary;
use std::collections::HashMap;

use ballot_shared::ballot::{BallotStatus, StatusReason};
use ballot_shared::responses::{BallotView, BallotsView, CureView, ElectionView, StatusView};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::county::County;
use crate::db::DbConnection;
use crate::db::schema::{ballot_events, ballot_statuses, ballots, elections};
use crate::messaging::texts::text;
use crate::voter::cure::{self, FormLink};

/// Elections whose day is further back than this are no longer shown.
const RECENT_DAYS: i64 = 400;

type BallotRow = (
    i64,
    String,
    String,
    NaiveDate,
    NaiveDate,
    Option<NaiveDate>,
    String,
    Option<String>,
    Option<NaiveDateTime>,
    Option<NaiveDate>,
    Option<i64>,
);

/// The voter's ballots in elections held on or after `today - RECENT_DAYS`.
pub fn ballots_of(
    conn: &mut DbConnection,
    voter: i64,
    county: &County,
    today: NaiveDate,
    language: &str,
) -> QueryResult<BallotsView> {
    let rows: Vec<BallotRow> = ballots::table
        .inner_join(elections::table)
        .inner_join(ballot_statuses::table)
        .filter(ballots::voter_record_id.eq(voter))
        .filter(elections::election_day.ge(today - chrono::Duration::days(RECENT_DAYS)))
        .order((elections::election_day.desc(), ballots::id.desc()))
        .select((
            ballots::id,
            elections::code,
            elections::name,
            elections::election_day,
            elections::return_deadline,
            elections::cure_deadline,
            ballot_statuses::status,
            ballot_statuses::status_reason,
            ballot_statuses::status_at,
            ballot_statuses::expected_delivery,
            ballots::supersedes_id,
        ))
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let mut timelines: HashMap<i64, Vec<StatusView>> = HashMap::new();
    let events: Vec<(i64, String, Option<String>, NaiveDateTime)> = ballot_events::table
        .filter(ballot_events::ballot_id.eq_any(&ids))
        .order((ballot_events::occurred_at, ballot_events::status_rank, ballot_events::id))
        .select((ballot_events::ballot_id, ballot_events::status, ballot_events::reason, ballot_events::occurred_at))
        .load(conn)?;
    for (ballot, status, reason, at) in events {
        if let Some(view) = status_view(language, &status, reason.as_deref(), Some(at)) {
            timelines.entry(ballot).or_default().push(view);
        }
    }
    let mut views: Vec<BallotView> = rows
        .into_iter()
        .filter_map(|(id, code, name, day, deadline, cure_deadline, status, reason, at, expected, _)| {
            // A current status this version does not know: the newest step it does.
            let current = status_view(language, &status, reason.as_deref(), at)
                .or_else(|| timelines.get(&id).and_then(|steps| steps.last().cloned()))?;
            let replaced = current.status == BallotStatus::Superseded;
            let cure = current
                .reason
                .filter(|r| r.is_curable() && current.status == BallotStatus::InReview)
                .map(|reason| cure_view(language, reason, cure_deadline, county));
            let on_its_way = current.status.rank() <= BallotStatus::ExpectedDelivery.rank();
            Some(BallotView {
                election: ElectionView { id: code, name, election_day: day, return_deadline: deadline },
                county: county.name.clone(),
                timeline: timelines.remove(&id).unwrap_or_default(),
                expected_delivery: expected.filter(|_| on_its_way),
                current,
                replaced,
                cure,
            })
        })
        .collect();
    // Within an election the ballot that counts comes first.
    views.sort_by(|a, b| b.election.election_day.cmp(&a.election.election_day).then(a.replaced.cmp(&b.replaced)));
    Ok(BallotsView { ballots: views })
}

/// A status in the voter's words; `None` for a status this version does not know (the column
/// has no CHECK: a newer version may have written it), which the page then leaves out.
fn status_view(language: &str, status: &str, reason: Option<&str>, at: Option<NaiveDateTime>) -> Option<StatusView> {
    let status = BallotStatus::parse(status)?;
    let reason = reason.and_then(StatusReason::parse);
    let said = text(language, &format!("status-{}", status.as_str()), &[]);
    let explanation = match reason {
        Some(reason) => format!("{said} {}", text(language, &format!("reason-{}", reason.as_str()), &[])),
        None => said,
    };
    Some(StatusView { status, reason, explanation, at })
}

fn cure_view(language: &str, reason: StatusReason, deadline: Option<NaiveDate>, county: &County) -> CureView {
    CureView {
        steps: cure::steps(language, reason, deadline, county, FormLink::Beside),
        deadline,
        form_url: county.cure_form_url.clone(),
        county_contact: county.office_contacts(language),
    }
}
