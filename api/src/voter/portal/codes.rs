//! One-time codes: sent to a method the voter trusted before the session began, they make that
//! session verified. A code works only in the session that asked for it, and each try at it is
//! spent atomically.

use ballot_shared::contact::ContactKind;
use chrono::Duration;
use diesel::prelude::*;
use rand::Rng;

use super::budget::{self, Budget};
use super::protection;
use super::{CODE_ATTEMPTS, CODE_MINUTES, DB_WAIT, Portal, Voter, code_error, masked, now, too_soon, wrong_code};
use crate::db::write_transaction;
use crate::error::{ServiceError, Words};
use crate::messaging::account_messages::{self as account, Content, MessageKind, NewMessage};
use crate::messaging::email::Email;
use crate::messaging::texts::{call_voice, sms_text, text};
use crate::voter::contact::{self, Code};
use crate::voter::sessions;

/// Sends a one-time code for the voter's session to their method of `kind`; the masked address
/// it went to.
pub async fn send_code(portal: &Portal, voter: &Voter, kind: ContactKind) -> Result<String, ServiceError> {
    let (voter_id, session) = (voter.id, voter.session.id.clone());
    let (method, preferences, previous) = portal
        .database
        .run(DB_WAIT, move |conn| {
            Ok((
                contact::method(conn, voter_id, kind)?,
                contact::preferences(conn, voter_id)?,
                contact::code(conn, &session)?,
            ))
        })
        .await?;
    let Some(method) = method else {
        return Err(ServiceError::Conflict(Words::new("problem-code-to-unconfirmed")));
    };
    let now = now(portal);
    protection::check_code_recipient(voter, &method, portal.cooling_off, now)?;
    if let Some(retry_after) = too_soon(previous.map(|c| c.sent_at), now) {
        return Err(ServiceError::TooManyMessages { retry_after });
    }
    budget::spend(portal, &[Budget::Codes(voter.id), Budget::Address(&method.address)]).await?;
    let code = format!("{:06}", rand::rng().random_range(0..1_000_000u32));
    let stored = Code {
        code_hash: code_hash(portal, voter, &code),
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
        ContactKind::Sms => Content::Sms { to: method.address.clone(), body: sms_text(language, "code-sms", &args) },
        ContactKind::Voice => {
            // Digits read one by one.
            let spoken = code.chars().map(String::from).collect::<Vec<_>>().join(", ");
            let script =
                text(call_voice(language).language, "code-voice", &[("service", service), ("spoken", &spoken)]);
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
    let (keys, session) = (portal.session_keys.clone(), voter.session.id.clone());
    portal
        .database
        .run(DB_WAIT, move |conn| {
            Ok(write_transaction(conn, |conn| {
                contact::store_code(conn, &session, voter_id, &stored)?;
                account::queue(conn, &keys, &message, now)
            })?)
        })
        .await?;
    portal.wakeup.notify_one();
    Ok(masked(kind, &method.address))
}

/// The stored form of a code: keyed to the session, so it proves nothing in another.
fn code_hash(portal: &Portal, voter: &Voter, code: &str) -> String {
    portal.session_keys.keyed_hash(&[&voter.id.to_string(), &voter.session.id, code])
}

/// Checks a one-time code; when it is right, the session is verified.
pub async fn verify_code(portal: &Portal, voter: &Voter, code: String) -> Result<(), ServiceError> {
    let (voter_id, session) = (voter.id, voter.session.id.clone());
    let hash = code_hash(portal, voter, &code);
    let now = now(portal);
    portal
        .database
        .run(DB_WAIT, move |conn| {
            Ok(write_transaction(conn, |conn| -> QueryResult<Result<(), ServiceError>> {
                let Some(waiting) = contact::code(conn, &session)? else {
                    return Ok(Err(code_error(Words::new("field-error-code-none_waiting"))));
                };
                let Some((stored, left)) = contact::spend_attempt(conn, &session, now)? else {
                    contact::delete_code(conn, &session)?;
                    return Ok(Err(code_error(Words::new("field-error-code-used_up"))));
                };
                if stored != hash {
                    return Ok(Err(code_error(wrong_code(left))));
                }
                contact::delete_code(conn, &session)?;
                account::drop_waiting(conn, account::Waiting::Codes(voter_id))?;
                let trusted_since =
                    contact::method_by_id(conn, waiting.contact_method_id)?.and_then(|m| m.confirmed_at);
                sessions::verify(conn, &session, now, trusted_since)?;
                tracing::info!(method = waiting.contact_method_id, "one-time code accepted");
                Ok(Ok(()))
            })?)
        })
        .await?
}
