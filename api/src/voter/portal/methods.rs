//! Adding, confirming and removing the ways a voter is reached, and unsubscribing by link.

use ballot_shared::Vocabulary;
use ballot_shared::contact::{ContactKind, MethodState, PhoneNumber};
use chrono::Duration;
use diesel::prelude::*;

use super::messages::{email_confirmation, method_added, sms_confirmation};
use super::{CONFIRMATION_HOURS, DB_WAIT, Portal, Voter, check_send_budget, now, random_token, sha256, too_soon};
use crate::db::write_transaction;
use crate::error::{ServiceError, Words};
use crate::messaging::account_messages::{self as account, NewMessage};
use crate::voter::contact::{self, Method, NewMethod};

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
