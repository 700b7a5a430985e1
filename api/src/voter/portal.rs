//! The voter portal's rules: adding and confirming contact methods, one-time codes that guard
//! changes to confirmed ones, preferences, unsubscribing, and the replies to texts voters send.
//!
//! Name, date of birth and ZIP code are public record, so a fresh session proves nothing: it may
//! look and add, but anything that would stop a voter's notifications needs a code sent to a
//! method the voter already confirmed (or the email's own unsubscribe link).

use ballot_shared::Vocabulary;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration as StdDuration;

use tokio::sync::Notify;

use ballot_shared::contact::{ContactKind, MethodState, PhoneNumber};
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
use crate::db::{DbConnection, write_transaction};
use crate::error::{ServiceError, Words};
use crate::limits::KeyedLimit;
use crate::messaging::Messenger;
use crate::messaging::account_messages::{self as account, Content, MessageKind, NewMessage};
use crate::messaging::email::Email;
use crate::messaging::links::Links;
use crate::messaging::texts::{self, Keyword, text};
use crate::tokens::{SessionKeys, issue_time};
use crate::voter::california_date;
use crate::voter::contact::{self, Code, Method, NewMethod, Preferences};
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

/// The voter's ballots in current and recent elections, in the voter's language.
pub async fn ballots(portal: &Portal, voter: Voter) -> Result<BallotsView, ServiceError> {
    let today = california_date(Clock::system().now().naive_utc());
    Ok(portal
        .database
        .run(DB_WAIT, move |conn| {
            let language = contact::preferences(conn, voter.id)?.language;
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

fn described(language: &str, kind: ContactKind, address: &str) -> String {
    let id = match kind {
        ContactKind::Email => "method-email",
        ContactKind::Sms => "method-sms",
        ContactKind::Voice => "method-voice",
    };
    text(language, id, &[("address", &masked(kind, address))])
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

/// Adds or changes the voter's method of `kind`. A confirmed method may be changed only by a
/// verified session. Email and text start pending and get a confirmation message; voice is on at
/// once. The voter's other confirmed methods are told.
pub async fn put_method(
    portal: &Portal,
    voter: &Voter,
    kind: ContactKind,
    address: String,
    verified: bool,
) -> Result<Method, ServiceError> {
    let (voter_id, address_for_db) = (voter.id, address.clone());
    let (existing, preferences, opted_out) = portal
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
        if same && matches!(method.state, MethodState::On | MethodState::Pending) {
            return Ok(method.clone());
        }
        if !same && method.state == MethodState::On && !verified {
            return Err(ServiceError::VerificationNeeded);
        }
    }
    if opted_out {
        let sender = PhoneNumber::parse(&portal.messenger.senders.sms)
            .map_or_else(|_| portal.messenger.senders.sms.clone(), |number| number.national());
        return Err(ServiceError::Conflict(Words::new("problem-number-stopped").with("sender", sender)));
    }
    let now = now(portal);
    let token = kind.needs_confirmation().then(random_token);
    // Every addition sends something (a confirmation, or a notice to the voter's other methods).
    check_send_budget(portal, voter.id, &address)?;
    let new_state = if kind.needs_confirmation() { MethodState::Pending } else { MethodState::On };
    let confirmation = token
        .as_ref()
        .filter(|_| kind == ContactKind::Email)
        .map(|t| (sha256(t), now + Duration::hours(CONFIRMATION_HOURS)));
    let confirmation_message = match (kind, &token) {
        (ContactKind::Email, Some(token)) => Some(email_confirmation(portal, voter, &preferences, &address, token)),
        (ContactKind::Sms, _) => Some(sms_confirmation(portal, voter, &preferences, &address)),
        _ => None,
    };
    let (voter_id, address_for_db, keys) = (voter.id, address.clone(), portal.session_keys.clone());
    let (links, language, first_name) = (portal.links.clone(), preferences.language.clone(), voter.first_name.clone());
    let method = portal
        .database
        .run(DB_WAIT, move |conn| {
            Ok(write_transaction(conn, |conn| {
                let method = contact::put(
                    conn,
                    &NewMethod {
                        voter_record_id: voter_id,
                        kind,
                        address: &address_for_db,
                        state: new_state,
                        confirmation,
                        now,
                    },
                )?;
                if let Some(message) = &confirmation_message {
                    let message = NewMessage { contact_method: Some(method.id), ..message.clone() };
                    account::queue(conn, &keys, &message, now)?;
                }
                // The voter's other confirmed methods are told, so an addition nobody asked for is seen.
                let others = contact::methods(conn, voter_id)?;
                for message in method_added(&links, &language, &first_name, &method, &others, voter_id) {
                    account::queue(conn, &keys, &message, now)?;
                }
                QueryResult::Ok(method)
            })?)
        })
        .await?;
    portal.wakeup.notify_one();
    tracing::info!(kind = kind.as_str(), "contact method added");
    Ok(method)
}

/// The email with the link that confirms `address`.
fn email_confirmation(
    portal: &Portal,
    voter: &Voter,
    preferences: &Preferences,
    address: &str,
    token: &str,
) -> NewMessage {
    let language = &preferences.language;
    let link = portal.links.confirm_email(token);
    let service = portal.links.service_name();
    let hours = CONFIRMATION_HOURS.to_string();
    let email = Email::plain(
        address,
        text(language, "email-confirm-subject", &[("service", service)]),
        text(
            language,
            "email-confirm-body",
            &[("service", service), ("name", &voter.first_name), ("link", &link), ("hours", &hours)],
        ),
    );
    NewMessage {
        voter: Some(voter.id),
        kind: MessageKind::Confirmation,
        contact_method: None,
        content: Content::Email(email),
        useful_for: Duration::hours(CONFIRMATION_HOURS),
    }
}

/// The text asking the voter to reply YES.
fn sms_confirmation(portal: &Portal, voter: &Voter, preferences: &Preferences, number: &str) -> NewMessage {
    let body = text(&preferences.language, "sms-confirm", &[("service", portal.links.service_name())]);
    NewMessage {
        voter: Some(voter.id),
        kind: MessageKind::Confirmation,
        contact_method: None,
        content: Content::Sms { to: number.to_owned(), body },
        useful_for: Duration::hours(CONFIRMATION_HOURS),
    }
}

/// "A way of reaching you was added", to each of the voter's confirmed methods but `added`.
fn method_added(
    links: &Links,
    language: &str,
    first_name: &str,
    added: &Method,
    others: &[Method],
    voter: i64,
) -> Vec<NewMessage> {
    let what = described(language, added.kind, &added.address);
    let service = links.service_name();
    let link = links.home();
    others
        .iter()
        .filter(|m| m.id != added.id && m.state == MethodState::On)
        .map(|other| {
            let content = match other.kind {
                ContactKind::Email => Content::Email(Email {
                    to: other.address.clone(),
                    subject: text(language, "method-added-email-subject", &[("service", service)]),
                    body: links.with_footer(
                        language,
                        other.id,
                        text(
                            language,
                            "method-added-email-body",
                            &[("service", service), ("name", first_name), ("method", &what), ("link", &link)],
                        ),
                    ),
                    unsubscribe_url: Some(links.unsubscribe(other.id)),
                    ..Email::plain("", "", "")
                }),
                ContactKind::Sms => Content::Sms {
                    to: other.address.clone(),
                    body: text(
                        language,
                        "method-added-sms",
                        &[("service", service), ("method", &what), ("link", &link)],
                    ),
                },
                ContactKind::Voice => Content::Voice {
                    to: other.address.clone(),
                    script: text(language, "method-added-voice", &[("service", service)]),
                    language: language.to_owned(),
                },
            };
            NewMessage {
                voter: Some(voter),
                kind: MessageKind::MethodAdded,
                contact_method: Some(other.id),
                content,
                useful_for: Duration::days(2),
            }
        })
        .collect()
}

/// Sends a pending method's confirmation again (at most once a minute).
pub async fn resend(portal: &Portal, voter: &Voter, kind: ContactKind) -> Result<Method, ServiceError> {
    let voter_id = voter.id;
    let (method, preferences) = portal
        .database
        .run(DB_WAIT, move |conn| Ok((contact::method(conn, voter_id, kind)?, contact::preferences(conn, voter_id)?)))
        .await?;
    let Some(method) = method.filter(|m| m.state == MethodState::Pending) else {
        return Err(ServiceError::Conflict(Words::new("problem-nothing-to-confirm")));
    };
    let now = now(portal);
    if let Some(retry_after) = too_soon(method.confirmation_sent_at, now) {
        return Err(ServiceError::TooManyMessages { retry_after });
    }
    check_send_budget(portal, voter.id, &method.address)?;
    let token = random_token();
    let confirmation =
        (kind == ContactKind::Email).then(|| (sha256(&token), now + Duration::hours(CONFIRMATION_HOURS)));
    let message = match kind {
        ContactKind::Email => email_confirmation(portal, voter, &preferences, &method.address, &token),
        _ => sms_confirmation(portal, voter, &preferences, &method.address),
    };
    let message = NewMessage { contact_method: Some(method.id), ..message };
    let (id, keys) = (method.id, portal.session_keys.clone());
    portal
        .database
        .run(DB_WAIT, move |conn| {
            Ok(write_transaction(conn, |conn| {
                contact::renew_confirmation(conn, id, confirmation, now)?;
                account::queue(conn, &keys, &message, now)
            })?)
        })
        .await?;
    portal.wakeup.notify_one();
    Ok(method)
}

/// Removes the voter's method of `kind`; a confirmed one only with a verified session.
pub async fn remove_method(
    portal: &Portal,
    voter: &Voter,
    kind: ContactKind,
    verified: bool,
) -> Result<(), ServiceError> {
    let voter_id = voter.id;
    let method = portal.database.run(DB_WAIT, move |conn| Ok(contact::method(conn, voter_id, kind)?)).await?;
    let Some(method) = method else {
        return Err(ServiceError::NotFound(Words::new("problem-no-such-method").with("kind", kind.as_str())));
    };
    if method.state == MethodState::On && !verified {
        return Err(ServiceError::VerificationNeeded);
    }
    portal
        .database
        .run(DB_WAIT, move |conn| {
            Ok(write_transaction(conn, |conn| {
                // What still waits for the method goes nowhere now.
                account::drop_waiting(conn, account::Waiting::ForMethod(method.id))?;
                contact::delete(conn, method.id)
            })?)
        })
        .await?;
    tracing::info!(kind = kind.as_str(), "contact method removed");
    Ok(())
}

/// Sends a one-time code to the voter's confirmed method of `kind`; the masked address it went to.
pub async fn send_code(portal: &Portal, voter: &Voter, kind: ContactKind) -> Result<String, ServiceError> {
    let voter_id = voter.id;
    let (method, preferences, previous) = portal
        .database
        .run(DB_WAIT, move |conn| {
            Ok((
                contact::method(conn, voter_id, kind)?,
                contact::preferences(conn, voter_id)?,
                contact::code(conn, voter_id)?,
            ))
        })
        .await?;
    let Some(method) = method.filter(|m| m.state == MethodState::On) else {
        return Err(ServiceError::Conflict(Words::new("problem-code-to-unconfirmed")));
    };
    let now = now(portal);
    if let Some(retry_after) = too_soon(previous.map(|c| c.sent_at), now) {
        return Err(ServiceError::TooManyMessages { retry_after });
    }
    check_send_budget(portal, voter.id, &method.address)?;
    let code = format!("{:06}", rand::rng().random_range(0..1_000_000u32));
    let stored = Code {
        code_hash: portal.session_keys.keyed_hash(&[&voter.id.to_string(), &code]),
        contact_method_id: method.id,
        attempts_left: CODE_ATTEMPTS,
        sent_at: now,
        expires_at: now + Duration::minutes(CODE_MINUTES),
    };
    let language = &preferences.language;
    let service = portal.links.service_name();
    let minutes = CODE_MINUTES.to_string();
    let args = [("service", service), ("code", code.as_str()), ("minutes", minutes.as_str())];
    let content = match kind {
        ContactKind::Email => {
            let mut body_args = args.to_vec();
            body_args.push(("name", &voter.first_name));
            Content::Email(Email::plain(
                &method.address,
                text(language, "code-email-subject", &args),
                text(language, "code-email-body", &body_args),
            ))
        }
        ContactKind::Sms => Content::Sms { to: method.address.clone(), body: text(language, "code-sms", &args) },
        ContactKind::Voice => {
            // Digits read one by one.
            let spoken = code.chars().map(String::from).collect::<Vec<_>>().join(", ");
            let script = text(language, "code-voice", &[("service", service), ("spoken", &spoken)]);
            Content::Voice { to: method.address.clone(), script, language: language.clone() }
        }
    };
    let message = NewMessage {
        voter: Some(voter.id),
        kind: MessageKind::Code,
        contact_method: Some(method.id),
        content,
        useful_for: Duration::minutes(CODE_MINUTES),
    };
    let keys = portal.session_keys.clone();
    portal
        .database
        .run(DB_WAIT, move |conn| {
            Ok(write_transaction(conn, |conn| {
                contact::store_code(conn, voter_id, &stored)?;
                account::queue(conn, &keys, &message, now)
            })?)
        })
        .await?;
    portal.wakeup.notify_one();
    Ok(masked(kind, &method.address))
}

/// Checks a one-time code; a verified session token when it is right.
pub async fn verify_code(portal: &Portal, voter: &Voter, uid: &str, code: String) -> Result<String, ServiceError> {
    let voter_id = voter.id;
    let hash = portal.session_keys.keyed_hash(&[&voter.id.to_string(), &code]);
    let now = now(portal);
    let outcome = portal
        .database
        .run(DB_WAIT, move |conn| {
            Ok(write_transaction(conn, |conn| -> QueryResult<Result<(), ServiceError>> {
                let Some(stored) = contact::code(conn, voter_id)? else {
                    return Ok(Err(code_error(Words::new("field-error-code-none_waiting"))));
                };
                if stored.expires_at <= now || stored.attempts_left <= 0 {
                    contact::delete_code(conn, voter_id)?;
                    account::drop_waiting(conn, account::Waiting::Codes(voter_id))?;
                    return Ok(Err(code_error(Words::new("field-error-code-used_up"))));
                }
                if stored.code_hash != hash {
                    contact::spend_attempt(conn, voter_id)?;
                    let left = stored.attempts_left - 1;
                    return Ok(Err(code_error(if left > 0 {
                        Words::new("field-error-code-wrong").with("left", left)
                    } else {
                        Words::new("field-error-code-wrong_last")
                    })));
                }
                contact::delete_code(conn, voter_id)?;
                account::drop_waiting(conn, account::Waiting::Codes(voter_id))?;
                Ok(Ok(()))
            })?)
        })
        .await?;
    outcome?;
    tracing::info!("one-time code accepted");
    Ok(portal.session_keys.issue_verified(uid, voter.county.id, issue_time()))
}

fn code_error(why: Words) -> ServiceError {
    ServiceError::InvalidFields(vec![ballot_shared::FieldError::new("code", "not_accepted").explained(why)])
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

/// Follows an emailed confirmation link.
pub async fn confirm_email(portal: &Portal, token: String) -> Result<(), ServiceError> {
    let hash = sha256(&token);
    let at = now(portal);
    let found = portal
        .database
        .run(DB_WAIT, move |conn| Ok(write_transaction(conn, |conn| contact::confirm_email(conn, &hash, at))?))
        .await?;
    match found {
        Some((_, true)) => {
            tracing::info!("email confirmed");
            Ok(())
        }
        Some((_, false)) => {
            Err(ServiceError::Gone(Words::new("problem-confirmation-expired").with("hours", CONFIRMATION_HOURS)))
        }
        None => Err(ServiceError::NotFound(Words::new("problem-confirmation-invalid"))),
    }
}

/// Turns off the method an unsubscribe link names (no session needed: the link is the proof).
pub async fn unsubscribe(portal: &Portal, token: &str) -> Result<(), ServiceError> {
    let id = portal
        .links
        .unsubscribed_method(token)
        .ok_or_else(|| ServiceError::NotFound(Words::new("problem-unsubscribe-invalid")))?;
    let at = now(portal);
    portal
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
pub async fn inbound_sms(portal: &Portal, from: &str, body: &str) -> Result<(), ServiceError> {
    let Ok(phone) = PhoneNumber::parse(from) else {
        // Not a US number we could have texted: nothing to change, nobody to answer.
        return Ok(());
    };
    let phone = phone.e164().to_owned();
    let keyword = texts::keyword(body);
    let (number, now) = (phone.clone(), now(portal));
    let (keys, service) = (portal.session_keys.clone(), portal.links.service_name().to_owned());
    // A number that texts us over and over (an auto-responder, say) gets no more answers to HELP or
    // to other words than any address gets messages in an hour; STOP, START and YES are always
    // answered (what they change must be confirmed to the sender).
    let always_answered = matches!(keyword, Some((Keyword::Stop | Keyword::Start | Keyword::Yes, _)));
    let may_reply = always_answered || portal.message_limits.check(format!("reply:{phone}")).is_ok();
    let reply_id = portal
        .database
        .run(DB_WAIT, move |conn| {
            Ok(write_transaction(conn, |conn| {
                let (reply_id, language, county, owner) = inbound_sms_changes(conn, &number, keyword.clone(), now)?;
                if let (Some(voter), Some((Keyword::Stop, _))) = (owner, &keyword) {
                    // Nothing more goes to a number that said STOP (but the reply that says so).
                    account::drop_waiting(conn, account::Waiting::TextsTo(voter))?;
                }
                if !may_reply {
                    tracing::info!("inbound text over the message budget: not answered");
                    return QueryResult::Ok(reply_id);
                }
                let contact = county
                    .as_ref()
                    .and_then(|c| c.office_contacts(&language))
                    .unwrap_or_else(|| text(&language, "sms-help-contact", &[]));
                let body = text(&language, reply_id, &[("service", &service), ("contact", &contact)]);
                let reply = NewMessage {
                    voter: owner,
                    kind: MessageKind::KeywordReply,
                    contact_method: None,
                    content: Content::Sms { to: number.clone(), body },
                    useful_for: Duration::hours(1),
                };
                account::queue(conn, &keys, &reply, now)?;
                QueryResult::Ok(reply_id)
            })?)
        })
        .await?;
    portal.wakeup.notify_one();
    tracing::info!(reply = reply_id, "inbound text answered");
    Ok(())
}

/// The database side of an inbound text: the reply to send, in which language, and the county of
/// the number's voter (for HELP).
fn inbound_sms_changes(
    conn: &mut DbConnection,
    phone: &str,
    keyword: Option<(Keyword, String)>,
    now: NaiveDateTime,
) -> QueryResult<(&'static str, String, Option<County>, Option<i64>)> {
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
    Ok((reply, language, county, owner))
}
