//! The outbox's second queue: messages a voter's own action or text calls for: email and text
//! confirmations, one-time codes, "a way of reaching you was added" notices and replies to
//! keywords. They are written with the change that calls for them and sent by the notification
//! workers ahead of any ballot notice (codes and replies first), at any hour, with retries when the
//! provider fails, like the notices. Their content is composed when written (it holds the code or
//! the link of that moment), sealed in the database, and erased once the message is settled.

use ballot_shared::Vocabulary;
use ballot_shared::contact::ContactKind;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Timestamp};
use serde::{Deserialize, Serialize};

use super::DeliveryState;
use crate::db::schema::account_messages;
use crate::db::{DbConnection, write_transaction};
use crate::messaging::email::Email;
use crate::tokens::SessionKeys;

/// What a queued message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
#[derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum MessageKind {
    /// "Confirm this address": the email link or the text asking for YES.
    Confirmation,
    /// A one-time code.
    Code,
    /// "A way of reaching you was added" (written by earlier versions; now `AccountChanged`).
    MethodAdded,
    /// A change to how the voter is reached, with its undo link, to their confirmed methods.
    AccountChanged,
    /// The answer to STOP, START, YES or HELP.
    KeywordReply,
}

impl MessageKind {
    /// Lower goes first: a voter waits at the screen for a code; a reply answers a text just sent.
    pub fn priority(self) -> i16 {
        match self {
            Self::Code | Self::KeywordReply => 0,
            Self::Confirmation | Self::MethodAdded | Self::AccountChanged => 1,
        }
    }
}

/// The message itself, as the transport takes it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "channel", rename_all = "snake_case")]
pub enum Content {
    Email(Email),
    Sms { to: String, body: String },
    Voice { to: String, script: String, language: String },
}

impl Content {
    pub fn channel(&self) -> ContactKind {
        match self {
            Self::Email(_) => ContactKind::Email,
            Self::Sms { .. } => ContactKind::Sms,
            Self::Voice { .. } => ContactKind::Voice,
        }
    }
}

/// A message to queue.
#[derive(Debug, Clone)]
pub struct NewMessage {
    /// The voter it is for; `None` for a reply to a number that is no voter's.
    pub voter: Option<i64>,
    pub kind: MessageKind,
    /// The contact method the message goes to (none for a reply to a number): a confirmation the
    /// provider refuses marks it failed, and its removal drops what still waits for it.
    pub contact_method: Option<i64>,
    pub content: Content,
    /// How long the message is of use (a code's or a link's lifetime).
    pub useful_for: Duration,
}

/// Writes `message` to the queue, due now, its content sealed with `keys`. A new code replaces
/// any code still waiting for the voter, and a new confirmation any still waiting for the method:
/// only the newest code or link works, so only it is sent.
pub fn queue(
    conn: &mut DbConnection,
    keys: &SessionKeys,
    message: &NewMessage,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    match (message.kind, message.voter, message.contact_method) {
        (MessageKind::Code, Some(voter), _) => drop_waiting(conn, Waiting::Codes(voter))?,
        (MessageKind::Confirmation, _, Some(method)) => drop_waiting(conn, Waiting::Confirmations(method))?,
        _ => 0,
    };
    let content = serde_json::to_vec(&message.content).expect("message content serializes");
    let row = (
        account_messages::voter_record_id.eq(message.voter),
        account_messages::kind.eq(message.kind),
        account_messages::channel.eq(message.content.channel()),
        account_messages::priority.eq(message.kind.priority()),
        account_messages::contact_method_id.eq(message.contact_method),
        account_messages::sealed.eq(keys.seal(&content)),
        account_messages::state.eq(DeliveryState::Pending),
        account_messages::due_at.eq(now),
        account_messages::attempts.eq(0),
        account_messages::expires_at.eq(now + message.useful_for),
        account_messages::created_at.eq(now),
    );
    crate::per_backend!(conn, c => diesel::insert_into(account_messages::table)
        .values(row)
        .returning(account_messages::id)
        .get_result(c))
}

/// Messages still waiting that are no longer of use.
#[derive(Debug, Clone, Copy)]
pub enum Waiting {
    /// Everything for a contact method (it was removed).
    ForMethod(i64),
    /// The confirmations of a contact method (a newer one was queued).
    Confirmations(i64),
    /// Every text to a voter's number but replies (it replied STOP).
    TextsTo(i64),
    /// A voter's codes (a newer one replaces them, or the code was used or tried too often).
    Codes(i64),
}

/// Drops (and erases) the waiting messages `which` names; how many.
pub fn drop_waiting(conn: &mut DbConnection, which: Waiting) -> QueryResult<usize> {
    use account_messages::{channel, contact_method_id, kind, outcome, sealed, state, voter_record_id};
    let waiting = account_messages::table.filter(state.eq(DeliveryState::Pending));
    let settle = (state.eq(DeliveryState::Dropped), outcome.eq("superseded"), sealed.eq(""));
    match which {
        // The notice of a change stays: no later change may silence it.
        Waiting::ForMethod(method) => {
            diesel::update(waiting.filter(contact_method_id.eq(method)).filter(kind.ne(MessageKind::AccountChanged)))
                .set(settle)
                .execute(conn)
        }
        Waiting::Confirmations(method) => {
            diesel::update(waiting.filter(contact_method_id.eq(method)).filter(kind.eq(MessageKind::Confirmation)))
                .set(settle)
                .execute(conn)
        }
        Waiting::Codes(voter) => {
            diesel::update(waiting.filter(voter_record_id.eq(voter)).filter(kind.eq(MessageKind::Code)))
                .set(settle)
                .execute(conn)
        }
        Waiting::TextsTo(voter) => diesel::update(
            waiting
                .filter(voter_record_id.eq(voter))
                .filter(channel.eq(ContactKind::Sms))
                .filter(kind.ne(MessageKind::KeywordReply)),
        )
        .set(settle)
        .execute(conn),
    }
}

/// A message a worker has taken.
#[derive(Debug, Clone, QueryableByName)]
#[diesel(table_name = account_messages)]
pub struct Claimed {
    pub id: i64,
    pub kind: MessageKind,
    pub contact_method_id: Option<i64>,
    pub sealed: String,
    pub attempts: i16,
    pub expires_at: NaiveDateTime,
    pub created_at: NaiveDateTime,
}

/// Takes up to `batch` due messages, codes and replies first (and any a dead worker left behind
/// past its lease).
pub fn claim(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    batch: i64,
    lease: Duration,
    max_attempts: i16,
) -> QueryResult<Vec<Claimed>> {
    write_transaction(conn, |conn| {
        use account_messages::{attempts, claimed_at, expires_at, outcome, sealed, state};
        // Codes and links past their lifetime are of no use: dropped, their content erased.
        diesel::update(account_messages::table.filter(state.eq(DeliveryState::Pending)).filter(expires_at.le(now)))
            .set((state.eq(DeliveryState::Dropped), outcome.eq("expired"), sealed.eq("")))
            .execute(conn)?;
        // A message whose worker died on its last try is not tried for ever.
        diesel::update(
            account_messages::table
                .filter(state.eq(DeliveryState::Sending))
                .filter(claimed_at.lt(now - lease))
                .filter(attempts.ge(max_attempts)),
        )
        .set((state.eq(DeliveryState::Dead), outcome.eq("unavailable"), sealed.eq("")))
        .execute(conn)?;
        diesel::update(
            account_messages::table
                .filter(account_messages::state.eq(DeliveryState::Sending))
                .filter(account_messages::claimed_at.lt(now - lease)),
        )
        .set(account_messages::state.eq(DeliveryState::Pending))
        .execute(conn)?;
        let columns = "id, kind, contact_method_id, sealed, attempts, expires_at, created_at";
        match conn {
            DbConnection::Postgres(c) => diesel::sql_query(format!(
                "UPDATE account_messages SET state = '{sending}', claimed_at = $1, attempts = attempts + 1 \
                 WHERE id IN (SELECT id FROM account_messages WHERE state = '{pending}' AND due_at <= $1 \
                 ORDER BY priority, due_at LIMIT $2 FOR UPDATE SKIP LOCKED) RETURNING {columns}",
                sending = DeliveryState::Sending.as_str(),
                pending = DeliveryState::Pending.as_str(),
            ))
            .bind::<Timestamp, _>(now)
            .bind::<BigInt, _>(batch)
            .load(c),
            DbConnection::Sqlite(c) => diesel::sql_query(format!(
                "UPDATE account_messages SET state = '{sending}', claimed_at = ?, attempts = attempts + 1 \
                 WHERE id IN (SELECT id FROM account_messages WHERE state = '{pending}' AND due_at <= ? \
                 ORDER BY priority, due_at LIMIT ?) RETURNING {columns}",
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

/// What became of a taken message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fate {
    /// Sent; the provider's id for it (empty when it gives none).
    Sent(String),
    /// The address cannot take messages (the address, as sent to).
    Failed { address: String },
    /// The transport failed for now: again after `wait`, unless the tries are used up.
    Retry { wait: Duration },
    /// Not sent, and never will be: the word says why.
    Dropped(&'static str),
}

/// Records each message's fate, for messages this worker still holds (same attempt), and erases
/// the content of every message that is settled. Returns the contact methods (and the address)
/// whose confirmation the provider refused: the caller marks them failed if they still wait for it.
pub fn record(
    conn: &mut DbConnection,
    fates: &[(Claimed, Fate)],
    now: NaiveDateTime,
    max_attempts: i16,
) -> QueryResult<Vec<(i64, String)>> {
    use account_messages::{attempts, due_at, id, outcome, provider_id, sealed, state};
    write_transaction(conn, |conn| {
        let mut refused = Vec::new();
        for (claimed, fate) in fates {
            let held = account_messages::table
                .filter(id.eq(claimed.id))
                .filter(state.eq(DeliveryState::Sending))
                .filter(attempts.eq(claimed.attempts));
            let settled = |to: DeliveryState, why: Option<&str>| {
                (state.eq(to), outcome.eq(why.map(str::to_owned)), sealed.eq(String::new()))
            };
            match fate {
                Fate::Sent(provider) => diesel::update(held)
                    .set((settled(DeliveryState::Sent, None), provider_id.eq(Some(provider).filter(|p| !p.is_empty()))))
                    .execute(conn)?,
                Fate::Failed { address } => {
                    let changed =
                        diesel::update(held).set(settled(DeliveryState::Failed, Some("rejected"))).execute(conn)?;
                    if changed == 1
                        && claimed.kind == MessageKind::Confirmation
                        && let Some(method) = claimed.contact_method_id
                    {
                        refused.push((method, address.clone()));
                    }
                    changed
                }
                Fate::Retry { .. } if claimed.attempts >= max_attempts => {
                    diesel::update(held).set(settled(DeliveryState::Dead, Some("unavailable"))).execute(conn)?
                }
                Fate::Retry { wait } => {
                    let when = (now + *wait).min(claimed.expires_at);
                    diesel::update(held)
                        .set((state.eq(DeliveryState::Pending), due_at.eq(when), outcome.eq(Some("retrying"))))
                        .execute(conn)?
                }
                Fate::Dropped(why) => {
                    diesel::update(held).set(settled(DeliveryState::Dropped, Some(why))).execute(conn)?
                }
            };
        }
        Ok(refused)
    })
}

/// The content of a taken message, when it can still be of use.
pub fn open(keys: &SessionKeys, claimed: &Claimed, now: NaiveDateTime) -> Result<Content, Fate> {
    if now >= claimed.expires_at {
        return Err(Fate::Dropped("expired"));
    }
    let plain = keys.open(&claimed.sealed).ok_or(Fate::Dropped("unreadable"))?;
    serde_json::from_slice(&plain).map_err(|_| Fate::Dropped("unreadable"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ballot_shared::Vocabulary;

    #[test]
    fn every_delivery_state_and_kind_is_allowed_by_the_tables() {
        // Account messages as their tables were made (PostgreSQL) and last rebuilt (SQLite).
        let account_messages = [
            include_str!("../../../migrations/postgres/2026-11-27-000000_notifications/up.sql"),
            include_str!("../../../migrations/sqlite/2026-11-29-000000_account_protection/up.sql"),
        ];
        // Ballot notifications as the latest migration allows them (they alone are ever held).
        let notifications = [
            include_str!("../../../migrations/postgres/2026-11-30-000001_held_batches/up.sql"),
            include_str!("../../../migrations/sqlite/2026-11-30-000001_held_batches/up.sql"),
        ];
        for sql in account_messages {
            for state in DeliveryState::all().iter().filter(|s| **s != DeliveryState::Held) {
                assert!(sql.contains(&format!("'{}'", state.as_str())), "{}", state.as_str());
            }
        }
        for sql in notifications {
            for state in DeliveryState::all() {
                assert!(sql.contains(&format!("'{}'", state.as_str())), "{}", state.as_str());
            }
        }
        // The kinds as the latest migration allows them.
        for sql in [
            include_str!("../../../migrations/postgres/2026-11-29-000000_account_protection/up.sql"),
            include_str!("../../../migrations/sqlite/2026-11-29-000000_account_protection/up.sql"),
        ] {
            for kind in MessageKind::all() {
                assert!(sql.contains(&format!("'{}'", kind.as_str())), "{}", kind.as_str());
            }
        }
    }
}

ballot_shared::stored_as_words!(MessageKind);
