//! The OpenAPI document, generated from the routes themselves. `openapi.yaml` at the top of the
//! repository is this document written out (`cargo xtask openapi`); a test keeps the two equal.

use actix_web::App;
use ballot_shared::ProblemType;
use ballot_shared::Vocabulary as _;
use ballot_shared::ballot::{BallotStatus, DeliveryMethod, EventSource, StatusReason};
use utoipa::openapi::security::{ClientCredentials, Flow, HttpAuthScheme, HttpBuilder, OAuth2, Scopes, SecurityScheme};
use utoipa::openapi::{RefOr, Schema};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::{AppExt, scope};

use crate::feeds::clients::Scope;
use crate::http;

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
    components(schemas(BallotStatus, StatusReason, DeliveryMethod, EventSource)),
    modifiers(&VoterTokenScheme, &CountyTokenScheme, &StaffTokenScheme),
    tags(
        (name = "system", description = "Health, readiness and this installation's public settings."),
        (name = "voter", description = "What a voter does: find themselves on the roll, follow their ballot."),
        (name = "county", description = "What counties and the state post (elections, ballots, status events) and read (counts). \
                                          Clients get a token with the OAuth 2.0 client-credentials grant."),
        (name = "staff", description = "County and state staff: enrolment, sign-in with a password and an authenticator code, \
                                         staff accounts and their audit log. The county console uses these and the county read routes."),
        (name = "webhooks", description = "What message providers post: replies voters text to our number, and delivery reports of our texts and calls."),
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

/// Staff endpoints take the token from `POST /api/v1/staff/session`.
struct StaffTokenScheme;

impl Modify for StaffTokenScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let scheme = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .bearer_format("JWT")
            .description(Some(
                "A staff session token; the session ends after 30 minutes unused, after 8 hours in any case, \
                 at sign-out, and when an admin ends it.",
            ))
            .build();
        openapi
            .components
            .get_or_insert_with(Default::default)
            .add_security_scheme("staff_token", SecurityScheme::Http(scheme));
    }
}

/// County endpoints take an access token from the client-credentials grant.
struct CountyTokenScheme;

impl Modify for CountyTokenScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let scopes = Scopes::from_iter(Scope::all().iter().map(|&scope| {
            let what = match scope {
                Scope::BallotsWrite => "Post elections, ballots and ballot status events.",
                Scope::VotersWrite => "Post voter-registration updates.",
                Scope::StatsRead => "Read the county's counts.",
                Scope::BallotsRead => {
                    "Read the county's ballots: each one's history and messages, and lists by condition."
                }
            };
            (scope.as_str(), what)
        }));
        let flow = Flow::ClientCredentials(ClientCredentials::new(format!("{API_PREFIX}/oauth/token"), scopes));
        let scheme = OAuth2::with_description(
            [flow],
            "A county access token (JWT) from `POST /api/v1/oauth/token`; it lasts 15 minutes by default. \
             A county's client acts for its own county only; the state-level client for every county.",
        );
        openapi
            .components
            .get_or_insert_with(Default::default)
            .add_security_scheme("county_token", SecurityScheme::OAuth2(scheme));
    }
}

/// Describes every status, reason, delivery method and source in the schemas, from the same
/// words the voter sees, so the document and the product cannot disagree.
struct Vocabulary;

impl Modify for Vocabulary {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let mut describe = |name: &str, intro: &str, items: Vec<(&str, String)>| {
            if let Some(RefOr::T(Schema::Object(schema))) = components.schemas.get_mut(name) {
                let list: Vec<String> =
                    items.iter().map(|(value, meaning)| format!("- `{value}`: {meaning}")).collect();
                schema.description = Some(format!("{intro}\n\n{}", list.join("\n")));
            }
        };
        describe(
            "BallotStatus",
            "Where a ballot is, in lifecycle order, with what each status tells the voter. A ballot's current \
             status is its highest-ranked event (the latest among equals): `issued` < `mailed` < `in_transit` = \
             `expected_delivery` < `delivered` = `undeliverable` < `returned_by_voter` < `received` < `in_review` < \
             `accepted` = `not_accepted` = `voted_in_person` < `superseded`.",
            BallotStatus::all().iter().map(|s| (s.as_str(), english(&format!("status-{}", s.as_str())))).collect(),
        );
        describe(
            "StatusReason",
            "Why a ballot is `in_review` (no_signature, signature_mismatch, other) or `not_accepted` (any). \
             `no_signature` and `signature_mismatch` can be fixed by the voter before the cure deadline.",
            StatusReason::all().iter().map(|r| (r.as_str(), english(&format!("reason-{}", r.as_str())))).collect(),
        );
        describe(
            "DeliveryMethod",
            "How the voter got the ballot; military and overseas voters may get it by email, online or fax (no barcode).",
            DeliveryMethod::all()
                .iter()
                .map(|m| {
                    let meaning = match m {
                        DeliveryMethod::Mail => "By mail, in envelopes with Intelligent Mail barcodes.",
                        DeliveryMethod::Email => "By email, to print and return.",
                        DeliveryMethod::Online => "Downloaded from the county's remote ballot system.",
                        DeliveryMethod::Fax => "By fax.",
                        DeliveryMethod::InPerson => "Handed to the voter at the elections office or a vote center.",
                    };
                    (m.as_str(), meaning.to_owned())
                })
                .collect(),
        );
        describe(
            "Problem",
            "An RFC 9457 problem document. Clients decide what to do by its `type`, one of:",
            ProblemType::all()
                .iter()
                .map(|kind| {
                    let meaning = match kind {
                        ProblemType::InvalidFields => "`errors` lists every invalid field, with a code and a message.",
                        ProblemType::MalformedBody => "The body is not the JSON, NDJSON or CSV the endpoint takes.",
                        ProblemType::UnsupportedMediaType => "The `Content-Type` is not one the endpoint takes.",
                        ProblemType::PayloadTooLarge => "The body is larger than the endpoint takes.",
                        ProblemType::Unauthorized => {
                            "No valid token, or the voter's session has ended (signed out, signed out everywhere, \
                             or an undo link was used): sign in again."
                        }
                        ProblemType::Forbidden => "The token may not do this (its scope or county).",
                        ProblemType::OAuth => "A token-endpoint error; `error` holds the OAuth 2.0 code.",
                        ProblemType::NoSuchCounty => "No county has this number.",
                        ProblemType::NoSuchElection => "No election has this id for the county.",
                        ProblemType::BatchTooLarge => "The batch has more rows than one request takes.",
                        ProblemType::VoterNotFound => "No active registration matches; `help_url` says where to check.",
                        ProblemType::VoterIdNeeded => "Several voters share the details: the state voter ID tells them apart.",
                        ProblemType::TooManyRequests => "Too many lookups or token requests; wait as `Retry-After` says.",
                        ProblemType::TooManyMessages => {
                            "Too many messages to this voter, address or number this hour (counted across every \
                             process, addresses folded); wait as `Retry-After` says."
                        }
                        ProblemType::VerificationNeeded => {
                            "The voter has a confirmed method, so this change needs a verified session: ask for a \
                             one-time code (`POST /voter/verification-codes`) and enter it (`POST /voter/verification`)."
                        }
                        ProblemType::MethodTooNew => {
                            "The method chosen for a code was confirmed in this session, or less than the \
                             cooling-off period (24 hours by default) before it began; `detail` says when a new \
                             session may use it."
                        }
                        ProblemType::NotFound => "No such thing (a method, a link, a message).",
                        ProblemType::NoSuchEndpoint => "No endpoint has this path and method.",
                        ProblemType::Conflict => "The request conflicts with the current state; `detail` says how.",
                        ProblemType::Gone => "The link or code was used already, or has expired.",
                        ProblemType::Unavailable => "The service, or a part it needs, is unavailable for now.",
                        ProblemType::AboutBlank => "Nothing more to say than the HTTP status.",
                    };
                    (kind.as_str(), meaning.to_owned())
                })
                .collect(),
        );
        describe(
            "EventSource",
            "Who saw the ballot reach the status.",
            vec![
                ("county", "The county's election system.".to_owned()),
                ("usps", "A USPS mail-piece scan.".to_owned()),
                ("drop_box", "A county drop box collection.".to_owned()),
            ],
        );
    }
}

/// A message's English text (the voter-facing words the document repeats).
fn english(id: &str) -> String {
    crate::messaging::texts::text("en", id, &[])
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
    // Answers about voters must not stay in a browser's or a proxy's cache.
    let no_store =
        actix_web::middleware::DefaultHeaders::new().add((actix_web::http::header::CACHE_CONTROL, "no-store"));
    scope(API_PREFIX).wrap(no_store).configure(http::api_v1)
}

/// The document, built from the same route tree the server runs.
pub fn document() -> utoipa::openapi::OpenApi {
    let (_, mut api) = App::new().into_utoipa_app().openapi(ApiDoc::openapi()).service(api_scope()).split_for_parts();
    // After the routes' schemas are in (the problem document is one of theirs).
    Vocabulary.modify(&mut api);
    api
}

/// The document as YAML, exactly as committed in `openapi.yaml`.
pub fn document_yaml() -> String {
    document().to_yaml().expect("the OpenAPI document serializes")
}
