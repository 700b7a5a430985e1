//! What is stored about reaching a voter: contact methods, preferences, SMS opt-outs and one-time codes.

use ballot_shared::contact::{ContactKind, ContactWindow, DEFAULT_TIME_ZONE, MethodState};
use chrono::{NaiveDateTime, NaiveTime};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{contact_methods, sms_opt_outs, verification_codes, voter_preferences};
use crate::messaging::texts::DEFAULT_LANGUAGE;
use crate::secrets::random_token;

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
    /// New with every address; unsubscribe links carry it.
    pub link_nonce: Option<String>,
    /// The session that set the current address.
    pub added_by_session: Option<String>,
}

/// A method as added or changed, pending: `confirmation` is the hash of the emailed token (or of
/// the code a call reads out) and its expiry; `tries` how many guesses a read-out code allows.
pub struct NewMethod<'a> {
    pub voter_record_id: i64,
    pub kind: ContactKind,
    pub address: &'a str,
    pub confirmation: Option<(String, NaiveDateTime)>,
    pub tries: Option<i16>,
    pub session: &'a str,
    pub now: NaiveDateTime,
}

/// A method as it was before a change, to put back when the change is undone.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SavedMethod {
    pub kind: ContactKind,
    pub address: String,
    pub state: MethodState,
    pub confirmed_at: Option<NaiveDateTime>,
    pub failure: Option<String>,
    pub link_nonce: Option<String>,
}

impl From<&Method> for SavedMethod {
    fn from(m: &Method) -> Self {
        Self {
            kind: m.kind,
            address: m.address.clone(),
            state: m.state,
            confirmed_at: m.confirmed_at,
            failure: m.failure.clone(),
            link_nonce: m.link_nonce.clone(),
        }
    }
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

/// Adds the voter's method of this kind, or replaces the one there (a new address starts over,
/// pending, with a new link nonce: the old address's unsubscribe links stop working).
pub fn put(conn: &mut DbConnection, new: &NewMethod) -> QueryResult<Method> {
    let (hash, expires) = new.confirmation.clone().unzip();
    let values = (
        contact_methods::address.eq(new.address),
        contact_methods::state.eq(MethodState::Pending),
        contact_methods::confirmation_hash.eq(hash),
        contact_methods::confirmation_expires_at.eq(expires),
        // The confirmation (a link by email, a YES request by text, a code by call) goes now.
        contact_methods::confirmation_sent_at.eq(new.now),
        contact_methods::confirmation_tries_left.eq(new.tries),
        contact_methods::confirmed_at.eq(None::<NaiveDateTime>),
        contact_methods::failure.eq(None::<String>),
        contact_methods::link_nonce.eq(random_token(16)),
        contact_methods::added_by_session.eq(new.session),
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

/// A new confirmation token (or read-out code, with its tries) for a pending method.
pub fn renew_confirmation(
    conn: &mut DbConnection,
    id: i64,
    confirmation: Option<(String, NaiveDateTime)>,
    tries: Option<i16>,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let (hash, expires) = confirmation.unzip();
    diesel::update(contact_methods::table.find(id))
        .set((
            contact_methods::confirmation_hash.eq(hash),
            contact_methods::confirmation_expires_at.eq(expires),
            contact_methods::confirmation_sent_at.eq(now),
            contact_methods::confirmation_tries_left.eq(tries),
            contact_methods::updated_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

/// Puts a method back as it was before a change (an undo link): the row `id` when there is one,
/// else a new row; either way no session owns it.
pub fn restore(conn: &mut DbConnection, voter: i64, saved: &SavedMethod, now: NaiveDateTime) -> QueryResult<()> {
    let values = (
        contact_methods::address.eq(&saved.address),
        contact_methods::state.eq(saved.state),
        contact_methods::confirmation_hash.eq(None::<String>),
        contact_methods::confirmation_expires_at.eq(None::<NaiveDateTime>),
        contact_methods::confirmation_tries_left.eq(None::<i16>),
        contact_methods::confirmed_at.eq(saved.confirmed_at),
        contact_methods::failure.eq(&saved.failure),
        contact_methods::link_nonce.eq(&saved.link_nonce),
        contact_methods::added_by_session.eq(None::<String>),
        contact_methods::updated_at.eq(now),
    );
    let changed = diesel::update(
        contact_methods::table
            .filter(contact_methods::voter_record_id.eq(voter))
            .filter(contact_methods::kind.eq(saved.kind)),
    )
    .set(values.clone())
    .execute(conn)?;
    if changed == 0 {
        diesel::insert_into(contact_methods::table)
            .values((
                contact_methods::voter_record_id.eq(voter),
                contact_methods::kind.eq(saved.kind),
                contact_methods::created_at.eq(now),
                values,
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Spends one try at the code a confirmation call read out, atomically (parallel guesses cannot
/// buy more tries); the stored hash and the tries left after this one, or `None` when the method
/// has no live code to guess (not pending, expired, or out of tries).
pub fn spend_confirmation_try(
    conn: &mut DbConnection,
    id: i64,
    now: NaiveDateTime,
) -> QueryResult<Option<(Option<String>, Option<i16>)>> {
    diesel::update(
        contact_methods::table
            .find(id)
            .filter(contact_methods::state.eq(MethodState::Pending))
            .filter(contact_methods::confirmation_tries_left.gt(0))
            .filter(contact_methods::confirmation_expires_at.gt(now)),
    )
    .set(contact_methods::confirmation_tries_left.eq(contact_methods::confirmation_tries_left - 1))
    .returning((contact_methods::confirmation_hash, contact_methods::confirmation_tries_left))
    .get_result(conn)
    .optional()
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
/// Why a text method that waited for a YES is off after its number replied STOP (START does not
/// turn these on: the number's owner never said yes to them).
const DECLINED: &str = "declined";

/// Turns off every text method using `phone` (the number replied STOP).
pub fn stop_sms(conn: &mut DbConnection, phone: &str, now: NaiveDateTime) -> QueryResult<usize> {
    let to_number = contact_methods::table
        .filter(contact_methods::address.eq(phone))
        .filter(contact_methods::kind.eq(ContactKind::Sms));
    let mut stopped = 0;
    for (state, why) in [(MethodState::On, STOPPED), (MethodState::Pending, DECLINED)] {
        stopped += diesel::update(to_number.filter(contact_methods::state.eq(state)))
            .set((
                contact_methods::state.eq(MethodState::Off),
                contact_methods::failure.eq(why),
                contact_methods::confirmation_hash.eq(None::<String>),
                contact_methods::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(stopped)
}

/// Turns back on the text methods using `phone` that STOP turned off (START, UNSTOP).
pub fn restart_sms(conn: &mut DbConnection, phone: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        contact_methods::table
            .filter(contact_methods::address.eq(phone))
            .filter(contact_methods::kind.eq(ContactKind::Sms))
            .filter(contact_methods::state.eq(MethodState::Off))
            .filter(contact_methods::failure.eq(STOPPED)),
    )
    .set((
        contact_methods::state.eq(MethodState::On),
        contact_methods::failure.eq(None::<String>),
        contact_methods::confirmed_at.eq(now),
        contact_methods::updated_at.eq(now),
    ))
    .execute(conn)
}

/// Turns on the one text method using `phone` whose YES request is the newest still fresh (sent
/// after `fresh_since`); other requests to the number stay pending. The voter it belongs to.
pub fn confirm_newest_sms(
    conn: &mut DbConnection,
    phone: &str,
    fresh_since: NaiveDateTime,
    now: NaiveDateTime,
) -> QueryResult<Option<i64>> {
    let newest: Option<(i64, i64)> = contact_methods::table
        .filter(contact_methods::address.eq(phone))
        .filter(contact_methods::kind.eq(ContactKind::Sms))
        .filter(contact_methods::state.eq(MethodState::Pending))
        .filter(contact_methods::confirmation_sent_at.gt(fresh_since))
        .order((contact_methods::confirmation_sent_at.desc(), contact_methods::id.desc()))
        .select((contact_methods::id, contact_methods::voter_record_id))
        .first(conn)
        .optional()?;
    let Some((id, voter)) = newest else { return Ok(None) };
    set_state(conn, id, MethodState::On, now)?;
    Ok(Some(voter))
}

/// Removes a method (and any one-time code sent to it).
pub fn delete(conn: &mut DbConnection, id: i64) -> QueryResult<()> {
    diesel::delete(verification_codes::table.filter(verification_codes::contact_method_id.eq(id))).execute(conn)?;
    diesel::delete(contact_methods::table.find(id)).execute(conn).map(drop)
}

/// Turns on the pending email method whose confirmation token hashes to `hash`, if the token has
/// not expired; the method either way, so the caller can tell "expired" from "unknown".
pub fn confirm_email(conn: &mut DbConnection, hash: &str, now: NaiveDateTime) -> QueryResult<Option<(Method, bool)>> {
    let found: Option<(Method, Option<NaiveDateTime>)> = contact_methods::table
        .filter(contact_methods::confirmation_hash.eq(hash))
        .filter(contact_methods::kind.eq(ContactKind::Email))
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

/// The code the session last asked for.
pub fn code(conn: &mut DbConnection, session: &str) -> QueryResult<Option<Code>> {
    verification_codes::table.find(session).select(Code::as_select()).first(conn).optional()
}

/// Replaces the session's code.
pub fn store_code(conn: &mut DbConnection, session: &str, voter: i64, code: &Code) -> QueryResult<()> {
    delete_code(conn, session)?;
    diesel::insert_into(verification_codes::table)
        .values((
            verification_codes::session_id.eq(session),
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

/// Spends one try at the session's code, atomically (a conditional update: parallel guesses
/// cannot buy more tries); the stored hash and the tries left after this one, or `None` when no
/// live code waits (none asked for, expired, or out of tries).
pub fn spend_attempt(conn: &mut DbConnection, session: &str, now: NaiveDateTime) -> QueryResult<Option<(String, i16)>> {
    diesel::update(
        verification_codes::table
            .find(session)
            .filter(verification_codes::attempts_left.gt(0))
            .filter(verification_codes::expires_at.gt(now)),
    )
    .set(verification_codes::attempts_left.eq(verification_codes::attempts_left - 1))
    .returning((verification_codes::code_hash, verification_codes::attempts_left))
    .get_result(conn)
    .optional()
}

pub fn delete_code(conn: &mut DbConnection, session: &str) -> QueryResult<()> {
    diesel::delete(verification_codes::table.find(session)).execute(conn).map(drop)
}
