//! Errors as RFC 9457 problem details (`application/problem+json`), the only error shape the API returns.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::ServiceResponse;
use actix_web::error::{JsonPayloadError, UrlencodedError};
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{HttpRequest, HttpResponse, ResponseError};
pub use ballot_shared::{FieldError, PROBLEM_JSON, Problem, ProblemType};

pub use crate::error::ServiceError;

impl ServiceError {
    fn problem(&self) -> Problem {
        let status = self.status_code().as_u16();
        let problem = |kind: ProblemType, title: &str, detail: String| Problem::new(kind, title, status, Some(detail));
        match self {
            Self::InvalidFields(errors) => Problem {
                errors: errors.clone(),
                ..problem(
                    ProblemType::InvalidFields,
                    "Some fields are not filled in correctly",
                    "Correct the fields listed in `errors` and send the request again.".to_owned(),
                )
            },
            Self::MalformedBody(reason) => {
                problem(ProblemType::MalformedBody, "The request body could not be read", reason.clone())
            }
            Self::UnsupportedMediaType { expected } => problem(
                ProblemType::UnsupportedMediaType,
                "Unsupported content type",
                format!("Send the request body as {expected}, with the matching `Content-Type`."),
            ),
            Self::PayloadTooLarge { limit } => problem(
                ProblemType::PayloadTooLarge,
                "The request body is too large",
                format!("This endpoint accepts at most {limit} bytes."),
            ),
            Self::Unauthorized => problem(
                ProblemType::Unauthorized,
                "Please sign in again",
                "Your session has ended or is not valid. Look yourself up again to continue.".to_owned(),
            ),
            Self::Forbidden(detail) => problem(ProblemType::Forbidden, "Not allowed", detail.clone()),
            Self::OAuth { error, description } => Problem {
                error: Some((*error).to_owned()),
                error_description: Some(description.clone()),
                ..problem(ProblemType::OAuth, "The token request was refused", description.clone())
            },
            Self::NoSuchCounty => problem(
                ProblemType::NoSuchCounty,
                "No such county",
                "Counties are numbered 01 (Alameda) to 58 (Yuba).".to_owned(),
            ),
            Self::NoSuchElection => problem(
                ProblemType::NoSuchElection,
                "No such election",
                "This county holds no election with this id.".to_owned(),
            ),
            Self::BatchTooLarge { max_rows } => problem(
                ProblemType::BatchTooLarge,
                "The batch is too large",
                format!("Send at most {max_rows} rows per request; split larger batches."),
            ),
            Self::VoterNotFound { registration_check_url } => Problem {
                help_url: Some(registration_check_url.clone()),
                ..problem(
                    ProblemType::VoterNotFound,
                    "We could not find you on the voter roll",
                    format!(
                        "Check that your first name, last name, date of birth and ZIP code are typed exactly as on \
                         your voter registration. If you registered or changed your registration in the last few \
                         days, it may not have reached us yet: try again later. You can check your registration at \
                         {registration_check_url}."
                    ),
                )
            },
            Self::VoterIdNeeded { help, county_office, county_website } => Problem {
                help_url: county_website.clone(),
                ..problem(
                    ProblemType::VoterIdNeeded,
                    "Your voter ID is needed",
                    format!(
                        "More than one registered voter has these details. Add your voter ID so we can tell you \
                         apart. {help}{}",
                        county_office.as_ref().map(|office| format!(" {office}")).unwrap_or_default()
                    ),
                )
            },
            Self::RateLimited { retry_after } => problem(
                ProblemType::TooManyRequests,
                "Too many attempts",
                format!(
                    "For everyone's privacy, lookups are limited. Try again in {} minute(s).",
                    retry_after.as_secs().div_ceil(60).max(1)
                ),
            ),
            Self::TooManyMessages { retry_after } => problem(
                ProblemType::TooManyMessages,
                "Too many messages for now",
                format!(
                    "We limit how many confirmations and codes we send, so no one can flood an inbox or a phone. \
                     Try again in {} minute(s).",
                    retry_after.as_secs().div_ceil(60).max(1)
                ),
            ),
            Self::VerificationNeeded => problem(
                ProblemType::VerificationNeeded,
                "Enter the code we send you first",
                "To turn off notifications, or to change or remove a way of reaching you that you already \
                 confirmed, ask for a one-time code: we send it to one of your confirmed contact methods. Your \
                 name, date of birth and ZIP code are public record, so they alone cannot protect these changes."
                    .to_owned(),
            ),
            Self::NotFound { title, detail } => problem(ProblemType::NotFound, title, detail.clone()),
            Self::Conflict { title, detail } => problem(ProblemType::Conflict, title, detail.clone()),
            Self::Gone { title, detail } => problem(ProblemType::Gone, title, detail.clone()),
            Self::NotSent => problem(
                ProblemType::MessageNotSent,
                "We could not send the message",
                "Our email or text provider did not take the message. Nothing was lost: try again in a few minutes."
                    .to_owned(),
            ),
            Self::NotImplemented { title, detail } => problem(ProblemType::NotImplemented, title, (*detail).to_owned()),
            Self::Unavailable(what) => problem(
                ProblemType::Unavailable,
                "The service is temporarily unavailable",
                format!("{what} Try again in a few minutes."),
            ),
            Self::Unexpected(_) => problem(
                ProblemType::AboutBlank,
                "Internal Server Error",
                "Something went wrong on our side. Try again in a few minutes.".to_owned(),
            ),
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
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::OAuth { error: "invalid_client", .. } => StatusCode::UNAUTHORIZED,
            Self::OAuth { .. } => StatusCode::BAD_REQUEST,
            Self::NoSuchCounty | Self::NoSuchElection => StatusCode::NOT_FOUND,
            Self::BatchTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Self::VoterNotFound { .. } => StatusCode::NOT_FOUND,
            Self::VoterIdNeeded { .. } => StatusCode::CONFLICT,
            Self::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::TooManyMessages { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::VerificationNeeded => StatusCode::FORBIDDEN,
            Self::NotFound { .. } => StatusCode::NOT_FOUND,
            Self::Conflict { .. } => StatusCode::CONFLICT,
            Self::Gone { .. } => StatusCode::GONE,
            Self::NotSent => StatusCode::SERVICE_UNAVAILABLE,
            Self::NotImplemented { .. } => StatusCode::NOT_IMPLEMENTED,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        match self {
            Self::Unexpected(error) => tracing::error!(error = format!("{error:#}"), "request failed"),
            Self::NotSent => tracing::warn!("message not sent"),
            _ => {}
        }
        let mut response = problem_response(self.problem());
        let headers = response.headers_mut();
        match self {
            Self::Unauthorized => {
                headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            }
            Self::OAuth { error, .. } => {
                if *error == "invalid_client" {
                    let challenge = HeaderValue::from_static("Basic realm=\"ballot-tracker\", charset=\"UTF-8\"");
                    headers.insert(header::WWW_AUTHENTICATE, challenge);
                }
                headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            }
            Self::RateLimited { retry_after } | Self::TooManyMessages { retry_after } => {
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
        JsonPayloadError::ContentType => ServiceError::UnsupportedMediaType { expected: "JSON (`application/json`)" },
        JsonPayloadError::Overflow { limit } | JsonPayloadError::OverflowKnownLength { limit, .. } => {
            ServiceError::PayloadTooLarge { limit }
        }
        JsonPayloadError::Deserialize(e) => {
            ServiceError::MalformedBody(format!("The body is not valid JSON for this endpoint: {e}."))
        }
        other => ServiceError::MalformedBody(format!("The body could not be read: {other}.")),
    }
    .into()
}

/// Turns actix's form extractor failures into problems.
pub fn form_error(error: UrlencodedError, _req: &HttpRequest) -> actix_web::Error {
    match error {
        UrlencodedError::ContentType => {
            ServiceError::UnsupportedMediaType { expected: "a form (`application/x-www-form-urlencoded`)" }
        }
        UrlencodedError::Overflow { limit, .. } => ServiceError::PayloadTooLarge { limit },
        other => ServiceError::MalformedBody(format!("The form could not be read: {other}.")),
    }
    .into()
}

/// Gives every error response that is not a problem yet (unknown route, wrong method, errors from
/// actix itself) a problem body, so clients parse one error shape.
pub fn ensure_problem_body<B: MessageBody + 'static>(
    res: ServiceResponse<B>,
) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let is_problem = res.headers().get(header::CONTENT_TYPE) == Some(&HeaderValue::from_static(PROBLEM_JSON));
    if is_problem {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    let status = res.status();
    let problem = match status {
        StatusCode::NOT_FOUND => Problem::new(
            ProblemType::NoSuchEndpoint,
            "No such endpoint",
            status.as_u16(),
            Some("Nothing is served at this address. The API is described at /api/v1/openapi.yaml.".to_owned()),
        ),
        _ => Problem::new(ProblemType::AboutBlank, status.canonical_reason().unwrap_or("Error"), status.as_u16(), None),
    };
    let (req, res) = res.into_parts();
    let mut response = problem_response(problem);
    // Keep headers such as `Allow` on 405 answers.
    for (name, value) in res.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            response.headers_mut().insert(name.clone(), value.clone());
        }
    }
    Ok(ErrorHandlerResponse::Response(ServiceResponse::new(req, response).map_into_right_body()))
}
