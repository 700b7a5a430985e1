//! Staff sessions kept by the server: the token names one; it ends at sign-out, when an admin
//! ends it or disables the account, after a while unused, and at its fixed end in any case.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{staff_accounts, staff_sessions};
use crate::secrets::random_token;
use crate::staff::accounts::Account;

/// The longest a session lasts, however busy (a working day).
pub const SESSION_LIMIT: Duration = Duration::hours(8);
/// Unused this long, a session is over (the console signs out after it too).
pub const IDLE_LIMIT: Duration = Duration::minutes(30);
/// `last_seen_at` is written at most this often, so reading pages does not write on every request.
const SEEN_PRECISION: Duration = Duration::minutes(1);

/// Starts a session for the account; its id.
pub fn start(conn: &mut DbConnection, staff_id: i64, now: NaiveDateTime) -> QueryResult<String> {
    let id = random_token(32);
    diesel::insert_into(staff_sessions::table)
        .values((
            staff_sessions::id.eq(&id),
            staff_sessions::staff_id.eq(staff_id),
            staff_sessions::created_at.eq(now),
            staff_sessions::expires_at.eq(now + SESSION_LIMIT),
            staff_sessions::last_seen_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// The account of session `id`, when the session is live and belongs to `staff_id`, an account
/// not disabled; the session is marked as used now.
pub fn live(conn: &mut DbConnection, id: &str, staff_id: i64, now: NaiveDateTime) -> QueryResult<Option<Account>> {
    let found: Option<(NaiveDateTime, Account)> = staff_sessions::table
        .inner_join(staff_accounts::table)
        .filter(staff_sessions::id.eq(id))
        .filter(staff_sessions::staff_id.eq(staff_id))
        .filter(staff_sessions::ended_at.is_null())
        .filter(staff_sessions::expires_at.gt(now))
        .filter(staff_sessions::last_seen_at.gt(now - IDLE_LIMIT))
        .filter(staff_accounts::disabled_at.is_null())
        .select((staff_sessions::last_seen_at, Account::as_select()))
        .first(conn)
        .optional()?;
    let Some((last_seen, account)) = found else { return Ok(None) };
    if now - last_seen >= SEEN_PRECISION {
        diesel::update(staff_sessions::table.find(id)).set(staff_sessions::last_seen_at.eq(now)).execute(conn)?;
    }
    Ok(Some(account))
}

/// When the session, live now, will end if unused (or at its fixed end, whichever comes first).
pub fn ends_at(conn: &mut DbConnection, id: &str) -> QueryResult<Option<NaiveDateTime>> {
    let times: Option<(NaiveDateTime, NaiveDateTime)> = staff_sessions::table
        .find(id)
        .select((staff_sessions::last_seen_at, staff_sessions::expires_at))
        .first(conn)
        .optional()?;
    Ok(times.map(|(seen, expires)| (seen + IDLE_LIMIT).min(expires)))
}

pub fn end(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(staff_sessions::table.find(id).filter(staff_sessions::ended_at.is_null()))
        .set(staff_sessions::ended_at.eq(now))
        .execute(conn)
        .map(drop)
}
