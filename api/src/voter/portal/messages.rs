//! The words of what the portal sends: confirmations and the notice that a method was added.

use ballot_shared::contact::{ContactKind, MethodState};
use chrono::Duration;

use super::{CONFIRMATION_HOURS, Portal, Voter, masked};
use crate::messaging::account_messages::{Content, MessageKind, NewMessage};
use crate::messaging::email::Email;
use crate::messaging::links::Links;
use crate::messaging::texts::text;
use crate::voter::contact::{Method, Preferences};

fn described(language: &str, kind: ContactKind, address: &str) -> String {
    let id = match kind {
        ContactKind::Email => "method-email",
        ContactKind::Sms => "method-sms",
        ContactKind::Voice => "method-voice",
    };
    text(language, id, &[("address", &masked(kind, address))])
}

/// The email with the link that confirms `address`.
pub(super) fn email_confirmation(
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
pub(super) fn sms_confirmation(portal: &Portal, voter: &Voter, preferences: &Preferences, number: &str) -> NewMessage {
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
pub(super) fn method_added(
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
