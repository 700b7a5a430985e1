//! Writing the messages a ballot's progress calls for, inside the transaction that records it.

use ballot_shared::Vocabulary;
use std::collections::{HashMap, HashSet};

use ballot_shared::ballot::{BallotStatus, StatusReason};
use ballot_shared::contact::{ContactKind, ContactWindow, MethodState};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::upsert::excluded;

use super::Notice;
use crate::db::DbConnection;
use crate::db::schema::{
    ballot_statuses, ballots, contact_methods, counties, election_counties, elections, notifications, reminder_runs,
    voter_preferences,
};
use crate::messaging::DeliveryState;
use crate::per_backend;
use crate::voter::contact::{PREFERENCES_COLUMNS, Preferences, PreferencesRow};

/// Rows per insert statement (14 values a row stays under SQLite's limit of bound values).
const ROWS_PER_INSERT: usize = 1_000;

/// Ballots looked at per query when looking for voters to remind.
const REMINDER_PAGE: i64 = 5_000;

/// A ballot whose stored status or expected delivery date an event batch has just changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BallotChange {
    pub ballot: i64,
    /// The new status, when it changed.
    pub status: Option<(BallotStatus, Option<StatusReason>)>,
    /// The new expected delivery date, when it changed.
    pub expected_delivery: Option<NaiveDate>,
}

/// What a ballot's voter should be told about a change: the notice, its reason and date, and
/// the status rank it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Told {
    notice: Notice,
    reason: Option<StatusReason>,
    expected_delivery: Option<NaiveDate>,
    rank: i16,
}

impl BallotChange {
    fn told(&self) -> Option<Told> {
        let by_status = self.status.and_then(|(status, reason)| {
            // "Expected delivery" with a date already told is no news.
            let notice = Notice::for_status(status, reason)
                .filter(|n| *n != Notice::ExpectedDelivery || self.expected_delivery.is_some());
            notice.map(|notice| Told {
                notice,
                reason,
                expected_delivery: self.expected_delivery.filter(|_| notice == Notice::ExpectedDelivery),
                rank: status.rank(),
            })
        });
        // A new delivery date while the ballot is on its way is news; told with the status when
        // the status itself is no further along than "on its way".
        let by_date = self.expected_delivery.map(|date| Told {
            notice: Notice::ExpectedDelivery,
            reason: None,
            expected_delivery: Some(date),
            rank: BallotStatus::ExpectedDelivery.rank(),
        });
        match (by_status, by_date) {
            (Some(status), Some(date)) if date.rank >= status.rank => Some(date),
            (Some(status), _) => Some(status),
            (None, date) => date,
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = notifications)]
// NULL for absent values rather than DEFAULT, so SQLite takes many rows as one statement.
#[diesel(treat_none_as_default_value = false)]
struct NewNotification {
    voter_record_id: i64,
    ballot_id: i64,
    channel: ContactKind,
    notice: Notice,
    reason: Option<StatusReason>,
    expected_delivery: Option<NaiveDate>,
    status_rank: i16,
    state: DeliveryState,
    pending_key: Option<String>,
    due_at: NaiveDateTime,
    attempts: i16,
    created_at: NaiveDateTime,
}

/// The key that makes later status messages for a ballot join one still waiting.
fn pending_key(ballot: i64, channel: ContactKind) -> String {
    format!("{ballot}:{}", channel.as_str())
}

/// A confirmed contact method of a ballot's voter, with when that voter may be contacted.
struct Recipient {
    ballot: i64,
    voter: i64,
    channel: ContactKind,
    window: ContactWindow,
}

/// The confirmed methods of the voters of `ballots` (by our ballot ids) who want notifications.
fn recipients(conn: &mut DbConnection, ballot_ids: &[i64]) -> QueryResult<Vec<Recipient>> {
    let rows: Vec<(i64, i64, ContactKind, Option<PreferencesRow>)> = ballots::table
        .inner_join(contact_methods::table.on(contact_methods::voter_record_id.eq(ballots::voter_record_id)))
        .left_join(voter_preferences::table.on(voter_preferences::voter_record_id.eq(ballots::voter_record_id)))
        .filter(ballots::id.eq_any(ballot_ids))
        .filter(contact_methods::state.eq(MethodState::On))
        .select((ballots::id, ballots::voter_record_id, contact_methods::kind, PREFERENCES_COLUMNS.nullable()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(ballot, voter, channel, preferences)| {
            let preferences = preferences.map(Preferences::from_row).unwrap_or_default();
            preferences.notifications_on.then_some(Recipient {
                ballot,
                voter,
                channel,
                window: preferences.contact_hours,
            })
        })
        .collect())
}

/// When a message written at `now` may go: now, or when the voter's contact hours next start.
fn due(window: &ContactWindow, now: NaiveDateTime) -> NaiveDateTime {
    window.next_open(now.and_utc()).naive_utc()
}

/// Writes the messages `changes` call for, inside the caller's transaction: one per confirmed
/// method of each ballot's voter, due at the start of the voter's contact hours. A status message
/// still waiting for the same ballot and channel takes the newer status instead (one message, the
/// latest news). A replaced ballot's waiting messages are dropped: its replacement is what counts.
/// Messages of a held batch (`hold`) wait apart, each on its own, until an operator decides.
pub fn enqueue(
    conn: &mut DbConnection,
    changes: &[BallotChange],
    now: NaiveDateTime,
    hold: Option<i64>,
) -> QueryResult<usize> {
    let superseded: Vec<i64> =
        changes.iter().filter(|c| matches!(c.status, Some((BallotStatus::Superseded, _)))).map(|c| c.ballot).collect();
    if !superseded.is_empty() {
        diesel::update(
            notifications::table
                .filter(notifications::ballot_id.eq_any(&superseded))
                .filter(notifications::state.eq(DeliveryState::Pending)),
        )
        .set((
            notifications::state.eq(DeliveryState::Dropped),
            notifications::outcome.eq("superseded"),
            notifications::pending_key.eq(None::<String>),
        ))
        .execute(conn)?;
    }
    let told: HashMap<i64, Told> = changes.iter().filter_map(|c| c.told().map(|t| (c.ballot, t))).collect();
    if told.is_empty() {
        return Ok(0);
    }
    let mut ids: Vec<i64> = told.keys().copied().collect();
    ids.sort_unstable();
    let mut rows: Vec<NewNotification> = recipients(conn, &ids)?
        .into_iter()
        .map(|r| {
            let t = told[&r.ballot];
            NewNotification {
                voter_record_id: r.voter,
                ballot_id: r.ballot,
                // A held message joins only messages of its own batch.
                pending_key: Some(match hold {
                    Some(hold) => super::holds::held_key(hold, r.ballot, r.channel),
                    None => pending_key(r.ballot, r.channel),
                }),
                channel: r.channel,
                notice: t.notice,
                reason: t.reason,
                expected_delivery: t.expected_delivery,
                status_rank: t.rank,
                state: if hold.is_some() { DeliveryState::Held } else { DeliveryState::Pending },
                due_at: due(&r.window, now),
                attempts: 0,
                created_at: now,
            }
        })
        .collect();
    // In key order, so concurrent batches touch waiting messages in the same order.
    rows.sort_unstable_by(|a, b| a.pending_key.cmp(&b.pending_key));
    upsert_waiting(conn, &rows, now, hold)
}

/// Inserts status messages, or updates the one waiting for the same ballot and channel.
fn upsert_waiting(
    conn: &mut DbConnection,
    rows: &[NewNotification],
    now: NaiveDateTime,
    hold: Option<i64>,
) -> QueryResult<usize> {
    match conn {
        // One statement, its columns as arrays: far fewer values to bind and parse than a
        // multi-row insert (this runs inside every status event batch).
        DbConnection::Postgres(c) => {
            use diesel::sql_types::{Array, BigInt, Date, Nullable, SmallInt, Text, Timestamp};
            if rows.is_empty() {
                return Ok(0);
            }
            diesel::sql_query(format!(
                "INSERT INTO notifications (voter_record_id, ballot_id, channel, notice, reason, expected_delivery, \
                 status_rank, state, pending_key, due_at, attempts, created_at) \
                 SELECT u.voter, u.ballot, u.channel, u.notice, u.reason, u.expected, u.rank, '{state}', u.key, u.due, 0, $10 \
                 FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::date[], $7::smallint[], \
                 $8::text[], $9::timestamp[]) AS u(voter, ballot, channel, notice, reason, expected, rank, key, due) \
                 ON CONFLICT (pending_key) DO UPDATE SET notice = excluded.notice, reason = excluded.reason, \
                 expected_delivery = excluded.expected_delivery, status_rank = excluded.status_rank \
                 WHERE notifications.status_rank <= excluded.status_rank",
                state = if hold.is_some() { DeliveryState::Held } else { DeliveryState::Pending }.as_str(),
            ))
            .bind::<Array<BigInt>, _>(rows.iter().map(|r| r.voter_record_id).collect::<Vec<_>>())
            .bind::<Array<BigInt>, _>(rows.iter().map(|r| r.ballot_id).collect::<Vec<_>>())
            .bind::<Array<Text>, _>(rows.iter().map(|r| r.channel).collect::<Vec<_>>())
            .bind::<Array<Text>, _>(rows.iter().map(|r| r.notice).collect::<Vec<_>>())
            .bind::<Array<Nullable<Text>>, _>(rows.iter().map(|r| r.reason).collect::<Vec<_>>())
            .bind::<Array<Nullable<Date>>, _>(rows.iter().map(|r| r.expected_delivery).collect::<Vec<_>>())
            .bind::<Array<SmallInt>, _>(rows.iter().map(|r| r.status_rank).collect::<Vec<_>>())
            .bind::<Array<Nullable<Text>>, _>(rows.iter().map(|r| r.pending_key.as_deref()).collect::<Vec<_>>())
            .bind::<Array<Timestamp>, _>(rows.iter().map(|r| r.due_at).collect::<Vec<_>>())
            .bind::<Timestamp, _>(now)
            .execute(c)
        }
        // Without PostgreSQL's rank guard: Diesel cannot put a `WHERE` on a many-row upsert here, and
        // none is needed, since SQLite's writers take turns and a ballot's status only moves forward.
        DbConnection::Sqlite(c) => {
            let mut written = 0;
            for chunk in rows.chunks(ROWS_PER_INSERT) {
                written += diesel::insert_into(notifications::table)
                    .values(chunk)
                    .on_conflict(notifications::pending_key)
                    .do_update()
                    .set((
                        notifications::notice.eq(excluded(notifications::notice)),
                        notifications::reason.eq(excluded(notifications::reason)),
                        notifications::expected_delivery.eq(excluded(notifications::expected_delivery)),
                        notifications::status_rank.eq(excluded(notifications::status_rank)),
                    ))
                    .execute(c)?;
            }
            Ok(written)
        }
    }
}

/// Statuses of a ballot that is out with the voter and not yet on its way back.
const NOT_RETURNED: [BallotStatus; 4] =
    [BallotStatus::Mailed, BallotStatus::InTransit, BallotStatus::ExpectedDelivery, BallotStatus::Delivered];

/// Writes return reminders, once per ballot and channel, for ballots still out with their
/// voters in each county holding an upcoming election from `reminder_days` before election day
/// (each county sets its own; 0 sends none). Looks at most once a day per election and county.
/// Returns how many reminders were written.
pub fn schedule_reminders(conn: &mut DbConnection, today: NaiveDate, now: NaiveDateTime) -> QueryResult<usize> {
    let upcoming: Vec<(i64, i16, NaiveDate, i16)> = elections::table
        .inner_join(election_counties::table)
        .inner_join(counties::table.on(counties::id.eq(election_counties::county_id)))
        .filter(elections::election_day.ge(today))
        .filter(counties::reminder_days.gt(0))
        .select((elections::id, counties::id, elections::election_day, counties::reminder_days))
        .load(conn)?;
    let mut written = 0;
    for (election, county, day, days) in upcoming {
        if today < day - chrono::Duration::days(days.into()) {
            continue;
        }
        let first_today = crate::db::write_transaction(conn, |conn| {
            per_backend!(conn, c => diesel::insert_into(reminder_runs::table)
                .values((
                    reminder_runs::election_id.eq(election),
                    reminder_runs::county_id.eq(county),
                    reminder_runs::run_on.eq(today),
                ))
                .on_conflict_do_nothing()
                .execute(c))
        })?;
        if first_today == 1 {
            written += remind(conn, election, county, now)?;
        }
    }
    Ok(written)
}

/// Reminders for one election and county, a page of ballots per transaction.
fn remind(conn: &mut DbConnection, election: i64, county: i16, now: NaiveDateTime) -> QueryResult<usize> {
    let statuses: Vec<&str> = NOT_RETURNED.iter().map(|s| s.as_str()).collect();
    let mut after = 0;
    let mut written = 0;
    loop {
        let page: Vec<(i64, i16)> = ballots::table
            .inner_join(ballot_statuses::table)
            .filter(ballots::election_id.eq(election))
            .filter(ballots::county_id.eq(county))
            .filter(ballots::id.gt(after))
            .filter(ballot_statuses::status.eq_any(&statuses))
            .order(ballots::id)
            .limit(REMINDER_PAGE)
            .select((ballots::id, ballot_statuses::status_rank))
            .load(conn)?;
        let Some(&(last, _)) = page.last() else { return Ok(written) };
        after = last;
        let ranks: HashMap<i64, i16> = page.iter().copied().collect();
        let ids: Vec<i64> = page.iter().map(|(id, _)| *id).collect();
        // Reminded once ever: on another day, or before a worker died part-way.
        let reminded: HashSet<(i64, ContactKind)> = notifications::table
            .filter(notifications::ballot_id.eq_any(&ids))
            .filter(notifications::notice.eq(Notice::Reminder))
            .select((notifications::ballot_id, notifications::channel))
            .load(conn)?
            .into_iter()
            .collect();
        let rows: Vec<NewNotification> = recipients(conn, &ids)?
            .into_iter()
            .filter(|r| !reminded.contains(&(r.ballot, r.channel)))
            .map(|r| NewNotification {
                voter_record_id: r.voter,
                ballot_id: r.ballot,
                channel: r.channel,
                notice: Notice::Reminder,
                reason: None,
                expected_delivery: None,
                status_rank: ranks[&r.ballot],
                state: DeliveryState::Pending,
                pending_key: None,
                due_at: due(&r.window, now),
                attempts: 0,
                created_at: now,
            })
            .collect();
        written += crate::db::write_transaction(conn, |conn| {
            let mut written = 0;
            for chunk in rows.chunks(ROWS_PER_INSERT) {
                written += per_backend!(conn, c => diesel::insert_into(notifications::table).values(chunk).execute(c))?;
            }
            QueryResult::Ok(written)
        })?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(status: Option<BallotStatus>, date: Option<&str>) -> BallotChange {
        BallotChange {
            ballot: 1,
            status: status.map(|s| (s, None)),
            expected_delivery: date.map(|d| d.parse().unwrap()),
        }
    }

    #[test]
    fn a_new_delivery_date_is_told_unless_the_ballot_moved_past_it() {
        let told = change(Some(BallotStatus::Mailed), Some("2026-10-09")).told().unwrap();
        assert_eq!(
            (told.notice, told.expected_delivery),
            (Notice::ExpectedDelivery, Some("2026-10-09".parse().unwrap()))
        );
        let told = change(Some(BallotStatus::InTransit), Some("2026-10-09")).told().unwrap();
        assert_eq!(told.notice, Notice::ExpectedDelivery);
        let told = change(None, Some("2026-10-09")).told().unwrap();
        assert_eq!(told.notice, Notice::ExpectedDelivery);
        assert_eq!(change(Some(BallotStatus::Delivered), None).told().unwrap().notice, Notice::Delivered);
        assert_eq!(change(Some(BallotStatus::InTransit), None).told(), None);
        // "Expected delivery" again, with the date already told: nothing new.
        assert_eq!(change(Some(BallotStatus::ExpectedDelivery), None).told(), None);
        assert_eq!(change(Some(BallotStatus::Issued), None).told(), None);
    }
}
