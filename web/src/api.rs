//! The one place that turns HTTP into typed results.

use ballot_shared::Problem;
use gloo_net::http::{Request, Response};
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
    /// The API answered with a problem document.
    Problem(Problem),
    /// No usable answer: network down, server unreachable, or a body we could not read.
    Unreachable,
}

fn url(path: &str) -> String {
    format!("{API_BASE}/api/v1{path}")
}

async fn read<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    if response.ok() {
        return response.json::<T>().await.map_err(|_| ApiError::Unreachable);
    }
    match response.json::<Problem>().await {
        Ok(problem) => Err(ApiError::Problem(problem)),
        Err(_) => Err(ApiError::Unreachable),
    }
}

pub async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    let response = Request::get(&url(path)).send().await.map_err(|_| ApiError::Unreachable)?;
    read(response).await
}

pub async fn post<B: Serialize, T: DeserializeOwned>(path: &str, body: &B) -> Result<T, ApiError> {
    let request = Request::post(&url(path)).json(body).map_err(|_| ApiError::Unreachable)?;
    let response = request.send().await.map_err(|_| ApiError::Unreachable)?;
    read(response).await
}
