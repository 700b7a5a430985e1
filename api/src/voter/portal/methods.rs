//! Adding, confirming and removing the ways a voter is reached, and unsubscribing by link.

use ballot_shared::Vocabulary;
use ballot_shared::contact::{ContactKind, MethodState, PhoneNumber};
use chrono::Duration;
use diesel::prelude::*;
use rand::Rng;

use super::budget::{self, Budget};
use super::changes::{self, Change, Told};
use super::messages::{call_confirmation, email_confirmation, sms_confirmation};
use super::protection;
use super::{CALL_CODE_MINUTES, CODE_ATTEMPTS, CONFIRMATION_HOURS, DB_WAIT, Portal, Voter, code_error, now, too_soon};
use crate::db::write_transaction;
use crate::error::{ServiceError, Words};
use crate::messaging::account_messages::{self as account, NewMessage};
use crate::secrets::{random_token, sha256};
use crate::voter::contact::{self, Method, NewMethod};

/// What a new confirmation is: the stored hash with its expiry, the tries a read-out code allows,
/// and the message that carries it.
struct Confirmation {
    stored: Option<(String, chrono::NaiveDateTime)>,
    tries: Option<i16>,
    message: NewMessage,
}

/// A confirmation for `address`: a link by email, a YES request by text, a code by call.
fn confirmation(
    portal: &Portal,
    voter: &Voter,
    preferences: &contact::Preferences,
    kind: ContactKind,
    address: &str,
) -> Confirmation {
    let now = now(portal);
    match kind {
        ContactKind::Email => {
            let token = random_token(32);
            Confirmation {
                stored: Some((sha256(&token), now + Duration::hours(CONFIRMATION_HOURS))),
                tries: None,
                message: email_confirmation(portal, voter, preferences, address, &token),
            }
        }
        ContactKind::Sms => {
            Confirmation { stored: None, tries: None, message: sms_confirmation(portal, voter, preferences, address) }
        }
        ContactKind::Voice => {
            let code = format!("{:06}", rand::rng().random_range(0..1_000_000u32));
            Confirmation {
                stored: Some((call_code_hash(portal, voter.id, &code), now + Duration::minutes(CALL_CODE_MINUTES))),
                tries: Some(CODE_ATTEMPTS),
                message: NewMessage { voter: Some(voter.id), ..call_confirmation(portal, preferences, address, &code) },
            }
        }
    }
}

fn call_code_hash(portal: &Portal, voter: i64, code: &str) -> String {
    portal.session_keys.keyed_hash(&["confirm-call", &voter.to_string(), code])
}

/// Adds or changes the voter's method of `kind`. It starts pending, and its confirmation goes out
/// (an email link, a text asking for YES, a call reading a code). Changing a method another
/// session set needs a verified session while the voter has a confirmed method. The voter's
/// confirmed methods are told, with an undo link.
pub async fn put_method(
    portal: &Portal,
    voter: &Voter,
    kind: ContactKind,
    address: String,
) -> Result<Method, ServiceError> {
    let (voter_id, address_for_db) = (voter.id, address.clone());
    let (methods, preferences, opted_out) = portal
        .database
        .run(DB_WAIT, move |conn| {
            Ok((
                contact::methods(conn, voter_id)?,
                contact::preferences(conn, voter_id)?,
                kind == ContactKind::Sms && contact::opted_out(conn, &address_for_db)?,
            ))
        })
        .await?;
    let existing = methods.iter().find(|m| m.kind == kind).cloned();
    if let Some(method) = &existing {
        // People type the same email address in different cases; mail reaches the same inbox.
        let same = match kind {
            ContactKind::Email => method.address.eq_ignore_ascii_case(&address),
            _ => method.address == address,
        };
        if same && matches!(method.state, MethodState::On | MethodState::Pending) {
            return Ok(method.clone());
        }
        protection::may_change_method(voter, &methods, method)?;
    }
    // Every addition sends something, so it costs budget, even when refused below (a refusal
    // that cost nothing would tell anyone which numbers said STOP).
    budget::spend(portal, &[Budget::Voter(voter.id), Budget::Address(&address)]).await?;
    if opted_out {
        let sender = PhoneNumber::parse(&portal.messenger.senders.sms)
            .map_or_else(|_| portal.messenger.senders.sms.clone(), |number| number.national());
        return Err(ServiceError::Conflict(Words::new("problem-number-stopped").with("sender", sender)));
    }
    let now = now(portal);
    let Confirmation { stored, tries, message } = confirmation(portal, voter, &preferences, kind, &address);
    let (keys, links, session) = (portal.session_keys.clone(), portal.links.clone(), voter.session.clone());
    // Changing what this session itself set is, to the voter, still the addition it was.
    let existing = existing.filter(|before| !protection::set_by_this_session(voter, before));
    let (first_name, language) = (voter.first_name.clone(), preferences.language.clone());
    let method = portal
        .database
        .run(DB_WAIT, move |conn| {
            Ok(write_transaction(conn, |conn| {
                let method = contact::put(
                    conn,
                    &NewMethod {
                        voter_record_id: voter_id,
                        kind,
                        address: &address,
                        confirmation: stored,
                        tries,
                        session: &session.id,
                        now,
                    },
                )?;
                account::queue(conn, &keys, &NewMessage { contact_method: Some(method.id), ..message }, now)?;
                let change = match &existing {
                    Some(before) => Change::Replaced { before, method: &method },
                    None => Change::Added(&method),
                };
                let told = Told {
                    voter: voter_id,
                    session: &session,
                    first_name: &first_name,
                    language: &language,
                    methods_before: &methods,
                };
                changes::record(conn, &keys, &links, &told, &change, now)?;
                QueryResult::Ok(method)
            })?)
        })
        .await?;
    portal.wakeup.notify_one();
    tracing::info!(kind = kind.as_str(), "contact method added");
    Ok(method)
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
    budget::spend(portal, &[Budget::Voter(voter.id), Budget::Address(&method.address)]).await?;
    let Confirmation { stored, tries, message } = confirmation(portal, voter, &preferences, kind, &method.address);
    let message = NewMessage { contact_method: Some(method.id), ..message };
    let (id, keys) = (method.id, portal.session_keys.clone());
    portal
        .database
        .run(DB_WAIT, move |conn| {
            Ok(write_transaction(conn, |conn| {
                contact::renew_confirmation(conn, id, stored, tries, now)?;
                account::queue(conn, &keys, &message, now)
            })?)
        })
        .await?;
    portal.wakeup.notify_one();
    Ok(method)
}

/// Confirms a pending voice number with the code its confirmation call read out. Each try is
/// spent atomically; a wrong one says how many are left.
pub async fn confirm_by_code(
    portal: &Portal,
    voter: &Voter,
    kind: ContactKind,
    code: String,
) -> Result<Method, ServiceError> {
    let voter_id = voter.id;
    let hash = call_code_hash(portal, voter.id, &code);
    let now = now(portal);
    portal
        .database
        .run(DB_WAIT, move |conn| {
            Ok(write_transaction(conn, |conn| -> QueryResult<Result<Method, ServiceError>> {
                let Some(method) = contact::method(conn, voter_id, kind)?
                    .filter(|m| m.state == MethodState::Pending && m.kind == ContactKind::Voice)
                else {
                    return Ok(Err(ServiceError::Conflict(Words::new("problem-nothing-to-confirm"))));
                };
                let Some((stored, left)) = contact::spend_confirmation_try(conn, method.id, now)? else {
                    return Ok(Err(code_error(Words::new("field-error-code-used_up"))));
                };
                if stored.as_deref() != Some(hash.as_str()) {
                    return Ok(Err(code_error(super::wrong_code(left.unwrap_or(0)))));
                }
                contact::set_state(conn, method.id, MethodState::On, now)?;
                tracing::info!("voice number confirmed");
                Ok(Ok(contact::method_by_id(conn, method.id)?.expect("just confirmed")))
            })?)
        })
        .await?
}

/// Removes the voter's method of `kind` (a method another session set needs a verified session
/// while the voter has a confirmed method). The voter's confirmed methods, the removed one
/// included, are told, with an undo link.
pub async fn remove_method(portal: &Portal, voter: &Voter, kind: ContactKind) -> Result<(), ServiceError> {
    let voter_id = voter.id;
    let (methods, preferences) = portal
        .database
        .run(DB_WAIT, move |conn| Ok((contact::methods(conn, voter_id)?, contact::preferences(conn, voter_id)?)))
        .await?;
    let Some(method) = methods.iter().find(|m| m.kind == kind).cloned() else {
        return Err(ServiceError::NotFound(Words::new("problem-no-such-method").with("kind", kind.as_str())));
    };
    protection::may_change_method(voter, &methods, &method)?;
    // Taking back what this session itself set is no news (its addition was told).
    let retracted = protection::set_by_this_session(voter, &method);
    let (keys, links, now) = (portal.session_keys.clone(), portal.links.clone(), now(portal));
    let session = voter.session.clone();
    let first_name = voter.first_name.clone();
    portal
        .database
        .run(DB_WAIT, move |conn| {
            Ok(write_transaction(conn, |conn| {
                // What still waits for the method goes nowhere now.
                account::drop_waiting(conn, account::Waiting::ForMethod(method.id))?;
                contact::delete(conn, method.id)?;
                if !retracted {
                    let told = Told {
                        voter: voter_id,
                        session: &session,
                        first_name: &first_name,
                        language: &preferences.language,
                        methods_before: &methods,
                    };
                    changes::record(conn, &keys, &links, &told, &Change::Removed(&method), now)?;
                }
                QueryResult::Ok(())
            })?)
        })
        .await?;
    portal.wakeup.notify_one();
    tracing::info!(kind = kind.as_str(), "contact method removed");
    Ok(())
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

/// Turns off the method an unsubscribe link names, while it still has the address the link was
/// sent to (no session needed: the link is the proof).
pub async fn unsubscribe(portal: &Portal, token: &str) -> Result<(), ServiceError> {
    let (id, nonce) = portal
        .links
        .unsubscribed_method(token)
        .ok_or_else(|| ServiceError::NotFound(Words::new("problem-unsubscribe-invalid")))?;
    let at = now(portal);
    let turned_off = portal
        .database
        .run(DB_WAIT, move |conn| {
            let current = contact::method_by_id(conn, id)?.filter(|m| m.link_nonce == nonce);
            if let Some(method) = &current {
                contact::set_state(conn, method.id, MethodState::Off, at)?;
            }
            Ok(current.is_some())
        })
        .await?;
    if !turned_off {
        // The address has changed since (or the method is gone): the link no longer names it.
        return Err(ServiceError::Gone(Words::new("problem-unsubscribe-outdated")));
    }
    tracing::info!("unsubscribed by link");
    Ok(())
}
