//! Errors as RFC 9457 problem details (`application/problem+json`), the only error shape the API returns.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::ServiceResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{HttpRequest, HttpResponse, ResponseError, error::JsonPayloadError};
pub use ballot_shared::{FieldError, PROBLEM_JSON, Problem};

/// Everything a handler can fail with. `Display` and `Debug` go to the logs, so neither includes
/// anything the client sent (a field message may quote the date of birth typed).
#[derive(thiserror::Error)]
pub enum ApiError {
    #[error("{} invalid field(s)", .0.len())]
    InvalidFields(Vec<FieldError>),
    #[error("malformed request body")]
    MalformedBody(String),
    #[error("unsupported content type")]
    UnsupportedMediaType,
    #[error("request body too large")]
    PayloadTooLarge { limit: usize },
    #[error("not implemented: {title}")]
    NotImplemented { title: &'static str, detail: &'static str },
    #[error("service unavailable: {0}")]
    Unavailable(&'static str),
    #[error("unexpected error: {0:#}")]
    Unexpected(#[from] anyhow::Error),
}

impl std::fmt::Debug for ApiError {
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

impl ApiError {
    fn problem(&self) -> Problem {
        let status = self.status_code().as_u16();
        let (problem_type, title, detail, errors) = match self {
            Self::InvalidFields(errors) => (
                "/problems/invalid-fields",
                "Some fields are not filled in correctly",
                Some("Correct the fields listed in `errors` and send the request again.".to_owned()),
                errors.clone(),
            ),
            Self::MalformedBody(reason) => {
                ("/problems/malformed-body", "The request body could not be read", Some(reason.clone()), vec![])
            }
            Self::UnsupportedMediaType => (
                "/problems/unsupported-media-type",
                "Unsupported content type",
                Some("Send the request body as JSON with `Content-Type: application/json`.".to_owned()),
                vec![],
            ),
            Self::PayloadTooLarge { limit } => (
                "/problems/payload-too-large",
                "The request body is too large",
                Some(format!("This endpoint accepts at most {limit} bytes.")),
                vec![],
            ),
            Self::NotImplemented { title, detail } => {
                ("/problems/not-implemented", *title, Some((*detail).to_owned()), vec![])
            }
            Self::Unavailable(what) => (
                "/problems/unavailable",
                "The service is temporarily unavailable",
                Some(format!("{what} Try again in a few minutes.")),
                vec![],
            ),
            Self::Unexpected(_) => (
                "about:blank",
                "Internal Server Error",
                Some("Something went wrong on our side. Try again in a few minutes.".to_owned()),
                vec![],
            ),
        };
        Problem { problem_type: problem_type.to_owned(), title: title.to_owned(), status, detail, errors }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::InvalidFields(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::MalformedBody(_) => StatusCode::BAD_REQUEST,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Self::NotImplemented { .. } => StatusCode::NOT_IMPLEMENTED,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        if let Self::Unexpected(error) = self {
            tracing::error!(error = format!("{error:#}"), "request failed");
        }
        problem_response(self.problem())
    }
}

pub fn problem_response(problem: Problem) -> HttpResponse<BoxBody> {
    let status = StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    HttpResponse::build(status).content_type(PROBLEM_JSON).json(problem)
}

/// Turns actix's JSON extractor failures into problems.
pub fn json_error(error: JsonPayloadError, _req: &HttpRequest) -> actix_web::Error {
    match error {
        JsonPayloadError::ContentType => ApiError::UnsupportedMediaType,
        JsonPayloadError::Overflow { limit } | JsonPayloadError::OverflowKnownLength { limit, .. } => {
            ApiError::PayloadTooLarge { limit }
        }
        JsonPayloadError::Deserialize(e) => {
            ApiError::MalformedBody(format!("The body is not valid JSON for this endpoint: {e}."))
        }
        other => ApiError::MalformedBody(format!("The body could not be read: {other}.")),
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
        StatusCode::NOT_FOUND => Problem {
            problem_type: "/problems/no-such-endpoint".to_owned(),
            title: "No such endpoint".to_owned(),
            status: status.as_u16(),
            detail: Some("Nothing is served at this address. The API is described at /api/v1/openapi.yaml.".to_owned()),
            errors: vec![],
        },
        _ => Problem {
            problem_type: "about:blank".to_owned(),
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            detail: None,
            errors: vec![],
        },
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
