//! The secret that signs tokens: from configuration in production, generated once for development.

use std::fs;
use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};
use rand::distr::{Alphanumeric, SampleString};
use secrecy::{ExposeSecret, SecretString};

const MIN_SECRET_LEN: usize = 32;
const DEV_SECRET_FILE: &str = "token-secret";

/// The configured secret, or the development one kept in `data_dir` (created on first use,
/// readable by its owner only).
pub fn token_secret(configured: Option<&SecretString>, data_dir: &Path) -> anyhow::Result<SecretString> {
    if let Some(secret) = configured {
        if secret.expose_secret().len() < MIN_SECRET_LEN {
            bail!("BALLOT_TRACKER_TOKEN_SECRET must be at least {MIN_SECRET_LEN} characters long");
        }
        return Ok(secret.clone());
    }
    let path = data_dir.join(DEV_SECRET_FILE);
    if let Ok(existing) = fs::read_to_string(&path) {
        let existing = existing.trim();
        if existing.len() >= MIN_SECRET_LEN {
            return Ok(existing.into());
        }
        bail!("{} is shorter than {MIN_SECRET_LEN} characters: delete it to generate a new one", path.display());
    }
    fs::create_dir_all(data_dir).with_context(|| format!("creating {}", data_dir.display()))?;
    let secret = Alphanumeric.sample_string(&mut rand::rng(), 64);
    let mut file = owner_only_file(&path).with_context(|| format!("creating {}", path.display()))?;
    file.write_all(secret.as_bytes())?;
    tracing::warn!(
        path = %path.display(),
        "generated a development token secret; set BALLOT_TRACKER_TOKEN_SECRET in production"
    );
    Ok(secret.into())
}

#[cfg(unix)]
fn owner_only_file(path: &Path) -> std::io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)
}

#[cfg(not(unix))]
fn owner_only_file(path: &Path) -> std::io::Result<fs::File> {
    fs::OpenOptions::new().write(true).create_new(true).open(path)
}

/// `bytes` random bytes, base64url: the secret in a link, a session id, a client secret.
pub fn random_token(bytes: usize) -> String {
    use base64::Engine;
    use rand::RngCore;
    let mut buf = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut buf);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buf)
}

/// SHA-256 of `token`, base64url: how a link's random token is stored (it has enough entropy that
/// a plain hash is enough; the token itself is never stored).
pub fn sha256(token: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(sha2::Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generates_once_then_reuses() {
        let dir = tempfile::tempdir().unwrap();
        let first = token_secret(None, dir.path()).unwrap();
        let second = token_secret(None, dir.path()).unwrap();
        assert_eq!(first.expose_secret(), second.expose_secret());
        assert_eq!(first.expose_secret().len(), 64);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(dir.path().join(DEV_SECRET_FILE)).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn configured_secret_wins_and_must_be_long() {
        let dir = tempfile::tempdir().unwrap();
        let strong: SecretString = "x".repeat(40).into();
        assert_eq!(token_secret(Some(&strong), dir.path()).unwrap().expose_secret(), strong.expose_secret());
        assert!(!dir.path().join(DEV_SECRET_FILE).exists());
        let weak: SecretString = "short".into();
        assert!(token_secret(Some(&weak), dir.path()).is_err());
    }
}
