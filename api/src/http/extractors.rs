//! What handlers take from a request besides its body: the voter's session, the signed-in voter
//! and the county client, each checked before the handler runs.

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::future::LocalBoxFuture;

use crate::db::Database;
use crate::error::ServiceError;
use crate::feeds::token::{self, CountyClient};
use crate::tokens::{SessionError, SessionKeys, VoterClaims};
use crate::voter::portal::{self, Voter};

/// The token of an `Authorization: Bearer …` header.
pub fn bearer_token(req: &HttpRequest) -> Option<&str> {
    req.headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
}

fn data<T: 'static>(req: &HttpRequest) -> web::Data<T> {
    req.app_data::<web::Data<T>>().expect("the server registers every handler's data").clone()
}

/// A request made with a valid voter token (`Authorization: Bearer …`).
#[derive(Debug, Clone)]
pub struct VoterSession(pub VoterClaims);

impl VoterSession {
    /// Whether the voter entered a one-time code in this session.
    pub fn verified(&self) -> bool {
        self.0.verified_at.is_some()
    }
}

impl FromRequest for VoterSession {
    type Error = ServiceError;
    type Future = Ready<Result<Self, ServiceError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let keys = data::<SessionKeys>(req);
        let result = match bearer_token(req) {
            None => Err(SessionError::Missing),
            Some(token) => keys.verify(token),
        };
        ready(result.map(VoterSession).map_err(|error| {
            tracing::info!(%error, "voter token refused");
            ServiceError::Unauthorized
        }))
    }
}

/// The active voter a valid voter token names (401 once the registration is no longer active).
#[derive(Debug, Clone)]
pub struct SignedInVoter {
    pub voter: Voter,
    pub session: VoterSession,
}

impl SignedInVoter {
    pub fn verified(&self) -> bool {
        self.session.verified()
    }

    /// The voter's opaque id, as the token names it.
    pub fn uid(&self) -> &str {
        &self.session.0.sub
    }
}

impl FromRequest for SignedInVoter {
    type Error = ServiceError;
    type Future = LocalBoxFuture<'static, Result<Self, ServiceError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let session = VoterSession::from_request(req, payload).into_inner();
        let database = data::<Database>(req);
        Box::pin(async move {
            let session = session?;
            let voter = portal::voter(&database, session.0.sub.clone()).await?;
            Ok(SignedInVoter { voter, session })
        })
    }
}

impl FromRequest for CountyClient {
    type Error = ServiceError;
    type Future = LocalBoxFuture<'static, Result<Self, ServiceError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let keys = data::<SessionKeys>(req);
        let database = data::<Database>(req);
        let token = bearer_token(req).map(str::to_owned);
        Box::pin(async move {
            let Some(token) = token else {
                tracing::info!("county request without a bearer token");
                return Err(ServiceError::Unauthorized);
            };
            token::authenticate(&keys, &database, &token).await
        })
    }
}
