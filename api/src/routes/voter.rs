//! The voter's side: finding oneself on the voter roll, and who the session belongs to.

use std::time::Duration;

use actix_web::{HttpRequest, get, post, web};
use ballot_shared::forms::VoterLookupForm;
use serde::Serialize;
use utoipa::ToSchema;

use crate::county;
use crate::problem::{ApiError, Problem};
use crate::routes::client_address;
use crate::startup::AppState;
use crate::voter::california_today;
use crate::voter::lookup::{self, LookupOutcome};
use crate::voter::roll::{self, RollMatch};
use crate::voter::session::VoterSession;

/// How long a request waits for a database connection.
const DB_WAIT: Duration = Duration::from_secs(5);

#[derive(Debug, Serialize, ToSchema)]
pub struct County {
    /// The county's two-digit number (1 Alameda … 58 Yuba).
    #[schema(example = 34)]
    number: i16,
    #[schema(example = "Sacramento")]
    name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Voter {
    /// The voter's name as registered.
    #[schema(example = "José O'Brien-Smith")]
    name: String,
    county: County,
}

impl From<RollMatch> for Voter {
    fn from(m: RollMatch) -> Self {
        Self {
            name: format!("{} {}", m.first_name, m.last_name),
            county: County { number: m.county_id, name: m.county_name },
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VoterSessionCreated {
    /// Send as `Authorization: Bearer TOKEN` on the voter's requests.
    token: String,
    #[schema(example = "Bearer")]
    token_type: &'static str,
    /// Seconds until the token expires.
    #[schema(example = 1800)]
    expires_in: i64,
    voter: Voter,
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
    state: web::Data<AppState>,
    form: web::Json<VoterLookupForm>,
) -> Result<web::Json<VoterSessionCreated>, ApiError> {
    let rate_limited = |retry_after| {
        lookup::record_outcome("rate_limited");
        ApiError::RateLimited { retry_after }
    };
    state.lookup_limits.check_client(client_address(&req, state.trust_proxy)).map_err(rate_limited)?;
    let lookup = form.validate(california_today()).map_err(|errors| {
        lookup::record_outcome("invalid");
        ApiError::InvalidFields(errors)
    })?;
    state.lookup_limits.check_identity(&lookup).map_err(rate_limited)?;

    let query = lookup.clone();
    let matches = state.database.run(DB_WAIT, move |conn| Ok(roll::find_active(conn, &query)?)).await?;

    match lookup::decide(&lookup, matches) {
        LookupOutcome::Found(voter) => {
            lookup::record_outcome("found");
            let token = state.session_keys.issue(&voter.uid, voter.county_id, chrono::Utc::now());
            Ok(web::Json(VoterSessionCreated {
                token,
                token_type: "Bearer",
                expires_in: state.session_keys.lifetime().num_seconds(),
                voter: voter.into(),
            }))
        }
        LookupOutcome::NotFound => {
            lookup::record_outcome("not_found");
            Err(ApiError::VoterNotFound { registration_check_url: state.registration_check_url.clone() })
        }
        LookupOutcome::VoterIdNeeded { county } => {
            lookup::record_outcome("voter_id_needed");
            let office = match county {
                Some(id) => state.database.run(DB_WAIT, move |conn| Ok(county::find(conn, id)?)).await?,
                None => None,
            };
            Err(ApiError::VoterIdNeeded {
                help: state.voter_id_help.clone(),
                county_office: office.as_ref().and_then(|c| c.office_contacts("en")),
                county_website: office.and_then(|c| c.elections_website),
            })
        }
    }
}

/// The voter this session belongs to.
#[utoipa::path(
    tag = "voter",
    security(("voter_token" = [])),
    responses(
        (status = 200, description = "The signed-in voter.", body = Voter),
        (status = 401, description = "No valid voter token.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/voter/me")]
pub async fn me(state: web::Data<AppState>, session: VoterSession) -> Result<web::Json<Voter>, ApiError> {
    let uid = session.0.sub;
    let voter = state.database.run(DB_WAIT, move |conn| Ok(roll::find_by_uid(conn, &uid)?)).await?;
    // A registration cancelled since the token was issued ends the session.
    voter.map(|v| web::Json(v.into())).ok_or(ApiError::Unauthorized)
}
