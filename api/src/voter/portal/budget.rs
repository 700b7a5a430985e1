//! How many messages the portal may send a voter, an address, or a number that texts us, per hour:
//! kept in the database (an atomic upsert on the hour), so every process shares one count and a
//! restart resets nothing. Addresses are folded first (`Victim@` and `victim+1@` are one inbox)
//! and stored only as an HMAC.

use std::time::Duration as StdDuration;

use chrono::{DurationRound, NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use super::{DB_WAIT, Portal, now};
use crate::db::schema::message_budgets;
use crate::db::{DbConnection, write_transaction};
use crate::error::ServiceError;
use crate::tokens::SessionKeys;

/// Confirmations, or codes, one voter may be sent per hour; messages one address may get; replies
/// to texts one number may get.
pub const MESSAGES_PER_HOUR: i32 = 6;

/// What a budget counts.
pub(super) enum Budget<'a> {
    /// Confirmations and notices sent for one voter (what adding and changing methods sends).
    Voter(i64),
    /// One-time codes sent for one voter: a budget of their own, so additions nobody confirms
    /// cannot use up the codes the voter needs.
    Codes(i64),
    /// Everything sent to one address or number (folded).
    Address(&'a str),
    /// Replies to one number that texted us (HELP, or words we do not know).
    Replies(&'a str),
}

impl Budget<'_> {
    fn key(&self, keys: &SessionKeys) -> String {
        match self {
            Self::Voter(id) => keys.keyed_hash(&["budget", "voter", &id.to_string()]),
            Self::Codes(id) => keys.keyed_hash(&["budget", "codes", &id.to_string()]),
            Self::Address(address) => keys.keyed_hash(&["budget", "to", &folded(address)]),
            Self::Replies(phone) => keys.keyed_hash(&["budget", "reply", phone]),
        }
    }
}

/// The inbox an address reaches: email case-folded, with its `+tag` (sub-address) dropped; a
/// phone number (E.164 already) as it is.
pub fn folded(address: &str) -> String {
    match address.rsplit_once('@') {
        Some((local, domain)) => {
            let local = local.split('+').next().unwrap_or(local);
            format!("{}@{}", local.to_lowercase(), domain.to_lowercase())
        }
        None => address.to_owned(),
    }
}

/// Spends one message from each of `budgets`; how long to wait when one is used up.
pub(super) async fn spend(portal: &Portal, budgets: &[Budget<'_>]) -> Result<(), ServiceError> {
    let keys: Vec<String> = budgets.iter().map(|b| b.key(&portal.session_keys)).collect();
    let now = now(portal);
    let outcome = portal
        .database
        .run(DB_WAIT, move |conn| {
            let mut refused = None;
            // A refused message spends nothing: the transaction is rolled back.
            let spent = write_transaction(conn, |conn| match spend_all(conn, &keys, now)? {
                Ok(()) => Ok(()),
                Err(retry_after) => {
                    refused = Some(retry_after);
                    Err(diesel::result::Error::RollbackTransaction)
                }
            });
            match (spent, refused) {
                (_, Some(retry_after)) => Ok(Err(retry_after)),
                (spent, None) => Ok(spent.map(Ok)?),
            }
        })
        .await?;
    outcome.map_err(|retry_after| ServiceError::TooManyMessages { retry_after })
}

fn spend_all(conn: &mut DbConnection, keys: &[String], now: NaiveDateTime) -> QueryResult<Result<(), StdDuration>> {
    let hour = now.duration_trunc(TimeDelta::hours(1)).expect("an hour divides any time");
    let next_hour = hour + TimeDelta::hours(1);
    for key in keys {
        // The row is locked (PostgreSQL) or the database is (SQLite) until the transaction ends,
        // so parallel requests count one after another.
        // One statement on both backends (Diesel builds upserts per backend, not for the
        // connection that may be either).
        macro_rules! count_one {
            ($conn:expr) => {
                diesel::insert_into(message_budgets::table)
                    .values((
                        message_budgets::budget_key.eq(key),
                        message_budgets::hour_start.eq(hour),
                        message_budgets::used.eq(1),
                    ))
                    .on_conflict((message_budgets::budget_key, message_budgets::hour_start))
                    .do_update()
                    .set(message_budgets::used.eq(message_budgets::used + 1))
                    .returning(message_budgets::used)
                    .get_result::<i32>($conn)
            };
        }
        let used = match conn {
            DbConnection::Postgres(c) => count_one!(c)?,
            DbConnection::Sqlite(c) => count_one!(c)?,
        };
        if used > MESSAGES_PER_HOUR {
            return Ok(Err((next_hour - now).to_std().unwrap_or_default()));
        }
    }
    // Hours gone by are of no more use.
    diesel::delete(message_budgets::table.filter(message_budgets::hour_start.lt(hour - TimeDelta::hours(1))))
        .execute(conn)?;
    Ok(Ok(()))
}

#[cfg(test)]
mod tests {
    use super::folded;

    #[test]
    fn addresses_fold_to_the_inbox_they_reach() {
        assert_eq!(folded("Victim@Example.org"), "victim@example.org");
        assert_eq!(folded("victim+1@example.org"), "victim@example.org");
        assert_eq!(folded("VICTIM+ballots+x@EXAMPLE.ORG"), "victim@example.org");
        assert_eq!(folded("+14155550123"), "+14155550123");
    }
}
