//! The county read API: a ballot's whole history for the office phone, lists of ballots by
//! condition a page at a time, and CSV exports. County systems read with a `ballots:read` token;
//! the console with a staff session.

use actix_web::http::header::CONTENT_DISPOSITION;
use actix_web::{HttpResponse, get, post, web};
use serde::Deserialize;
use utoipa::IntoParams;

use ballot_shared::Vocabulary;
use ballot_shared::office::{BallotHistory, BallotListPage, ElectionSummary, HeldBatch, HoldDecision};

use crate::http::county::county_number;
use crate::http::problem::{Problem, ServiceError};
use crate::http::responses::{NoStaffSession, NotAllowedToStaff};
use crate::office::{ListRequest, Office, Reader};
use crate::staff::access::SignedInStaff;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchQuery {
    /// The county's ballot id.
    ballot_id: Option<String>,
    /// The state voter ID: every ballot of the voter.
    voter_id: Option<String>,
    /// Why the staff member looks (written to the county's audit log); staff must give it.
    why: Option<String>,
}

/// Find a ballot by the county's ballot id, or a voter's ballots by state voter ID, each with its
/// whole history: events, USPS scans, and every message sent with what became of it.
///
/// For the office phone: what the voter was told, and when. Each search by staff is written to
/// the county's audit log with its reason. Needs `ballots:read`, or a staff session.
#[utoipa::path(
    tag = "county",
    security(("county_token" = ["ballots:read"]), ("staff_token" = [])),
    params(("county" = String, Path, description = "The county's number, 01 to 58."), SearchQuery),
    responses(
        (status = 200, description = "The ballots found, newest first (none: an empty list).", body = Vec<BallotHistory>),
        (status = 401, description = "No valid token.", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Another county's, or a token without `ballots:read`.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Neither id given, or a staff member gave no reason.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/counties/{county}/ballots")]
pub async fn search_ballots(
    office: web::Data<Office>,
    county: web::Path<String>,
    reader: Reader,
    query: web::Query<SearchQuery>,
) -> Result<web::Json<Vec<BallotHistory>>, ServiceError> {
    let county = county_number(&county)?;
    let SearchQuery { ballot_id, voter_id, why } = query.into_inner();
    Ok(web::Json(office.search(&reader, county, ballot_id, voter_id, why).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// The election's id.
    election: String,
    /// For `not_delivered` and `not_received`: at least this many days ago (7 unless given).
    days: Option<i64>,
    /// For `not_accepted`: one reason only (a `StatusReason`).
    reason: Option<String>,
    /// The `next` of the previous page.
    after: Option<String>,
    /// Ballots per page, 1 to 500 (100 unless given).
    limit: Option<i64>,
    /// For the cure list, which is confidential: why the staff member opens it (written to the
    /// county's audit log with the first page); staff must give it.
    why: Option<String>,
}

impl ListParams {
    fn request(self, list: String) -> (ListRequest, Option<String>) {
        let request = ListRequest {
            election: self.election,
            list,
            days: self.days,
            reason: self.reason,
            after: self.after,
            limit: self.limit,
        };
        (request, self.why)
    }
}

/// A list of the county's ballots by condition, a page at a time.
///
/// `cure`: in review for a signature the voter can fix (confidential); `undeliverable`;
/// `not_delivered`: mailed `days` ago or more with no delivery since; `not_received`: a return
/// scan `days` ago or more and not received; `not_accepted`, of one `reason` or all. Each ballot
/// comes with its latest message and whether the voter has looked since. Needs `ballots:read`, or
/// a staff session.
#[utoipa::path(
    tag = "county",
    security(("county_token" = ["ballots:read"]), ("staff_token" = [])),
    params(
        ("county" = String, Path, description = "The county's number, 01 to 58."),
        ("list" = String, Path, description = "`cure`, `undeliverable`, `not_delivered`, `not_received` or `not_accepted`."),
        ListParams,
    ),
    responses(
        (status = 200, description = "A page of the list, in a fixed order; `next` continues it.", body = BallotListPage),
        (status = 401, description = "No valid token.", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Another county's, or a token without `ballots:read`.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "The county holds no election with this id.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An unknown list or reason, or a number out of range.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/counties/{county}/lists/{list}")]
pub async fn list_page(
    office: web::Data<Office>,
    path: web::Path<(String, String)>,
    reader: Reader,
    query: web::Query<ListParams>,
) -> Result<web::Json<BallotListPage>, ServiceError> {
    let (county, list) = path.into_inner();
    let county = county_number(&county)?;
    let (request, why) = query.into_inner().request(list);
    Ok(web::Json(office.list(&reader, county, request, why).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExportQuery {
    /// The election's id.
    election: String,
    days: Option<i64>,
    reason: Option<String>,
    /// Why the staff member exports (written to the county's audit log); staff must give it.
    why: Option<String>,
}

/// A whole list as a CSV file (up to 200,000 ballots).
///
/// For operators and admins, and county systems with `ballots:read`; each staff export is written
/// to the county's audit log. The cure list is confidential: its file name says so.
#[utoipa::path(
    tag = "county",
    security(("county_token" = ["ballots:read"]), ("staff_token" = [])),
    params(
        ("county" = String, Path, description = "The county's number, 01 to 58."),
        ("list" = String, Path, description = "As for `GET /counties/{county}/lists/{list}`."),
        ExportQuery,
    ),
    responses(
        (status = 200, description = "The list as CSV with a header row.", content_type = "text/csv", body = String),
        (status = 401, description = "No valid token.", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Another county's, a viewer, or a token without `ballots:read`.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "The county holds no election with this id.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An unknown list or reason, or a staff member gave no reason.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/counties/{county}/exports/{list}")]
pub async fn export_list(
    office: web::Data<Office>,
    path: web::Path<(String, String)>,
    reader: Reader,
    query: web::Query<ExportQuery>,
) -> Result<HttpResponse, ServiceError> {
    let (county, list) = path.into_inner();
    let county = county_number(&county)?;
    let ExportQuery { election, days, reason, why } = query.into_inner();
    let request = ListRequest { election: election.clone(), list, days, reason, after: None, limit: None };
    let (list, ballots) = office.export(&reader, county, request, why).await?;
    let file = crate::office::csv_file(&ballots)?;
    let safe_election: String =
        election.trim().chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
    let confidential = if list.is_confidential() { "CONFIDENTIAL-" } else { "" };
    let name = format!("{confidential}{}-county-{county:02}-{safe_election}.csv", list.as_str());
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")))
        .body(file))
}

/// The county's held event batches (and those decided lately), newest first: why each was held,
/// and what it would send, by notice, channel and language.
///
/// A batch is held when it would move a large share of the county's ballots to a final status at
/// once, moves many ballots from mailed straight to received or beyond, or came with events dated
/// in the future. Its events are stored; its messages wait until an operator releases or discards it.
#[utoipa::path(
    tag = "county",
    security(("county_token" = ["ballots:read"]), ("staff_token" = [])),
    params(("county" = String, Path, description = "The county's number, 01 to 58.")),
    responses(
        (status = 200, description = "Held batches, newest first.", body = Vec<HeldBatch>),
        (status = 401, description = "No valid token.", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Another county's, or a token without `ballots:read`.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/counties/{county}/holds")]
pub async fn held_batches(
    office: web::Data<Office>,
    county: web::Path<String>,
    reader: Reader,
) -> Result<web::Json<Vec<HeldBatch>>, ServiceError> {
    let county = county_number(&county)?;
    Ok(web::Json(office.holds(&reader, county).await?))
}

/// Release a held batch: its messages go as usual (at the voters' contact hours). Operators only.
#[utoipa::path(
    tag = "staff",
    security(("staff_token" = [])),
    params(("county" = String, Path, description = "The county's number, 01 to 58."), ("id" = i64, Path, description = "The held batch.")),
    responses(
        (status = 200, description = "Released.", body = HoldDecision),
        NoStaffSession,
        NotAllowedToStaff,
        (status = 409, description = "Not held (decided already, or another county's).", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/counties/{county}/holds/{id}/release")]
pub async fn release_hold(
    office: web::Data<Office>,
    staff: SignedInStaff,
    path: web::Path<(String, i64)>,
) -> Result<web::Json<HoldDecision>, ServiceError> {
    let (county, id) = path.into_inner();
    Ok(web::Json(office.decide(&staff, county_number(&county)?, id, true).await?))
}

/// Discard a held batch: none of its messages will ever go (its events stay stored). Operators only.
#[utoipa::path(
    tag = "staff",
    security(("staff_token" = [])),
    params(("county" = String, Path, description = "The county's number, 01 to 58."), ("id" = i64, Path, description = "The held batch.")),
    responses(
        (status = 200, description = "Discarded.", body = HoldDecision),
        NoStaffSession,
        NotAllowedToStaff,
        (status = 409, description = "Not held (decided already, or another county's).", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/counties/{county}/holds/{id}/discard")]
pub async fn discard_hold(
    office: web::Data<Office>,
    staff: SignedInStaff,
    path: web::Path<(String, i64)>,
) -> Result<web::Json<HoldDecision>, ServiceError> {
    let (county, id) = path.into_inner();
    Ok(web::Json(office.decide(&staff, county_number(&county)?, id, false).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SummaryQuery {
    /// The election's id.
    election: String,
}

/// The election at a glance, for one county: the ballot funnel, statuses and reasons not
/// accepted, where ballots are stuck, events per day, sign-ups and opt-outs, and what became of
/// every message (by notice, channel, state and the provider's report).
#[utoipa::path(
    tag = "county",
    security(("county_token" = ["ballots:read"]), ("staff_token" = [])),
    params(("county" = String, Path, description = "The county's number, 01 to 58."), SummaryQuery),
    responses(
        (status = 200, description = "The counts.", body = ElectionSummary),
        (status = 401, description = "No valid token.", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Another county's, or a token without `ballots:read`.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "The county holds no election with this id.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/counties/{county}/summary")]
pub async fn election_summary(
    office: web::Data<Office>,
    county: web::Path<String>,
    reader: Reader,
    query: web::Query<SummaryQuery>,
) -> Result<web::Json<ElectionSummary>, ServiceError> {
    let county = county_number(&county)?;
    Ok(web::Json(office.summary(&reader, county, query.into_inner().election).await?))
}
