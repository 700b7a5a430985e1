//! Email: the message as voters get it, and SMTP (lettre) to send it.

use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, Message, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use futures_util::future::BoxFuture;

pub use super::transport::Email;
use super::transport::{Outgoing, SendError, Transport, not_carried};

/// Email through an SMTP server (lettre).
pub struct Smtp(AsyncSmtpTransport<Tokio1Executor>);

impl Smtp {
    /// SMTP from an `smtp://` or `smtps://` URL (host, port, TLS and credentials), e.g.
    /// `smtps://user:password@mail.example.org` or `smtp://relay.internal:25`.
    pub fn from_url(url: &str) -> anyhow::Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| anyhow::anyhow!("BALLOT_TRACKER_SMTP_URL: {e}"))?
            .build();
        Ok(Self(transport))
    }

    async fn send_email(&self, from: &Mailbox, email: Email) -> Result<String, SendError> {
        let message = build(from, email)?;
        self.0.send(message).await.map(|_| String::new()).map_err(|e| {
            // Only the recipient's mailbox refused for good makes the address bad; any other
            // failure (our login, our sender, the server) is ours to fix, and retried.
            let mailbox = e.status().is_some_and(|code| ["550", "551", "553"].contains(&code.to_string().as_str()));
            if e.is_permanent() && mailbox {
                SendError::Rejected(e.to_string())
            } else {
                SendError::Unavailable(e.to_string())
            }
        })
    }
}

impl Transport for Smtp {
    fn send(&self, message: Outgoing) -> BoxFuture<'_, Result<String, SendError>> {
        Box::pin(async move {
            match message {
                Outgoing::Email { from, email } => self.send_email(&from, email).await,
                other => Err(not_carried("SMTP", &other)),
            }
        })
    }
}

/// The email as lettre builds it: the `Message-ID` from the idempotency key, the one-click
/// unsubscribe headers, and the HTML beside the plain text.
pub(crate) fn build(from: &Mailbox, email: Email) -> Result<Message, SendError> {
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
