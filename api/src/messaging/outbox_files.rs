//! Messages written as files instead of sent: how a developer, or a small installation without
//! SMTP or an SMS provider, reads them.

use std::path::{Path, PathBuf};

use futures_util::future::BoxFuture;

use super::email;
use super::telephony::OutboxEntry;
use super::transport::{Outgoing, SendError, Transport};

/// Messages as files under one folder: `email/*.eml`, `sms/*.json` and `voice/*.json` (for
/// development, and installations without SMTP or an SMS provider). A message with an idempotency
/// key is written once.
pub struct FileOutbox {
    dir: PathBuf,
}

impl FileOutbox {
    /// The outbox in `dir`, its folders created if missing.
    pub fn new(dir: PathBuf) -> anyhow::Result<Self> {
        for kind in ["email", "sms", "voice"] {
            let path = dir.join(kind);
            std::fs::create_dir_all(&path).map_err(|e| anyhow::anyhow!("creating {}: {e}", path.display()))?;
        }
        Ok(Self { dir })
    }

    fn write(&self, message: Outgoing) -> Result<String, SendError> {
        let entry = |to: String, from: String, body: String, language: String| {
            serde_json::to_vec_pretty(&OutboxEntry { to, from, body, language }).expect("plain strings serialize")
        };
        match message {
            Outgoing::Email { from, email } => {
                let key = email.idempotency_key.clone();
                let built = email::build(&from, email)?;
                write_once(&self.dir.join("email"), "eml", key.as_deref(), &built.formatted())
            }
            Outgoing::Text { from, to, body, tracking } => {
                let json = entry(to, from, body, String::new());
                write_once(&self.dir.join("sms"), "json", tracking.idempotency_key.as_deref(), &json)
            }
            Outgoing::Call { from, to, script, language, tracking } => {
                let json = entry(to, from, script, language);
                write_once(&self.dir.join("voice"), "json", tracking.idempotency_key.as_deref(), &json)
            }
        }
    }
}

impl Transport for FileOutbox {
    fn send(&self, message: Outgoing) -> BoxFuture<'_, Result<String, SendError>> {
        Box::pin(async move { self.write(message) })
    }
}

/// Writes one outbox file, named so that files sort in the order written; returns its id. With a
/// key, a message already written under that key is not written again (its id is returned): the
/// outbox keeps a marker per key in `.sent/`.
fn write_once(dir: &Path, extension: &str, key: Option<&str>, contents: &[u8]) -> Result<String, SendError> {
    let unavailable =
        |path: &Path, e: std::io::Error| SendError::Unavailable(format!("writing {}: {e}", path.display()));
    let marker = key.map(|key| {
        let safe: String = key.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).collect();
        dir.join(".sent").join(safe)
    });
    if let Some(marker) = &marker
        && let Ok(id) = std::fs::read_to_string(marker)
    {
        return Ok(id);
    }
    // The real time, not the service clock: outbox files sort in the order they were written.
    #[expect(clippy::disallowed_methods, reason = "file names sort in the order written")]
    let id = format!("{}-{}", chrono::Utc::now().format("%Y%m%dT%H%M%S%.6f"), uuid::Uuid::new_v4().simple());
    let path = dir.join(format!("{id}.{extension}"));
    std::fs::write(&path, contents).map_err(|e| unavailable(&path, e))?;
    if let Some(marker) = &marker {
        let parent = marker.parent().expect("a marker is in .sent/");
        std::fs::create_dir_all(parent).map_err(|e| unavailable(parent, e))?;
        std::fs::write(marker, &id).map_err(|e| unavailable(marker, e))?;
    }
    Ok(id)
}
