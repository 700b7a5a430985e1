//! What is stored about reaching a voter: contact methods, preferences, SMS opt-outs and one-time codes.

use ballot_shared::Vocabulary;
use ballot_shared::contact::{ContactKind, ContactWindow, DEFAULT_TIME_ZONE, MethodState};
use chrono::{NaiveDateTime, NaiveTime};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{contact_methods, sms_opt_outs, verification_codes, voter_preferences};
use crate::messaging::texts::DEFAULT_LANGUAGE;

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = contact_methods)]
pub struct Method {
    pub id: i64,
    pub voter_record_id: i64,
    pub kind: ContactKind,
    pub address: String,
    pub state: MethodState,
    pub confirmation_sent_at: Option<NaiveDateTime>,
    pub confirmed_at: Option<NaiveDateTime>,
    pub failure: Option<String>,
}

/// A method as added or changed: `confirmation` is the hash of the emailed token and its expiry.
pub struct NewMethod<'a> {
    pub voter_record_id: i64,
    pub kind: ContactKind,
    pub address: &'a str,
    pub state: MethodState,
    pub confirmation: Option<(String, NaiveDateTime)>,
    pub now: NaiveDateTime,
}

pub fn methods(conn: &mut DbConnection, voter: i64) -> QueryResult<Vec<Method>> {
    contact_methods::table
        .filter(contact_methods::voter_record_id.eq(voter))
        .order(contact_methods::id)
        .select(Method::as_select())
        .load(conn)
}

/// The methods of each of `voters`.
pub fn methods_of(conn: &mut DbConnection, voters: &[i64]) -> QueryResult<Vec<Method>> {
    contact_methods::table
        .filter(contact_methods::voter_record_id.eq_any(voters))
        .select(Method::as_select())
        .load(conn)
}

pub fn method(conn: &mut DbConnection, voter: i64, kind: ContactKind) -> QueryResult<Option<Method>> {
    contact_methods::table
        .filter(contact_methods::voter_record_id.eq(voter))
        .filter(contact_methods::kind.eq(kind))
        .select(Method::as_select())
        .first(conn)
        .optional()
}

pub fn method_by_id(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Method>> {
    contact_methods::table.find(id).select(Method::as_select()).first(conn).optional()
}

/// Adds the voter's method of this kind, or replaces the one there (a new address starts over).
pub fn put(conn: &mut DbConnection, new: &NewMethod) -> QueryResult<Method> {
    let (hash, expires) = new.confirmation.clone().unzip();
    // Pending methods are sent a confirmation (a link by email, a YES request by text) now.
    let sent = (new.state == MethodState::Pending).then_some(new.now);
    let confirmed = (new.state == MethodState::On).then_some(new.now);
    let values = (
        contact_methods::address.eq(new.address),
        contact_methods::state.eq(new.state),
        contact_methods::confirmation_hash.eq(hash),
        contact_methods::confirmation_expires_at.eq(expires),
        contact_methods::confirmation_sent_at.eq(sent),
        contact_methods::confirmed_at.eq(confirmed),
        contact_methods::failure.eq(None::<String>),
        contact_methods::updated_at.eq(new.now),
    );
    let changed = diesel::update(
        contact_methods::table
            .filter(contact_methods::voter_record_id.eq(new.voter_record_id))
            .filter(contact_methods::kind.eq(new.kind)),
    )
    .set(values.clone())
    .execute(conn)?;
    if changed == 0 {
        diesel::insert_into(contact_methods::table)
            .values((
                contact_methods::voter_record_id.eq(new.voter_record_id),
                contact_methods::kind.eq(new.kind),
                contact_methods::created_at.eq(new.now),
                values,
            ))
            .execute(conn)?;
    }
    Ok(method(conn, new.voter_record_id, new.kind)?.expect("just written"))
}

/// A new confirmation token for a pending method.
pub fn renew_confirmation(
    conn: &mut DbConnection,
    id: i64,
    confirmation: Option<(String, NaiveDateTime)>,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let (hash, expires) = confirmation.unzip();
    diesel::update(contact_methods::table.find(id))
        .set((
            contact_methods::confirmation_hash.eq(hash),
            contact_methods::confirmation_expires_at.eq(expires),
            contact_methods::confirmation_sent_at.eq(now),
            contact_methods::updated_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

pub fn set_state(conn: &mut DbConnection, id: i64, state: MethodState, now: NaiveDateTime) -> QueryResult<()> {
    let confirmed = (state == MethodState::On).then_some(now);
    diesel::update(contact_methods::table.find(id))
        .set((
            contact_methods::state.eq(state),
            contact_methods::confirmation_hash.eq(None::<String>),
            contact_methods::confirmation_expires_at.eq(None::<NaiveDateTime>),
            contact_methods::confirmed_at.eq(confirmed),
            contact_methods::updated_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

/// The transport refused the method's address for good.
pub fn mark_failed(conn: &mut DbConnection, id: i64, failure: &str, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(contact_methods::table.find(id))
        .set((
            contact_methods::state.eq(MethodState::Failed),
            contact_methods::failure.eq(failure),
            contact_methods::confirmation_hash.eq(None::<String>),
            contact_methods::updated_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

/// The transport refused a confirmation sent to `address` for the method: the method is marked
/// failed only while it still waits for that very confirmation (same address, still pending), so
/// a late refusal cannot fail an address the voter has since changed or confirmed.
pub fn refuse_confirmation(conn: &mut DbConnection, id: i64, address: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        contact_methods::table
            .find(id)
            .filter(contact_methods::address.eq(address))
            .filter(contact_methods::state.eq(MethodState::Pending)),
    )
    .set((
        contact_methods::state.eq(MethodState::Failed),
        contact_methods::failure.eq("rejected"),
        contact_methods::confirmation_hash.eq(None::<String>),
        contact_methods::updated_at.eq(now),
    ))
    .execute(conn)
}

/// Why a text method is off after its number replied STOP (START turns exactly these back on).
const STOPPED: &str = "stopped";

/// Turns off every text method using `phone` (the number replied STOP).
pub fn stop_sms(conn: &mut DbConnection, phone: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        contact_methods::table
            .filter(contact_methods::address.eq(phone))
            .filter(contact_methods::kind.eq(ContactKind::Sms))
            .filter(contact_methods::state.eq_any([MethodState::On.as_str(), MethodState::Pending.as_str()])),
    )
    .set((
        contact_methods::state.eq(MethodState::Off),
        contact_methods::failure.eq(STOPPED),
        contact_methods::updated_at.eq(now),
    ))
    .execute(conn)
}

/// Turns on the text methods using `phone` that wait for a YES or were stopped by STOP: the
/// number's owner said yes (YES, START, UNSTOP).
pub fn start_sms(conn: &mut DbConnection, phone: &str, now: NaiveDateTime) -> QueryResult<usize> {
    let waiting = contact_methods::state
        .eq(MethodState::Pending.as_str())
        .or(contact_methods::state.eq(MethodState::Off).and(contact_methods::failure.eq(STOPPED)));
    diesel::update(
        contact_methods::table
            .filter(contact_methods::address.eq(phone))
            .filter(contact_methods::kind.eq(ContactKind::Sms))
            .filter(waiting),
    )
    .set((
        contact_methods::state.eq(MethodState::On),
        contact_methods::failure.eq(None::<String>),
        contact_methods::confirmed_at.eq(now),
        contact_methods::updated_at.eq(now),
    ))
    .execute(conn)
}

pub fn delete(conn: &mut DbConnection, id: i64) -> QueryResult<()> {
    diesel::delete(verification_codes::table.filter(verification_codes::contact_method_id.eq(id))).execute(conn)?;
    diesel::delete(contact_methods::table.find(id)).execute(conn).map(drop)
}

/// Turns on the pending email method whose confirmation token hashes to `hash`, if the token has
/// not expired; the method either way, so the caller can tell "expired" from "unknown".
pub fn confirm_email(conn: &mut DbConnection, hash: &str, now: NaiveDateTime) -> QueryResult<Option<(Method, bool)>> {
    let found: Option<(Method, Option<NaiveDateTime>)> = contact_methods::table
        .filter(contact_methods::confirmation_hash.eq(hash))
        .filter(contact_methods::state.eq(MethodState::Pending))
        .select((Method::as_select(), contact_methods::confirmation_expires_at))
        .first(conn)
        .optional()?;
    let Some((method, expires)) = found else { return Ok(None) };
    let fresh = expires.is_some_and(|at| at > now);
    if fresh {
        set_state(conn, method.id, MethodState::On, now)?;
    }
    Ok(Some((method, fresh)))
}

/// Every text method using `phone`, whoever's it is.
pub fn sms_methods(conn: &mut DbConnection, phone: &str) -> QueryResult<Vec<Method>> {
    contact_methods::table
        .filter(contact_methods::address.eq(phone))
        .filter(contact_methods::kind.eq(ContactKind::Sms))
        .select(Method::as_select())
        .load(conn)
}

pub fn opted_out(conn: &mut DbConnection, phone: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(sms_opt_outs::table.find(phone))).get_result(conn)
}

pub fn record_opt_out(conn: &mut DbConnection, phone: &str, now: NaiveDateTime) -> QueryResult<()> {
    if !opted_out(conn, phone)? {
        diesel::insert_into(sms_opt_outs::table)
            .values((sms_opt_outs::phone.eq(phone), sms_opt_outs::opted_out_at.eq(now)))
            .execute(conn)?;
    }
    Ok(())
}

pub fn clear_opt_out(conn: &mut DbConnection, phone: &str) -> QueryResult<bool> {
    Ok(diesel::delete(sms_opt_outs::table.find(phone)).execute(conn)? > 0)
}

/// A voter's notification preferences; the defaults when they never changed any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preferences {
    pub notifications_on: bool,
    pub language: String,
    pub contact_hours: ContactWindow,
}

impl Default for Preferences {
    fn default() -> Self {
        let hour = |h| NaiveTime::from_hms_opt(h, 0, 0).expect("a valid hour");
        Self {
            notifications_on: true,
            language: DEFAULT_LANGUAGE.to_owned(),
            contact_hours: ContactWindow::new(hour(8), hour(20), DEFAULT_TIME_ZONE).expect("8 to 20 is a window"),
        }
    }
}

/// A `voter_preferences` row as [`PREFERENCES_COLUMNS`] select it.
pub(crate) type PreferencesRow = (bool, String, String, String, String);

pub fn preferences(conn: &mut DbConnection, voter: i64) -> QueryResult<Preferences> {
    let row: Option<PreferencesRow> =
        voter_preferences::table.find(voter).select(PREFERENCES_COLUMNS).first(conn).optional()?;
    Ok(row.map(Preferences::from_row).unwrap_or_default())
}

/// The preferences of each of `voters` who changed any (the others have the defaults).
pub fn preferences_of(
    conn: &mut DbConnection,
    voters: &[i64],
) -> QueryResult<std::collections::HashMap<i64, Preferences>> {
    let rows: Vec<(i64, PreferencesRow)> = voter_preferences::table
        .filter(voter_preferences::voter_record_id.eq_any(voters))
        .select((voter_preferences::voter_record_id, PREFERENCES_COLUMNS))
        .load(conn)?;
    Ok(rows.into_iter().map(|(voter, row)| (voter, Preferences::from_row(row))).collect())
}

pub(crate) const PREFERENCES_COLUMNS: (
    voter_preferences::notifications_on,
    voter_preferences::language,
    voter_preferences::time_zone,
    voter_preferences::contact_from,
    voter_preferences::contact_until,
) = (
    voter_preferences::notifications_on,
    voter_preferences::language,
    voter_preferences::time_zone,
    voter_preferences::contact_from,
    voter_preferences::contact_until,
);

impl Preferences {
    pub(crate) fn from_row((notifications_on, language, zone, from, until): PreferencesRow) -> Self {
        Self {
            notifications_on,
            language,
            // Stored values were validated on the way in; fall back to the defaults rather than fail.
            contact_hours: ContactWindow::parse(&from, &until, &zone)
                .unwrap_or_else(|_| Preferences::default().contact_hours),
        }
    }
}

pub fn save_preferences(conn: &mut DbConnection, voter: i64, p: &Preferences, now: NaiveDateTime) -> QueryResult<()> {
    let hours = &p.contact_hours;
    let values = (
        voter_preferences::notifications_on.eq(p.notifications_on),
        voter_preferences::language.eq(&p.language),
        voter_preferences::time_zone.eq(hours.time_zone().name()),
        voter_preferences::contact_from.eq(hours.start().format("%H:%M").to_string()),
        voter_preferences::contact_until.eq(hours.end().format("%H:%M").to_string()),
        voter_preferences::updated_at.eq(now),
    );
    if diesel::update(voter_preferences::table.find(voter)).set(values.clone()).execute(conn)? == 0 {
        diesel::insert_into(voter_preferences::table)
            .values((voter_preferences::voter_record_id.eq(voter), values))
            .execute(conn)?;
    }
    Ok(())
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = verification_codes)]
pub struct Code {
    pub code_hash: String,
    pub contact_method_id: i64,
    pub attempts_left: i16,
    pub sent_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

pub fn code(conn: &mut DbConnection, voter: i64) -> QueryResult<Option<Code>> {
    verification_codes::table.find(voter).select(Code::as_select()).first(conn).optional()
}

/// Replaces the voter's code.
pub fn store_code(conn: &mut DbConnection, voter: i64, code: &Code) -> QueryResult<()> {
    diesel::delete(verification_codes::table.find(voter)).execute(conn)?;
    diesel::insert_into(verification_codes::table)
        .values((
            verification_codes::voter_record_id.eq(voter),
            verification_codes::code_hash.eq(&code.code_hash),
            verification_codes::contact_method_id.eq(code.contact_method_id),
            verification_codes::attempts_left.eq(code.attempts_left),
            verification_codes::sent_at.eq(code.sent_at),
            verification_codes::expires_at.eq(code.expires_at),
        ))
        .execute(conn)
        .map(drop)
}

/// Spends one attempt on the voter's code.
pub fn spend_attempt(conn: &mut DbConnection, voter: i64) -> QueryResult<()> {
    diesel::update(verification_codes::table.find(voter))
        .set(verification_codes::attempts_left.eq(verification_codes::attempts_left - 1))
        .execute(conn)
        .map(drop)
}

pub fn delete_code(conn: &mut DbConnection, voter: i64) -> QueryResult<()> {
    diesel::delete(verification_codes::table.find(voter)).execute(conn).map(drop)
}
