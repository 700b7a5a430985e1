//! The one place that turns HTTP into typed results.

use ballot_shared::{Problem, ProblemType};
use gloo_net::http::{Method, RequestBuilder, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Where the API lives; empty means the origin this page came from. Set `BALLOT_TRACKER_API_BASE`
/// when building to host the front end elsewhere (the API must then list this origin for CORS).
const API_BASE: &str = match option_env!("BALLOT_TRACKER_API_BASE") {
    Some(base) => base,
    None => "",
};

/// Why a call did not give the answer asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// The API answered with a problem document (and, when it asked to wait, for how many seconds).
    Problem(Problem, Option<u64>),
    /// No usable answer: network down, server unreachable, or a body we could not read.
    Unreachable,
}

impl ApiError {
    /// The kind of problem the API answered with, if it answered.
    pub fn kind(&self) -> Option<ProblemType> {
        match self {
            Self::Problem(problem, _) => problem.kind(),
            Self::Unreachable => None,
        }
    }

    /// Whether the API answered with a problem of `kind`.
    pub fn is(&self, kind: ProblemType) -> bool {
        self.kind() == Some(kind)
    }

    /// A change the API makes only for a session that entered a one-time code.
    pub fn needs_verification(&self) -> bool {
        self.is(ProblemType::VerificationNeeded)
    }

    /// The session has ended (or was never valid): the voter must look themselves up again.
    pub fn session_ended(&self) -> bool {
        self.is(ProblemType::Unauthorized)
    }

    /// Minutes to wait before trying again (at least one), when the API asked to wait.
    pub fn wait_minutes(&self) -> Option<u64> {
        match self {
            Self::Problem(problem, retry_after)
                if problem.is(ProblemType::TooManyRequests) || problem.is(ProblemType::TooManyMessages) =>
            {
                Some(retry_after.unwrap_or(60).div_ceil(60).max(1))
            }
            _ => None,
        }
    }
}

thread_local! {
    /// The page's language, asked of the API so that its own words (problems) come in it too.
    static LANGUAGE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Makes every later call ask for answers in `tag`, the language the page shows.
pub fn set_language(tag: &str) {
    LANGUAGE.with(|language| *language.borrow_mut() = Some(tag.to_owned()));
}

fn url(path: &str) -> String {
    format!("{API_BASE}/api/v1{path}")
}

/// JSON read by the browser's own parser, then typed (serde-wasm-bindgen): the page carries no
/// JSON parser of its own.
pub fn from_json<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_wasm_bindgen::from_value(js_sys::JSON::parse(text).ok()?).ok()
}

/// `value` as JSON, written by the browser (absent options as `null`, maps as objects).
pub fn to_json<T: Serialize>(value: &T) -> Option<String> {
    let value = value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).ok()?;
    js_sys::JSON::stringify(&value).ok()?.as_string()
}

async fn problem_of(response: Response) -> ApiError {
    let retry_after = response.headers().get("retry-after").and_then(|v| v.trim().parse().ok());
    match json::<Problem>(response).await {
        Ok(problem) => ApiError::Problem(problem, retry_after),
        Err(_) => ApiError::Unreachable,
    }
}

async fn send<B: Serialize>(
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<&B>,
) -> Result<Response, ApiError> {
    let mut builder = RequestBuilder::new(&url(path)).method(method);
    if let Some(tag) = LANGUAGE.with(|language| language.borrow().clone()) {
        builder = builder.header("Accept-Language", &tag);
    }
    if let Some(token) = token {
        builder = builder.header("Authorization", &format!("Bearer {token}"));
    }
    let request = match body {
        Some(body) => {
            let text = to_json(body).ok_or(ApiError::Unreachable)?;
            let builder = builder.header("Content-Type", "application/json");
            builder.body(wasm_bindgen::JsValue::from_str(&text)).map_err(|_| ApiError::Unreachable)?
        }
        None => builder.build().map_err(|_| ApiError::Unreachable)?,
    };
    let response = request.send().await.map_err(|_| ApiError::Unreachable)?;
    if response.ok() { Ok(response) } else { Err(problem_of(response).await) }
}

async fn json<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    let text = response.text().await.map_err(|_| ApiError::Unreachable)?;
    from_json(&text).ok_or(ApiError::Unreachable)
}

pub async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    json(send::<()>(Method::GET, path, None, None).await?).await
}

pub async fn post<B: Serialize, T: DeserializeOwned>(path: &str, body: &B) -> Result<T, ApiError> {
    json(send(Method::POST, path, None, Some(body)).await?).await
}

/// POSTs `body` where the answer has no body (204).
pub async fn post_empty<B: Serialize>(path: &str, body: Option<&B>) -> Result<(), ApiError> {
    send(Method::POST, path, None, body).await.map(drop)
}

/// Calls a voter endpoint with the session token.
pub async fn voter<B: Serialize, T: DeserializeOwned>(
    method: Method,
    path: &str,
    token: &str,
    body: Option<&B>,
) -> Result<T, ApiError> {
    json(send(method, path, Some(token), body).await?).await
}

/// Calls a voter endpoint that answers without a body.
pub async fn voter_empty(method: Method, path: &str, token: &str) -> Result<(), ApiError> {
    send::<()>(method, path, Some(token), None).await.map(drop)
}
