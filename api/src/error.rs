//! What a use-case can fail with, in the service's own terms. The HTTP layer turns each into an
//! RFC 9457 problem (`http::problem`); nothing here knows about HTTP.

use std::time::Duration;

use ballot_shared::FieldError;

pub use ballot_shared::Words;

/// Everything a use-case can fail with. `Display` and `Debug` go to the logs, so neither includes
/// anything the client sent (a field message may quote the date of birth typed). The words each
/// variant shows a reader are in the Fluent files under `problem-…` ids.
#[derive(thiserror::Error)]
pub enum ServiceError {
    #[error("{} invalid field(s)", .0.len())]
    InvalidFields(Vec<FieldError>),
    #[error("malformed request body: {}", .0.id)]
    MalformedBody(Words),
    #[error("unsupported content type")]
    UnsupportedMediaType { expected: &'static str },
    #[error("request body too large")]
    PayloadTooLarge { limit: usize },
    #[error("missing or invalid bearer token")]
    Unauthorized,
    /// A staff sign-in refused (wrong email, password or code), or a staff session that has ended.
    #[error("staff sign-in needed: {}", .0.id)]
    StaffUnauthorized(Words),
    /// Too many failed sign-ins for this email lately.
    #[error("staff sign-in locked")]
    SignInLocked { retry_after: Duration },
    #[error("forbidden: {}", .0.id)]
    Forbidden(Words),
    /// An OAuth 2.0 token-endpoint error (RFC 6749 §5.2): `error` is its code.
    #[error("token request refused: {error}")]
    OAuth { error: &'static str, description: Words },
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
        /// The installation's own words on finding one's voter ID, when it set them.
        help: Option<String>,
        /// How to reach the elections office of the county the matching voters share, when known:
        /// one sentence per language tag.
        county_office: Vec<(String, String)>,
        county_website: Option<String>,
    },
    #[error("rate limited")]
    RateLimited { retry_after: Duration },
    #[error("too many messages")]
    TooManyMessages { retry_after: Duration },
    #[error("one-time code needed")]
    VerificationNeeded,
    /// The method cannot receive codes yet: a session started `wait` from now may use it.
    #[error("method confirmed too recently to verify this session")]
    MethodTooNew { wait: Duration, cooling_off_hours: i64 },
    #[error("not found: {}", .0.id)]
    NotFound(Words),
    #[error("conflict: {}", .0.id)]
    Conflict(Words),
    #[error("gone: {}", .0.id)]
    Gone(Words),
    #[error("service unavailable: {}", .0.id)]
    Unavailable(Words),
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
