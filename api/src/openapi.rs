//! The OpenAPI document, generated from the routes themselves. `openapi.yaml` at the top of the
//! repository is this document written out (`cargo xtask openapi`); a test keeps the two equal.

use actix_web::App;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::{AppExt, scope};

use crate::routes;

pub const API_PREFIX: &str = "/api/v1";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Ballot Tracker API",
        version = "1.0.0",
        description = "Voters find themselves on the voter roll, choose how they hear about their mail ballot, and see where it is. \
                       Counties post ballot status events, USPS scans and voter-registration updates. \
                       Every error is an RFC 9457 problem document (`application/problem+json`).",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    modifiers(&VoterTokenScheme),
    tags(
        (name = "system", description = "Health, readiness and this installation's public settings."),
        (name = "voter", description = "What a voter does: find themselves on the roll, follow their ballot."),
    )
)]
struct ApiDoc;

/// Voter endpoints take the token from `POST /api/v1/voter/session` as a bearer token.
struct VoterTokenScheme;

impl Modify for VoterTokenScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let scheme = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .bearer_format("JWT")
            .description(Some("A voter session token; it lasts 30 minutes by default."))
            .build();
        openapi
            .components
            .get_or_insert_with(Default::default)
            .add_security_scheme("voter_token", SecurityScheme::Http(scheme));
    }
}

/// The routes under [`API_PREFIX`] as a utoipa scope, the one place both the server and the
/// document are built from.
pub fn api_scope() -> utoipa_actix_web::scope::Scope<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    scope(API_PREFIX).configure(routes::api_v1)
}

/// The document, built from the same route tree the server runs.
pub fn document() -> utoipa::openapi::OpenApi {
    let (_, api) = App::new().into_utoipa_app().openapi(ApiDoc::openapi()).service(api_scope()).split_for_parts();
    api
}

/// The document as YAML, exactly as committed in `openapi.yaml`.
pub fn document_yaml() -> String {
    document().to_yaml().expect("the OpenAPI document serializes")
}
