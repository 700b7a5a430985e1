//! The API's one error shape: an RFC 9457 problem document (`application/problem+json`).

use serde::{Deserialize, Serialize};

use crate::FieldError;

/// The media type of a [`Problem`].
pub const PROBLEM_JSON: &str = "application/problem+json";

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
    pub fn new(problem_type: &str, title: &str, status: u16, detail: Option<String>) -> Self {
        Self {
            problem_type: problem_type.to_owned(),
            title: title.to_owned(),
            status,
            detail,
            errors: Vec::new(),
            help_url: None,
            error: None,
            error_description: None,
        }
    }
}
