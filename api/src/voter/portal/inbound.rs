//! Texts voters (or anyone) send to our number: STOP, START, YES, HELP, and the reply to each.

use ballot_shared::contact::PhoneNumber;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::budget::{self, Budget};
use super::{CONFIRMATION_HOURS, DB_WAIT, Portal, now};
use crate::county::{self, County};
use crate::db::schema::voter_records;
use crate::db::{DbConnection, write_transaction};
use crate::error::ServiceError;
use crate::messaging::account_messages::{self as account, Content, MessageKind, NewMessage};
use crate::messaging::texts::{self, Keyword, sms_text, text};
use crate::voter::contact::{self};

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
    let may_reply = always_answered || budget::spend(portal, &[Budget::Replies(&phone)]).await.is_ok();
    let reply_id = portal
        .database
        .run(DB_WAIT, move |conn| {
            Ok(write_transaction(conn, |conn| {
                let (reply_id, language, county, owner) = inbound_sms_changes(conn, &number, keyword.clone(), now)?;
                if !may_reply {
                    tracing::info!("inbound text over the message budget: not answered");
                    return QueryResult::Ok(reply_id);
                }
                let contact = county
                    .as_ref()
                    .and_then(|c| c.office_contacts(&language))
                    .unwrap_or_else(|| text(&language, "sms-help-contact", &[]));
                let body = sms_text(&language, reply_id, &[("service", &service), ("contact", &contact)]);
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
    let mut owner = methods.first().map(|m| m.voter_record_id);
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
            // Nothing more goes to a number that said STOP (but the reply that says so).
            for method in &methods {
                account::drop_waiting(conn, account::Waiting::TextsTo(method.voter_record_id))?;
            }
            "sms-stopped"
        }
        Some(Keyword::Yes) => {
            // YES answers one request: the newest still fresh. Others to the number stay pending.
            // Without one it is an "OK" to some text, not consent: it neither lifts a STOP nor
            // restarts texts (START does).
            let fresh_since = now - Duration::hours(CONFIRMATION_HOURS);
            match contact::confirm_newest_sms(conn, phone, fresh_since, now)? {
                Some(voter) => {
                    contact::clear_opt_out(conn, phone)?;
                    owner = Some(voter);
                    "sms-confirmed"
                }
                None => "sms-help",
            }
        }
        Some(Keyword::Start) => {
            contact::clear_opt_out(conn, phone)?;
            contact::restart_sms(conn, phone, now)?;
            if methods.is_empty() { "sms-help" } else { "sms-started" }
        }
        Some(Keyword::Help) | None => "sms-help",
    };
    Ok((reply, language, county, owner))
}
