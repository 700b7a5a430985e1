//! The addresses written into messages: the site, email confirmation, one-click unsubscribe and the
//! provider's delivery reports, undo links, all under the public URL voters reach. Unsubscribe
//! links carry a signed token naming the contact method and its address's nonce, so they work
//! without a session and only while the address is the one the link was sent to.

use std::sync::Arc;

use chrono::Duration;
use serde::{Deserialize, Serialize};

use crate::messaging::texts::text;
use crate::tokens::{SessionKeys, issue_time};

/// Where the SMS provider reports what became of a text or call.
pub const STATUS_WEBHOOK_PATH: &str = "/api/v1/webhooks/sms/status";
/// Audience of the tokens in unsubscribe links.
const UNSUBSCRIBE_AUDIENCE: &str = "ballot-tracker:unsubscribe";
/// How long an unsubscribe link in an email keeps working.
const UNSUBSCRIBE_DAYS: i64 = 400;

#[derive(Debug, Serialize, Deserialize)]
struct UnsubscribeClaims {
    /// The contact method id.
    sub: String,
    /// The method's link nonce when the link was made: a new address has a new one, so the link
    /// stops working once the address changes. Absent from links made before links carried it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    nonce: Option<String>,
    iss: String,
    aud: String,
    exp: i64,
}

/// Mints the links in messages.
#[derive(Clone)]
pub struct Links {
    /// Without a trailing slash.
    public_url: String,
    service_name: String,
    keys: Arc<SessionKeys>,
}

impl Links {
    pub fn new(public_url: &str, service_name: &str, keys: Arc<SessionKeys>) -> Self {
        let public_url = public_url.trim_end_matches('/').to_owned();
        Self { public_url, service_name: service_name.to_owned(), keys }
    }

    /// Where voters reach this service, without a trailing slash (webhook signatures are over it).
    pub fn public_url(&self) -> &str {
        &self.public_url
    }

    /// The service's name as messages sign it.
    pub fn service_name(&self) -> &str {
        &self.service_name
    }

    /// The site's front page.
    pub fn home(&self) -> String {
        format!("{}/", self.public_url)
    }

    pub fn confirm_email(&self, token: &str) -> String {
        format!("{}/confirm-email?token={token}", self.public_url)
    }

    /// Where the provider reports on one notification (the id is in the signed URL, so a report
    /// that comes before the provider's id is recorded still finds its message).
    pub fn status_callback(&self, notification: i64) -> String {
        format!("{}{STATUS_WEBHOOK_PATH}?notification={notification}", self.public_url)
    }

    /// The page that undoes a change to how a voter is reached (its button does it: mail scanners
    /// open links).
    pub fn undo(&self, token: &str) -> String {
        format!("{}/undo?token={token}", self.public_url)
    }

    /// The one-click unsubscribe address for a method (its id and current link nonce), for emails
    /// that are not confirmations or codes.
    pub fn unsubscribe(&self, method: i64, nonce: Option<&str>) -> String {
        let claims = UnsubscribeClaims {
            sub: method.to_string(),
            nonce: nonce.map(str::to_owned),
            iss: self.keys.issuer().to_owned(),
            aud: UNSUBSCRIBE_AUDIENCE.to_owned(),
            exp: (issue_time() + Duration::days(UNSUBSCRIBE_DAYS)).timestamp(),
        };
        format!("{}/api/v1/unsubscribe/{}", self.public_url, self.keys.encode(&claims))
    }

    /// The contact method an unsubscribe token names and the link nonce it carries, when the
    /// token is valid.
    pub fn unsubscribed_method(&self, token: &str) -> Option<(i64, Option<String>)> {
        let claims: UnsubscribeClaims = self.keys.decode(token, UNSUBSCRIBE_AUDIENCE).ok()?;
        Some((claims.sub.parse().ok()?, claims.nonce))
    }

    /// An email body with the footer that names the service and the method's unsubscribe link.
    pub fn with_footer(&self, language: &str, method: i64, nonce: Option<&str>, body: String) -> String {
        let footer = text(
            language,
            "email-footer",
            &[("service", &self.service_name), ("unsubscribe", &self.unsubscribe(method, nonce))],
        );
        format!("{body}\n\n--\n{footer}\n")
    }
}
