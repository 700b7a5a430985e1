//! What a use-case can fail with, in the service's own terms. The HTTP layer turns each into an
//! RFC 9457 problem (`http::problem`); nothing here knows about HTTP.

use std::time::Duration;

use ballot_shared::FieldError;

/// Everything a use-case can fail with. `Display` and `Debug` go to the logs, so neither includes
/// anything the client sent (a field message may quote the date of birth typed).
#[derive(thiserror::Error)]
pub enum ServiceError {
    #[error("{} invalid field(s)", .0.len())]
    InvalidFields(Vec<FieldError>),
    #[error("malformed request body")]
    MalformedBody(String),
    #[error("unsupported content type")]
    UnsupportedMediaType { expected: &'static str },
    #[error("request body too large")]
    PayloadTooLarge { limit: usize },
    #[error("missing or invalid bearer token")]
    Unauthorized,
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// An OAuth 2.0 token-endpoint error (RFC 6749 §5.2): `error` is its code.
    #[error("token request refused: {error}")]
    OAuth { error: &'static str, description: String },
    #[error("no such county")]
    NoSuchCounty,
    #[error("no such election")]
    NoSuchElection,
    #[error("batch too large")]
    BatchTooLarge { max_rows: usize },
    #[error("voter not found")]
    VoterNotFound { registration_check_url: String },
    #[error("voter ID needed")]
    VoterIdNeeded {
        help: String,
        /// How to reach the elections office of the county the matching voters share, when known.
        county_office: Option<String>,
        county_website: Option<String>,
    },
    #[error("rate limited")]
    RateLimited { retry_after: Duration },
    #[error("too many messages")]
    TooManyMessages { retry_after: Duration },
    #[error("one-time code needed")]
    VerificationNeeded,
    #[error("not found: {title}")]
    NotFound { title: &'static str, detail: String },
    #[error("conflict: {title}")]
    Conflict { title: &'static str, detail: String },
    #[error("gone: {title}")]
    Gone { title: &'static str, detail: String },
    /// The transport did not take a message (its reason can quote the address: personal data, so not kept).
    #[error("message not sent")]
    NotSent,
    #[error("not implemented: {title}")]
    NotImplemented { title: &'static str, detail: &'static str },
    #[error("service unavailable: {0}")]
    Unavailable(&'static str),
    #[error("unexpected error: {0:#}")]
    Unexpected(#[from] anyhow::Error),
}

impl std::fmt::Debug for ServiceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::InvalidFields(errors) => {
                let codes: Vec<String> = errors.iter().map(|e| format!("{}: {}", e.field, e.code)).collect();
                write!(f, "InvalidFields({})", codes.join(", "))
            }
            Self::Unexpected(error) => write!(f, "Unexpected({error:?})"),
            other => write!(f, "{other}"),
        }
    }
}
