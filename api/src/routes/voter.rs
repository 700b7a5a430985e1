//! The voter's side: finding oneself on the voter roll.

use actix_web::{HttpResponse, post, web};
use ballot_shared::forms::VoterLookupForm;

use crate::problem::{ApiError, Problem};

/// The date in California, which decides how old a voter is today.
fn today_in_california() -> chrono::NaiveDate {
    chrono::Utc::now().with_timezone(&chrono_tz::America::Los_Angeles).date_naive()
}

/// Find yourself on the voter roll and start a voter session.
///
/// Validates the form with the same rules the web front end uses. The lookup itself is not
/// switched on yet: a valid form is answered with 501.
#[utoipa::path(
    tag = "voter",
    request_body = VoterLookupForm,
    responses(
        (status = 400, description = "The body is not JSON of this shape.", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not `application/json`.", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Some fields are invalid; `errors` lists every one.", body = Problem, content_type = "application/problem+json"),
        (status = 501, description = "The form is valid, but voter lookup is not available yet.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/voter/session")]
pub async fn create_session(form: web::Json<VoterLookupForm>) -> Result<HttpResponse, ApiError> {
    let _lookup = form.validate(today_in_california()).map_err(ApiError::InvalidFields)?;
    Err(ApiError::NotImplemented {
        title: "Voter lookup is not available yet",
        detail: "Your details are filled in correctly, but finding voters on the roll is not switched on yet.",
    })
}
