//! Every change to how a voter is reached is told to the methods they had confirmed before it (a
//! removed one included), each notice with a link that undoes the change without signing in.
//! Undo links are single-use, expire, are bound to the one change they undo, and end every
//! session of the voter (whoever made the change is signed out). A change made by a session
//! verified through a method confirmed at some time can be undone only by the links sent to
//! methods confirmed as early or earlier: the older trust wins, so a method the voter removed
//! cannot bring itself back.

use ballot_shared::Vocabulary;
use ballot_shared::contact::{ChangeKind, ContactKind, ContactWindow, MethodState};
use ballot_shared::responses::UndoneChange;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::messages::described;
use super::{DB_WAIT, Portal, now};
use crate::db::schema::account_changes;
use crate::db::{DbConnection, write_transaction};
use crate::error::{ServiceError, Words};
use crate::messaging::account_messages::{self as account, Content, MessageKind, NewMessage};
use crate::messaging::email::Email;
use crate::messaging::links::Links;
use crate::messaging::texts::{self, call_voice, sms_text, text};
use crate::secrets::{random_token, sha256};
use crate::tokens::SessionKeys;
use crate::voter::contact::{self, Method, Preferences, SavedMethod};
use crate::voter::sessions::{self, Session};

/// How long an undo link works.
pub const UNDO_DAYS: i64 = 7;

/// A change, as the use-case that made it describes it.
pub(super) enum Change<'a> {
    /// `method` is new: the voter had none of its kind.
    Added(&'a Method),
    /// `method` took the place of `before`.
    Replaced {
        before: &'a Method,
        method: &'a Method,
    },
    Removed(&'a Method),
    Preferences {
        before: &'a Preferences,
        after: &'a Preferences,
    },
}

/// What undoing a change puts back, stored as JSON with the change.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "was", rename_all = "snake_case")]
enum Previous {
    /// No method of the kind (undone: the added one is removed).
    Nothing,
    Method(SavedMethod),
    /// The preferences the change touched, as they were; `None` for those it left alone.
    Preferences {
        notifications_on: Option<bool>,
        language: Option<String>,
        contact_hours: Option<[String; 3]>,
    },
}

/// Who is told, and in which words: the voter's first name and language before the change; and
/// the session that made it.
pub(super) struct Told<'a> {
    pub voter: i64,
    pub session: &'a Session,
    pub first_name: &'a str,
    pub language: &'a str,
    /// The voter's methods before the change: the confirmed ones are told.
    pub methods_before: &'a [Method],
}

/// Records `change` and queues its notice, with the undo link, to each method the voter had
/// confirmed before it. Nothing when there was none (nobody to tell, nothing was protected).
pub(super) fn record(
    conn: &mut DbConnection,
    keys: &SessionKeys,
    links: &Links,
    told: &Told,
    change: &Change,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let recipients: Vec<&Method> = told.methods_before.iter().filter(|m| m.state == MethodState::On).collect();
    if recipients.is_empty() {
        return Ok(());
    }
    let language = told.language;
    let (kind, previous, method) = match change {
        Change::Added(method) => (ChangeKind::MethodAdded, Previous::Nothing, Some(*method)),
        Change::Replaced { before, method } => {
            (ChangeKind::MethodChanged, Previous::Method(SavedMethod::from(*before)), Some(*method))
        }
        Change::Removed(method) => (ChangeKind::MethodRemoved, Previous::Method(SavedMethod::from(*method)), None),
        Change::Preferences { before, after } => {
            (ChangeKind::PreferencesChanged, preferences_change(language, before, after).0, None)
        }
    };
    // In the voter's language, and in the language calls speak to them (English where calls
    // cannot speak theirs).
    let what =
        Said { written: what_changed(change, language), spoken: what_changed(change, call_voice(language).language) };
    let (group, previous) = (random_token(16), serde_json::to_string(&previous).expect("plain data serializes"));
    for recipient in recipients {
        // Each method told gets its own link, so the undo knows whose trust it carries.
        let token = random_token(32);
        diesel::insert_into(account_changes::table)
            .values((
                account_changes::voter_record_id.eq(told.voter),
                account_changes::kind.eq(kind),
                account_changes::previous.eq(&previous),
                account_changes::contact_method_id.eq(method.map(|m| m.id)),
                account_changes::method_nonce.eq(method.and_then(|m| m.link_nonce.clone())),
                account_changes::change_group.eq(&group),
                account_changes::session_id.eq(&told.session.id),
                account_changes::actor_trusted_since.eq(told.session.trusted_since),
                account_changes::recipient_confirmed_at.eq(recipient.confirmed_at),
                account_changes::undo_hash.eq(sha256(&token)),
                account_changes::undo_expires_at.eq(now + Duration::days(UNDO_DAYS)),
                account_changes::created_at.eq(now),
            ))
            .execute(conn)?;
        account::queue(conn, keys, &change_notice(links, told, recipient, &what, &links.undo(&token)), now)?;
    }
    Ok(())
}

/// What undoing a preferences change puts back, and the sentence that tells the change.
fn preferences_change(language: &str, before: &Preferences, after: &Preferences) -> (Previous, String) {
    let mut sentences = Vec::new();
    let notifications_on = (before.notifications_on != after.notifications_on).then(|| {
        let id = if after.notifications_on { "change-notifications-on" } else { "change-notifications-off" };
        sentences.push(text(language, id, &[]));
        before.notifications_on
    });
    let language_before = (before.language != after.language).then(|| {
        sentences.push(text(language, "change-language", &[("language", &texts::language_name(&after.language))]));
        before.language.clone()
    });
    let contact_hours = (before.contact_hours != after.contact_hours).then(|| {
        let hours = &after.contact_hours;
        let (from, until) = (hours.start().format("%H:%M").to_string(), hours.end().format("%H:%M").to_string());
        let zone = hours.time_zone().name();
        sentences.push(text(language, "change-contact-hours", &[("from", &from), ("until", &until), ("zone", zone)]));
        let hours = &before.contact_hours;
        [
            hours.start().format("%H:%M").to_string(),
            hours.end().format("%H:%M").to_string(),
            hours.time_zone().name().to_owned(),
        ]
    });
    (Previous::Preferences { notifications_on, language: language_before, contact_hours }, sentences.join(" "))
}

/// A change as its undo link finds it.
#[derive(Queryable, Selectable)]
#[diesel(table_name = account_changes)]
struct Recorded {
    voter_record_id: i64,
    kind: ChangeKind,
    previous: String,
    contact_method_id: Option<i64>,
    method_nonce: Option<String>,
    change_group: String,
    session_id: Option<String>,
    actor_trusted_since: Option<NaiveDateTime>,
    recipient_confirmed_at: Option<NaiveDateTime>,
    undo_expires_at: NaiveDateTime,
    undone_at: Option<NaiveDateTime>,
}

/// Follows an undo link: puts back what the change changed (when nothing has changed it again
/// since), ends every session of the voter, and says what was undone in `language` (else the
/// voter's own).
pub async fn undo(portal: &Portal, token: String, language: Option<String>) -> Result<UndoneChange, ServiceError> {
    let (hash, at) = (sha256(&token), now(portal));
    portal
        .database
        .run(DB_WAIT, move |conn| {
            Ok(write_transaction(conn, |conn| -> QueryResult<Result<UndoneChange, ServiceError>> {
                let found: Option<Recorded> = account_changes::table
                    .filter(account_changes::undo_hash.eq(&hash))
                    .select(Recorded::as_select())
                    .first(conn)
                    .optional()?;
                let Some(change) = found else {
                    return Ok(Err(ServiceError::NotFound(Words::new("problem-undo-invalid"))));
                };
                if change.undone_at.is_some() {
                    return Ok(Err(ServiceError::Gone(Words::new("problem-undo-used"))));
                }
                if change.undo_expires_at <= at {
                    return Ok(Err(ServiceError::Gone(Words::new("problem-undo-expired").with("days", UNDO_DAYS))));
                }
                // The older trust wins: a link to a method confirmed after the one that verified
                // the change's session cannot undo it.
                let newer = match (change.actor_trusted_since, change.recipient_confirmed_at) {
                    (Some(actor), Some(recipient)) => recipient > actor,
                    (Some(_), None) => true,
                    (None, _) => false,
                };
                if newer {
                    return Ok(Err(ServiceError::Forbidden(Words::new("problem-undo-by-newer-method"))));
                }
                // Once, for the whole change, whichever of its links comes first (a conditional
                // update: two clicks at once cannot both undo it).
                let claimed = diesel::update(
                    account_changes::table
                        .filter(account_changes::change_group.eq(&change.change_group))
                        .filter(account_changes::undone_at.is_null()),
                )
                .set(account_changes::undone_at.eq(at))
                .execute(conn)?;
                if claimed == 0 {
                    return Ok(Err(ServiceError::Gone(Words::new("problem-undo-used"))));
                }
                let voter = change.voter_record_id;
                let language = match &language {
                    Some(language) => language.clone(),
                    None => contact::preferences(conn, voter)?.language,
                };
                let previous: Previous = serde_json::from_str(&change.previous).map_err(|e| {
                    diesel::result::Error::DeserializationError(format!("account_changes.previous: {e}").into())
                })?;
                // The method the change set, while it still has the address the change set (or
                // another the same session set since).
                let target = match change.contact_method_id {
                    Some(id) => contact::method_by_id(conn, id)?.filter(|m| {
                        m.link_nonce == change.method_nonce
                            || (change.session_id.is_some() && m.added_by_session == change.session_id)
                    }),
                    None => None,
                };
                let summary = put_back(conn, voter, previous, target, &language, at)?;
                let ended = sessions::end_all(conn, voter, at)?;
                tracing::info!(kind = change.kind.as_str(), sessions_ended = ended, "account change undone");
                Ok(Ok(UndoneChange { kind: change.kind, summary }))
            })?)
        })
        .await?
}

/// Puts back what a change changed; the sentence that says what was done.
fn put_back(
    conn: &mut DbConnection,
    voter: i64,
    previous: Previous,
    target: Option<Method>,
    language: &str,
    now: NaiveDateTime,
) -> QueryResult<String> {
    let said = |id: &str, method: Option<(ContactKind, &str)>| {
        let described = method.map(|(kind, address)| described(language, kind, address)).unwrap_or_default();
        text(language, id, &[("method", &described)])
    };
    Ok(match previous {
        Previous::Nothing => match target {
            Some(method) => {
                account::drop_waiting(conn, account::Waiting::ForMethod(method.id))?;
                contact::delete(conn, method.id)?;
                said("undone-method-removed", Some((method.kind, &method.address)))
            }
            None => said("undone-nothing-to-put-back", None),
        },
        Previous::Method(saved) => {
            // Whatever took its place goes: the voter says the change was not theirs.
            if let Some(current) = contact::method(conn, voter, saved.kind)? {
                account::drop_waiting(conn, account::Waiting::ForMethod(current.id))?;
            }
            contact::restore(conn, voter, &saved, now)?;
            said("undone-method-back", Some((saved.kind, &saved.address)))
        }
        Previous::Preferences { notifications_on, language: language_before, contact_hours } => {
            let mut preferences = contact::preferences(conn, voter)?;
            if let Some(on) = notifications_on {
                preferences.notifications_on = on;
            }
            if let Some(language) = language_before {
                preferences.language = language;
            }
            if let Some([from, until, zone]) = contact_hours
                && let Ok(hours) = ContactWindow::parse(&from, &until, &zone)
            {
                preferences.contact_hours = hours;
            }
            contact::save_preferences(conn, voter, &preferences, now)?;
            said("undone-preferences", None)
        }
    })
}

/// What a change changed, in words.
fn what_changed(change: &Change, language: &str) -> String {
    match change {
        Change::Added(method) => {
            text(language, "change-method-added", &[("method", &described(language, method.kind, &method.address))])
        }
        Change::Replaced { before, method } => text(
            language,
            "change-method-replaced",
            &[
                ("old", &described(language, before.kind, &before.address)),
                ("method", &described(language, method.kind, &method.address)),
            ],
        ),
        Change::Removed(method) => {
            text(language, "change-method-removed", &[("method", &described(language, method.kind, &method.address))])
        }
        Change::Preferences { before, after } => preferences_change(language, before, after).1,
    }
}

/// A sentence in the voter's language, and the same in the language calls to them speak.
struct Said {
    written: String,
    spoken: String,
}

/// The notice of a change (`what`, in words) to one of the voter's confirmed methods, with the
/// link that undoes it (a call cannot carry a link: it says where to go).
fn change_notice(links: &Links, told: &Told, recipient: &Method, what: &Said, undo: &str) -> NewMessage {
    let (language, service) = (told.language, links.service_name());
    let days = UNDO_DAYS.to_string();
    let args =
        [("service", service), ("name", told.first_name), ("what", &*what.written), ("undo", undo), ("days", &days)];
    let content = match recipient.kind {
        ContactKind::Email => Content::Email(Email {
            to: recipient.address.clone(),
            subject: text(language, "change-email-subject", &[("service", service)]),
            body: links.with_footer(
                language,
                recipient.id,
                recipient.link_nonce.as_deref(),
                text(language, "change-email-body", &args),
            ),
            unsubscribe_url: Some(links.unsubscribe(recipient.id, recipient.link_nonce.as_deref())),
            ..Email::plain("", "", "")
        }),
        ContactKind::Sms => {
            Content::Sms { to: recipient.address.clone(), body: sms_text(language, "change-sms", &args) }
        }
        ContactKind::Voice => Content::Voice {
            to: recipient.address.clone(),
            script: text(
                call_voice(language).language,
                "change-voice",
                &[("service", service), ("what", &what.spoken), ("site", &links.home())],
            ),
            language: language.to_owned(),
        },
    };
    NewMessage {
        voter: Some(told.voter),
        kind: MessageKind::AccountChanged,
        contact_method: Some(recipient.id),
        content,
        useful_for: Duration::days(UNDO_DAYS),
    }
}
