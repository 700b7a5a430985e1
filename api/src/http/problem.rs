//! Errors as RFC 9457 problem details (`application/problem+json`), the only error shape the API returns.

use std::time::Duration;

use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::ServiceResponse;
use actix_web::error::{JsonPayloadError, UrlencodedError};
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{HttpRequest, HttpResponse, ResponseError};
pub use ballot_shared::{FieldError, PROBLEM_JSON, Problem, ProblemType};

pub use crate::error::ServiceError;
use crate::error::Words;
use crate::messaging::texts::{DEFAULT_LANGUAGE, explained, negotiate, text};

/// A problem's title and detail in `language`, from message ids `{id}-title` and `{id}-detail`.
fn localized(kind: ProblemType, status: u16, language: &str, words: &Words) -> Problem {
    let args: Vec<(&'static str, &str)> = words.args.iter().map(|(name, value)| (*name, value.as_str())).collect();
    let title = text(language, &format!("{}-title", words.id), &args);
    let detail = text(language, &format!("{}-detail", words.id), &args);
    Problem::new(kind, &title, status, Some(detail.trim().to_owned()))
}

/// The language to answer `req` in, from its `Accept-Language`.
pub fn request_language(req: &HttpRequest) -> String {
    negotiate(req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()))
}

/// Minutes to wait, as said to a person (at least one).
fn minutes(wait: Duration) -> u64 {
    wait.as_secs().div_ceil(60).max(1)
}

impl ServiceError {
    /// The problem document for this error, its words in `language`.
    pub fn problem(&self, language: &str) -> Problem {
        let status = self.status_code().as_u16();
        let problem = |kind: ProblemType, words: Words| localized(kind, status, language, &words);
        match self {
            Self::InvalidFields(errors) => Problem {
                errors: errors.iter().map(|error| explained(language, error)).collect(),
                ..problem(ProblemType::InvalidFields, Words::new("problem-invalid-fields"))
            },
            Self::MalformedBody(words) => problem(ProblemType::MalformedBody, words.clone()),
            Self::UnsupportedMediaType { expected } => problem(
                ProblemType::UnsupportedMediaType,
                Words::new("problem-unsupported-media-type").with("expected", expected),
            ),
            Self::PayloadTooLarge { limit } => {
                problem(ProblemType::PayloadTooLarge, Words::new("problem-payload-too-large").with("limit", limit))
            }
            Self::Unauthorized => problem(ProblemType::Unauthorized, Words::new("problem-unauthorized")),
            Self::StaffUnauthorized(words) => problem(ProblemType::Unauthorized, words.clone()),
            Self::SignInLocked { retry_after } => problem(
                ProblemType::TooManyRequests,
                Words::new("problem-staff-locked").with("minutes", minutes(*retry_after)),
            ),
            Self::Forbidden(words) => problem(ProblemType::Forbidden, words.clone()),
            Self::OAuth { error, description } => {
                // RFC 6749 §5.2 allows only ASCII here: the description stays in English.
                let english = localized(ProblemType::OAuth, status, DEFAULT_LANGUAGE, description);
                Problem {
                    error: Some((*error).to_owned()),
                    error_description: english.detail,
                    ..problem(ProblemType::OAuth, description.clone())
                }
            }
            Self::NoSuchCounty => problem(ProblemType::NoSuchCounty, Words::new("problem-no-such-county")),
            Self::NoSuchElection => problem(ProblemType::NoSuchElection, Words::new("problem-no-such-election")),
            Self::BatchTooLarge { max_rows } => {
                problem(ProblemType::BatchTooLarge, Words::new("problem-batch-too-large").with("rows", max_rows))
            }
            Self::VoterNotFound { registration_check_url } => Problem {
                help_url: Some(registration_check_url.clone()),
                ..problem(
                    ProblemType::VoterNotFound,
                    Words::new("problem-voter-not-found").with("url", registration_check_url),
                )
            },
            Self::VoterIdNeeded { help, county_office, county_website } => {
                let help = help.clone().unwrap_or_else(|| text(language, "problem-voter-id-help", &[]));
                let office = county_office
                    .iter()
                    .find(|(tag, _)| tag == language)
                    .or_else(|| county_office.iter().find(|(tag, _)| tag == DEFAULT_LANGUAGE))
                    .map(|(_, office)| office.clone())
                    .unwrap_or_default();
                Problem {
                    help_url: county_website.clone(),
                    ..problem(
                        ProblemType::VoterIdNeeded,
                        Words::new("problem-voter-id-needed").with("help", help).with("office", office),
                    )
                }
            }
            Self::RateLimited { retry_after } => problem(
                ProblemType::TooManyRequests,
                Words::new("problem-too-many-requests").with("minutes", minutes(*retry_after)),
            ),
            Self::TooManyMessages { retry_after } => problem(
                ProblemType::TooManyMessages,
                Words::new("problem-too-many-messages").with("minutes", minutes(*retry_after)),
            ),
            Self::VerificationNeeded => {
                problem(ProblemType::VerificationNeeded, Words::new("problem-verification-needed"))
            }
            Self::MethodTooNew { wait, cooling_off_hours } => problem(
                ProblemType::MethodTooNew,
                Words::new("problem-method-too-new")
                    .with("hours", cooling_off_hours)
                    .with("wait", wait.as_secs().div_ceil(3600).max(1)),
            ),
            Self::NotFound(words) => problem(ProblemType::NotFound, words.clone()),
            Self::Conflict(words) => problem(ProblemType::Conflict, words.clone()),
            Self::Gone(words) => problem(ProblemType::Gone, words.clone()),
            Self::Unavailable(words) => problem(ProblemType::Unavailable, words.clone()),
            Self::Unexpected(_) => problem(ProblemType::AboutBlank, Words::new("problem-unexpected")),
        }
    }
}

impl ResponseError for ServiceError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::InvalidFields(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::MalformedBody(_) => StatusCode::BAD_REQUEST,
            Self::UnsupportedMediaType { .. } => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Unauthorized | Self::StaffUnauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::SignInLocked { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::OAuth { error: "invalid_client", .. } => StatusCode::UNAUTHORIZED,
            Self::OAuth { .. } => StatusCode::BAD_REQUEST,
            Self::NoSuchCounty | Self::NoSuchElection => StatusCode::NOT_FOUND,
            Self::BatchTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Self::VoterNotFound { .. } => StatusCode::NOT_FOUND,
            Self::VoterIdNeeded { .. } => StatusCode::CONFLICT,
            Self::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::TooManyMessages { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::VerificationNeeded | Self::MethodTooNew { .. } => StatusCode::FORBIDDEN,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::Gone(_) => StatusCode::GONE,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        if let Self::Unexpected(error) = self {
            tracing::error!(error = format!("{error:#}"), "request failed");
        }
        // In the default language here; `localize_problems` rewrites it in the reader's.
        let mut response = problem_response(self.problem(DEFAULT_LANGUAGE));
        let headers = response.headers_mut();
        match self {
            Self::Unauthorized | Self::StaffUnauthorized(_) => {
                headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            }
            Self::OAuth { error, .. } => {
                if *error == "invalid_client" {
                    let challenge = HeaderValue::from_static("Basic realm=\"ballot-tracker\", charset=\"UTF-8\"");
                    headers.insert(header::WWW_AUTHENTICATE, challenge);
                }
                headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            }
            Self::RateLimited { retry_after }
            | Self::TooManyMessages { retry_after }
            | Self::SignInLocked { retry_after } => {
                let seconds = retry_after.as_secs().max(1).to_string();
                headers.insert(header::RETRY_AFTER, HeaderValue::from_str(&seconds).expect("digits"));
            }
            _ => {}
        }
        response
    }
}

pub fn problem_response(problem: Problem) -> HttpResponse<BoxBody> {
    let status = StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    HttpResponse::build(status).content_type(PROBLEM_JSON).json(problem)
}

/// Turns actix's JSON extractor failures into problems.
pub fn json_error(error: JsonPayloadError, _req: &HttpRequest) -> actix_web::Error {
    match error {
        JsonPayloadError::ContentType => ServiceError::UnsupportedMediaType { expected: "`application/json`" },
        JsonPayloadError::Overflow { limit } | JsonPayloadError::OverflowKnownLength { limit, .. } => {
            ServiceError::PayloadTooLarge { limit }
        }
        JsonPayloadError::Deserialize(e) => {
            ServiceError::MalformedBody(Words::new("problem-malformed-json").with("reason", e))
        }
        other => ServiceError::MalformedBody(Words::new("problem-unreadable-body").with("reason", other)),
    }
    .into()
}

/// Turns actix's form extractor failures into problems.
pub fn form_error(error: UrlencodedError, _req: &HttpRequest) -> actix_web::Error {
    match error {
        UrlencodedError::ContentType => {
            ServiceError::UnsupportedMediaType { expected: "`application/x-www-form-urlencoded`" }
        }
        UrlencodedError::Overflow { limit, .. } => ServiceError::PayloadTooLarge { limit },
        other => ServiceError::MalformedBody(Words::new("problem-unreadable-form").with("reason", other)),
    }
    .into()
}

/// Writes every error answer as a problem in the reader's language (`Accept-Language`): the
/// service's own errors, and those of actix itself (unknown route, wrong method), so clients parse
/// one error shape and people read their own language. Only the body changes: the status, the
/// headers (`Allow`, `Retry-After`, `WWW-Authenticate`) and the error the logs record stay.
pub fn localize_problems<B: MessageBody + 'static>(
    res: ServiceResponse<B>,
) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let language = request_language(res.request());
    let status = res.status();
    let is_problem = res.headers().get(header::CONTENT_TYPE) == Some(&HeaderValue::from_static(PROBLEM_JSON));
    let (problem, translated) = match res.response().error().and_then(|error| error.as_error::<ServiceError>()) {
        Some(error) => (error.problem(&language), true),
        None if is_problem => return Ok(ErrorHandlerResponse::Response(res.map_into_left_body())),
        None if status == StatusCode::NOT_FOUND => {
            let words = Words::new("problem-no-such-endpoint");
            (localized(ProblemType::NoSuchEndpoint, status.as_u16(), &language, &words), true)
        }
        None => {
            let reason = status.canonical_reason().unwrap_or("Error");
            (Problem::new(ProblemType::AboutBlank, reason, status.as_u16(), None), false)
        }
    };
    let body = serde_json::to_vec(&problem).map_err(actix_web::error::ErrorInternalServerError)?;
    let res = res.map_body(|head, _| {
        let headers = head.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        headers.remove(header::CONTENT_LENGTH);
        if translated {
            headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_str(&language).expect("a language tag"));
        }
        headers.append(header::VARY, HeaderValue::from_static("Accept-Language"));
        EitherBody::right(BoxBody::new(body))
    });
    Ok(ErrorHandlerResponse::Response(res))
}
