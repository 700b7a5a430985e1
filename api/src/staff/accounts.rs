//! Staff accounts as stored: created with an enrolment link, enrolled with a password and an
//! authenticator, disabled by an admin.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use ballot_shared::staff::{StaffAccount, StaffMember, StaffRole};

use crate::db::DbConnection;
use crate::db::schema::{staff_accounts, staff_sessions};
use crate::per_backend;

/// An account with what signing in checks.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = staff_accounts)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub county_id: Option<i16>,
    pub role: StaffRole,
    pub password_hash: Option<String>,
    pub totp_secret: Option<String>,
    pub totp_last_step: Option<i64>,
    pub enrolment_expires_at: Option<NaiveDateTime>,
    pub enrolment_totp_secret: Option<String>,
    pub enrolled_at: Option<NaiveDateTime>,
    pub disabled_at: Option<NaiveDateTime>,
}

impl Account {
    pub fn member(&self) -> StaffMember {
        StaffMember { id: self.id, email: self.email.clone(), county: self.county_id, role: self.role }
    }

    pub fn listed(&self) -> StaffAccount {
        StaffAccount { member: self.member(), enrolled_at: self.enrolled_at, disabled_at: self.disabled_at }
    }
}

/// Creates an account waiting for its owner to enrol by the link whose token hashes to
/// `enrolment_hash`; `None` when the email already has an account.
#[allow(clippy::too_many_arguments)]
pub fn create(
    conn: &mut DbConnection,
    email: &str,
    county: Option<i16>,
    role: StaffRole,
    created_by: Option<i64>,
    enrolment_hash: &str,
    enrolment_expires_at: NaiveDateTime,
    now: NaiveDateTime,
) -> QueryResult<Option<i64>> {
    let inserted = per_backend!(conn, c => diesel::insert_into(staff_accounts::table)
        .values((
            staff_accounts::email.eq(email),
            staff_accounts::county_id.eq(county),
            staff_accounts::role.eq(role),
            staff_accounts::created_by.eq(created_by),
            staff_accounts::enrolment_hash.eq(enrolment_hash),
            staff_accounts::enrolment_expires_at.eq(enrolment_expires_at),
            staff_accounts::created_at.eq(now),
        ))
        .on_conflict(staff_accounts::email)
        .do_nothing()
        .returning(staff_accounts::id)
        .get_result::<i64>(c)
        .optional())?;
    Ok(inserted)
}

pub fn by_email(conn: &mut DbConnection, email: &str) -> QueryResult<Option<Account>> {
    staff_accounts::table.filter(staff_accounts::email.eq(email)).select(Account::as_select()).first(conn).optional()
}

pub fn by_id(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Account>> {
    staff_accounts::table.find(id).select(Account::as_select()).first(conn).optional()
}

/// The account whose enrolment link is the one hashing to `hash`, while that link is good.
pub fn by_enrolment(conn: &mut DbConnection, hash: &str, now: NaiveDateTime) -> QueryResult<Option<Account>> {
    staff_accounts::table
        .filter(staff_accounts::enrolment_hash.eq(hash))
        .filter(staff_accounts::enrolment_expires_at.gt(now))
        .filter(staff_accounts::disabled_at.is_null())
        .select(Account::as_select())
        .first(conn)
        .optional()
}

/// Keeps `sealed` as the secret offered during enrolment, unless one was offered already.
pub fn offer_secret(conn: &mut DbConnection, id: i64, sealed: &str) -> QueryResult<()> {
    diesel::update(staff_accounts::table.find(id).filter(staff_accounts::enrolment_totp_secret.is_null()))
        .set(staff_accounts::enrolment_totp_secret.eq(sealed))
        .execute(conn)
        .map(drop)
}

/// Finishes the enrolment by the link hashing to `hash`: the password, the offered secret, and
/// the step of the code that proved it. `false` when the link was used meanwhile.
pub fn finish_enrolment(
    conn: &mut DbConnection,
    id: i64,
    hash: &str,
    password_hash: &str,
    step: i64,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let changed = diesel::update(staff_accounts::table.find(id).filter(staff_accounts::enrolment_hash.eq(hash)))
        .set((
            staff_accounts::password_hash.eq(password_hash),
            staff_accounts::totp_secret.eq(staff_accounts::enrolment_totp_secret),
            staff_accounts::totp_last_step.eq(step),
            staff_accounts::enrolled_at.eq(now),
            staff_accounts::enrolment_hash.eq(None::<String>),
            staff_accounts::enrolment_expires_at.eq(None::<NaiveDateTime>),
            staff_accounts::enrolment_totp_secret.eq(None::<String>),
        ))
        .execute(conn)?;
    Ok(changed == 1)
}

/// Spends the code of `step`: `false` when that step's code (or a later one) was used already, so
/// a code seen over a shoulder or in a proxy's log cannot sign in again.
pub fn spend_step(conn: &mut DbConnection, id: i64, step: i64) -> QueryResult<bool> {
    let changed = diesel::update(
        staff_accounts::table
            .find(id)
            .filter(staff_accounts::totp_last_step.is_null().or(staff_accounts::totp_last_step.lt(step))),
    )
    .set(staff_accounts::totp_last_step.eq(step))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Every account of `county` (every account at all for `None`), by email.
pub fn list(conn: &mut DbConnection, county: Option<i16>) -> QueryResult<Vec<Account>> {
    let mut query = staff_accounts::table.select(Account::as_select()).order(staff_accounts::email).into_boxed();
    if let Some(county) = county {
        query = query.filter(staff_accounts::county_id.eq(county));
    }
    query.load(conn)
}

/// Disables the account and ends its sessions. Disabling twice keeps the first time.
pub fn disable(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(staff_accounts::table.find(id).filter(staff_accounts::disabled_at.is_null()))
        .set((
            staff_accounts::disabled_at.eq(now),
            staff_accounts::enrolment_hash.eq(None::<String>),
            staff_accounts::enrolment_expires_at.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
    end_sessions(conn, id, now).map(drop)
}

/// Replaces the password and authenticator with a new enrolment link, and ends every session. A
/// disabled account stays disabled (enabling it is a separate, deliberate step).
pub fn reset_enrolment(
    conn: &mut DbConnection,
    id: i64,
    enrolment_hash: &str,
    enrolment_expires_at: NaiveDateTime,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(staff_accounts::table.find(id))
        .set((
            staff_accounts::password_hash.eq(None::<String>),
            staff_accounts::totp_secret.eq(None::<String>),
            staff_accounts::enrolled_at.eq(None::<NaiveDateTime>),
            staff_accounts::enrolment_hash.eq(enrolment_hash),
            staff_accounts::enrolment_expires_at.eq(enrolment_expires_at),
            staff_accounts::enrolment_totp_secret.eq(None::<String>),
        ))
        .execute(conn)?;
    end_sessions(conn, id, now).map(drop)
}

/// Enables a disabled account again (it signs in with what it had, or enrols by a new link).
pub fn enable(conn: &mut DbConnection, id: i64) -> QueryResult<()> {
    diesel::update(staff_accounts::table.find(id))
        .set(staff_accounts::disabled_at.eq(None::<NaiveDateTime>))
        .execute(conn)
        .map(drop)
}

/// Ends every live session of the account; how many there were.
pub fn end_sessions(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        staff_sessions::table.filter(staff_sessions::staff_id.eq(id)).filter(staff_sessions::ended_at.is_null()),
    )
    .set(staff_sessions::ended_at.eq(now))
    .execute(conn)
}
