//! The county feeds: what counties (and the state, for any county) post, and their counts.
//! Every route takes a county access token from `POST /api/v1/oauth/token`.

use actix_web::{HttpRequest, get, post, web};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use utoipa::IntoParams;

use crate::feeds::ballots::{BallotRow, MAX_BALLOTS};
use crate::feeds::body::RowRead;
use crate::feeds::clients::Scope;
use crate::feeds::elections::ElectionRow;
use crate::feeds::events::{EventRow, MAX_EVENTS};
use crate::feeds::scans::{MAX_SCANS, ScanRow};
use crate::feeds::stats::ElectionStats;
use crate::feeds::token::CountyClient;
use crate::feeds::voters::MAX_VOTER_RECORDS;
use crate::feeds::{Batch, BatchResult, Feeds};
use crate::http::batch_body::read_rows;
use crate::http::problem::{Problem, ServiceError, request_language};
use crate::http::responses::{NoCountyToken, NotABatch, WrongScope};
use crate::voter::import::RawVoterRow;

/// Largest batch body, in bytes.
const MAX_BATCH_BYTES: usize = 16 * 1024 * 1024;

/// The county number in the path: `1`…`58`, with or without a leading zero.
pub(crate) fn county_number(path: &str) -> Result<i16, ServiceError> {
    path.parse::<i16>().ok().filter(|n| (1..=58).contains(n)).ok_or(ServiceError::NoSuchCounty)
}

/// What every batch endpoint does: check the county and scope, read the rows as they arrive, then
/// have the feeds apply them.
async fn batch<T: DeserializeOwned + Send + 'static>(
    (req, feeds, county, client, payload): BatchRequest,
    scope: Scope,
    max_rows: usize,
    batch: impl FnOnce(Vec<RowRead<T>>) -> Batch,
) -> Result<web::Json<BatchResult>, ServiceError> {
    let county = county_number(&county)?;
    client.authorize(county, scope)?;
    let rows = read_rows::<T>(&req, payload, max_rows, MAX_BATCH_BYTES).await?;
    let result = feeds.apply(county, client.id, batch(rows)).await?;
    Ok(web::Json(result.explained(&request_language(&req))))
}

/// The extractors every batch endpoint takes, in order: the client is checked before the body is read.
type BatchRequest = (HttpRequest, web::Data<Feeds>, String, CountyClient, web::Payload);

/// Create or update elections this county holds.
///
/// A batch (JSON array, NDJSON or CSV) of elections. The same id from several counties is one
/// election held by each; a county may change its name or dates only while no other county holds
/// it (the state-level client always may). Needs `ballots:write`.
#[utoipa::path(
    tag = "county",
    security(("county_token" = ["ballots:write"])),
    params(("county" = String, Path, description = "The county's number, 01 to 58.")),
    request_body(content = Vec<ElectionRow>, description = "JSON array, NDJSON (`application/x-ndjson`) or CSV (`text/csv`) with these fields as columns."),
    responses(
        (status = 200, description = "Each row's outcome: created, updated, unchanged or rejected.", body = BatchResult),
        NoCountyToken,
        WrongScope,
        (status = 413, description = "Too many rows or bytes.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/counties/{county}/elections")]
pub async fn post_elections(
    req: HttpRequest,
    feeds: web::Data<Feeds>,
    county: web::Path<String>,
    client: CountyClient,
    payload: web::Payload,
) -> Result<web::Json<BatchResult>, ServiceError> {
    // The state-level client may change elections other counties hold too.
    let is_state = client.county.is_none();
    let request = (req, feeds, county.into_inner(), client, payload);
    batch(request, Scope::BallotsWrite, MAX_BALLOTS, |rows| Batch::Elections { rows, by_state: is_state }).await
}

/// Create or update ballots.
///
/// A batch (JSON array, NDJSON or CSV) of up to 10,000 ballots, idempotent by the county's ballot
/// id. The voter must be registered in this county and the election held by it. A reissued ballot
/// names the ballot it `supersedes`, which becomes `superseded`. Needs `ballots:write`.
#[utoipa::path(
    tag = "county",
    security(("county_token" = ["ballots:write"])),
    params(("county" = String, Path, description = "The county's number, 01 to 58.")),
    request_body(content = Vec<BallotRow>, description = "JSON array, NDJSON (`application/x-ndjson`) or CSV (`text/csv`) with these fields as columns."),
    responses(
        (status = 200, description = "Each row's outcome: created, updated, unchanged or rejected.", body = BatchResult),
        NoCountyToken,
        WrongScope,
        (status = 413, description = "More than 10,000 rows, or too many bytes.", body = Problem, content_type = "application/problem+json"),
        NotABatch,
    )
)]
#[post("/counties/{county}/ballots")]
pub async fn post_ballots(
    req: HttpRequest,
    feeds: web::Data<Feeds>,
    county: web::Path<String>,
    client: CountyClient,
    payload: web::Payload,
) -> Result<web::Json<BatchResult>, ServiceError> {
    let request = (req, feeds, county.into_inner(), client, payload);
    batch(request, Scope::BallotsWrite, MAX_BALLOTS, Batch::Ballots).await
}

/// Post ballot status events.
///
/// A batch (JSON array, NDJSON or CSV) of up to 10,000 events, each stored once by its event id
/// whatever the order or repetition. The good events of a partly bad batch are stored. A ballot's
/// status only moves forward in the lifecycle (see `BallotStatus`): an older or lower event stays
/// in the timeline without moving it back. Events are stored in parts of up to 1,000, each in its
/// own transaction: after a failure part-way, posting the batch again stores only what is missing.
/// Needs `ballots:write`.
#[utoipa::path(
    tag = "county",
    security(("county_token" = ["ballots:write"])),
    params(("county" = String, Path, description = "The county's number, 01 to 58.")),
    request_body(content = Vec<EventRow>, description = "JSON array, NDJSON (`application/x-ndjson`) or CSV (`text/csv`) with these fields as columns."),
    responses(
        (status = 200, description = "Each event's outcome: accepted, duplicate or rejected (with the reasons).", body = BatchResult),
        NoCountyToken,
        WrongScope,
        (status = 413, description = "More than 10,000 events, or too many bytes.", body = Problem, content_type = "application/problem+json"),
        NotABatch,
    )
)]
#[post("/counties/{county}/ballot-events")]
pub async fn post_ballot_events(
    req: HttpRequest,
    feeds: web::Data<Feeds>,
    county: web::Path<String>,
    client: CountyClient,
    payload: web::Payload,
) -> Result<web::Json<BatchResult>, ServiceError> {
    let request = (req, feeds, county.into_inner(), client, payload);
    batch(request, Scope::BallotsWrite, MAX_EVENTS, Batch::Events).await
}

/// Post USPS mail-piece scans.
///
/// A batch (JSON array, NDJSON or CSV) of up to 10,000 IMb scans. Each is matched to this county's
/// ballots by the barcode's 20-digit tracking code: a scan of the outbound envelope makes the ballot
/// `in_transit` (`expected_delivery` when a date is given), of the return envelope
/// `returned_by_voter`. Unmatched scans are kept, reported as `unmatched`, and applied when a ballot
/// with their barcode is posted. Needs `ballots:write`.
#[utoipa::path(
    tag = "county",
    security(("county_token" = ["ballots:write"])),
    params(("county" = String, Path, description = "The county's number, 01 to 58.")),
    request_body(content = Vec<ScanRow>, description = "JSON array, NDJSON (`application/x-ndjson`) or CSV (`text/csv`) with these fields as columns."),
    responses(
        (status = 200, description = "Each scan's outcome: accepted (matched), unmatched, duplicate or rejected.", body = BatchResult),
        NoCountyToken,
        WrongScope,
        (status = 413, description = "More than 10,000 scans, or too many bytes.", body = Problem, content_type = "application/problem+json"),
        NotABatch,
    )
)]
#[post("/counties/{county}/usps-scans")]
pub async fn post_usps_scans(
    req: HttpRequest,
    feeds: web::Data<Feeds>,
    county: web::Path<String>,
    client: CountyClient,
    payload: web::Payload,
) -> Result<web::Json<BatchResult>, ServiceError> {
    let request = (req, feeds, county.into_inner(), client, payload);
    batch(request, Scope::BallotsWrite, MAX_SCANS, Batch::Scans).await
}

/// Add, update or cancel voter registrations.
///
/// A batch (JSON array, NDJSON or CSV) of up to 10,000 rows in the `import-voters` format, with the
/// same rules, keyed by state voter ID; status `cancelled` cancels. Every row must be for this county.
/// A voter who moved here keeps their state voter ID and with it their sign-up; a voter still active
/// in another county is moved only by the state-level client, or once that county has cancelled the
/// registration (`active_elsewhere`). Needs `voters:write`.
#[utoipa::path(
    tag = "county",
    security(("county_token" = ["voters:write"])),
    params(("county" = String, Path, description = "The county's number, 01 to 58.")),
    request_body(content = Vec<RawVoterRow>, description = "JSON array, NDJSON (`application/x-ndjson`) or CSV (`text/csv`) with these fields as columns."),
    responses(
        (status = 200, description = "Each row's outcome: created, updated, unchanged or rejected.", body = BatchResult),
        NoCountyToken,
        WrongScope,
        (status = 413, description = "More than 10,000 rows, or too many bytes.", body = Problem, content_type = "application/problem+json"),
        NotABatch,
    )
)]
#[post("/counties/{county}/voter-records")]
pub async fn post_voter_records(
    req: HttpRequest,
    feeds: web::Data<Feeds>,
    county: web::Path<String>,
    client: CountyClient,
    payload: web::Payload,
) -> Result<web::Json<BatchResult>, ServiceError> {
    // Only the state-level client may move an active voter from another county.
    let is_state = client.county.is_none();
    let request = (req, feeds, county.into_inner(), client, payload);
    batch(request, Scope::VotersWrite, MAX_VOTER_RECORDS, |rows| Batch::Voters { rows, by_state: is_state }).await
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StatsQuery {
    /// The election's id.
    election: String,
}

/// A county's counts for an election: ballots by status and reason, events per day.
///
/// Needs `stats:read`.
#[utoipa::path(
    tag = "county",
    security(("county_token" = ["stats:read"])),
    params(("county" = String, Path, description = "The county's number, 01 to 58."), StatsQuery),
    responses(
        (status = 200, description = "The counts.", body = ElectionStats),
        NoCountyToken,
        WrongScope,
        (status = 404, description = "The county holds no election with this id.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/counties/{county}/stats")]
pub async fn get_stats(
    feeds: web::Data<Feeds>,
    county: web::Path<String>,
    client: CountyClient,
    query: web::Query<StatsQuery>,
) -> Result<web::Json<ElectionStats>, ServiceError> {
    let county = county_number(&county)?;
    client.authorize(county, Scope::StatsRead)?;
    let stats = feeds.stats(county, query.into_inner().election).await?;
    stats.map(web::Json).ok_or(ServiceError::NoSuchElection)
}
