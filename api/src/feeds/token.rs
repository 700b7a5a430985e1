//! County access tokens: short-lived JWTs from the client-credentials grant, naming the client,
//! its county (none for the state-level client) and the granted scopes. Every request checks the
//! signature (pinned algorithm), expiry, issuer, audience, that the client is still active, and then
//! the scope and county the endpoint needs.

use ballot_shared::Vocabulary;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::db::Database;
use crate::error::{ServiceError, Words};
use crate::feeds::clients::{self, ApiClient, Scope};
use crate::tokens::SessionKeys;

/// Who county tokens are for; voter tokens (another audience) are refused here, and the reverse.
pub const COUNTY_AUDIENCE: &str = "ballot-tracker:county";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountyClaims {
    /// The client id.
    pub sub: String,
    /// The county the client acts for; absent for the state-level client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub county: Option<i16>,
    /// Granted scopes, space-separated.
    pub scope: String,
    pub iss: String,
    pub aud: String,
    pub iat: i64,
    pub exp: i64,
}

pub fn issue(
    keys: &SessionKeys,
    client: &ApiClient,
    scopes: &[Scope],
    lifetime: Duration,
    now: DateTime<Utc>,
) -> String {
    keys.encode(&CountyClaims {
        sub: client.client_id.clone(),
        county: client.county_id,
        scope: Scope::join(scopes),
        iss: keys.issuer().to_owned(),
        aud: COUNTY_AUDIENCE.to_owned(),
        iat: now.timestamp(),
        exp: (now + lifetime).timestamp(),
    })
}

/// A request made with a valid county token by a client that is not revoked.
#[derive(Debug, Clone)]
pub struct CountyClient {
    /// The client's row id (for the audit log).
    pub id: i64,
    pub client_id: String,
    pub county: Option<i16>,
    pub scopes: Vec<Scope>,
}

impl CountyClient {
    /// Allows the request when the token grants `scope` and the client acts for `county`;
    /// otherwise a 403 problem saying which is missing.
    pub fn authorize(&self, county: i16, scope: Scope) -> Result<(), ServiceError> {
        if !self.scopes.contains(&scope) {
            return Err(ServiceError::Forbidden(Words::new("problem-missing-scope").with("scope", scope.as_str())));
        }
        match self.county {
            Some(own) if own != county => Err(ServiceError::Forbidden(
                Words::new("problem-other-county")
                    .with("own", format!("{own:02}"))
                    .with("county", format!("{county:02}")),
            )),
            _ => Ok(()),
        }
    }
}

/// The client a county token names, when the token is valid and the client still active.
pub async fn authenticate(keys: &SessionKeys, database: &Database, token: &str) -> Result<CountyClient, ServiceError> {
    let claims = keys.decode::<CountyClaims>(token, COUNTY_AUDIENCE).map_err(|error| {
        tracing::info!(%error, "county token refused");
        ServiceError::Unauthorized
    })?;
    let client_id = claims.sub.clone();
    let client =
        database.run(std::time::Duration::from_secs(5), move |conn| Ok(clients::find(conn, &client_id)?)).await?;
    match client {
        Some(client) if client.revoked_at.is_none() && client.county_id == claims.county => {
            let scopes = Scope::parse_list(&claims.scope).unwrap_or_default();
            Ok(CountyClient { id: client.id, client_id: client.client_id, county: client.county_id, scopes })
        }
        _ => {
            tracing::info!(client = %claims.sub, "county token of a revoked or unknown client");
            Err(ServiceError::Unauthorized)
        }
    }
}
