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
use crate::office::Reader;
use crate::staff::Staff;
use crate::staff::access::SignedInStaff;
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

/// A request made with a validly signed voter token (`Authorization: Bearer …`); whether its
/// session is still live is for [`SignedInVoter`] to check.
#[derive(Debug, Clone)]
struct VoterSession(VoterClaims);

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

/// The active voter a valid voter token names, in a live session (401 once the session has ended
/// or the registration is no longer active).
#[derive(Debug, Clone)]
pub struct SignedInVoter {
    pub voter: Voter,
    claims: VoterClaims,
    token: String,
}

impl SignedInVoter {
    /// Whether the session entered a one-time code.
    pub fn verified(&self) -> bool {
        self.voter.session.verified()
    }

    /// The voter's opaque id, as the token names it.
    pub fn uid(&self) -> &str {
        &self.claims.sub
    }

    /// The bearer token the request came with.
    pub fn token(&self) -> &str {
        &self.token
    }
}

impl FromRequest for SignedInVoter {
    type Error = ServiceError;
    type Future = LocalBoxFuture<'static, Result<Self, ServiceError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let session = VoterSession::from_request(req, payload).into_inner();
        let token = bearer_token(req).unwrap_or_default().to_owned();
        let database = data::<Database>(req);
        Box::pin(async move {
            let VoterSession(claims) = session?;
            let voter = portal::signed_in(&database, claims.sid.clone(), claims.sub.clone()).await?;
            Ok(SignedInVoter { voter, claims, token })
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

impl FromRequest for SignedInStaff {
    type Error = ServiceError;
    type Future = LocalBoxFuture<'static, Result<Self, ServiceError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let staff = data::<Staff>(req);
        let token = bearer_token(req).map(str::to_owned);
        Box::pin(async move {
            let token = token.ok_or_else(crate::staff::session_ended)?;
            staff.signed_in(&token).await
        })
    }
}

/// A staff session's token, or else a county client's: whichever the bearer token is.
impl FromRequest for Reader {
    type Error = ServiceError;
    type Future = LocalBoxFuture<'static, Result<Self, ServiceError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let (staff, keys, database) = (data::<Staff>(req), data::<SessionKeys>(req), data::<Database>(req));
        let token = bearer_token(req).map(str::to_owned);
        Box::pin(async move {
            let Some(token) = token else { return Err(ServiceError::Unauthorized) };
            if staff.is_staff_token(&token) {
                return staff.signed_in(&token).await.map(Reader::Staff);
            }
            token::authenticate(&keys, &database, &token).await.map(Reader::Client)
        })
    }
}
