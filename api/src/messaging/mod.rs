//! How messages leave: email, texts and voice calls, each through its configured [`Transport`],
//! with the texts in the voter's language. The notification engine decides when; this sends.

pub mod account_messages;
pub mod email;
pub mod links;
pub mod outbox_files;
pub mod telephony;
pub mod texts;
pub mod transport;

use std::sync::Arc;

use lettre::message::Mailbox;
use secrecy::SecretString;

use crate::config::MessagingSettings;
use email::{Email, Smtp};
use outbox_files::FileOutbox;
use telephony::RestProvider;
use transport::{Outgoing, Transport};
pub use transport::{SendError, Tracking};

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
#[derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum DeliveryState {
    Pending,
    Sending,
    Sent,
    Failed,
    Dead,
    Dropped,
    /// Part of a batch an operator must release first (`notify::holds`); no worker takes it.
    Held,
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

/// Sends each channel's messages through its transport, from the service's senders.
pub struct Messenger {
    email: Arc<dyn Transport>,
    phone: Arc<dyn Transport>,
    pub senders: Senders,
    /// Verifies the SMS provider's webhooks; without it, inbound texts are refused.
    pub webhook_token: Option<SecretString>,
}

impl Messenger {
    /// SMTP for email when its URL is set, the REST provider for texts and calls when it is set,
    /// the outbox folder otherwise; `transport` instead of all of them when given (tests).
    pub fn new(
        settings: &MessagingSettings,
        data_dir: &std::path::Path,
        transport: Option<Arc<dyn Transport>>,
    ) -> anyhow::Result<Self> {
        let outbox_dir = settings.outbox_dir.clone().unwrap_or_else(|| data_dir.join("outbox"));
        // Both channels write to one outbox folder when neither has its own transport.
        let mut files: Option<Arc<dyn Transport>> = None;
        let mut outbox = || -> anyhow::Result<Arc<dyn Transport>> {
            if files.is_none() {
                files = Some(Arc::new(FileOutbox::new(outbox_dir.clone())?));
            }
            Ok(files.clone().expect("just set"))
        };
        let email: Arc<dyn Transport> = match (&transport, &settings.smtp_url) {
            (Some(transport), _) => transport.clone(),
            (None, Some(url)) => Arc::new(Smtp::from_url(url)?),
            (None, None) => outbox()?,
        };
        let phone: Arc<dyn Transport> =
            match (&transport, &settings.sms_api_url, &settings.sms_account, &settings.sms_auth_token) {
                (Some(transport), ..) => transport.clone(),
                (None, Some(base_url), Some(account), Some(token)) => Arc::new(RestProvider {
                    client: reqwest::Client::builder().timeout(std::time::Duration::from_secs(15)).build()?,
                    base_url: base_url.clone(),
                    account: account.clone(),
                    token: token.clone(),
                }),
                (None, None, _, _) => outbox()?,
                _ => anyhow::bail!(
                    "BALLOT_TRACKER_SMS_API_URL needs BALLOT_TRACKER_SMS_ACCOUNT and BALLOT_TRACKER_SMS_AUTH_TOKEN too"
                ),
            };
        let from: Mailbox =
            settings.email_from.parse().map_err(|e| anyhow::anyhow!("BALLOT_TRACKER_EMAIL_FROM: {e}"))?;
        Ok(Self {
            email,
            phone,
            senders: Senders {
                email: from,
                sms: settings.sms_from.clone(),
                voice: settings.voice_from.clone().unwrap_or_else(|| settings.sms_from.clone()),
            },
            webhook_token: settings.sms_auth_token.clone(),
        })
    }

    pub async fn email(&self, email: Email) -> Result<(), SendError> {
        self.email.send(Outgoing::Email { from: self.senders.email.clone(), email }).await.map(drop)
    }

    /// A text the provider sends once however often it is asked, and reports on.
    pub async fn tracked_sms(&self, to: &str, body: &str, tracking: &Tracking) -> Result<String, SendError> {
        let text = Outgoing::Text {
            from: self.senders.sms.clone(),
            to: to.to_owned(),
            body: body.to_owned(),
            tracking: tracking.clone(),
        };
        self.phone.send(text).await
    }

    /// A call the provider places once however often it is asked, and reports on.
    pub async fn tracked_call(
        &self,
        to: &str,
        script: &str,
        language: &str,
        tracking: &Tracking,
    ) -> Result<String, SendError> {
        let call = Outgoing::Call {
            from: self.senders.voice.clone(),
            to: to.to_owned(),
            script: script.to_owned(),
            language: language.to_owned(),
            tracking: tracking.clone(),
        };
        self.phone.send(call).await
    }
}

ballot_shared::stored_as_words!(DeliveryState);
