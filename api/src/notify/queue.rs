//! The notification queue in the database: taking due messages (PostgreSQL: `FOR UPDATE SKIP
//! LOCKED`), what the worker needs to know about them, and recording what became of each.

use std::collections::{HashMap, HashSet};

use ballot_shared::Vocabulary;
use ballot_shared::ballot::{BallotStatus, StatusReason};
use ballot_shared::contact::ContactKind;
use ballot_shared::contact::ContactWindow;
use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Timestamp};
use rand::Rng;

use super::Notice;
use crate::county::{self, County};
use crate::db::schema::{ballot_statuses, ballots, elections, notifications, voter_records};
use crate::db::{DbConnection, write_transaction};
use crate::messaging::DeliveryState;
use crate::voter::contact::{self, Method, Preferences};
use crate::voter::roll::RegistrationStatus;

/// The first retry waits about this long; each later one twice as long, up to [`MAX_BACKOFF`].
pub(super) const FIRST_BACKOFF: Duration = Duration::seconds(30);
pub(super) const MAX_BACKOFF: Duration = Duration::hours(2);

/// A message a worker has taken.
#[derive(Debug, Clone, QueryableByName)]
#[diesel(table_name = notifications)]
pub(super) struct Claimed {
    pub(super) id: i64,
    pub(super) voter_record_id: i64,
    pub(super) ballot_id: i64,
    pub(super) channel: ContactKind,
    /// A [`Notice`] (read as text: a word this version does not know drops the message rather
    /// than stopping the queue; the column has no CHECK).
    pub(super) notice: String,
    pub(super) reason: Option<String>,
    pub(super) expected_delivery: Option<NaiveDate>,
    pub(super) status_rank: i16,
    pub(super) attempts: i16,
    pub(super) created_at: NaiveDateTime,
}

impl Claimed {
    pub(super) fn notice(&self) -> Option<Notice> {
        Notice::parse(&self.notice)
    }

    /// The reason, `Err` when it is a word this version does not know.
    pub(super) fn reason(&self) -> Result<Option<StatusReason>, ()> {
        self.reason.as_deref().map(|word| StatusReason::parse(word).ok_or(())).transpose()
    }
}

/// What a worker knows about a taken message's voter and ballot.
pub(super) struct Context {
    pub(super) voters: HashMap<i64, (String, i16)>,
    /// Voters whose registration is no longer active (inactive, cancelled): no ballot news.
    pub(super) inactive: HashSet<i64>,
    pub(super) counties: HashMap<i16, County>,
    pub(super) ballots: HashMap<i64, BallotFacts>,
    /// Ballots whose status is a word this version does not know (a newer one wrote it).
    pub(super) unreadable_ballots: HashSet<i64>,
    pub(super) methods: HashMap<(i64, ContactKind), Method>,
    pub(super) preferences: HashMap<i64, Preferences>,
    pub(super) sent: SentSoFar,
    /// Per ballot and channel: the newest status message waiting or being sent (rank, id).
    pub(super) newest: HashMap<(i64, ContactKind), (i16, i64)>,
}

pub(super) struct BallotFacts {
    pub(super) election: String,
    pub(super) election_day: NaiveDate,
    pub(super) return_deadline: NaiveDate,
    pub(super) cure_deadline: Option<NaiveDate>,
    pub(super) status: BallotStatus,
    pub(super) rank: i16,
}

/// What becomes of a taken message.
#[derive(Debug)]
pub(super) enum Fate {
    Sent(String),
    /// No longer worth sending; the word says why.
    Dropped(&'static str),
    /// Outside the voter's contact hours (they changed them): wait until then.
    Later(NaiveDateTime),
    /// The address or number cannot take messages.
    Failed {
        method: i64,
    },
    /// The transport failed for now: try again later, or give up after too many tries.
    Retry,
}

/// Takes up to `batch` due messages (and any a dead worker left behind past its lease).
pub(super) fn claim(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    batch: i64,
    lease: Duration,
) -> QueryResult<Vec<Claimed>> {
    write_transaction(conn, |conn| {
        if let DbConnection::Postgres(c) = conn {
            // A queue's statistics lag behind its bursts: after a large batch of events the
            // planner still believes few messages wait, and would sort them all to take the first
            // few. The due index already holds them in order.
            diesel::sql_query("SET LOCAL enable_sort = off").execute(c)?;
        }
        diesel::update(
            notifications::table
                .filter(notifications::state.eq(DeliveryState::Sending))
                .filter(notifications::claimed_at.lt(now - lease)),
        )
        .set(notifications::state.eq(DeliveryState::Pending))
        .execute(conn)?;
        // The same statement on both backends but for the placeholders and the row locks: a
        // PostgreSQL worker skips rows another is taking.
        let columns = "id, voter_record_id, ballot_id, channel, notice, reason, expected_delivery, status_rank, attempts, created_at";
        match conn {
            DbConnection::Postgres(c) => diesel::sql_query(format!(
                "UPDATE notifications SET state = '{sending}', pending_key = NULL, claimed_at = $1, \
                 attempts = attempts + 1 WHERE id IN (SELECT id FROM notifications WHERE state = '{pending}' \
                 AND due_at <= $1 ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED) RETURNING {columns}",
                sending = DeliveryState::Sending.as_str(),
                pending = DeliveryState::Pending.as_str(),
            ))
            .bind::<Timestamp, _>(now)
            .bind::<BigInt, _>(batch)
            .load(c),
            DbConnection::Sqlite(c) => diesel::sql_query(format!(
                "UPDATE notifications SET state = '{sending}', pending_key = NULL, claimed_at = ?, \
                 attempts = attempts + 1 WHERE id IN (SELECT id FROM notifications WHERE state = '{pending}' \
                 AND due_at <= ? ORDER BY due_at LIMIT ?) RETURNING {columns}",
                sending = DeliveryState::Sending.as_str(),
                pending = DeliveryState::Pending.as_str(),
            ))
            .bind::<Timestamp, _>(now)
            .bind::<Timestamp, _>(now)
            .bind::<BigInt, _>(batch)
            .load(c),
        }
    })
}

pub(super) fn load_context(conn: &mut DbConnection, claimed: &[Claimed]) -> QueryResult<Context> {
    let voter_ids: Vec<i64> = claimed.iter().map(|c| c.voter_record_id).collect::<HashSet<_>>().into_iter().collect();
    let ballot_ids: Vec<i64> = claimed.iter().map(|c| c.ballot_id).collect::<HashSet<_>>().into_iter().collect();
    let rows: Vec<(i64, String, i16, String)> = voter_records::table
        .filter(voter_records::id.eq_any(&voter_ids))
        .select((voter_records::id, voter_records::first_name, voter_records::county_id, voter_records::status))
        .load(conn)?;
    let inactive = rows.iter().filter(|row| row.3 != RegistrationStatus::Active.as_str()).map(|row| row.0).collect();
    let voters: HashMap<i64, (String, i16)> =
        rows.into_iter().map(|(id, first_name, county, _)| (id, (first_name, county))).collect();
    let counties =
        if claimed.is_empty() { HashMap::new() } else { county::list(conn)?.into_iter().map(|c| (c.id, c)).collect() };
    // The status as text: a ballot whose status this version does not know is left out (its
    // messages are dropped), rather than failing the batch.
    type BallotRow = (i64, String, NaiveDate, NaiveDate, Option<NaiveDate>, String, i16);
    let mut unreadable_ballots = HashSet::new();
    let ballots: HashMap<i64, BallotFacts> = ballots::table
        .inner_join(elections::table)
        .inner_join(ballot_statuses::table)
        .filter(ballots::id.eq_any(&ballot_ids))
        .select((
            ballots::id,
            elections::name,
            elections::election_day,
            elections::return_deadline,
            elections::cure_deadline,
            ballot_statuses::status,
            ballot_statuses::status_rank,
        ))
        .load::<BallotRow>(conn)?
        .into_iter()
        .filter_map(|(id, election, election_day, return_deadline, cure_deadline, status, rank)| {
            let Some(status) = BallotStatus::parse(&status) else {
                unreadable_ballots.insert(id);
                return None;
            };
            Some((id, BallotFacts { election, election_day, return_deadline, cure_deadline, status, rank }))
        })
        .collect();
    let methods: HashMap<(i64, ContactKind), Method> =
        contact::methods_of(conn, &voter_ids)?.into_iter().map(|m| ((m.voter_record_id, m.kind), m)).collect();
    let preferences = contact::preferences_of(conn, &voter_ids)?;
    // What was sent for these ballots, and what waits or goes, in one look.
    let rows: Vec<NoticeRow> = notifications::table
        .filter(notifications::ballot_id.eq_any(&ballot_ids))
        .filter(notifications::state.eq_any([DeliveryState::Sent, DeliveryState::Pending, DeliveryState::Sending]))
        .filter(notifications::notice.ne(Notice::Reminder))
        .select((
            notifications::id,
            notifications::ballot_id,
            notifications::channel,
            notifications::state,
            notifications::notice,
            notifications::reason,
            notifications::expected_delivery,
            notifications::status_rank,
        ))
        .load(conn)?;
    let mut sent: SentSoFar = HashMap::new();
    let mut newest: HashMap<(i64, ContactKind), (i16, i64)> = HashMap::new();
    for (id, ballot, channel, state, notice, reason, expected, rank) in rows {
        let Some(notice) = Notice::parse(&notice) else { continue };
        let reason = reason.as_deref().and_then(StatusReason::parse);
        if state == DeliveryState::Sent {
            let entry = sent.entry((ballot, channel)).or_insert_with(|| (HashSet::new(), 0));
            entry.0.insert((notice, reason, expected));
            entry.1 = entry.1.max(rank);
        } else {
            let entry = newest.entry((ballot, channel)).or_insert((rank, id));
            *entry = (*entry).max((rank, id));
        }
    }
    Ok(Context { voters, inactive, counties, ballots, unreadable_ballots, methods, preferences, sent, newest })
}

/// A status message: id, ballot, channel, state, notice, reason, expected delivery date, rank.
pub(super) type NoticeRow = (i64, i64, ContactKind, DeliveryState, String, Option<String>, Option<NaiveDate>, i16);

/// Per ballot and channel: what was already sent (notice, reason, date) and the highest rank told.
pub(super) type SentSoFar =
    HashMap<(i64, ContactKind), (HashSet<(Notice, Option<StatusReason>, Option<NaiveDate>)>, i16)>;

/// How long to wait before try number `attempt + 1`: doubling from [`FIRST_BACKOFF`], capped, and
/// spread by ±25% so that messages that failed together do not all come back at once.
pub(super) fn backoff(attempt: i16) -> Duration {
    let doubled = FIRST_BACKOFF * 2_i32.saturating_pow(u32::try_from(attempt.max(1) - 1).unwrap_or(0).min(20));
    let base = doubled.min(MAX_BACKOFF);
    let spread = rand::rng().random_range(0.75..1.25);
    Duration::milliseconds((base.num_milliseconds() as f64 * spread) as i64)
}

/// Records each message's fate, for messages this worker still holds.
pub(super) fn record(
    conn: &mut DbConnection,
    fates: &[(Claimed, Fate, Option<ContactWindow>)],
    now: NaiveDateTime,
    max_attempts: i16,
) -> QueryResult<()> {
    use notifications::{attempts, claimed_at, due_at, id, outcome, provider_id, state};
    let mut fates: Vec<&(Claimed, Fate, Option<ContactWindow>)> = fates.iter().collect();
    if let DbConnection::Postgres(c) = conn {
        // The common case, sent, as one statement for the batch.
        let (sent, rest): (Vec<_>, Vec<_>) = fates.into_iter().partition(|(_, fate, _)| matches!(fate, Fate::Sent(_)));
        fates = rest;
        if !sent.is_empty() {
            use diesel::sql_types::{Array, SmallInt, Text};
            let provider_ids: Vec<Option<&str>> = sent
                .iter()
                .map(|(_, fate, _)| match fate {
                    Fate::Sent(provider) if !provider.is_empty() => Some(provider.as_str()),
                    _ => None,
                })
                .collect();
            let changed = diesel::sql_query(format!(
                "UPDATE notifications AS n SET state = '{sent}', provider_id = u.provider_id, claimed_at = $4 \
                 FROM unnest($1::bigint[], $2::smallint[], $3::text[]) AS u(id, attempts, provider_id) \
                 WHERE n.id = u.id AND n.state = '{sending}' AND n.attempts = u.attempts",
                sent = DeliveryState::Sent.as_str(),
                sending = DeliveryState::Sending.as_str(),
            ))
            .bind::<Array<BigInt>, _>(sent.iter().map(|(c, _, _)| c.id).collect::<Vec<_>>())
            .bind::<Array<SmallInt>, _>(sent.iter().map(|(c, _, _)| c.attempts).collect::<Vec<_>>())
            .bind::<Array<diesel::sql_types::Nullable<Text>>, _>(provider_ids)
            .bind::<Timestamp, _>(now)
            .execute(c)?;
            if changed < sent.len() {
                tracing::warn!(
                    lost = sent.len() - changed,
                    "another worker took notifications over; outcomes not recorded"
                );
            }
        }
    }
    for (claimed, fate, window) in fates {
        let held = notifications::table
            .filter(id.eq(claimed.id))
            .filter(state.eq(DeliveryState::Sending))
            .filter(attempts.eq(claimed.attempts));
        let changed = match fate {
            Fate::Sent(provider) => diesel::update(held)
                .set((
                    state.eq(DeliveryState::Sent),
                    provider_id.eq(Some(provider).filter(|p| !p.is_empty())),
                    claimed_at.eq(now),
                ))
                .execute(conn)?,
            Fate::Dropped(why) => {
                diesel::update(held).set((state.eq(DeliveryState::Dropped), outcome.eq(*why))).execute(conn)?
            }
            Fate::Later(when) => diesel::update(held)
                .set((state.eq(DeliveryState::Pending), due_at.eq(when), attempts.eq(attempts - 1)))
                .execute(conn)?,
            Fate::Failed { method } => {
                contact::mark_failed(conn, *method, "rejected", now)?;
                diesel::update(held).set((state.eq(DeliveryState::Failed), outcome.eq("rejected"))).execute(conn)?
            }
            Fate::Retry if claimed.attempts >= max_attempts => {
                diesel::update(held).set((state.eq(DeliveryState::Dead), outcome.eq("unavailable"))).execute(conn)?
            }
            Fate::Retry => {
                let retry_at = now + backoff(claimed.attempts);
                let when = window.as_ref().map_or(retry_at, |w| w.next_open(retry_at.and_utc()).naive_utc());
                diesel::update(held)
                    .set((state.eq(DeliveryState::Pending), due_at.eq(when), outcome.eq("retrying")))
                    .execute(conn)?
            }
        };
        if changed == 0 {
            tracing::warn!(
                notification = claimed.id,
                "another worker took this notification over; outcome not recorded"
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_with_jitter_and_a_cap() {
        for attempt in 1..=12 {
            let wait = backoff(attempt);
            let base = (FIRST_BACKOFF * 2_i32.pow(u32::try_from(attempt - 1).unwrap())).min(MAX_BACKOFF);
            assert!(wait >= base * 3 / 4 && wait <= base * 5 / 4, "{attempt}: {wait}");
        }
    }
}
