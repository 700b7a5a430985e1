//! Failed sign-ins, counted per key (an HMAC of the email alone, and of the email with the client
//! address), whether or not an account has the email, so a lock tells nothing about which emails
//! exist. Each try is counted before the password is checked, in one transaction, so tries sent
//! at once cannot slip past the count; a sign-in that succeeds forgets its keys.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::staff_sign_in_failures;
use crate::db::{DbConnection, write_transaction};
use crate::per_backend;

/// Tries in a row one address may make at one email before the pair is locked.
pub const TRIES_PER_ADDRESS: i32 = 5;
/// Tries in a row at one email from all addresses together before the email is locked: more, so
/// that one address alone cannot lock its owner out.
pub const TRIES_PER_EMAIL: i32 = 25;
/// How long a lock lasts; tries further apart than this do not add up.
pub const LOCK: Duration = Duration::minutes(15);

/// Counts a try under each of `keys` (with its limit); until when one of them is locked, if one
/// is. The try is counted even when it will succeed: success forgets the keys ([`forget`]).
pub fn begin(conn: &mut DbConnection, keys: &[(&str, i32)], now: NaiveDateTime) -> QueryResult<Option<NaiveDateTime>> {
    write_transaction(conn, |conn| {
        let mut locked = None;
        for (key, limit) in keys {
            per_backend!(conn, c => diesel::insert_into(staff_sign_in_failures::table)
                .values((
                    staff_sign_in_failures::email_key.eq(key),
                    staff_sign_in_failures::failures.eq(0),
                    staff_sign_in_failures::last_failed_at.eq(now),
                ))
                .on_conflict_do_nothing()
                .execute(c))?;
            let row = staff_sign_in_failures::table.find(key).select((
                staff_sign_in_failures::failures,
                staff_sign_in_failures::last_failed_at,
                staff_sign_in_failures::locked_until,
            ));
            // The row stays locked until the try is counted, so tries sent at once take turns
            // (SQLite's write transaction holds the whole database already).
            let (tries, last, until): (i32, NaiveDateTime, Option<NaiveDateTime>) = match conn {
                DbConnection::Postgres(c) => row.for_update().first(c)?,
                DbConnection::Sqlite(c) => row.first(c)?,
            };
            if let Some(until) = until.filter(|until| *until > now) {
                locked = locked.max(Some(until));
                continue;
            }
            let tries = if now - last < LOCK { tries + 1 } else { 1 };
            // The last try allowed locks the key at once: a try sent alongside it finds it locked.
            let until = (tries >= *limit).then_some(now + LOCK);
            diesel::update(staff_sign_in_failures::table.find(key))
                .set((
                    staff_sign_in_failures::failures.eq(if until.is_some() { 0 } else { tries }),
                    staff_sign_in_failures::last_failed_at.eq(now),
                    staff_sign_in_failures::locked_until.eq(until),
                ))
                .execute(conn)?;
        }
        Ok(locked)
    })
}

/// Forgets the tries under `keys`: the person signed in.
pub fn forget(conn: &mut DbConnection, keys: &[&str]) -> QueryResult<()> {
    diesel::delete(staff_sign_in_failures::table.filter(staff_sign_in_failures::email_key.eq_any(keys)))
        .execute(conn)
        .map(drop)
}
