//! The two things a staff member proves at sign-in: a password (kept as an argon2 hash) and a
//! code from an authenticator app (TOTP, RFC 6238: 6 digits, 30-second steps, SHA-1 as every app
//! supports; the secret is kept sealed under the server's secret).

use std::sync::LazyLock;

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};
use totp_rs::{Algorithm, TOTP};

use crate::secrets::random_token;

/// Seconds per code.
const STEP_SECONDS: i64 = 30;
/// Steps before and after the current one whose code is still taken (a phone's clock drifts).
const STEPS_OF_SLACK: i64 = 1;
/// Bytes of an authenticator secret (160 bits, as RFC 4226 recommends).
const SECRET_BYTES: usize = 20;

pub fn hash_password(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default().hash_password(password.as_bytes(), &salt).expect("argon2 hashes any input").to_string()
}

/// A hash no password matches, checked when there is no account, so that a wrong email and a
/// wrong password take the same time.
static DECOY_HASH: LazyLock<String> = LazyLock::new(|| hash_password(&random_token(32)));

/// Whether `password` matches `hash`; with no hash, the same work against a decoy, and `false`.
pub fn password_matches(hash: Option<&str>, password: &str) -> bool {
    let (hash, real) = match hash {
        Some(hash) => (hash, true),
        None => (DECOY_HASH.as_str(), false),
    };
    let matches = PasswordHash::new(hash)
        .is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok());
    real && matches
}

/// A new authenticator secret.
pub fn new_secret() -> Vec<u8> {
    use rand::RngCore;
    let mut secret = vec![0u8; SECRET_BYTES];
    rand::rng().fill_bytes(&mut secret);
    secret
}

/// The authenticator for `secret`, labelled with the service's name and the person's email.
fn authenticator(secret: &[u8], service: &str, email: &str) -> Option<TOTP> {
    // The otpauth label separates issuer and account with `:`; neither may hold one.
    let service = service.replace(':', " ");
    let email = email.replace(':', " ");
    TOTP::new(Algorithm::SHA1, 6, 0, STEP_SECONDS as u64, secret.to_vec(), Some(service), email).ok()
}

/// The secret in base32 (to type into an app) and as an `otpauth://` address (for a QR code).
pub fn secret_for_app(secret: &[u8], service: &str, email: &str) -> (String, String) {
    let totp = authenticator(secret, service, email).expect("a secret of SECRET_BYTES with plain labels");
    (totp.get_secret_base32(), totp.get_url())
}

/// The 30-second step `code` belongs to, when it is the code of the step at `unix_seconds` or of
/// one step before or after it.
pub fn code_step(secret: &[u8], code: &str, unix_seconds: i64) -> Option<i64> {
    let totp = authenticator(secret, "-", "-")?;
    let now = unix_seconds.div_euclid(STEP_SECONDS);
    (now - STEPS_OF_SLACK..=now + STEPS_OF_SLACK)
        .filter(|step| *step >= 0)
        .find(|step| totp.check(code, (*step * STEP_SECONDS) as u64))
}

/// The code of the step at `unix_seconds` (what an authenticator app shows then).
pub fn code_at(secret: &[u8], unix_seconds: i64) -> String {
    authenticator(secret, "-", "-").expect("a valid secret").generate(unix_seconds.max(0) as u64)
}

/// Computes the decoy hash ahead of the first sign-in that needs it.
pub fn prepare() {
    LazyLock::force(&DECOY_HASH);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_good_for_its_step_and_the_ones_beside_it() {
        let secret = new_secret();
        let at = 1_795_000_000;
        let code = code_at(&secret, at);
        let step = at / STEP_SECONDS;
        assert_eq!(code_step(&secret, &code, at), Some(step));
        assert_eq!(code_step(&secret, &code, at + STEP_SECONDS), Some(step));
        assert_eq!(code_step(&secret, &code, at - STEP_SECONDS), Some(step));
        assert_eq!(code_step(&secret, &code, at + 2 * STEP_SECONDS), None);
        assert_eq!(code_step(&new_secret(), &code, at), None, "another secret's code");
    }

    #[test]
    fn the_rfc_6238_test_vector_holds() {
        // RFC 6238, appendix B: SHA-1, secret "12345678901234567890", T = 59 s gives 94287082 (8
        // digits); its last six are the 6-digit code.
        assert_eq!(code_at(b"12345678901234567890", 59), "287082");
    }

    #[test]
    fn passwords_match_their_hash_only() {
        let hash = hash_password("correct horse battery");
        assert!(password_matches(Some(&hash), "correct horse battery"));
        assert!(!password_matches(Some(&hash), "correct horse battery "));
        assert!(!password_matches(None, "correct horse battery"));
    }

    #[test]
    fn the_app_gets_a_base32_secret_and_an_otpauth_address() {
        let (base32, uri) = secret_for_app(&[7u8; SECRET_BYTES], "Ballot Tracker: Test", "clerk@example.gov");
        assert_eq!(base32.len(), 32);
        assert!(uri.starts_with("otpauth://totp/"), "{uri}");
        assert!(uri.contains(&base32), "{uri}");
    }
}
