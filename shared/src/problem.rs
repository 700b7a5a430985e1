//! The API's one error shape: an RFC 9457 problem document (`application/problem+json`).

use serde::{Deserialize, Serialize};

use crate::{FieldError, Vocabulary};

/// The media type of a [`Problem`].
pub const PROBLEM_JSON: &str = "application/problem+json";

/// The kinds of problem the API answers with: the `type` of a [`Problem`]. Clients (the web app
/// among them) decide what to do by this, not by the HTTP status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::EnumString, strum::VariantArray)]
pub enum ProblemType {
    /// `errors` lists every invalid field.
    #[strum(serialize = "/problems/invalid-fields")]
    InvalidFields,
    #[strum(serialize = "/problems/malformed-body")]
    MalformedBody,
    #[strum(serialize = "/problems/unsupported-media-type")]
    UnsupportedMediaType,
    #[strum(serialize = "/problems/payload-too-large")]
    PayloadTooLarge,
    /// No valid token: sign in (again).
    #[strum(serialize = "/problems/unauthorized")]
    Unauthorized,
    #[strum(serialize = "/problems/forbidden")]
    Forbidden,
    /// A token-endpoint error; `error` holds the OAuth code.
    #[strum(serialize = "/problems/oauth")]
    OAuth,
    #[strum(serialize = "/problems/no-such-county")]
    NoSuchCounty,
    #[strum(serialize = "/problems/no-such-election")]
    NoSuchElection,
    #[strum(serialize = "/problems/batch-too-large")]
    BatchTooLarge,
    /// No active registration matches the details given.
    #[strum(serialize = "/problems/voter-not-found")]
    VoterNotFound,
    /// Several voters share the details given: the voter ID tells them apart.
    #[strum(serialize = "/problems/voter-id-needed")]
    VoterIdNeeded,
    /// Too many lookups (or token requests): wait as `Retry-After` says.
    #[strum(serialize = "/problems/too-many-requests")]
    TooManyRequests,
    /// Too many confirmations or codes lately: wait as `Retry-After` says.
    #[strum(serialize = "/problems/too-many-messages")]
    TooManyMessages,
    /// The change needs a session that entered a one-time code.
    #[strum(serialize = "/problems/verification-needed")]
    VerificationNeeded,
    /// A one-time code may go only to a method confirmed before this session began, and at least
    /// the cooling-off period (a day by default) earlier; `detail` says when the chosen one may.
    #[strum(serialize = "/problems/method-too-new")]
    MethodTooNew,
    #[strum(serialize = "/problems/not-found")]
    NotFound,
    #[strum(serialize = "/problems/no-such-endpoint")]
    NoSuchEndpoint,
    #[strum(serialize = "/problems/conflict")]
    Conflict,
    /// The link or code was used up or has expired.
    #[strum(serialize = "/problems/gone")]
    Gone,
    #[strum(serialize = "/problems/unavailable")]
    Unavailable,
    /// Nothing more to say than the HTTP status.
    #[strum(serialize = "about:blank")]
    AboutBlank,
}

/// An RFC 9457 problem document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    /// Identifies the kind of problem; `about:blank` when the HTTP status says it all.
    #[serde(rename = "type")]
    #[cfg_attr(feature = "openapi", schema(example = "/problems/invalid-fields"))]
    pub problem_type: String,
    /// Short summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong this time, in plain words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Every invalid field, for `invalid-fields` problems.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    /// Where the reader can get help with this problem (e.g. check their voter registration).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help_url: Option<String>,
    /// The OAuth 2.0 error code (RFC 6749 §5.2), on token-endpoint errors only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The OAuth 2.0 error description, on token-endpoint errors only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_description: Option<String>,
}

impl Problem {
    /// A problem with no field errors and no help link.
    pub fn new(kind: ProblemType, title: &str, status: u16, detail: Option<String>) -> Self {
        Self {
            problem_type: kind.as_str().to_owned(),
            title: title.to_owned(),
            status,
            detail,
            errors: Vec::new(),
            help_url: None,
            error: None,
            error_description: None,
        }
    }

    /// The kind of problem, when it is one this API defines.
    pub fn kind(&self) -> Option<ProblemType> {
        ProblemType::parse(&self.problem_type)
    }

    /// Whether this is a problem of `kind`.
    pub fn is(&self, kind: ProblemType) -> bool {
        self.kind() == Some(kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn every_problem_type_reads_back_from_its_uri() {
        for &kind in ProblemType::all() {
            let problem = Problem::new(kind, "t", 400, None);
            assert_eq!(problem.kind(), Some(kind), "{}", kind.as_str());
            assert!(kind.as_str().starts_with("/problems/") || kind == ProblemType::AboutBlank);
        }
        let foreign = Problem {
            problem_type: "https://example.org/other".to_owned(),
            ..Problem::new(ProblemType::Gone, "t", 410, None)
        };
        assert_eq!(foreign.kind(), None);
    }
}
