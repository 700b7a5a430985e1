//! Texts and voice calls through a Twilio-compatible REST API, and the signatures on its webhooks.

use base64::Engine;
use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use futures_util::future::BoxFuture;

use super::texts::call_voice;
use super::transport::{Outgoing, SendError, Tracking, Transport, not_carried};

/// A Twilio-compatible messaging and voice API.
pub struct RestProvider {
    pub client: reqwest::Client,
    /// e.g. `https://api.twilio.com`
    pub base_url: String,
    pub account: String,
    pub token: SecretString,
}

/// What the outbox keeps of a text or call (also what tests read back).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub to: String,
    pub from: String,
    pub body: String,
    pub language: String,
}

#[derive(Deserialize)]
struct Created {
    sid: String,
}

#[derive(Deserialize)]
struct ProviderError {
    code: Option<i64>,
    message: Option<String>,
}

impl Transport for RestProvider {
    fn send(&self, message: Outgoing) -> BoxFuture<'_, Result<String, SendError>> {
        Box::pin(async move {
            match message {
                Outgoing::Text { from, to, body, tracking } => {
                    self.create("Messages", vec![("To", &to), ("From", &from), ("Body", &body)], &tracking).await
                }
                Outgoing::Call { from, to, script, language, tracking } => {
                    let twiml = say_twiml(&script, &language);
                    self.create("Calls", vec![("To", &to), ("From", &from), ("Twiml", &twiml)], &tracking).await
                }
                other => Err(not_carried("the SMS and voice provider", &other)),
            }
        })
    }
}

/// Twilio's error codes that say the recipient's number cannot take our messages: not a valid
/// number (21211, 21217), not reachable (21214, 21612), not a mobile number (21614), or the
/// recipient unsubscribed with the carrier (21610).
const NUMBER_ERRORS: [i64; 6] = [21211, 21214, 21217, 21610, 21612, 21614];

/// The header that lets a provider recognise a request sent again after a failure, and create
/// the message only once (the IETF's `Idempotency-Key`).
pub const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";

impl RestProvider {
    async fn create(
        &self,
        resource: &str,
        mut form: Vec<(&str, &str)>,
        tracking: &Tracking,
    ) -> Result<String, SendError> {
        let url =
            format!("{}/2010-04-01/Accounts/{}/{resource}.json", self.base_url.trim_end_matches('/'), self.account);
        if let Some(callback) = &tracking.status_callback {
            form.push(("StatusCallback", callback));
        }
        let mut request = self.client.post(url).basic_auth(&self.account, Some(self.token.expose_secret())).form(&form);
        if let Some(key) = &tracking.idempotency_key {
            request = request.header(IDEMPOTENCY_HEADER, key);
        }
        let response =
            request.send().await.map_err(|e| SendError::Unavailable(format!("provider unreachable: {e}")))?;
        let status = response.status();
        if status.is_success() {
            let created: Created = response
                .json()
                .await
                .map_err(|e| SendError::Unavailable(format!("provider answer unreadable: {e}")))?;
            return Ok(created.sid);
        }
        let error = response.json::<ProviderError>().await.ok();
        let code = error.as_ref().and_then(|e| e.code);
        let detail = error
            .map(|e| format!("{} {}", e.code.unwrap_or_default(), e.message.unwrap_or_default()))
            .unwrap_or_default();
        // Only an error about the number itself makes the number bad; an error about our account,
        // our sender or the request (a rotated token, a suspended account) is ours to fix, and retried.
        if status == reqwest::StatusCode::BAD_REQUEST && code.is_some_and(|c| NUMBER_ERRORS.contains(&c)) {
            Err(SendError::Rejected(format!("provider refused ({status}): {detail}")))
        } else {
            Err(SendError::Unavailable(format!("provider failed ({status}): {detail}")))
        }
    }
}

/// A voice document that reads `script` in the voice calls to a voter of `language` use.
pub(crate) fn say_twiml(script: &str, language: &str) -> String {
    let spoken = call_voice(language);
    let voice = spoken.voice.map(|voice| format!(r#" voice="{voice}""#)).unwrap_or_default();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><Response><Say language="{}"{voice}>{}</Say></Response>"#,
        spoken.locale,
        quick_xml::escape::escape(script)
    )
}

/// Checks a provider webhook's `X-Twilio-Signature`: base64 of HMAC-SHA1, keyed with the account's
/// auth token, over the full URL the provider posted to followed by each form field's name and
/// value, sorted by name.
pub fn signature_valid(token: &SecretString, url: &str, form: &[(String, String)], signature: &str) -> bool {
    base64::engine::general_purpose::STANDARD
        .decode(signature.trim())
        .is_ok_and(|expected| webhook_mac(token, url, form).verify_slice(&expected).is_ok())
}

/// The signature a provider sends with a webhook (for tests and provider test doubles).
pub fn sign(token: &SecretString, url: &str, form: &[(String, String)]) -> String {
    base64::engine::general_purpose::STANDARD.encode(webhook_mac(token, url, form).finalize().into_bytes())
}

fn webhook_mac(token: &SecretString, url: &str, form: &[(String, String)]) -> Hmac<sha1::Sha1> {
    let mut fields: Vec<&(String, String)> = form.iter().collect();
    fields.sort();
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(token.expose_secret().as_bytes()).expect("HMAC takes any key");
    mac.update(url.as_bytes());
    for (name, value) in fields {
        mac.update(name.as_bytes());
        mac.update(value.as_bytes());
    }
    mac
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_verifies_only_for_its_url_fields_and_token() {
        let token: SecretString = "auth-token".into();
        let form = vec![("From".to_owned(), "+19165550123".to_owned()), ("Body".to_owned(), "YES".to_owned())];
        let url = "https://vote.example.org/api/v1/webhooks/sms/inbound";
        let signature = sign(&token, url, &form);
        assert!(signature_valid(&token, url, &form, &signature));
        assert!(!signature_valid(&"other".into(), url, &form, &signature));
        assert!(!signature_valid(&token, "https://elsewhere.example/x", &form, &signature));
        let changed = vec![form[0].clone(), ("Body".to_owned(), "STOP".to_owned())];
        assert!(!signature_valid(&token, url, &changed, &signature));
        assert!(!signature_valid(&token, url, &form, "not base64!"));
    }

    #[test]
    fn spoken_text_is_escaped() {
        assert_eq!(
            say_twiml("A & <B>", "es"),
            r#"<?xml version="1.0" encoding="UTF-8"?><Response><Say language="es-US">A &amp; &lt;B&gt;</Say></Response>"#
        );
    }
}
