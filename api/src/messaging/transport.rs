//! The one way a message leaves the service: a [`Transport`]. SMTP (`email::Smtp`), a
//! Twilio-compatible REST API (`telephony::RestProvider`), files in the outbox folder
//! (`outbox_files::FileOutbox`) and, for tests, an in-memory [`Recorder`] each implement it.

use std::sync::Mutex;

use futures_util::future::BoxFuture;
use lettre::message::Mailbox;

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The address or number cannot receive messages (a retry will not help).
    #[error("rejected: {0}")]
    Rejected(String),
    /// The transport is down or refused for now (a retry may help).
    #[error("unavailable: {0}")]
    Unavailable(String),
}

/// What lets a provider recognise a message sent again after a failure, and where it reports
/// what became of the message.
#[derive(Debug, Clone, Default)]
pub struct Tracking {
    pub idempotency_key: Option<String>,
    pub status_callback: Option<String>,
}

/// One email to one voter.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// The one-click unsubscribe address (RFC 8058), for mail the voter did not just ask for.
    pub unsubscribe_url: Option<String>,
    /// The same text as HTML, sent beside the plain text.
    pub html: Option<String>,
    /// A key that stays the same when this message is sent again after a failure: it becomes the
    /// `Message-ID` (so mail programs show one copy), and the outbox writes the message once.
    pub idempotency_key: Option<String>,
}

impl Email {
    /// A plain-text email.
    pub fn plain(to: impl Into<String>, subject: impl Into<String>, body: impl Into<String>) -> Self {
        Self {
            to: to.into(),
            subject: subject.into(),
            body: body.into(),
            unsubscribe_url: None,
            html: None,
            idempotency_key: None,
        }
    }
}

/// One message on its way out.
#[derive(Debug, Clone)]
pub enum Outgoing {
    Email {
        from: Mailbox,
        email: Email,
    },
    Text {
        from: String,
        to: String,
        body: String,
        tracking: Tracking,
    },
    /// A call that reads `script` aloud in `language`.
    Call {
        from: String,
        to: String,
        script: String,
        language: String,
        tracking: Tracking,
    },
}

impl Outgoing {
    /// The channel's word: `email`, `sms` or `voice`.
    pub fn channel(&self) -> &'static str {
        match self {
            Self::Email { .. } => "email",
            Self::Text { .. } => "sms",
            Self::Call { .. } => "voice",
        }
    }
}

/// Something that carries messages out of the service.
pub trait Transport: Send + Sync {
    /// Sends `message` once (however often it is asked with the same idempotency key, where the
    /// transport can tell); the transport's id for it (empty where it gives none).
    fn send(&self, message: Outgoing) -> BoxFuture<'_, Result<String, SendError>>;
}

/// The refusal of a transport asked to carry a channel it does not (a configuration mistake, so
/// retried rather than held against the voter's address).
pub(crate) fn not_carried(transport: &str, message: &Outgoing) -> SendError {
    SendError::Unavailable(format!("{transport} does not carry {}", message.channel()))
}

/// Keeps every message in memory instead of sending it, and fails while told to: for tests.
#[derive(Default)]
pub struct Recorder {
    sent: Mutex<Vec<Outgoing>>,
    failing: Mutex<Option<String>>,
}

impl Recorder {
    /// Every message sent so far, oldest first.
    pub fn sent(&self) -> Vec<Outgoing> {
        self.sent.lock().expect("not poisoned").clone()
    }

    /// From now on, every message fails as a transport outage with `reason` (`None`: works again).
    pub fn fail_with(&self, reason: Option<&str>) {
        *self.failing.lock().expect("not poisoned") = reason.map(str::to_owned);
    }
}

impl Transport for Recorder {
    fn send(&self, message: Outgoing) -> BoxFuture<'_, Result<String, SendError>> {
        Box::pin(async move {
            if let Some(reason) = self.failing.lock().expect("not poisoned").clone() {
                return Err(SendError::Unavailable(reason));
            }
            let mut sent = self.sent.lock().expect("not poisoned");
            sent.push(message);
            Ok(format!("recorded-{}", sent.len()))
        })
    }
}
