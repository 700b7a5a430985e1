//! Email out: SMTP with lettre in production, `.eml` files in the outbox folder by default.

use std::path::PathBuf;

use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, Message, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use super::{SendError, write_once};

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

pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// Writes each message as a `.eml` file in this folder (development and small installations without mail).
    Outbox(PathBuf),
}

impl Mailer {
    /// SMTP from an `smtp://` or `smtps://` URL (host, port, TLS and credentials), e.g.
    /// `smtps://user:password@mail.example.org` or `smtp://relay.internal:25`.
    pub fn smtp(url: &str) -> anyhow::Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| anyhow::anyhow!("BALLOT_TRACKER_SMTP_URL: {e}"))?
            .build();
        Ok(Self::Smtp(transport))
    }

    /// `.eml` files in `dir` (created if missing).
    pub fn outbox(dir: PathBuf) -> anyhow::Result<Self> {
        std::fs::create_dir_all(&dir).map_err(|e| anyhow::anyhow!("creating {}: {e}", dir.display()))?;
        Ok(Self::Outbox(dir))
    }

    pub async fn send(&self, from: &Mailbox, email: Email) -> Result<(), SendError> {
        let key = email.idempotency_key.clone();
        let message = build(from, email)?;
        match self {
            Self::Smtp(smtp) => smtp.send(message).await.map(drop).map_err(|e| {
                // Only the recipient's mailbox refused for good makes the address bad; any other
                // failure (our login, our sender, the server) is ours to fix, and retried.
                let mailbox = e.status().is_some_and(|code| ["550", "551", "553"].contains(&code.to_string().as_str()));
                if e.is_permanent() && mailbox {
                    SendError::Rejected(e.to_string())
                } else {
                    SendError::Unavailable(e.to_string())
                }
            }),
            Self::Outbox(dir) => write_once(dir, "eml", key.as_deref(), &message.formatted()).map(drop),
        }
    }
}

fn build(from: &Mailbox, email: Email) -> Result<Message, SendError> {
    let to: Mailbox = email.to.parse().map_err(|_| SendError::Rejected("not an email address".to_owned()))?;
    let mut builder = Message::builder().from(from.clone()).to(to).subject(email.subject);
    if let Some(key) = &email.idempotency_key {
        let domain = from.email.domain();
        builder = builder.message_id(Some(format!("<{key}@{domain}>")));
    }
    if let Some(url) = email.unsubscribe_url {
        builder = builder
            .raw_header(HeaderValue::new(HeaderName::new_from_ascii_str("List-Unsubscribe"), format!("<{url}>")))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_owned(),
            ));
    }
    let built = match email.html {
        None => builder.header(ContentType::TEXT_PLAIN).body(email.body),
        Some(html) => builder.multipart(
            MultiPart::alternative()
                .singlepart(SinglePart::builder().header(ContentType::TEXT_PLAIN).body(email.body))
                .singlepart(SinglePart::builder().header(ContentType::TEXT_HTML).body(html)),
        ),
    };
    built.map_err(|e| SendError::Rejected(e.to_string()))
}
