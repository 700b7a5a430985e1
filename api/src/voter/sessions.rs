//! Voter sessions kept by the server. A token names its session; the session is what counts: it
//! is started at sign-in, becomes verified when the voter enters a one-time code, and ends when the
//! voter signs out, signs out everywhere, or follows an undo link (which ends every session).

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{verification_codes, voter_records, voter_sessions};
use crate::db::{DbConnection, write_transaction};
use crate::secrets::random_token;
use crate::voter::roll::RegistrationStatus;

/// How long an expired session's row is kept (then removed at the voter's next sign-in).
const KEPT_AFTER_EXPIRY: Duration = Duration::days(1);

/// A live session and the voter it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub id: String,
    pub voter_record_id: i64,
    /// When it began, on the service clock (methods confirmed before then, long enough, may verify it).
    pub started_at: NaiveDateTime,
    pub verified_at: Option<NaiveDateTime>,
    /// Since when the method whose code verified the session was confirmed.
    pub trusted_since: Option<NaiveDateTime>,
}

impl Session {
    pub fn verified(&self) -> bool {
        self.verified_at.is_some()
    }
}

/// Starts a session for the voter; its id. `expires_at` is when its token expires (the system
/// clock, which tokens are checked against); the voter's sessions expired a day ago are removed.
///
/// One short write transaction. On PostgreSQL it does not wait for the write to reach the disk
/// (`synchronous_commit = off` for this transaction only): a crash could lose the newest sessions,
/// whose voters then sign in again, and nothing else; every sign-in waiting for a flush would
/// halve how many the database serves.
pub fn start(
    conn: &mut DbConnection,
    voter: i64,
    now: NaiveDateTime,
    expires_at: NaiveDateTime,
    system_now: NaiveDateTime,
) -> QueryResult<String> {
    write_transaction(conn, |conn| {
        if let DbConnection::Postgres(c) = conn {
            diesel::sql_query("SET LOCAL synchronous_commit = off").execute(c)?;
        }
        let expired = voter_sessions::table
            .filter(voter_sessions::voter_record_id.eq(voter))
            .filter(voter_sessions::expires_at.lt(system_now - KEPT_AFTER_EXPIRY))
            .select(voter_sessions::id);
        diesel::delete(verification_codes::table.filter(verification_codes::session_id.eq_any(expired)))
            .execute(conn)?;
        diesel::delete(
            voter_sessions::table
                .filter(voter_sessions::voter_record_id.eq(voter))
                .filter(voter_sessions::expires_at.lt(system_now - KEPT_AFTER_EXPIRY)),
        )
        .execute(conn)?;
        let id = random_token(32);
        diesel::insert_into(voter_sessions::table)
            .values((
                voter_sessions::id.eq(&id),
                voter_sessions::voter_record_id.eq(voter),
                voter_sessions::created_at.eq(now),
                voter_sessions::expires_at.eq(expires_at),
            ))
            .execute(conn)?;
        Ok(id)
    })
}

/// The session `id` while it has not ended and belongs to the active registration `uid`.
pub fn live(conn: &mut DbConnection, id: &str, uid: &str) -> QueryResult<Option<Session>> {
    type Row = (String, i64, NaiveDateTime, Option<NaiveDateTime>, Option<NaiveDateTime>);
    let row: Option<Row> = voter_sessions::table
        .inner_join(voter_records::table)
        .filter(voter_sessions::id.eq(id))
        .filter(voter_sessions::ended_at.is_null())
        .filter(voter_records::uid.eq(uid))
        .filter(voter_records::status.eq(RegistrationStatus::Active))
        .select((
            voter_sessions::id,
            voter_sessions::voter_record_id,
            voter_sessions::created_at,
            voter_sessions::verified_at,
            voter_sessions::verified_trust_since,
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(|(id, voter_record_id, started_at, verified_at, trusted_since)| Session {
        id,
        voter_record_id,
        started_at,
        verified_at,
        trusted_since,
    }))
}

/// Marks the session verified (the voter entered a one-time code in it, sent to a method
/// confirmed since `trusted_since`).
pub fn verify(
    conn: &mut DbConnection,
    id: &str,
    now: NaiveDateTime,
    trusted_since: Option<NaiveDateTime>,
) -> QueryResult<()> {
    diesel::update(voter_sessions::table.find(id).filter(voter_sessions::ended_at.is_null()))
        .set((voter_sessions::verified_at.eq(now), voter_sessions::verified_trust_since.eq(trusted_since)))
        .execute(conn)
        .map(drop)
}

/// Ends one session.
pub fn end(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(voter_sessions::table.find(id).filter(voter_sessions::ended_at.is_null()))
        .set(voter_sessions::ended_at.eq(now))
        .execute(conn)
        .map(drop)
}

/// Ends every session of the voter; how many were live.
pub fn end_all(conn: &mut DbConnection, voter: i64, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        voter_sessions::table
            .filter(voter_sessions::voter_record_id.eq(voter))
            .filter(voter_sessions::ended_at.is_null()),
    )
    .set(voter_sessions::ended_at.eq(now))
    .execute(conn)
}
