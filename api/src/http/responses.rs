//! Error answers many routes share, for their OpenAPI descriptions: each a problem document.
#![expect(dead_code, reason = "the types describe answers for the OpenAPI document; none is built")]

use utoipa::IntoResponses;

use crate::http::problem::Problem;

/// A voter route called without a valid voter token.
#[derive(IntoResponses)]
#[response(status = 401, description = "No valid voter token.", content_type = "application/problem+json")]
pub struct NoVoterToken(Problem);

/// A change that needs a session that entered a one-time code.
#[derive(IntoResponses)]
#[response(status = 403, description = "A one-time code is needed first.", content_type = "application/problem+json")]
pub struct CodeNeeded(Problem);

/// A county route called without a valid county token.
#[derive(IntoResponses)]
#[response(status = 401, description = "No valid county token.", content_type = "application/problem+json")]
pub struct NoCountyToken(Problem);

/// A county token without the route's scope, or for another county.
#[derive(IntoResponses)]
#[response(
    status = 403,
    description = "The token lacks the scope or is for another county.",
    content_type = "application/problem+json"
)]
pub struct WrongScope(Problem);

/// A batch body in none of the accepted formats.
#[derive(IntoResponses)]
#[response(status = 415, description = "Not JSON, NDJSON or CSV.", content_type = "application/problem+json")]
pub struct NotABatch(Problem);

/// A staff route called without a live staff session.
#[derive(IntoResponses)]
#[response(
    status = 401,
    description = "No live staff session: sign in again.",
    content_type = "application/problem+json"
)]
pub struct NoStaffSession(Problem);

/// A staff member whose role or county does not allow the request.
#[derive(IntoResponses)]
#[response(
    status = 403,
    description = "The staff member's role does not allow it, or it is another county's.",
    content_type = "application/problem+json"
)]
pub struct NotAllowedToStaff(Problem);
