//! The words of what the portal sends: confirmations and the notice of a change.

use ballot_shared::contact::ContactKind;
use chrono::Duration;

use super::{CALL_CODE_MINUTES, CONFIRMATION_HOURS, Portal, Voter, masked};
use crate::messaging::account_messages::{Content, MessageKind, NewMessage};
use crate::messaging::email::Email;
use crate::messaging::texts::{call_voice, sms_text, text};
use crate::voter::contact::Preferences;

/// A method in words: "the email address j•••@example.org".
pub(super) fn described(language: &str, kind: ContactKind, address: &str) -> String {
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
    let body = sms_text(&preferences.language, "sms-confirm", &[("service", portal.links.service_name())]);
    NewMessage {
        voter: Some(voter.id),
        kind: MessageKind::Confirmation,
        contact_method: None,
        content: Content::Sms { to: number.to_owned(), body },
        useful_for: Duration::hours(CONFIRMATION_HOURS),
    }
}

/// The call that reads out the code confirming a voice number.
pub(super) fn call_confirmation(portal: &Portal, preferences: &Preferences, number: &str, code: &str) -> NewMessage {
    let language = &preferences.language;
    // Digits read one by one, twice.
    let spoken = code.chars().map(String::from).collect::<Vec<_>>().join(", ");
    let script = text(
        call_voice(language).language,
        "voice-confirm",
        &[("service", portal.links.service_name()), ("spoken", &spoken)],
    );
    NewMessage {
        voter: None,
        kind: MessageKind::Confirmation,
        contact_method: None,
        content: Content::Voice { to: number.to_owned(), script, language: language.clone() },
        useful_for: Duration::minutes(CALL_CODE_MINUTES),
    }
}
