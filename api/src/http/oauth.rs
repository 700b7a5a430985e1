//! The OAuth 2.0 token endpoint: the client-credentials grant (RFC 6749 §4.4) for county systems.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, post, web};
use base64::Engine;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::db::Database;
use crate::error::Words;
use crate::feeds::clients::{self, Scope};
use crate::feeds::token as county_token;
use crate::http::problem::{Problem, ServiceError};
use crate::http::{TrustProxy, client_address};
use crate::limits::AddressLimit;
use crate::tokens::{SessionKeys, issue_time};

/// The token endpoint's own settings.
pub struct TokenEndpoint {
    /// Token requests per client address (each costs an argon2 verification).
    pub limits: AddressLimit,
    pub county_token_lifetime: chrono::Duration,
}

/// A token request, form-encoded (`application/x-www-form-urlencoded`).
#[derive(Debug, Deserialize, ToSchema)]
pub struct TokenRequest {
    /// Must be `client_credentials`.
    #[schema(example = "client_credentials")]
    grant_type: Option<String>,
    /// Space-separated scopes wanted (`ballots:write`, `voters:write`, `stats:read`); by default all of the client's.
    scope: Option<String>,
    /// The client id, when the client does not authenticate with HTTP Basic.
    client_id: Option<String>,
    /// The client secret, when the client does not authenticate with HTTP Basic.
    client_secret: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TokenResponse {
    /// Send as `Authorization: Bearer TOKEN` to the county endpoints.
    access_token: String,
    #[schema(example = "Bearer")]
    token_type: &'static str,
    /// Seconds until the token expires.
    #[schema(example = 900)]
    expires_in: i64,
    /// The scopes granted, space-separated.
    #[schema(example = "ballots:write stats:read")]
    scope: String,
}

fn oauth_error(error: &'static str, description: &'static str) -> ServiceError {
    ServiceError::OAuth { error, description: Words::new(description) }
}

/// `client_id:client_secret` from an HTTP Basic header, each form-url-decoded (RFC 6749 §2.3.1).
fn basic_credentials(req: &HttpRequest) -> Result<Option<(String, String)>, ServiceError> {
    let Some(value) = req.headers().get(header::AUTHORIZATION) else { return Ok(None) };
    let malformed = || oauth_error("invalid_client", "problem-oauth-bad-basic");
    let encoded = value.to_str().ok().and_then(|v| v.strip_prefix("Basic ")).ok_or_else(malformed)?;
    let decoded = base64::engine::general_purpose::STANDARD.decode(encoded.trim()).map_err(|_| malformed())?;
    let decoded = String::from_utf8(decoded).map_err(|_| malformed())?;
    let (id, secret) = decoded.split_once(':').ok_or_else(malformed)?;
    let unescape = |part: &str| {
        percent_encoding::percent_decode_str(&part.replace('+', " ")).decode_utf8().map(|s| s.into_owned())
    };
    Ok(Some((unescape(id).map_err(|_| malformed())?, unescape(secret).map_err(|_| malformed())?)))
}

/// Get an access token for the county endpoints (OAuth 2.0 client credentials).
///
/// Authenticate with HTTP Basic (`client_id:client_secret`) or with `client_id` and `client_secret`
/// form fields, not both. Errors carry the OAuth `error` code beside the problem fields.
#[utoipa::path(
    tag = "county",
    request_body(content = TokenRequest, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "A short-lived access token.", body = TokenResponse),
        (status = 400, description = "`invalid_request`, `unsupported_grant_type` or `invalid_scope`.", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`invalid_client`: unknown client, wrong secret, or revoked.", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many token requests from this address; see `Retry-After`.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/oauth/token")]
pub async fn issue_token(
    req: HttpRequest,
    endpoint: web::Data<TokenEndpoint>,
    trust_proxy: web::Data<TrustProxy>,
    database: web::Data<Database>,
    session_keys: web::Data<SessionKeys>,
    form: web::Form<TokenRequest>,
) -> Result<HttpResponse, ServiceError> {
    endpoint
        .limits
        .check(client_address(&req, **trust_proxy))
        .map_err(|retry_after| ServiceError::RateLimited { retry_after })?;
    let form = form.into_inner();
    match form.grant_type.as_deref() {
        Some("client_credentials") => {}
        None => return Err(oauth_error("invalid_request", "problem-oauth-no-grant")),
        Some(_) => {
            return Err(oauth_error("unsupported_grant_type", "problem-oauth-grant"));
        }
    }
    let (client_id, secret) = match (basic_credentials(&req)?, form.client_id, form.client_secret) {
        (Some(_), Some(_), _) | (Some(_), _, Some(_)) => {
            return Err(oauth_error("invalid_request", "problem-oauth-two-credentials"));
        }
        (Some(credentials), None, None) => credentials,
        (None, Some(id), Some(secret)) => (id, secret),
        (None, _, _) => {
            return Err(oauth_error("invalid_client", "problem-oauth-no-credentials"));
        }
    };
    let requested = match form.scope.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(list) => {
            Some(Scope::parse_list(list).ok_or_else(|| oauth_error("invalid_scope", "problem-oauth-unknown-scope"))?)
        }
    };
    let client = clients::authenticate(&database, client_id, secret).await?.ok_or_else(|| {
        tracing::info!("token request with unknown client, wrong secret or revoked client");
        oauth_error("invalid_client", "problem-oauth-bad-client")
    })?;
    let allowed = client.scopes();
    let granted = match requested {
        None => allowed,
        Some(wanted) if wanted.iter().all(|s| allowed.contains(s)) => wanted,
        Some(_) => return Err(oauth_error("invalid_scope", "problem-oauth-scope-not-allowed")),
    };
    let lifetime = endpoint.county_token_lifetime;
    let access_token = county_token::issue(&session_keys, &client, &granted, lifetime, issue_time());
    tracing::info!(client = %client.client_id, scope = %Scope::join(&granted), "county token issued");
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::PRAGMA, "no-cache"))
        .json(TokenResponse {
            access_token,
            token_type: "Bearer",
            expires_in: lifetime.num_seconds(),
            scope: Scope::join(&granted),
        }))
}
