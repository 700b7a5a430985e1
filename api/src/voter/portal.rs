//! The voter portal's rules: adding and confirming contact methods, one-time codes that guard
//! changes to confirmed ones, preferences, unsubscribing, and the replies to texts voters send.
//!
//! Name, date of birth and ZIP code are public record, so a fresh session proves nothing: it may
//! look and add, but anything that would stop a voter's notifications needs a code sent to a
//! method the voter already confirmed (or the email's own unsubscribe link).

use std::time::Duration as StdDuration;

use ballot_shared::contact::{ContactKind, MethodState, PhoneNumber};
use ballot_shared::forms::PreferenceChanges;
use base64::Engine;
use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use rand::Rng;
use serde::{Deserialize, Serialize};
use sha2::Digest;

use crate::county::{self, County};
use crate::db::schema::voter_records;
use crate::db::{DbConnection, write_transaction};
use crate::messaging::SendError;
use crate::messaging::email::Email;
use crate::messaging::texts::{self, Keyword, text};
use crate::problem::ApiError;
use crate::startup::AppState;
use crate::voter::contact::{self, Code, Method, NewMethod, Preferences};
use crate::voter::roll::RegistrationStatus;

const DB_WAIT: StdDuration = StdDuration::from_secs(5);
/// How long an emailed confirmation link works.
pub const CONFIRMATION_HOURS: i64 = 48;
/// How long a one-time code works, and how many tries it allows.
pub const CODE_MINUTES: i64 = 10;
const CODE_ATTEMPTS: i16 = 5;
/// Least time between two messages of the same kind (confirmation, code) to one voter.
const RESEND_AFTER_SECONDS: i64 = 60;
/// Audience of the tokens in unsubscribe links.
const UNSUBSCRIBE_AUDIENCE: &str = "ballot-tracker:unsubscribe";
/// How long an unsubscribe link in an email keeps working.
const UNSUBSCRIBE_DAYS: i64 = 400;

/// The signed-in voter as the portal needs them.
#[derive(Debug, Clone)]
pub struct Voter {
    pub id: i64,
    pub first_name: String,
    pub county: County,
}

/// The active voter a session names; `Unauthorized` once the registration is no longer active.
pub async fn voter(state: &AppState, uid: String) -> Result<Voter, ApiError> {
    state
        .database
        .run(DB_WAIT, move |conn| {
            let row: Option<(i64, String, i16)> = voter_records::table
                .filter(voter_records::uid.eq(&uid))
                .filter(voter_records::status.eq(RegistrationStatus::Active.as_str()))
                .select((voter_records::id, voter_records::first_name, voter_records::county_id))
                .first(conn)
                .optional()?;
            let Some((id, first_name, county_id)) = row else { return Ok(None) };
            let county = county::find(conn, county_id)?.expect("voter_records.county_id references counties");
            Ok(Some(Voter { id, first_name, county }))
        })
        .await?
        .ok_or(ApiError::Unauthorized)
}

/// The time the service acts on (a test's own clock in tests).
fn now(state: &AppState) -> NaiveDateTime {
    state.clock.now().naive_utc()
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

fn described(language: &str, kind: ContactKind, address: &str) -> String {
    let id = match kind {
        ContactKind::Email => "method-email",
        ContactKind::Sms => "method-sms",
        ContactKind::Voice => "method-voice",
    };
    text(language, id, &[("address", &masked(kind, address))])
}

/// Refuses a message to the voter or to the address when either had too many lately.
fn check_send_budget(state: &AppState, voter: i64, address: &str) -> Result<(), ApiError> {
    state
        .message_limits
        .check(format!("voter:{voter}"))
        .and_then(|()| state.message_limits.check(format!("to:{address}")))
        .map_err(|retry_after| ApiError::TooManyMessages { retry_after })
}

fn too_soon(sent_at: Option<NaiveDateTime>, now: NaiveDateTime) -> Option<StdDuration> {
    let next = sent_at? + Duration::seconds(RESEND_AFTER_SECONDS);
    (next > now).then(|| (next - now).to_std().unwrap_or_default())
}

/// Adds or changes the voter's method of `kind`. A confirmed method may be changed only by a
/// verified session. Email and text start pending and get a confirmation message; voice is on at
/// once. The voter's other confirmed methods are told.
pub async fn put_method(
    state: &AppState,
    voter: &Voter,
    kind: ContactKind,
    address: String,
    verified: bool,
) -> Result<Method, ApiError> {
    let (voter_id, address_for_db) = (voter.id, address.clone());
    let (existing, preferences, opted_out) = state
        .database
        .run(DB_WAIT, move |conn| {
            Ok((
                contact::method(conn, voter_id, kind)?,
                contact::preferences(conn, voter_id)?,
                kind == ContactKind::Sms && contact::opted_out(conn, &address_for_db)?,
            ))
        })
        .await?;
    if let Some(method) = &existing {
        // People type the same email address in different cases; mail reaches the same inbox.
        let same = match kind {
            ContactKind::Email => method.address.eq_ignore_ascii_case(&address),
            _ => method.address == address,
        };
        if same && matches!(method.state(), MethodState::On | MethodState::Pending) {
            return Ok(method.clone());
        }
        if !same && method.state() == MethodState::On && !verified {
            return Err(ApiError::VerificationNeeded);
        }
    }
    if opted_out {
        return Err(ApiError::Conflict {
            title: "This number asked us to stop texting",
            detail: format!(
                "Someone replied STOP from this number, so we may not text it. To get texts again, text START to {} \
                 from this phone, then add the number here.",
                state.messenger.senders.sms
            ),
        });
    }
    let now = now(state);
    let token = kind.needs_confirmation().then(random_token);
    // Every addition sends something (a confirmation, or a notice to the voter's other methods).
    check_send_budget(state, voter.id, &address)?;
    let new_state = if kind.needs_confirmation() { MethodState::Pending } else { MethodState::On };
    let confirmation = token
        .as_ref()
        .filter(|_| kind == ContactKind::Email)
        .map(|t| (sha256(t), now + Duration::hours(CONFIRMATION_HOURS)));
    let (voter_id, address_for_db) = (voter.id, address.clone());
    let method = state
        .database
        .run(DB_WAIT, move |conn| {
            Ok(write_transaction(conn, |conn| {
                contact::put(
                    conn,
                    &NewMethod {
                        voter_record_id: voter_id,
                        kind,
                        address: &address_for_db,
                        state: new_state,
                        confirmation,
                        now,
                    },
                )
            })?)
        })
        .await?;
    tracing::info!(kind = kind.as_str(), "contact method added");
    let sent = match kind {
        ContactKind::Email => send_email_confirmation(state, voter, &preferences, &method, token.as_deref()).await,
        ContactKind::Sms => send_sms_confirmation(state, &preferences, &method).await,
        ContactKind::Voice => Ok(()),
    };
    let method = settle(state, method, sent).await?;
    tell_other_methods(state, voter, &preferences, &method).await;
    Ok(method)
}

/// After a confirmation was sent or not: a rejected address marks the method failed, a transport
/// that is down leaves it pending for a resend and says so.
async fn settle(state: &AppState, method: Method, sent: Result<(), SendError>) -> Result<Method, ApiError> {
    match sent {
        Ok(()) => Ok(method),
        Err(SendError::Rejected(_)) => {
            let id = method.id;
            let at = now(state);
            state.database.run(DB_WAIT, move |conn| Ok(contact::mark_failed(conn, id, "rejected", at)?)).await?;
            tracing::info!(kind = %method.kind, "confirmation refused by the transport");
            Ok(Method { state: MethodState::Failed.as_str().to_owned(), failure: Some("rejected".into()), ..method })
        }
        Err(SendError::Unavailable(_)) => Err(ApiError::NotSent),
    }
}

async fn send_email_confirmation(
    state: &AppState,
    voter: &Voter,
    preferences: &Preferences,
    method: &Method,
    token: Option<&str>,
) -> Result<(), SendError> {
    let token = token.expect("email methods get a token");
    let language = &preferences.language;
    let link = format!("{}/confirm-email?token={token}", state.public_url);
    let service = &state.display_name;
    let hours = CONFIRMATION_HOURS.to_string();
    state
        .messenger
        .email(Email::plain(
            &method.address,
            text(language, "email-confirm-subject", &[("service", service)]),
            text(
                language,
                "email-confirm-body",
                &[("service", service), ("name", &voter.first_name), ("link", &link), ("hours", &hours)],
            ),
        ))
        .await
}

async fn send_sms_confirmation(state: &AppState, preferences: &Preferences, method: &Method) -> Result<(), SendError> {
    let body = text(&preferences.language, "sms-confirm", &[("service", &state.display_name)]);
    state.messenger.sms(&method.address, &body).await.map(drop)
}

/// Tells the voter's confirmed methods (other than `added`) that `added` was added.
async fn tell_other_methods(state: &AppState, voter: &Voter, preferences: &Preferences, added: &Method) {
    let voter_id = voter.id;
    let Ok(others) = state.database.run(DB_WAIT, move |conn| Ok(contact::methods(conn, voter_id)?)).await else {
        return;
    };
    let language = &preferences.language;
    let what = described(language, added.kind(), &added.address);
    let service = &state.display_name;
    let link = format!("{}/", state.public_url);
    for other in others.iter().filter(|m| m.id != added.id && m.state() == MethodState::On) {
        let sent = match other.kind() {
            ContactKind::Email => {
                state
                    .messenger
                    .email(Email {
                        to: other.address.clone(),
                        subject: text(language, "method-added-email-subject", &[("service", service)]),
                        body: with_footer(
                            state,
                            language,
                            other,
                            text(
                                language,
                                "method-added-email-body",
                                &[
                                    ("service", service),
                                    ("name", &voter.first_name),
                                    ("method", &what),
                                    ("link", &link),
                                ],
                            ),
                        ),
                        unsubscribe_url: Some(unsubscribe_url(state, other.id)),
                        ..Email::plain("", "", "")
                    })
                    .await
            }
            ContactKind::Sms => {
                let body =
                    text(language, "method-added-sms", &[("service", service), ("method", &what), ("link", &link)]);
                state.messenger.sms(&other.address, &body).await.map(drop)
            }
            ContactKind::Voice => {
                let script = text(language, "method-added-voice", &[("service", service)]);
                state.messenger.call(&other.address, &script, language).await.map(drop)
            }
        };
        if sent.is_err() {
            tracing::warn!(kind = %other.kind, "could not tell a confirmed method about a new one");
        }
    }
}

pub(crate) fn with_footer(state: &AppState, language: &str, method: &Method, body: String) -> String {
    let footer = text(
        language,
        "email-footer",
        &[("service", &state.display_name), ("unsubscribe", &unsubscribe_url(state, method.id))],
    );
    format!("{body}\n\n--\n{footer}\n")
}

/// Sends a pending method's confirmation again (at most once a minute).
pub async fn resend(state: &AppState, voter: &Voter, kind: ContactKind) -> Result<Method, ApiError> {
    let voter_id = voter.id;
    let (method, preferences) = state
        .database
        .run(DB_WAIT, move |conn| Ok((contact::method(conn, voter_id, kind)?, contact::preferences(conn, voter_id)?)))
        .await?;
    let Some(method) = method.filter(|m| m.state() == MethodState::Pending) else {
        return Err(ApiError::Conflict {
            title: "Nothing to confirm",
            detail: "Only a method waiting for confirmation can get its confirmation again.".to_owned(),
        });
    };
    let now = now(state);
    if let Some(retry_after) = too_soon(method.confirmation_sent_at, now) {
        return Err(ApiError::TooManyMessages { retry_after });
    }
    check_send_budget(state, voter.id, &method.address)?;
    let token = random_token();
    let confirmation =
        (kind == ContactKind::Email).then(|| (sha256(&token), now + Duration::hours(CONFIRMATION_HOURS)));
    let id = method.id;
    state.database.run(DB_WAIT, move |conn| Ok(contact::renew_confirmation(conn, id, confirmation, now)?)).await?;
    let sent = match kind {
        ContactKind::Email => send_email_confirmation(state, voter, &preferences, &method, Some(&token)).await,
        _ => send_sms_confirmation(state, &preferences, &method).await,
    };
    settle(state, method, sent).await
}

/// Removes the voter's method of `kind`; a confirmed one only with a verified session.
pub async fn remove_method(state: &AppState, voter: &Voter, kind: ContactKind, verified: bool) -> Result<(), ApiError> {
    let voter_id = voter.id;
    let method = state.database.run(DB_WAIT, move |conn| Ok(contact::method(conn, voter_id, kind)?)).await?;
    let Some(method) = method else {
        return Err(ApiError::NotFound {
            title: "No such contact method",
            detail: format!(
                "There is no {} to remove.",
                match kind {
                    ContactKind::Email => "email address",
                    ContactKind::Sms => "number for texts",
                    ContactKind::Voice => "number for calls",
                }
            ),
        });
    };
    if method.state() == MethodState::On && !verified {
        return Err(ApiError::VerificationNeeded);
    }
    state.database.run(DB_WAIT, move |conn| Ok(contact::delete(conn, method.id)?)).await?;
    tracing::info!(kind = kind.as_str(), "contact method removed");
    Ok(())
}

/// Sends a one-time code to the voter's confirmed method of `kind`; the masked address it went to.
pub async fn send_code(state: &AppState, voter: &Voter, kind: ContactKind) -> Result<String, ApiError> {
    let voter_id = voter.id;
    let (method, preferences, previous) = state
        .database
        .run(DB_WAIT, move |conn| {
            Ok((
                contact::method(conn, voter_id, kind)?,
                contact::preferences(conn, voter_id)?,
                contact::code(conn, voter_id)?,
            ))
        })
        .await?;
    let Some(method) = method.filter(|m| m.state() == MethodState::On) else {
        return Err(ApiError::Conflict {
            title: "Codes go only to confirmed methods",
            detail: "Choose a way of reaching you that is on (confirmed). If you have none, nothing needs a code."
                .to_owned(),
        });
    };
    let now = now(state);
    if let Some(retry_after) = too_soon(previous.map(|c| c.sent_at), now) {
        return Err(ApiError::TooManyMessages { retry_after });
    }
    check_send_budget(state, voter.id, &method.address)?;
    let code = format!("{:06}", rand::rng().random_range(0..1_000_000u32));
    let stored = Code {
        code_hash: state.session_keys.keyed_hash(&[&voter.id.to_string(), &code]),
        contact_method_id: method.id,
        attempts_left: CODE_ATTEMPTS,
        sent_at: now,
        expires_at: now + Duration::minutes(CODE_MINUTES),
    };
    state.database.run(DB_WAIT, move |conn| Ok(contact::store_code(conn, voter_id, &stored)?)).await?;
    let language = &preferences.language;
    let service = &state.display_name;
    let minutes = CODE_MINUTES.to_string();
    let args = [("service", service.as_str()), ("code", code.as_str()), ("minutes", minutes.as_str())];
    let sent = match kind {
        ContactKind::Email => {
            let mut body_args = args.to_vec();
            body_args.push(("name", &voter.first_name));
            state
                .messenger
                .email(Email::plain(
                    &method.address,
                    text(language, "code-email-subject", &args),
                    text(language, "code-email-body", &body_args),
                ))
                .await
        }
        ContactKind::Sms => state.messenger.sms(&method.address, &text(language, "code-sms", &args)).await.map(drop),
        ContactKind::Voice => {
            // Digits read one by one.
            let spoken = code.chars().map(String::from).collect::<Vec<_>>().join(", ");
            let script = text(language, "code-voice", &[("service", service), ("spoken", &spoken)]);
            state.messenger.call(&method.address, &script, language).await.map(drop)
        }
    };
    sent.map_err(|_| ApiError::NotSent)?;
    Ok(masked(kind, &method.address))
}

/// Checks a one-time code; a verified session token when it is right.
pub async fn verify_code(state: &AppState, voter: &Voter, uid: &str, code: String) -> Result<String, ApiError> {
    let voter_id = voter.id;
    let hash = state.session_keys.keyed_hash(&[&voter.id.to_string(), &code]);
    let now = now(state);
    let outcome = state
        .database
        .run(DB_WAIT, move |conn| {
            Ok(write_transaction(conn, |conn| -> QueryResult<Result<(), ApiError>> {
                let Some(stored) = contact::code(conn, voter_id)? else {
                    return Ok(Err(code_error("No code is waiting: ask for a new one.")));
                };
                if stored.expires_at <= now || stored.attempts_left <= 0 {
                    contact::delete_code(conn, voter_id)?;
                    return Ok(Err(code_error(
                        "This code has expired or was tried too many times: ask for a new one.",
                    )));
                }
                if stored.code_hash != hash {
                    contact::spend_attempt(conn, voter_id)?;
                    let left = stored.attempts_left - 1;
                    return Ok(Err(code_error(&if left > 0 {
                        format!("This code is not the one we sent. {left} tries left.")
                    } else {
                        "This code is not the one we sent, and it cannot be tried again: ask for a new one.".to_owned()
                    })));
                }
                contact::delete_code(conn, voter_id)?;
                Ok(Ok(()))
            })?)
        })
        .await?;
    outcome?;
    tracing::info!("one-time code accepted");
    Ok(state.session_keys.issue_verified(uid, voter.county.id, Utc::now()))
}

fn code_error(message: &str) -> ApiError {
    ApiError::InvalidFields(vec![ballot_shared::FieldError {
        field: "code".to_owned(),
        code: "not_accepted".to_owned(),
        message: message.to_owned(),
    }])
}

/// Applies preference changes; turning notifications off needs a verified session while any
/// method is confirmed.
pub async fn update_preferences(
    state: &AppState,
    voter: &Voter,
    changes: PreferenceChanges,
    verified: bool,
) -> Result<(), ApiError> {
    let (voter_id, at) = (voter.id, now(state));
    state
        .database
        .run(DB_WAIT, move |conn| {
            Ok(write_transaction(conn, |conn| -> QueryResult<Result<(), ApiError>> {
                let mut preferences = contact::preferences(conn, voter_id)?;
                if changes.notifications_on == Some(false) && preferences.notifications_on && !verified {
                    let confirmed = contact::methods(conn, voter_id)?.iter().any(|m| m.state() == MethodState::On);
                    if confirmed {
                        return Ok(Err(ApiError::VerificationNeeded));
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

pub async fn preferences(state: &AppState, voter: &Voter) -> Result<(Preferences, Vec<Method>), ApiError> {
    let voter_id = voter.id;
    Ok(state
        .database
        .run(DB_WAIT, move |conn| Ok((contact::preferences(conn, voter_id)?, contact::methods(conn, voter_id)?)))
        .await?)
}

/// Follows an emailed confirmation link.
pub async fn confirm_email(state: &AppState, token: String) -> Result<(), ApiError> {
    let hash = sha256(&token);
    let at = now(state);
    let found = state
        .database
        .run(DB_WAIT, move |conn| Ok(write_transaction(conn, |conn| contact::confirm_email(conn, &hash, at))?))
        .await?;
    match found {
        Some((_, true)) => {
            tracing::info!("email confirmed");
            Ok(())
        }
        Some((_, false)) => Err(ApiError::Gone {
            title: "This link has expired",
            detail: format!(
                "Confirmation links work for {CONFIRMATION_HOURS} hours. Look yourself up again and choose \
                 \"send again\" next to your email address."
            ),
        }),
        None => Err(ApiError::NotFound {
            title: "This link is not valid",
            detail: "It may have been used already, or replaced by a newer one. Look yourself up again to see whether \
                     your email address is confirmed."
                .to_owned(),
        }),
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct UnsubscribeClaims {
    /// The contact method id.
    sub: String,
    iss: String,
    aud: String,
    exp: i64,
}

/// The one-click unsubscribe address for a method, for emails that are not confirmations or codes.
pub fn unsubscribe_url(state: &AppState, method: i64) -> String {
    let claims = UnsubscribeClaims {
        sub: method.to_string(),
        iss: state.session_keys.issuer().to_owned(),
        aud: UNSUBSCRIBE_AUDIENCE.to_owned(),
        exp: (Utc::now() + Duration::days(UNSUBSCRIBE_DAYS)).timestamp(),
    };
    format!("{}/api/v1/unsubscribe/{}", state.public_url, state.session_keys.encode(&claims))
}

/// Turns off the method an unsubscribe link names (no session needed: the link is the proof).
pub async fn unsubscribe(state: &AppState, token: &str) -> Result<(), ApiError> {
    let claims: UnsubscribeClaims =
        state.session_keys.decode(token, UNSUBSCRIBE_AUDIENCE).map_err(|_| ApiError::NotFound {
            title: "This unsubscribe link is not valid",
            detail: "Look yourself up on the site to turn notifications off.".to_owned(),
        })?;
    let id: i64 = claims.sub.parse().map_err(|_| ApiError::Unauthorized)?;
    let at = now(state);
    state
        .database
        .run(DB_WAIT, move |conn| {
            if contact::method_by_id(conn, id)?.is_some() {
                contact::set_state(conn, id, MethodState::Off, at)?;
            }
            Ok(())
        })
        .await?;
    tracing::info!("unsubscribed by link");
    Ok(())
}

/// Handles a text a voter (or anyone) sent to our number; sends the one reply it calls for.
pub async fn inbound_sms(state: &AppState, from: &str, body: &str) -> Result<(), ApiError> {
    let Ok(phone) = PhoneNumber::parse(from) else {
        // Not a US number we could have texted: nothing to change, nobody to answer.
        return Ok(());
    };
    let phone = phone.e164().to_owned();
    let keyword = texts::keyword(body);
    let (number, now) = (phone.clone(), now(state));
    let (reply_id, language, county) = state
        .database
        .run(DB_WAIT, move |conn| Ok(write_transaction(conn, |conn| inbound_sms_changes(conn, &number, keyword, now))?))
        .await?;
    let contact = county
        .as_ref()
        .and_then(|c| c.office_contacts(&language))
        .unwrap_or_else(|| text(&language, "sms-help-contact", &[]));
    let reply = text(&language, reply_id, &[("service", &state.display_name), ("contact", &contact)]);
    tracing::info!(reply = reply_id, "inbound text answered");
    state.messenger.sms(&phone, &reply).await.map(drop).map_err(|_| ApiError::NotSent)
}

/// The database side of an inbound text: the reply to send, in which language, and the county of
/// the number's voter (for HELP).
fn inbound_sms_changes(
    conn: &mut DbConnection,
    phone: &str,
    keyword: Option<(Keyword, String)>,
    now: NaiveDateTime,
) -> QueryResult<(&'static str, String, Option<County>)> {
    let methods = contact::sms_methods(conn, phone)?;
    let owner = methods.first().map(|m| m.voter_record_id);
    let voter_language = owner.map(|voter| contact::preferences(conn, voter)).transpose()?.map(|p| p.language);
    let county = match owner {
        Some(voter) => {
            let county_id: i16 = voter_records::table.find(voter).select(voter_records::county_id).first(conn)?;
            county::find(conn, county_id)?
        }
        None => None,
    };
    let language = voter_language
        .or_else(|| keyword.as_ref().map(|(_, language)| language.clone()))
        .unwrap_or_else(|| texts::DEFAULT_LANGUAGE.to_owned());
    let reply = match keyword.map(|(k, _)| k) {
        Some(Keyword::Stop) => {
            contact::record_opt_out(conn, phone, now)?;
            contact::stop_sms(conn, phone, now)?;
            "sms-stopped"
        }
        Some(keyword @ (Keyword::Start | Keyword::Yes)) => {
            contact::clear_opt_out(conn, phone)?;
            let turned_on = contact::start_sms(conn, phone, now)?;
            match (keyword, turned_on) {
                (_, 0) if methods.is_empty() => "sms-help",
                (Keyword::Yes, _) => "sms-confirmed",
                _ => "sms-started",
            }
        }
        Some(Keyword::Help) | None => "sms-help",
    };
    Ok((reply, language, county))
}
