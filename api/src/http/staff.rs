//! County staff: enrolling by the link an admin gave, signing in and out, and (for admins) the
//! county's staff accounts and their audit log.

use actix_web::{HttpRequest, HttpResponse, delete, get, post, web};
use chrono::NaiveDateTime;
use serde::Deserialize;
use utoipa::IntoParams;

use ballot_shared::staff::{
    AuditEntry, CreatedStaff, EnrolmentSecret, EnrolmentTokenForm, NewStaffForm, StaffAccount, StaffEnrolmentForm,
    StaffMember, StaffSession, StaffSignInForm,
};

use crate::http::problem::{Problem, ServiceError};
use crate::http::responses::{NoStaffSession, NotAllowedToStaff};
use crate::http::{TrustProxy, client_address};
use crate::staff::Staff;
use crate::staff::access::SignedInStaff;

/// Open an enrolment link: whose account it is, and the authenticator secret to add.
///
/// The same secret comes back each time the link is opened, until enrolment is finished.
#[utoipa::path(
    tag = "staff",
    request_body = EnrolmentTokenForm,
    responses(
        (status = 200, description = "The account and the authenticator secret.", body = EnrolmentSecret),
        (status = 410, description = "The link was used, has expired, or never existed.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The token is not of the link's shape.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/staff/enrolment/secret")]
pub async fn enrolment_secret(
    staff: web::Data<Staff>,
    form: web::Json<EnrolmentTokenForm>,
) -> Result<HttpResponse, ServiceError> {
    let token = form.validate().map_err(ServiceError::InvalidFields)?;
    let secret = staff.enrolment_secret(token).await?;
    // Like every API answer, marked `Cache-Control: no-store` (`openapi::api_scope`).
    Ok(HttpResponse::Ok().json(secret))
}

/// Finish enrolling: set the password and prove the authenticator works with a code from it.
///
/// The link then stops working; sign in with `POST /api/v1/staff/session`.
#[utoipa::path(
    tag = "staff",
    request_body = StaffEnrolmentForm,
    responses(
        (status = 201, description = "Enrolled: the account can sign in.", body = StaffMember),
        (status = 409, description = "The link's secret was not asked for first.", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "The link was used, has expired, or never existed.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is wrong: a short password, or a code the authenticator did not make.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/staff/enrolment")]
pub async fn enrol(staff: web::Data<Staff>, form: web::Json<StaffEnrolmentForm>) -> Result<HttpResponse, ServiceError> {
    let enrolment = form.validate().map_err(ServiceError::InvalidFields)?;
    let member = staff.enrol(enrolment).await?;
    Ok(HttpResponse::Created().json(member))
}

/// Sign in with email, password and the authenticator's current code.
///
/// A refusal never says which of the three was wrong. Five refusals in a row for one email lock
/// it for 15 minutes (429 with `Retry-After`); attempts per client address are limited too.
#[utoipa::path(
    tag = "staff",
    request_body = StaffSignInForm,
    responses(
        (status = 201, description = "Signed in.", body = StaffSession),
        (status = 401, description = "The email, password or code is wrong, or the account is disabled.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is missing or not of its shape.", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts; see `Retry-After`.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/staff/session")]
pub async fn sign_in(
    req: HttpRequest,
    staff: web::Data<Staff>,
    trust_proxy: web::Data<TrustProxy>,
    form: web::Json<StaffSignInForm>,
) -> Result<HttpResponse, ServiceError> {
    let sign_in = form.validate().map_err(ServiceError::InvalidFields)?;
    let session = staff.sign_in(sign_in, client_address(&req, **trust_proxy)).await?;
    Ok(HttpResponse::Created().json(session))
}

/// Who is signed in, and when the session ends if unused.
#[utoipa::path(
    tag = "staff",
    security(("staff_token" = [])),
    responses((status = 200, description = "The signed-in staff member.", body = StaffSessionState), NoStaffSession)
)]
#[get("/staff/session")]
pub async fn current_session(
    staff: web::Data<Staff>,
    signed_in: SignedInStaff,
) -> Result<web::Json<StaffSessionState>, ServiceError> {
    let idle_until = staff.session_ends_at(&signed_in).await?;
    Ok(web::Json(StaffSessionState { staff: signed_in.member, idle_until }))
}

/// A staff session as it stands.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct StaffSessionState {
    pub staff: StaffMember,
    /// When the session ends unless used before (UTC).
    pub idle_until: NaiveDateTime,
}

/// Sign out: the token stops working at once.
#[utoipa::path(
    tag = "staff",
    security(("staff_token" = [])),
    responses((status = 204, description = "Signed out."), NoStaffSession)
)]
#[delete("/staff/session")]
pub async fn sign_out(staff: web::Data<Staff>, signed_in: SignedInStaff) -> Result<HttpResponse, ServiceError> {
    staff.sign_out(&signed_in).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CountyQuery {
    /// A county number, for the state's admins (county admins see their own county only).
    county: Option<i16>,
}

/// The staff accounts an admin manages.
#[utoipa::path(
    tag = "staff",
    security(("staff_token" = [])),
    params(CountyQuery),
    responses((status = 200, description = "Accounts, by email.", body = Vec<StaffAccount>), NoStaffSession, NotAllowedToStaff)
)]
#[get("/staff/accounts")]
pub async fn accounts(
    staff: web::Data<Staff>,
    signed_in: SignedInStaff,
    query: web::Query<CountyQuery>,
) -> Result<web::Json<Vec<StaffAccount>>, ServiceError> {
    Ok(web::Json(staff.accounts(&signed_in, query.county).await?))
}

/// Create a staff account; its owner enrols by the link in the answer, shown this once.
///
/// A county admin creates accounts for their county; only the state's admins create state accounts.
#[utoipa::path(
    tag = "staff",
    security(("staff_token" = [])),
    request_body = NewStaffForm,
    responses(
        (status = 201, description = "Created; pass the enrolment link to its owner.", body = CreatedStaff),
        NoStaffSession,
        NotAllowedToStaff,
        (status = 409, description = "The email has an account already.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is wrong.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/staff/accounts")]
pub async fn create_account(
    staff: web::Data<Staff>,
    signed_in: SignedInStaff,
    form: web::Json<NewStaffForm>,
) -> Result<HttpResponse, ServiceError> {
    let new = form.validate().map_err(ServiceError::InvalidFields)?;
    let created = staff.create(&signed_in, new).await?;
    Ok(HttpResponse::Created().json(created))
}

/// Disable a staff account: it can no longer sign in, and its sessions end at once.
#[utoipa::path(
    tag = "staff",
    security(("staff_token" = [])),
    params(("id" = i64, Path, description = "The account's id.")),
    responses(
        (status = 200, description = "Disabled.", body = StaffAccount),
        NoStaffSession,
        NotAllowedToStaff,
        (status = 404, description = "No account of the admin's county has this id.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/staff/accounts/{id}/disable")]
pub async fn disable_account(
    staff: web::Data<Staff>,
    signed_in: SignedInStaff,
    id: web::Path<i64>,
) -> Result<web::Json<StaffAccount>, ServiceError> {
    Ok(web::Json(staff.disable(&signed_in, id.into_inner()).await?))
}

/// End every session of a staff account (a lost laptop): its tokens stop working at once.
#[utoipa::path(
    tag = "staff",
    security(("staff_token" = [])),
    params(("id" = i64, Path, description = "The account's id.")),
    responses(
        (status = 204, description = "Its sessions have ended."),
        NoStaffSession,
        NotAllowedToStaff,
        (status = 404, description = "No account of the admin's county has this id.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/staff/accounts/{id}/sessions")]
pub async fn end_sessions(
    staff: web::Data<Staff>,
    signed_in: SignedInStaff,
    id: web::Path<i64>,
) -> Result<HttpResponse, ServiceError> {
    staff.end_sessions(&signed_in, id.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// A county number, for the state's admins (county admins read their own county's log).
    county: Option<i16>,
    /// The earliest time to include, `YYYY-MM-DDTHH:MM:SS` UTC; 30 days ago by default.
    since: Option<NaiveDateTime>,
    /// The next page: entries older than this entry id (the last `id` of the previous page).
    before: Option<i64>,
}

/// The staff audit log: who signed in, searched, exported, released or corrected what, when and why.
///
/// Newest first, 200 entries a page. For the county's admins and the state's.
#[utoipa::path(
    tag = "staff",
    security(("staff_token" = [])),
    params(AuditQuery),
    responses((status = 200, description = "Entries, newest first.", body = Vec<AuditEntry>), NoStaffSession, NotAllowedToStaff)
)]
#[get("/staff/audit")]
pub async fn audit_log(
    staff: web::Data<Staff>,
    signed_in: SignedInStaff,
    query: web::Query<AuditQuery>,
) -> Result<web::Json<Vec<AuditEntry>>, ServiceError> {
    Ok(web::Json(staff.audit_log(&signed_in, query.county, query.since, query.before).await?))
}
