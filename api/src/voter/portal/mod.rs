//! The voter portal's rules: adding and confirming contact methods, one-time codes that make a
//! session verified, preferences, undo links, unsubscribing, and the replies to texts voters send.
//!
//! Name, date of birth and ZIP code are public record, so a fresh session proves nothing. Once a
//! voter has a confirmed method, a session may look, add a method of a kind the voter lacks, and
//! change what it added itself; anything else needs a one-time code sent to a method the voter
//! confirmed before the session began and at least the cooling-off period earlier (`protection`).
//! Every change is told to the voter's confirmed methods with a link that undoes it (`changes`).
//!
//! Here: the portal, the signed-in voter, preferences and the rules every use-case shares;
//! `protection` (who may change what), `methods` (adding, confirming, removing, unsubscribing),
//! `codes` (one-time codes), `changes` (the notice of each change and its undo link), `budget`
//! (how many messages a voter or an address may be sent), `inbound` (the replies to texts) and
//! `messages` (the words of what they send).

mod budget;
mod changes;
mod codes;
mod inbound;
mod messages;
mod methods;
mod protection;

pub use changes::undo;
pub use codes::{send_code, verify_code};
pub use inbound::inbound_sms;
pub use methods::{confirm_by_code, confirm_email, put_method, remove_method, resend, unsubscribe};
pub use protection::{may_receive_codes, protected};

use std::sync::Arc;
use std::time::Duration as StdDuration;

use tokio::sync::Notify;

use ballot_shared::contact::ContactKind;
use ballot_shared::forms::PreferenceChanges;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::clock::Clock;
use crate::county::{self, County};
use crate::db::Database;
use crate::db::schema::voter_records;
use crate::db::write_transaction;
use crate::error::{ServiceError, Words};
use crate::messaging::Messenger;
use crate::messaging::links::Links;
use crate::tokens::SessionKeys;
use crate::voter::california_date;
use crate::voter::contact::{self, Method, Preferences};
use crate::voter::sessions::{self, Session};
use crate::voter::status;
use ballot_shared::responses::BallotsView;
use changes::{Change, Told};

const DB_WAIT: StdDuration = StdDuration::from_secs(5);
/// How long an emailed confirmation link, and a YES request by text, works.
pub const CONFIRMATION_HOURS: i64 = 48;
/// How long the code a confirmation call reads out works.
pub const CALL_CODE_MINUTES: i64 = 30;
/// How long a one-time code works, and how many tries it allows (a read-out code too).
pub const CODE_MINUTES: i64 = 10;
const CODE_ATTEMPTS: i16 = 5;
/// Least time between two messages of the same kind (confirmation, code) to one voter.
const RESEND_AFTER_SECONDS: i64 = 60;

/// What the portal's use-cases work with.
#[derive(Clone)]
pub struct Portal {
    pub database: Database,
    pub clock: Clock,
    pub messenger: Arc<Messenger>,
    pub session_keys: Arc<SessionKeys>,
    pub links: Links,
    /// How long after its confirmation a method may receive the codes that verify a session.
    pub cooling_off: Duration,
    /// Rung after a message is queued, so a worker sends it at once.
    pub wakeup: Arc<Notify>,
}

/// The signed-in voter as the portal needs them, with the session they are signed in with.
#[derive(Debug, Clone)]
pub struct Voter {
    pub id: i64,
    pub first_name: String,
    pub county: County,
    pub session: Session,
}

/// The active voter whose live session `sid` is; `Unauthorized` once the session has ended or the
/// registration is no longer active.
pub async fn signed_in(database: &Database, sid: String, uid: String) -> Result<Voter, ServiceError> {
    database
        .run(DB_WAIT, move |conn| {
            let Some(session) = sessions::live(conn, &sid, &uid)? else { return Ok(None) };
            let (first_name, county_id): (String, i16) = voter_records::table
                .find(session.voter_record_id)
                .select((voter_records::first_name, voter_records::county_id))
                .first(conn)?;
            let county = county::find(conn, county_id)?.expect("voter_records.county_id references counties");
            Ok(Some(Voter { id: session.voter_record_id, first_name, county, session }))
        })
        .await?
        .ok_or(ServiceError::Unauthorized)
}

/// Ends the voter's session, or every session of theirs (signing out everywhere).
pub async fn sign_out(portal: &Portal, voter: &Voter, everywhere: bool) -> Result<(), ServiceError> {
    let (voter_id, sid, at) = (voter.id, voter.session.id.clone(), now(portal));
    portal
        .database
        .run(DB_WAIT, move |conn| {
            if everywhere {
                let ended = sessions::end_all(conn, voter_id, at)?;
                tracing::info!(sessions = ended, "signed out everywhere");
            } else {
                sessions::end(conn, &sid, at)?;
            }
            Ok(())
        })
        .await?;
    Ok(())
}

/// The voter's ballots in current and recent elections, in `language` (the one the page shows)
/// or else the voter's own.
pub async fn ballots(portal: &Portal, voter: Voter, language: Option<String>) -> Result<BallotsView, ServiceError> {
    let today = california_date(now(portal));
    Ok(portal
        .database
        .run(DB_WAIT, move |conn| {
            let language = match language {
                Some(language) => language,
                None => contact::preferences(conn, voter.id)?.language,
            };
            Ok(status::ballots_of(conn, voter.id, &voter.county, today, &language)?)
        })
        .await?)
}

/// The time the service acts on (a test's own clock in tests).
fn now(portal: &Portal) -> NaiveDateTime {
    portal.clock.now().naive_utc()
}

/// An address shown on a page anyone with a voter's public details could open: enough for the
/// voter to recognise it, too little to learn it. `m•••@example.com`, `(•••) •••-0123`.
pub fn masked(kind: ContactKind, address: &str) -> String {
    match kind {
        ContactKind::Email => match address.split_once('@') {
            Some((local, domain)) => format!("{}•••@{domain}", local.chars().next().unwrap_or('•')),
            None => "•••".to_owned(),
        },
        ContactKind::Sms | ContactKind::Voice => {
            format!("(•••) •••-{}", &address[address.len().saturating_sub(4)..])
        }
    }
}

/// A code field's error, with why.
fn code_error(why: Words) -> ServiceError {
    ServiceError::InvalidFields(vec![ballot_shared::FieldError::new("code", "not_accepted").explained(why)])
}

/// A wrong code, with the tries left.
fn wrong_code(left: i16) -> Words {
    if left > 0 {
        Words::new("field-error-code-wrong").with("left", left)
    } else {
        Words::new("field-error-code-wrong_last")
    }
}

fn too_soon(sent_at: Option<NaiveDateTime>, now: NaiveDateTime) -> Option<StdDuration> {
    let next = sent_at? + Duration::seconds(RESEND_AFTER_SECONDS);
    (next > now).then(|| (next - now).to_std().unwrap_or_default())
}

/// Applies preference changes. For a voter with a confirmed method every change needs a verified
/// session (any could stop, delay or redirect their notices), and their confirmed methods are told.
pub async fn update_preferences(
    portal: &Portal,
    voter: &Voter,
    changes: PreferenceChanges,
) -> Result<(), ServiceError> {
    let voter_id = voter.id;
    let (before, methods) = preferences(portal, voter).await?;
    let mut after = before.clone();
    if let Some(on) = changes.notifications_on {
        after.notifications_on = on;
    }
    if let Some(language) = changes.language {
        after.language = language;
    }
    if let Some(hours) = changes.contact_hours {
        after.contact_hours = hours;
    }
    if after == before {
        return Ok(());
    }
    protection::may_make_protected_change(voter, &methods)?;
    let (keys, links, at) = (portal.session_keys.clone(), portal.links.clone(), now(portal));
    let (first_name, session) = (voter.first_name.clone(), voter.session.clone());
    portal
        .database
        .run(DB_WAIT, move |conn| {
            Ok(write_transaction(conn, |conn| {
                contact::save_preferences(conn, voter_id, &after, at)?;
                // Told in the language the voter read until now.
                let told = Told {
                    voter: voter_id,
                    session: &session,
                    first_name: &first_name,
                    language: &before.language,
                    methods_before: &methods,
                };
                changes::record(conn, &keys, &links, &told, &Change::Preferences { before: &before, after: &after }, at)
            })?)
        })
        .await?;
    portal.wakeup.notify_one();
    Ok(())
}

pub async fn preferences(portal: &Portal, voter: &Voter) -> Result<(Preferences, Vec<Method>), ServiceError> {
    let voter_id = voter.id;
    Ok(portal
        .database
        .run(DB_WAIT, move |conn| Ok((contact::preferences(conn, voter_id)?, contact::methods(conn, voter_id)?)))
        .await?)
}
