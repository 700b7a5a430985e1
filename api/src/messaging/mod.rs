//! How messages leave: email, texts and voice calls, each through its configured transport, with
//! the texts in the voter's language. The notification engine decides when; this sends.

pub mod account_messages;
pub mod email;
pub mod links;
pub mod telephony;
pub mod texts;

use std::path::Path;

use lettre::message::Mailbox;
use secrecy::SecretString;

use crate::config::MessagingSettings;
use email::{Email, Mailer};
use telephony::{RestProvider, Telephony};

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The address or number cannot receive messages (a retry will not help).
    #[error("rejected: {0}")]
    Rejected(String),
    /// The transport is down or refused for now (a retry may help).
    #[error("unavailable: {0}")]
    Unavailable(String),
}

/// Where a queued message stands (both queues of the outbox: `notifications` and
/// `account_messages`). The transitions:
///
/// - `Pending` → `Sending` when a worker takes it (or takes it over after the lease of a worker
///   that died);
/// - `Sending` → `Sent`; → `Failed` (the address cannot take messages); → `Pending` again (a
///   transport outage, due after a backoff; or outside the voter's contact hours); → `Dead` (an
///   outage on the last try); → `Dropped` (no longer worth sending: the outcome says why);
/// - `Pending` → `Dropped` too (a ballot notice made stale before any worker took it).
///
/// `Sent`, `Failed`, `Dead` and `Dropped` are final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum DeliveryState {
    Pending,
    Sending,
    Sent,
    Failed,
    Dead,
    Dropped,
}

/// Who messages come from, as voters are told to expect them.
#[derive(Debug, Clone)]
pub struct Senders {
    pub email: Mailbox,
    /// Phone number (E.164) or short code texts come from.
    pub sms: String,
    /// Phone number (E.164) calls come from.
    pub voice: String,
}

pub struct Messenger {
    mailer: Mailer,
    telephony: Telephony,
    pub senders: Senders,
    /// Verifies the SMS provider's webhooks; without it, inbound texts are refused.
    pub webhook_token: Option<SecretString>,
}

impl Messenger {
    pub fn new(settings: &MessagingSettings, data_dir: &std::path::Path) -> anyhow::Result<Self> {
        let outbox = settings.outbox_dir.clone().unwrap_or_else(|| data_dir.join("outbox"));
        let mailer = match &settings.smtp_url {
            Some(url) => Mailer::smtp(url)?,
            None => Mailer::outbox(outbox.join("email"))?,
        };
        let telephony = match (&settings.sms_api_url, &settings.sms_account, &settings.sms_auth_token) {
            (Some(base_url), Some(account), Some(token)) => Telephony::Rest(RestProvider {
                client: reqwest::Client::builder().timeout(std::time::Duration::from_secs(15)).build()?,
                base_url: base_url.clone(),
                account: account.clone(),
                token: token.clone(),
            }),
            (None, _, _) => Telephony::outbox(outbox)?,
            _ => anyhow::bail!(
                "BALLOT_TRACKER_SMS_API_URL needs BALLOT_TRACKER_SMS_ACCOUNT and BALLOT_TRACKER_SMS_AUTH_TOKEN too"
            ),
        };
        let email: Mailbox =
            settings.email_from.parse().map_err(|e| anyhow::anyhow!("BALLOT_TRACKER_EMAIL_FROM: {e}"))?;
        Ok(Self {
            mailer,
            telephony,
            senders: Senders {
                email,
                sms: settings.sms_from.clone(),
                voice: settings.voice_from.clone().unwrap_or_else(|| settings.sms_from.clone()),
            },
            webhook_token: settings.sms_auth_token.clone(),
        })
    }

    pub async fn email(&self, email: Email) -> Result<(), SendError> {
        self.mailer.send(&self.senders.email, email).await
    }

    /// A text the provider sends once however often it is asked, and reports on.
    pub async fn tracked_sms(&self, to: &str, body: &str, tracking: &Tracking) -> Result<String, SendError> {
        self.telephony.send_sms(&self.senders.sms, to, body, tracking).await
    }

    /// A call the provider places once however often it is asked, and reports on.
    pub async fn tracked_call(
        &self,
        to: &str,
        script: &str,
        language: &str,
        tracking: &Tracking,
    ) -> Result<String, SendError> {
        self.telephony.call(&self.senders.voice, to, script, language, tracking).await
    }
}

/// What lets a provider recognise a message sent again after a failure, and where it reports
/// what became of the message.
#[derive(Debug, Clone, Default)]
pub struct Tracking {
    pub idempotency_key: Option<String>,
    pub status_callback: Option<String>,
}

/// Writes one outbox file, named so that files sort in the order written; returns its id. With a
/// key, a message already written under that key is not written again (its id is returned): the
/// outbox keeps a marker per key in `.sent/`.
pub(crate) fn write_once(dir: &Path, extension: &str, key: Option<&str>, contents: &[u8]) -> Result<String, SendError> {
    let unavailable =
        |path: &Path, e: std::io::Error| SendError::Unavailable(format!("writing {}: {e}", path.display()));
    let marker = key.map(|key| {
        let safe: String = key.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).collect();
        dir.join(".sent").join(safe)
    });
    if let Some(marker) = &marker
        && let Ok(id) = std::fs::read_to_string(marker)
    {
        return Ok(id);
    }
    // The real time, not the service clock: outbox files sort in the order they were written.
    #[expect(clippy::disallowed_methods, reason = "file names sort in the order written")]
    let id = format!("{}-{}", chrono::Utc::now().format("%Y%m%dT%H%M%S%.6f"), uuid::Uuid::new_v4().simple());
    let path = dir.join(format!("{id}.{extension}"));
    std::fs::write(&path, contents).map_err(|e| unavailable(&path, e))?;
    if let Some(marker) = &marker {
        let parent = marker.parent().expect("a marker is in .sent/");
        std::fs::create_dir_all(parent).map_err(|e| unavailable(parent, e))?;
        std::fs::write(marker, &id).map_err(|e| unavailable(marker, e))?;
    }
    Ok(id)
}
