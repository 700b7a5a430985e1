//! The voter portal's rules: adding and confirming contact methods, one-time codes that guard
//! changes to confirmed ones, preferences, unsubscribing, and the replies to texts voters send.
//!
//! Name, date of birth and ZIP code are public record, so a fresh session proves nothing: it may
//! look and add, but anything that would stop a voter's notifications needs a code sent to a
//! method the voter already confirmed (or the email's own unsubscribe link).
//!
//! Here: the portal, the signed-in voter, preferences and the rules every use-case shares;
//! `methods` (adding, confirming, removing, unsubscribing), `codes` (one-time codes), `inbound`
//! (the replies to texts) and `messages` (the words of what they send).

mod codes;
mod inbound;
mod messages;
mod methods;

pub use codes::{send_code, verify_code};
pub use inbound::inbound_sms;
pub use methods::{confirm_email, put_method, remove_method, resend, unsubscribe};

use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration as StdDuration;

use tokio::sync::Notify;

use ballot_shared::contact::{ContactKind, MethodState};
use ballot_shared::forms::PreferenceChanges;
use base64::Engine;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use rand::Rng;
use sha2::Digest;

use crate::clock::Clock;
use crate::county::{self, County};
use crate::db::Database;
use crate::db::schema::voter_records;
use crate::db::write_transaction;
use crate::error::ServiceError;
use crate::limits::KeyedLimit;
use crate::messaging::Messenger;
use crate::messaging::links::Links;
use crate::tokens::SessionKeys;
use crate::voter::california_date;
use crate::voter::contact::{self, Method, Preferences};
use crate::voter::roll::RegistrationStatus;
use crate::voter::status;
use ballot_shared::responses::BallotsView;

const DB_WAIT: StdDuration = StdDuration::from_secs(5);
/// How long an emailed confirmation link works.
pub const CONFIRMATION_HOURS: i64 = 48;
/// How long a one-time code works, and how many tries it allows.
pub const CODE_MINUTES: i64 = 10;
const CODE_ATTEMPTS: i16 = 5;
/// Least time between two messages of the same kind (confirmation, code) to one voter.
const RESEND_AFTER_SECONDS: i64 = 60;

/// Confirmations and codes one voter, or one address, may be sent per hour.
const MESSAGES_PER_HOUR: NonZeroU32 = NonZeroU32::new(6).expect("not zero");

/// The budget of confirmations and codes per voter and per address.
pub fn message_quota() -> governor::Quota {
    governor::Quota::per_hour(MESSAGES_PER_HOUR)
}

/// What the portal's use-cases work with.
#[derive(Clone)]
pub struct Portal {
    pub database: Database,
    pub clock: Clock,
    pub messenger: Arc<Messenger>,
    /// Confirmations and codes per voter (`voter:ID`) and per address (`to:ADDRESS`), so the service
    /// cannot be used to flood someone's inbox or phone.
    pub message_limits: Arc<KeyedLimit<String>>,
    pub session_keys: Arc<SessionKeys>,
    pub links: Links,
    /// Rung after a message is queued, so a worker sends it at once.
    pub wakeup: Arc<Notify>,
}

/// The signed-in voter as the portal needs them.
#[derive(Debug, Clone)]
pub struct Voter {
    pub id: i64,
    pub first_name: String,
    pub county: County,
}

/// The active voter a session names; `Unauthorized` once the registration is no longer active.
pub async fn voter(database: &Database, uid: String) -> Result<Voter, ServiceError> {
    database
        .run(DB_WAIT, move |conn| {
            let row: Option<(i64, String, i16)> = voter_records::table
                .filter(voter_records::uid.eq(&uid))
                .filter(voter_records::status.eq(RegistrationStatus::Active))
                .select((voter_records::id, voter_records::first_name, voter_records::county_id))
                .first(conn)
                .optional()?;
            let Some((id, first_name, county_id)) = row else { return Ok(None) };
            let county = county::find(conn, county_id)?.expect("voter_records.county_id references counties");
            Ok(Some(Voter { id, first_name, county }))
        })
        .await?
        .ok_or(ServiceError::Unauthorized)
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

/// 32 random bytes, URL-safe: the secret in a confirmation link.
fn random_token() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn sha256(token: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(sha2::Sha256::digest(token.as_bytes()))
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

/// Refuses a message to the voter or to the address when either had too many lately.
fn check_send_budget(portal: &Portal, voter: i64, address: &str) -> Result<(), ServiceError> {
    portal
        .message_limits
        .check(format!("voter:{voter}"))
        .and_then(|()| portal.message_limits.check(format!("to:{address}")))
        .map_err(|retry_after| ServiceError::TooManyMessages { retry_after })
}

fn too_soon(sent_at: Option<NaiveDateTime>, now: NaiveDateTime) -> Option<StdDuration> {
    let next = sent_at? + Duration::seconds(RESEND_AFTER_SECONDS);
    (next > now).then(|| (next - now).to_std().unwrap_or_default())
}

/// Applies preference changes; turning notifications off needs a verified session while any
/// method is confirmed.
pub async fn update_preferences(
    portal: &Portal,
    voter: &Voter,
    changes: PreferenceChanges,
    verified: bool,
) -> Result<(), ServiceError> {
    let (voter_id, at) = (voter.id, now(portal));
    portal
        .database
        .run(DB_WAIT, move |conn| {
            Ok(write_transaction(conn, |conn| -> QueryResult<Result<(), ServiceError>> {
                let mut preferences = contact::preferences(conn, voter_id)?;
                if changes.notifications_on == Some(false) && preferences.notifications_on && !verified {
                    let confirmed = contact::methods(conn, voter_id)?.iter().any(|m| m.state == MethodState::On);
                    if confirmed {
                        return Ok(Err(ServiceError::VerificationNeeded));
                    }
                }
                if let Some(on) = changes.notifications_on {
                    preferences.notifications_on = on;
                }
                if let Some(language) = changes.language {
                    preferences.language = language;
                }
                if let Some(hours) = changes.contact_hours {
                    preferences.contact_hours = hours;
                }
                contact::save_preferences(conn, voter_id, &preferences, at)?;
                Ok(Ok(()))
            })?)
        })
        .await?
}

pub async fn preferences(portal: &Portal, voter: &Voter) -> Result<(Preferences, Vec<Method>), ServiceError> {
    let voter_id = voter.id;
    Ok(portal
        .database
        .run(DB_WAIT, move |conn| Ok((contact::preferences(conn, voter_id)?, contact::methods(conn, voter_id)?)))
        .await?)
}
