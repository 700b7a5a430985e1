//! One-time codes: sent to a method the voter confirmed, they make a session verified.

use ballot_shared::contact::{ContactKind, MethodState};
use chrono::Duration;
use diesel::prelude::*;
use rand::Rng;

use super::{CODE_ATTEMPTS, CODE_MINUTES, DB_WAIT, Portal, Voter, check_send_budget, masked, now, too_soon};
use crate::db::write_transaction;
use crate::error::{ServiceError, Words};
use crate::messaging::account_messages::{self as account, Content, MessageKind, NewMessage};
use crate::messaging::email::Email;
use crate::messaging::texts::text;
use crate::tokens::issue_time;
use crate::voter::contact::{self, Code};

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
