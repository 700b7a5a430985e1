//! Failed sign-ins counted per email (an HMAC of it, whether or not an account has it, so a lock
//! tells nothing about which emails exist): too many in a row lock the email for a while.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::staff_sign_in_failures;
use crate::per_backend;

/// Failures in a row that lock an email.
pub const FAILURES_BEFORE_LOCK: i32 = 5;
/// How long a lock lasts; failures further apart than this do not add up.
pub const LOCK: Duration = Duration::minutes(15);

/// Until when the email is locked, if it is.
pub fn locked_until(conn: &mut DbConnection, key: &str, now: NaiveDateTime) -> QueryResult<Option<NaiveDateTime>> {
    let until: Option<Option<NaiveDateTime>> =
        staff_sign_in_failures::table.find(key).select(staff_sign_in_failures::locked_until).first(conn).optional()?;
    Ok(until.flatten().filter(|until| *until > now))
}

/// Counts one failure; whether the email is now locked. Call inside a write transaction.
pub fn count_failure(conn: &mut DbConnection, key: &str, now: NaiveDateTime) -> QueryResult<bool> {
    let previous: Option<(i32, NaiveDateTime)> = staff_sign_in_failures::table
        .find(key)
        .select((staff_sign_in_failures::failures, staff_sign_in_failures::last_failed_at))
        .first(conn)
        .optional()?;
    let failures = match previous {
        Some((failures, last)) if now - last < LOCK => failures + 1,
        _ => 1,
    };
    let locked = failures >= FAILURES_BEFORE_LOCK;
    // A lock starts the count again: after it, five more tries before the next.
    let (stored, locked_until) = if locked { (0, Some(now + LOCK)) } else { (failures, None) };
    per_backend!(conn, c => diesel::insert_into(staff_sign_in_failures::table)
        .values((
            staff_sign_in_failures::email_key.eq(key),
            staff_sign_in_failures::failures.eq(stored),
            staff_sign_in_failures::last_failed_at.eq(now),
            staff_sign_in_failures::locked_until.eq(locked_until),
        ))
        .on_conflict(staff_sign_in_failures::email_key)
        .do_update()
        .set((
            staff_sign_in_failures::failures.eq(stored),
            staff_sign_in_failures::last_failed_at.eq(now),
            staff_sign_in_failures::locked_until.eq(locked_until),
        ))
        .execute(c))?;
    Ok(locked)
}

/// Forgets the failures of an email that signed in.
pub fn forget(conn: &mut DbConnection, key: &str) -> QueryResult<()> {
    diesel::delete(staff_sign_in_failures::table.find(key)).execute(conn).map(drop)
}
