//! Holds on suspicious batches: a county event batch that would tell too many voters their ballot
//! was counted or not at once, that moves many ballots over several steps, or that came with
//! events dated in the future, is stored, but its messages wait (`held`) until an operator
//! releases them (they go as usual) or discards them (none ever goes).

use chrono::NaiveDateTime;
use diesel::dsl::count_star;
use diesel::prelude::*;

use ballot_shared::Vocabulary;
use ballot_shared::contact::ContactKind;

use crate::db::DbConnection;
use crate::db::schema::{ballots, held_batches, notifications, voter_preferences};
use crate::messaging::DeliveryState;
use crate::per_backend;

/// When a batch is held. A county sets none of this: the state's operators do, for every county.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HoldRules {
    /// The share of the county's ballots (0 to 1) that one batch may move to a final status, or
    /// over steps, before it is held.
    pub share: f64,
    /// Fewer rows than this are never held for their share (a small county's ordinary day).
    pub min_rows: usize,
}

impl Default for HoldRules {
    fn default() -> Self {
        Self { share: 0.2, min_rows: 50 }
    }
}

/// What a batch did that looks wrong, and the numbers behind it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Suspicion {
    pub rows_posted: usize,
    /// Rows with a final status (accepted, not accepted).
    pub final_rows: usize,
    /// Rows moving a ballot from issued or mailed straight to received or beyond.
    pub skipped_rows: usize,
    /// Rows refused for a time in the future.
    pub future_rows: usize,
    pub county_ballots: usize,
}

impl Suspicion {
    /// Why to hold the batch (empty: let it go).
    pub fn reasons(&self, rules: &HoldRules) -> Vec<&'static str> {
        let many = (rules.share * self.county_ballots as f64).ceil().max(rules.min_rows as f64) as usize;
        let mut reasons = Vec::new();
        if self.final_rows >= many {
            reasons.push("final_share");
        }
        if self.skipped_rows >= many {
            reasons.push("skipped_steps");
        }
        if self.future_rows > 0 {
            reasons.push("future_dates");
        }
        reasons
    }
}

/// The state of a held batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum HoldState {
    Held,
    Released,
    Discarded,
}
ballot_shared::stored_as_words!(HoldState);

/// The key a held message waits under: it joins only later messages of its own batch (one
/// message, the latest status), and names the batch.
pub fn held_key(hold: i64, ballot: i64, channel: ContactKind) -> String {
    format!("held:{hold}:{ballot}:{}", channel.as_str())
}

/// What the keys of batch `hold`'s messages start with.
fn held_prefix(hold: i64) -> String {
    format!("held:{hold}:%")
}

/// The county's ballots, for the share a batch is measured against.
pub fn county_ballots(conn: &mut DbConnection, county: i16) -> QueryResult<usize> {
    let n: i64 = ballots::table.filter(ballots::county_id.eq(county)).select(count_star()).first(conn)?;
    Ok(n as usize)
}

/// Records a held batch; its id, for its messages.
pub fn create(
    conn: &mut DbConnection,
    county: i16,
    client: Option<i64>,
    suspicion: &Suspicion,
    reasons: &[&str],
    now: NaiveDateTime,
) -> QueryResult<i64> {
    let count = |n: usize| i32::try_from(n).unwrap_or(i32::MAX);
    per_backend!(conn, c => diesel::insert_into(held_batches::table)
        .values((
            held_batches::county_id.eq(county),
            held_batches::client_id.eq(client),
            held_batches::created_at.eq(now),
            held_batches::reasons.eq(reasons.join(" ")),
            held_batches::rows_posted.eq(count(suspicion.rows_posted)),
            held_batches::final_rows.eq(count(suspicion.final_rows)),
            held_batches::skipped_rows.eq(count(suspicion.skipped_rows)),
            held_batches::future_rows.eq(count(suspicion.future_rows)),
            held_batches::county_ballots.eq(count(suspicion.county_ballots)),
            held_batches::state.eq(HoldState::Held),
        ))
        .returning(held_batches::id)
        .get_result(c))
}

/// A held batch as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = held_batches)]
pub struct HeldBatch {
    pub id: i64,
    pub county_id: i16,
    pub created_at: NaiveDateTime,
    pub reasons: String,
    pub rows_posted: i32,
    pub final_rows: i32,
    pub skipped_rows: i32,
    pub future_rows: i32,
    pub county_ballots: i32,
    pub state: HoldState,
    pub decided_at: Option<NaiveDateTime>,
}

/// How many messages a held batch would send, of one notice, by one channel, in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaitingCount {
    pub notice: String,
    pub channel: String,
    pub language: String,
    pub messages: i64,
}

/// The county's batches (every county's for `None`), newest first, with what each would send.
pub fn list(conn: &mut DbConnection, county: Option<i16>) -> QueryResult<Vec<(HeldBatch, Vec<WaitingCount>)>> {
    let mut query =
        held_batches::table.select(HeldBatch::as_select()).order(held_batches::id.desc()).limit(100).into_boxed();
    if let Some(county) = county {
        query = query.filter(held_batches::county_id.eq(county));
    }
    let batches: Vec<HeldBatch> = query.load(conn)?;
    let mut listed = Vec::with_capacity(batches.len());
    for batch in batches {
        let counts: Vec<(String, String, Option<String>, i64)> = if batch.state == HoldState::Held {
            notifications::table
                .left_join(
                    voter_preferences::table.on(voter_preferences::voter_record_id.eq(notifications::voter_record_id)),
                )
                .filter(notifications::state.eq(DeliveryState::Held))
                .filter(notifications::pending_key.like(held_prefix(batch.id)))
                .group_by((notifications::notice, notifications::channel, voter_preferences::language))
                .select((
                    notifications::notice,
                    notifications::channel,
                    voter_preferences::language.nullable(),
                    count_star(),
                ))
                .order((notifications::notice, notifications::channel, voter_preferences::language))
                .load(conn)?
        } else {
            Vec::new()
        };
        let waiting = counts
            .into_iter()
            .map(|(notice, channel, language, messages)| WaitingCount {
                notice,
                channel,
                language: language.unwrap_or_else(|| crate::messaging::texts::DEFAULT_LANGUAGE.to_owned()),
                messages,
            })
            .collect();
        listed.push((batch, waiting));
    }
    Ok(listed)
}

/// Removes the hold when its batch left nothing waiting (a file posted again, whose events were
/// all stored before, changes no status and tells no one); `true` when it did.
pub fn drop_if_empty(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    let waiting: i64 = notifications::table
        .filter(notifications::state.eq(DeliveryState::Held))
        .filter(notifications::pending_key.like(held_prefix(id)))
        .select(count_star())
        .first(conn)?;
    if waiting > 0 {
        return Ok(false);
    }
    diesel::delete(held_batches::table.find(id)).execute(conn).map(|n| n == 1)
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<HeldBatch>> {
    held_batches::table.find(id).select(HeldBatch::as_select()).first(conn).optional()
}

/// Releases (`true`: its messages go as usual, from now) or discards (none ever goes) a batch
/// still held; how many messages that touched, or `None` when the batch is no longer held.
/// Call inside a write transaction.
pub fn decide(
    conn: &mut DbConnection,
    id: i64,
    release: bool,
    by: i64,
    now: NaiveDateTime,
) -> QueryResult<Option<usize>> {
    let state = if release { HoldState::Released } else { HoldState::Discarded };
    let decided = diesel::update(held_batches::table.find(id).filter(held_batches::state.eq(HoldState::Held.as_str())))
        .set((held_batches::state.eq(state), held_batches::decided_by.eq(by), held_batches::decided_at.eq(now)))
        .execute(conn)?;
    if decided == 0 {
        return Ok(None);
    }
    let waiting = || {
        notifications::table
            .filter(notifications::state.eq(DeliveryState::Held))
            .filter(notifications::pending_key.like(held_prefix(id)))
    };
    let touched = if release {
        // Due when contact hours allowed it, or now if that has passed.
        diesel::update(waiting().filter(notifications::due_at.lt(now)))
            .set(notifications::due_at.eq(now))
            .execute(conn)?;
        diesel::update(waiting())
            .set((notifications::state.eq(DeliveryState::Pending), notifications::pending_key.eq(None::<String>)))
            .execute(conn)?
    } else {
        diesel::update(waiting())
            .set((
                notifications::state.eq(DeliveryState::Dropped),
                notifications::outcome.eq("discarded"),
                notifications::pending_key.eq(None::<String>),
            ))
            .execute(conn)?
    };
    Ok(Some(touched))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_key_names_its_batch_and_no_other() {
        assert_eq!(held_key(12, 345, ContactKind::Sms), "held:12:345:sms");
        assert!(held_prefix(1).len() < held_key(12, 3, ContactKind::Email).len());
        // Batch 1's pattern must not take batch 12's messages.
        assert_eq!(held_prefix(1), "held:1:%");
    }

    #[test]
    fn a_batch_is_held_for_a_large_share_of_final_statuses_skipped_steps_or_future_dates() {
        let rules = HoldRules::default();
        let day = Suspicion { rows_posted: 400, final_rows: 150, county_ballots: 1_000, ..Default::default() };
        assert!(day.reasons(&rules).is_empty(), "15% of the county counted in one batch is an ordinary day");
        let wrong = Suspicion { final_rows: 200, ..day.clone() };
        assert_eq!(wrong.reasons(&rules), ["final_share"]);
        let small = Suspicion { rows_posted: 40, final_rows: 40, county_ballots: 60, ..Default::default() };
        assert!(small.reasons(&rules).is_empty(), "under the fewest rows ever held");
        let jumped = Suspicion { skipped_rows: 300, ..day.clone() };
        assert_eq!(jumped.reasons(&rules), ["skipped_steps"]);
        let future = Suspicion { future_rows: 1, ..day };
        assert_eq!(future.reasons(&rules), ["future_dates"]);
    }
}
