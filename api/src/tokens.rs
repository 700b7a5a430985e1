//! Signed tokens. Voter sessions are short-lived JWTs (HS256, pinned) that name an opaque voter id,
//! the county and the server-side session (which can be ended before the token expires), nothing
//! else; county tokens and the links in messages are signed with the same keys. Signature,
//! algorithm, issuer, audience and expiry are checked on every use.

use chrono::{DateTime, Duration, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use crate::clock::Clock;

/// The time tokens are issued at: the system's, not the service clock's, because their expiry is
/// checked against the system time (a test's clock must not make them expired or everlasting).
pub fn issue_time() -> DateTime<Utc> {
    Clock::system().now()
}

/// Who voter tokens are for; a token minted for anything else is refused.
pub const VOTER_AUDIENCE: &str = "ballot-tracker:voter";
const ALGORITHM: Algorithm = Algorithm::HS256;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoterClaims {
    /// The voter's opaque id (not the state voter ID).
    pub sub: String,
    /// The voter's county number.
    pub county: i16,
    pub iss: String,
    pub aud: String,
    pub iat: i64,
    pub exp: i64,
    /// The session's id in `voter_sessions`: ended there (signing out everywhere, an undo link),
    /// the token is refused at once. Whether the session is verified is kept there too.
    pub sid: String,
}

pub struct SessionKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    issuer: String,
    lifetime: Duration,
    /// Keys the HMAC that stores one-time codes (so a copy of the database does not reveal them).
    mac_key: SecretString,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SessionError {
    #[error("no bearer token")]
    Missing,
    #[error("token refused: {0}")]
    Invalid(String),
}

impl SessionKeys {
    pub fn new(secret: &SecretString, issuer: &str, lifetime: Duration) -> Self {
        let bytes = secret.expose_secret().as_bytes();
        Self {
            encoding: EncodingKey::from_secret(bytes),
            decoding: DecodingKey::from_secret(bytes),
            issuer: issuer.to_owned(),
            lifetime,
            mac_key: secret.clone(),
        }
    }

    pub fn lifetime(&self) -> Duration {
        self.lifetime
    }

    /// A token for the voter's session `sid`, valid from `now` for the configured lifetime.
    pub fn issue(&self, voter_uid: &str, county: i16, sid: &str, now: DateTime<Utc>) -> String {
        self.encode(&VoterClaims {
            sub: voter_uid.to_owned(),
            county,
            iss: self.issuer.clone(),
            aud: VOTER_AUDIENCE.to_owned(),
            iat: now.timestamp(),
            exp: (now + self.lifetime).timestamp(),
            sid: sid.to_owned(),
        })
    }

    /// HMAC-SHA-256 of `parts` under the server's secret, base64url: for values that are stored
    /// only to be compared (one-time codes).
    pub fn keyed_hash(&self, parts: &[&str]) -> String {
        use base64::Engine;
        use hmac::Mac;
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(self.mac_key.expose_secret().as_bytes())
            .expect("HMAC takes any key");
        for part in parts {
            mac.update(part.as_bytes());
            mac.update(&[0]);
        }
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
    }

    /// `plain` encrypted and authenticated (AES-256-GCM, a key derived from the server's secret,
    /// a random nonce), base64url: for what must wait in the database but not be read from a copy
    /// of it (a one-time code in a queued message).
    pub fn seal(&self, plain: &[u8]) -> String {
        use aes_gcm::aead::{Aead, KeyInit};
        use base64::Engine;
        use rand::Rng;
        let nonce: [u8; 12] = rand::rng().random();
        let cipher = aes_gcm::Aes256Gcm::new(&self.sealing_key().into());
        let sealed = cipher.encrypt(&nonce.into(), plain).expect("AES-GCM encrypts any length we write");
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode([nonce.as_slice(), &sealed].concat())
    }

    /// What [`SessionKeys::seal`] sealed under the same secret; `None` when it was not, or was changed.
    pub fn open(&self, sealed: &str) -> Option<Vec<u8>> {
        use aes_gcm::aead::{Aead, KeyInit};
        use base64::Engine;
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(sealed).ok()?;
        let (nonce, sealed) = bytes.split_at_checked(12)?;
        let nonce: [u8; 12] = nonce.try_into().ok()?;
        let cipher = aes_gcm::Aes256Gcm::new(&self.sealing_key().into());
        cipher.decrypt(&nonce.into(), sealed).ok()
    }

    fn sealing_key(&self) -> [u8; 32] {
        self.derived_key(b"ballot-tracker sealed outbox content v1")
    }

    /// A key for one use, derived from the server's secret.
    fn derived_key(&self, purpose: &[u8]) -> [u8; 32] {
        use hmac::Mac;
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(self.mac_key.expose_secret().as_bytes())
            .expect("HMAC takes any key");
        mac.update(purpose);
        mac.finalize().into_bytes().into()
    }

    /// `plain` sealed for one `owner` (an account id) under a key of its own `purpose`: it opens
    /// only with the same purpose and owner, so a sealed value copied to another row is useless.
    pub fn seal_for(&self, purpose: &str, owner: i64, plain: &[u8]) -> String {
        use aes_gcm::aead::{Aead, KeyInit, Payload};
        use base64::Engine;
        use rand::Rng;
        let nonce: [u8; 12] = rand::rng().random();
        let cipher = aes_gcm::Aes256Gcm::new(&self.derived_key(purpose.as_bytes()).into());
        let owner = owner.to_be_bytes();
        let sealed = cipher
            .encrypt(&nonce.into(), Payload { msg: plain, aad: &owner })
            .expect("AES-GCM encrypts any length we write");
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode([nonce.as_slice(), &sealed].concat())
    }

    /// What [`SessionKeys::seal_for`] sealed for the same purpose and owner; `None` otherwise.
    pub fn open_for(&self, purpose: &str, owner: i64, sealed: &str) -> Option<Vec<u8>> {
        use aes_gcm::aead::{Aead, KeyInit, Payload};
        use base64::Engine;
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(sealed).ok()?;
        let (nonce, sealed) = bytes.split_at_checked(12)?;
        let nonce: [u8; 12] = nonce.try_into().ok()?;
        let cipher = aes_gcm::Aes256Gcm::new(&self.derived_key(purpose.as_bytes()).into());
        cipher.decrypt(&nonce.into(), Payload { msg: sealed, aad: &owner.to_be_bytes() }).ok()
    }

    pub fn verify(&self, token: &str) -> Result<VoterClaims, SessionError> {
        self.decode(token, VOTER_AUDIENCE)
    }

    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    /// Signs any claims with the pinned algorithm (for tokens other than voter sessions).
    pub fn encode<T: Serialize>(&self, claims: &T) -> String {
        jsonwebtoken::encode(&Header::new(ALGORITHM), claims, &self.encoding).expect("HS256 signing cannot fail")
    }

    /// Checks signature (pinned algorithm: `alg: none` and every other algorithm are refused),
    /// expiry, issuer and `audience`, then reads the claims.
    pub fn decode<T: serde::de::DeserializeOwned>(&self, token: &str, audience: &str) -> Result<T, SessionError> {
        let mut validation = Validation::new(ALGORITHM);
        validation.set_audience(&[audience]);
        validation.set_issuer(&[&self.issuer]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = 5;
        jsonwebtoken::decode::<T>(token, &self.decoding, &validation)
            .map(|data| data.claims)
            .map_err(|e| SessionError::Invalid(format!("{:?}", e.kind())))
    }
}

#[cfg(test)]
#[expect(clippy::disallowed_methods, reason = "token expiry is checked against the system time")]
mod tests {
    use super::*;

    fn keys(secret: &str) -> SessionKeys {
        SessionKeys::new(&secret.repeat(4).into(), "test-issuer", Duration::minutes(30))
    }

    #[test]
    fn sealed_content_opens_only_under_the_same_secret_and_unchanged() {
        let keys = keys("k3y-material");
        let sealed = keys.seal(b"code 123456");
        assert!(!sealed.contains("123456"));
        assert_eq!(keys.open(&sealed).as_deref(), Some(b"code 123456".as_slice()));
        assert_ne!(keys.seal(b"code 123456"), sealed, "a fresh nonce each time");
        assert_eq!(super::tests::keys("another-key!").open(&sealed), None);
        let mut tampered = sealed.clone().into_bytes();
        let last = tampered.len() - 2;
        tampered[last] = if tampered[last] == b'A' { b'B' } else { b'A' };
        assert_eq!(keys.open(&String::from_utf8(tampered).unwrap()), None);
        assert_eq!(keys.open("short"), None);
    }

    #[test]
    fn a_value_sealed_for_an_owner_opens_for_that_owner_and_purpose_only() {
        let keys = keys("k3y-material");
        let sealed = keys.seal_for("staff-totp", 7, b"secret");
        assert_eq!(keys.open_for("staff-totp", 7, &sealed).as_deref(), Some(b"secret".as_slice()));
        assert_eq!(keys.open_for("staff-totp", 8, &sealed), None, "another account's row");
        assert_eq!(keys.open_for("other", 7, &sealed), None, "another purpose");
        assert_eq!(keys.open(&sealed), None, "the outbox's key");
    }

    #[test]
    fn a_fresh_token_verifies_and_carries_only_the_id_and_county() {
        let keys = keys("k3y-material");
        let token = keys.issue("uid-1", 34, "sid-1", Utc::now());
        let claims = keys.verify(&token).unwrap();
        assert_eq!((claims.sub.as_str(), claims.county), ("uid-1", 34));
        assert_eq!(claims.aud, VOTER_AUDIENCE);
    }

    #[test]
    fn expired_foreign_or_unsigned_tokens_are_refused() {
        let keys = keys("k3y-material");
        let expired = keys.issue("uid-1", 34, "sid-1", Utc::now() - Duration::hours(2));
        assert!(keys.verify(&expired).is_err());
        let other_key = super::tests::keys("another-key!").issue("uid-1", 34, "sid-1", Utc::now());
        assert!(keys.verify(&other_key).is_err());
        let wrong_issuer = SessionKeys::new(&"k3y-material".repeat(4).into(), "someone-else", Duration::minutes(30))
            .issue("uid-1", 34, "sid-1", Utc::now());
        assert!(keys.verify(&wrong_issuer).is_err());
    }
}
