//! A voter's requests: signing in, the portal, and texts sent to the service.

use serde_json::Value;

use super::*;

/// José O'Brien-Smith of Sacramento, the roll's plain match, and a phone number the tests give voters.
pub const JOSE: &str = "CA1001";
pub const PHONE: &str = "(916) 555-0123";
pub const PHONE_E164: &str = "+19165550123";
/// The SMS provider's auth token in tests: it signs the provider's webhooks.
pub const SMS_TOKEN: &str = "provider-auth-token";

/// A server whose SMS provider webhooks are set up (texts still go to the outbox folder).
pub async fn spawn_sms_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, |s| s.messaging.sms_auth_token = Some(SMS_TOKEN.into())).await
}

impl TestApp {
    /// Finds a voter (`POST /voter/session` with `body`, expecting a match); their session token.
    pub async fn sign_in(&self, body: Value) -> String {
        let response = self.post_voter_session(&body).await;
        assert_eq!(response.status().as_u16(), 200);
        response.json::<Value>().await.unwrap()["token"].as_str().unwrap().to_owned()
    }

    /// José's session token.
    pub async fn sign_in_jose(&self) -> String {
        self.sign_in(serde_json::json!({
            "first_name": "Jose", "last_name": "O'Brien Smith", "date_of_birth": "01-23-1980", "zip": "95814"
        }))
        .await
    }
}

/// The voter portal's requests.
impl TestApp {
    /// GETs a voter endpoint, whatever the answer.
    pub async fn voter_get_raw(&self, token: &str, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).bearer_auth(token).send().await.unwrap()
    }

    /// The state of the voter's method of `kind`, if they have one.
    pub async fn method_state_raw(&self, token: &str, kind: &str) -> Option<String> {
        let view = self.voter_get(token, "/api/v1/voter/preferences").await;
        let methods = view["methods"].as_array().unwrap().clone();
        methods.iter().find(|m| m["kind"] == kind).map(|m| m["state"].as_str().unwrap().to_owned())
    }

    /// GETs a voter endpoint and expects 200.
    pub async fn voter_get(&self, token: &str, path: &str) -> Value {
        let response = self.client.get(self.url(path)).bearer_auth(token).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 200, "{path}");
        response.json().await.unwrap()
    }

    pub async fn put_method_raw(&self, token: &str, kind: &str, address: &str) -> reqwest::Response {
        let url = self.url(&format!("/api/v1/voter/contact-methods/{kind}"));
        self.client.put(url).bearer_auth(token).json(&serde_json::json!({"address": address})).send().await.unwrap()
    }

    /// Adds or changes a method, expecting `status`; the answer's body.
    pub async fn put_method(&self, token: &str, kind: &str, address: &str, status: u16) -> Value {
        let response = self.put_method_raw(token, kind, address).await;
        assert_eq!(response.status().as_u16(), status, "PUT {kind} {address}");
        response.json().await.unwrap()
    }

    /// Asks for a pending method's confirmation again.
    pub async fn resend_confirmation(&self, token: &str, kind: &str) -> reqwest::Response {
        let url = self.url(&format!("/api/v1/voter/contact-methods/{kind}/confirmation"));
        self.client.post(url).bearer_auth(token).send().await.unwrap()
    }

    pub async fn voter_delete_raw(&self, token: &str, path: &str) -> reqwest::Response {
        self.client.delete(self.url(path)).bearer_auth(token).send().await.unwrap()
    }

    pub async fn voter_delete(&self, token: &str, path: &str, status: u16) {
        assert_eq!(self.voter_delete_raw(token, path).await.status().as_u16(), status, "DELETE {path}");
    }

    pub async fn patch_preferences(&self, token: &str, body: &Value) -> reqwest::Response {
        self.client.patch(self.url("/api/v1/voter/preferences")).bearer_auth(token).json(body).send().await.unwrap()
    }

    pub async fn confirm_email(&self, confirmation: &str) -> reqwest::Response {
        let body = serde_json::json!({"token": confirmation});
        self.client.post(self.url("/api/v1/contact-confirmations")).json(&body).send().await.unwrap()
    }

    pub async fn request_code(&self, token: &str, method: &str) -> reqwest::Response {
        let body = serde_json::json!({"method": method});
        self.client
            .post(self.url("/api/v1/voter/verification-codes"))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .unwrap()
    }

    pub async fn verify(&self, token: &str, code: &str) -> reqwest::Response {
        let body = serde_json::json!({"code": code});
        self.client.post(self.url("/api/v1/voter/verification")).bearer_auth(token).json(&body).send().await.unwrap()
    }

    /// The state of the voter's method of `kind` (`none` when there is none).
    pub async fn method_state(&self, token: &str, kind: &str) -> String {
        let preferences = self.voter_get(token, "/api/v1/voter/preferences").await;
        let methods = preferences["methods"].as_array().unwrap();
        let method = methods.iter().find(|m| m["kind"] == kind);
        method.map_or_else(|| "none".to_owned(), |m| m["state"].as_str().unwrap().to_owned())
    }

    pub async fn sms_state(&self, token: &str) -> String {
        self.method_state(token, "sms").await
    }

    /// Adds `address` as the voter's email and follows the link from the outbox.
    pub async fn confirmed_email(&self, token: &str, address: &str) {
        self.put_method(token, "email", address, 200).await;
        let mail = self
            .outbox()
            .await
            .emails_to(address)
            .into_iter()
            .rfind(|mail| mail.body.contains("/confirm-email?token="))
            .expect("a confirmation email");
        let link = mail.link_containing("/confirm-email?token=");
        let response = self.confirm_email(link.split("token=").nth(1).unwrap()).await;
        assert_eq!(response.status().as_u16(), 204);
    }

    /// Signs José in with `address` as an email he confirmed a day before this session began (so
    /// it may receive the codes that verify the session); the new session's token.
    pub async fn jose_with_trusted_email(&self, address: &str) -> String {
        let first = self.sign_in_jose().await;
        self.confirmed_email(&first, address).await;
        self.clock.advance(chrono::Duration::hours(25));
        self.sign_in_jose().await
    }

    /// A verified session of José's, by a code sent to `address` (confirmed a day before).
    pub async fn jose_verified(&self, address: &str) -> String {
        let token = self.jose_with_trusted_email(address).await;
        self.verified_by_email(token, address).await
    }

    /// `token`'s session verified by a code sent to `address`, which it may receive.
    pub async fn verified_by_email(&self, token: String, address: &str) -> String {
        assert_eq!(self.request_code(&token, "email").await.status().as_u16(), 200);
        let code = self.outbox().await.last_code_for(address);
        assert_eq!(self.verify(&token, &code).await.status().as_u16(), 200);
        token
    }

    /// `token`'s session verified by a code texted to `e164`, which it may receive.
    pub async fn verified_by_texts(&self, token: String, e164: &str) -> String {
        assert_eq!(self.request_code(&token, "sms").await.status().as_u16(), 200);
        let text = self.outbox().await.texts_to(e164).pop().expect("a code by text");
        let code: String = text["body"].as_str().unwrap().chars().filter(char::is_ascii_digit).take(6).collect();
        assert_eq!(self.verify(&token, &code).await.status().as_u16(), 200);
        token
    }

    /// Adds `number` as the voter's voice number and types the code its confirmation call read out.
    pub async fn confirmed_voice(&self, token: &str, number: &str, e164: &str) {
        self.put_method(token, "voice", number, 200).await;
        let code = self.call_code(e164).await;
        let answer = self.confirm_call_code(token, &code).await;
        assert_eq!(answer.status().as_u16(), 200);
    }

    /// Adds `number` as the voter's voice number, confirmed, where the confirmation call cannot be
    /// heard (the tests whose provider double scripts only ballot calls): the row is turned on as
    /// typing the call's code would (`confirmed_voice` does that through the API).
    pub async fn voice_confirmed_out_of_band(&self, token: &str, number: &str) {
        self.put_method(token, "voice", number, 200).await;
        self.sql("UPDATE contact_methods SET state = 'on', confirmed_at = updated_at, confirmation_hash = NULL WHERE kind = 'voice'").await;
        self.sql("UPDATE account_messages SET state = 'dropped' WHERE channel = 'voice' AND state = 'pending'").await;
    }

    /// The code the last call to `e164` read out.
    pub async fn call_code(&self, e164: &str) -> String {
        let call = self.outbox().await.calls_to(e164).pop().expect("a call");
        call["body"].as_str().unwrap().chars().filter(char::is_ascii_digit).take(6).collect()
    }

    pub async fn confirm_call_code(&self, token: &str, code: &str) -> reqwest::Response {
        self.client
            .post(self.url("/api/v1/voter/contact-methods/voice/confirmation-code"))
            .bearer_auth(token)
            .json(&serde_json::json!({ "code": code }))
            .send()
            .await
            .unwrap()
    }

    /// Posts an inbound text as the SMS provider would, signed with `token`.
    pub async fn inbound_text_signed_with(&self, token: &str, from: &str, body: &str) -> reqwest::Response {
        let url = self.url("/api/v1/webhooks/sms/inbound");
        let form: Vec<(String, String)> = [
            ("MessageSid", "SM0123456789"),
            ("AccountSid", "AC123"),
            ("From", from),
            ("To", "+19165550100"),
            ("Body", body),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        let signature = ballot_api::messaging::telephony::sign(&token.into(), &url, &form);
        self.client.post(url).header("X-Twilio-Signature", signature).form(&form).send().await.unwrap()
    }

    /// Texts `body` from `from` to the service (signed with the test token); the reply it texted back.
    pub async fn inbound_text(&self, from: &str, body: &str) -> String {
        let before = self.outbox().await.texts_to(from).len();
        let response = self.inbound_text_signed_with(SMS_TOKEN, from, body).await;
        assert_eq!(response.status().as_u16(), 200, "inbound {body:?}");
        assert_eq!(response.headers()["content-type"], "text/xml");
        let texts = self.outbox().await.texts_to(from);
        assert_eq!(texts.len(), before + 1, "exactly one reply to {body:?}");
        texts.last().unwrap()["body"].as_str().unwrap().to_owned()
    }
}
