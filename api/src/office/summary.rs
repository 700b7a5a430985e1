//! The election at a glance, for one county: the funnel, statuses and reasons, where ballots are
//! stuck, events per day, sign-ups, and what became of every message.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::dsl::{count, count_star};
use diesel::prelude::*;

use ballot_shared::Vocabulary;
use ballot_shared::ballot::BallotStatus;
use ballot_shared::contact::MethodState;
use ballot_shared::office::{BallotList, DaySeries, DeliveryCount, FunnelStep, NamedCount};

use crate::db::DbConnection;
use crate::db::schema::{ballot_events, ballot_statuses, ballots, contact_methods, notifications, voter_records};
use crate::office::ballots::{ListQuery, list_size};

/// The steps of the funnel, with the least status rank that counts as having reached each.
const FUNNEL: [(&str, BallotStatus); 5] = [
    ("issued", BallotStatus::Issued),
    ("mailed", BallotStatus::Mailed),
    ("delivered", BallotStatus::Delivered),
    ("returned", BallotStatus::ReturnedByVoter),
    ("received", BallotStatus::Received),
];

pub struct Counts {
    pub ballots: i64,
    pub funnel: Vec<FunnelStep>,
    pub by_status: Vec<NamedCount>,
    pub not_accepted_reasons: Vec<NamedCount>,
    pub stuck: Vec<NamedCount>,
    pub per_day: Vec<DaySeries>,
    pub signed_up: Vec<NamedCount>,
    pub opted_out: Vec<NamedCount>,
    pub ballots_with_sign_up: i64,
    pub deliveries: Vec<DeliveryCount>,
}

fn named(rows: Vec<(String, i64)>) -> Vec<NamedCount> {
    rows.into_iter().map(|(name, count)| NamedCount { name, count }).collect()
}

pub fn counts(conn: &mut DbConnection, county: i16, election: i64, now: NaiveDateTime) -> QueryResult<Counts> {
    let by_status: Vec<(BallotStatus, i64)> = ballot_statuses::table
        .inner_join(ballots::table)
        .filter(ballots::county_id.eq(county))
        .filter(ballots::election_id.eq(election))
        .group_by(ballot_statuses::status)
        .select((ballot_statuses::status, count_star()))
        .load(conn)?;
    let live: Vec<(BallotStatus, i64)> =
        by_status.iter().copied().filter(|(status, _)| *status != BallotStatus::Superseded).collect();
    let reached = |rank: i16, but: &[BallotStatus]| -> i64 {
        live.iter().filter(|(s, _)| s.rank() >= rank && !but.contains(s)).map(|(_, n)| n).sum()
    };
    let final_statuses = [BallotStatus::Accepted, BallotStatus::NotAccepted, BallotStatus::VotedInPerson];
    let mut funnel: Vec<FunnelStep> = FUNNEL
        .iter()
        .map(|(step, status)| {
            // Undeliverable ballots did not reach the voter; voted-in-person ones never came back by mail.
            let but: &[BallotStatus] = match status {
                BallotStatus::Delivered => &[BallotStatus::Undeliverable],
                BallotStatus::ReturnedByVoter | BallotStatus::Received => &[BallotStatus::VotedInPerson],
                _ => &[],
            };
            FunnelStep { step: (*step).to_owned(), ballots: reached(status.rank(), but) }
        })
        .collect();
    for status in &final_statuses[..2] {
        let ballots = live.iter().filter(|(s, _)| s == status).map(|(_, n)| n).sum();
        funnel.push(FunnelStep { step: status.as_str().to_owned(), ballots });
    }
    let mut statuses: BTreeMap<&'static str, i64> = BTreeMap::new();
    for (status, n) in &by_status {
        *statuses.entry(status.as_str()).or_default() += n;
    }
    let not_accepted_reasons: Vec<(Option<String>, i64)> = ballot_statuses::table
        .inner_join(ballots::table)
        .filter(ballots::county_id.eq(county))
        .filter(ballots::election_id.eq(election))
        .filter(ballot_statuses::status.eq(BallotStatus::NotAccepted))
        .group_by(ballot_statuses::status_reason)
        .select((ballot_statuses::status_reason, count_star()))
        .order(ballot_statuses::status_reason)
        .load(conn)?;
    let mut stuck = Vec::new();
    for list in [BallotList::Cure, BallotList::Undeliverable, BallotList::NotDelivered, BallotList::NotReceived] {
        let query =
            ListQuery { county, election, list, days: super::DEFAULT_DAYS, reason: None, after: None, limit: 0 };
        stuck.push(NamedCount { name: list.as_str().to_owned(), count: list_size(conn, &query, now)? });
    }
    let per_day = ballot_events::table
        .inner_join(ballots::table)
        .filter(ballots::county_id.eq(county))
        .filter(ballots::election_id.eq(election))
        .group_by((ballot_events::occurred_on, ballot_events::status))
        .select((ballot_events::occurred_on, ballot_events::status, count_star()))
        .order((ballot_events::occurred_on, ballot_events::status))
        .load::<(NaiveDate, String, i64)>(conn)?
        .into_iter()
        .map(|(date, status, events)| DaySeries { date, status, events })
        .collect();
    let methods = |state: MethodState, conn: &mut DbConnection| -> QueryResult<Vec<NamedCount>> {
        let rows: Vec<(String, i64)> = contact_methods::table
            .inner_join(voter_records::table)
            .filter(voter_records::county_id.eq(county))
            .filter(contact_methods::state.eq(state))
            .group_by(contact_methods::kind)
            .select((contact_methods::kind, count_star()))
            .order(contact_methods::kind)
            .load(conn)?;
        Ok(named(rows))
    };
    let signed_up = methods(MethodState::On, conn)?;
    let opted_out = methods(MethodState::Off, conn)?;
    let ballots_with_sign_up: i64 = ballots::table
        .inner_join(contact_methods::table.on(contact_methods::voter_record_id.eq(ballots::voter_record_id)))
        .filter(ballots::county_id.eq(county))
        .filter(ballots::election_id.eq(election))
        .filter(contact_methods::state.eq(MethodState::On))
        .select(count(ballots::id).aggregate_distinct())
        .first(conn)?;
    let deliveries = notifications::table
        .inner_join(ballots::table)
        .filter(ballots::county_id.eq(county))
        .filter(ballots::election_id.eq(election))
        .group_by((notifications::notice, notifications::channel, notifications::state, notifications::outcome))
        .select((
            notifications::notice,
            notifications::channel,
            notifications::state,
            notifications::outcome,
            count_star(),
        ))
        .order((notifications::notice, notifications::channel, notifications::state, notifications::outcome))
        .load::<(String, String, String, Option<String>, i64)>(conn)?
        .into_iter()
        .map(|(notice, channel, state, outcome, messages)| DeliveryCount { notice, channel, state, outcome, messages })
        .collect();
    Ok(Counts {
        ballots: live.iter().map(|(_, n)| n).sum(),
        funnel,
        by_status: statuses.into_iter().map(|(name, count)| NamedCount { name: name.to_owned(), count }).collect(),
        not_accepted_reasons: not_accepted_reasons
            .into_iter()
            .map(|(reason, count)| NamedCount { name: reason.unwrap_or_default(), count })
            .collect(),
        stuck,
        per_day,
        signed_up,
        opted_out,
        ballots_with_sign_up,
        deliveries,
    })
}
