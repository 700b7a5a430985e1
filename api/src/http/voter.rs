//! The voter's side: finding oneself on the voter roll, who the session belongs to, and signing out.

use actix_web::{HttpRequest, HttpResponse, delete, get, post, web};
use ballot_shared::forms::VoterLookupForm;

use crate::http::extractors::SignedInVoter;
use crate::http::problem::{Problem, ServiceError};
use crate::http::{TrustProxy, client_address};
use ballot_shared::responses::{County, Voter, VoterSessionCreated};

use crate::http::responses::NoVoterToken;
use crate::voter::portal::{self, Portal};
use crate::voter::roll::RollMatch;
use crate::voter::sign_in::SignIn;

impl From<RollMatch> for Voter {
    fn from(m: RollMatch) -> Self {
        Self {
            name: format!("{} {}", m.first_name, m.last_name),
            county: County { number: m.county_id, name: m.county_name },
        }
    }
}

/// Find yourself on the voter roll and start a voter session.
///
/// Matches first and last name (ignoring case, accents, punctuation and spacing; never nicknames),
/// date of birth (or year of birth where the county holds only the year) and the ZIP code of the
/// California residential address, among active registrations. Lookups are limited per client
/// address and per person looked up.
#[utoipa::path(
    tag = "voter",
    request_body = VoterLookupForm,
    responses(
        (status = 200, description = "Exactly one active registration matches.", body = VoterSessionCreated),
        (status = 400, description = "The body is not JSON of this shape.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No active registration matches; the problem never says which detail differed.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Several voters share these details: send `voter_id` too.", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not `application/json`.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Some fields are invalid; `errors` lists every one.", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many lookups; see `Retry-After`.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/voter/session")]
pub async fn create_session(
    req: HttpRequest,
    sign_in: web::Data<SignIn>,
    trust_proxy: web::Data<TrustProxy>,
    form: web::Json<VoterLookupForm>,
) -> Result<web::Json<VoterSessionCreated>, ServiceError> {
    let session = sign_in.sign_in(client_address(&req, **trust_proxy), &form).await?;
    Ok(web::Json(VoterSessionCreated {
        token: session.token,
        token_type: "Bearer".to_owned(),
        expires_in: session.lifetime_seconds,
        voter: session.voter.into(),
    }))
}

/// The voter this session belongs to.
#[utoipa::path(
    tag = "voter",
    security(("voter_token" = [])),
    responses(
        (status = 200, description = "The signed-in voter.", body = Voter),
        NoVoterToken,
    )
)]
#[get("/voter/me")]
pub async fn me(sign_in: web::Data<SignIn>, signed_in: SignedInVoter) -> Result<web::Json<Voter>, ServiceError> {
    Ok(web::Json(sign_in.who(signed_in.uid().to_owned()).await?.into()))
}

/// Sign out: the session's token stops working at once.
#[utoipa::path(
    tag = "voter",
    security(("voter_token" = [])),
    responses(
        (status = 204, description = "Signed out."),
        NoVoterToken,
    )
)]
#[delete("/voter/session")]
pub async fn sign_out(portal: web::Data<Portal>, signed_in: SignedInVoter) -> Result<HttpResponse, ServiceError> {
    portal::sign_out(&portal, &signed_in.voter, false).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Sign out everywhere: every session of the voter ends at once, on every device, this one too.
///
/// Needs no one-time code: ending sessions can only protect the voter.
#[utoipa::path(
    tag = "voter",
    security(("voter_token" = [])),
    responses(
        (status = 204, description = "Every session of the voter has ended."),
        NoVoterToken,
    )
)]
#[delete("/voter/sessions")]
pub async fn sign_out_everywhere(
    portal: web::Data<Portal>,
    signed_in: SignedInVoter,
) -> Result<HttpResponse, ServiceError> {
    portal::sign_out(&portal, &signed_in.voter, true).await?;
    Ok(HttpResponse::NoContent().finish())
}
