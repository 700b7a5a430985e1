//! Liveness, readiness, and what a client needs to know about this installation.

use std::time::Duration;

use actix_web::{HttpResponse, get, web};
use serde::Serialize;
use utoipa::ToSchema;

use crate::db::Database;
use crate::error::Words;
use crate::http::problem::{Problem, ServiceError};

#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    #[schema(example = "ok")]
    status: &'static str,
}

/// Liveness: the process is up and answering.
#[utoipa::path(tag = "system", responses((status = 200, description = "The server is running.", body = Health)))]
#[get("/health")]
pub async fn health() -> web::Json<Health> {
    web::Json(Health { status: "ok" })
}

/// Readiness: the database answers too.
#[utoipa::path(
    tag = "system",
    responses(
        (status = 200, description = "The server and its database are working.", body = Health),
        (status = 503, description = "The database cannot be reached.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/ready")]
pub async fn ready(database: web::Data<Database>) -> Result<web::Json<Health>, ServiceError> {
    match database.ping(Duration::from_secs(2)).await {
        Ok(()) => Ok(web::Json(Health { status: "ok" })),
        Err(error) => {
            tracing::warn!(error = format!("{error:#}"), "readiness check failed");
            Err(ServiceError::Unavailable(Words::new("problem-database-unreachable")))
        }
    }
}

/// This installation's name and API document, as the handlers serve them.
pub struct SiteInfo {
    pub name: String,
    pub openapi_yaml: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Site {
    /// The product's name as voters see it.
    #[schema(example = "Ballot Tracker")]
    name: String,
}

/// What the web front end shows about this installation.
#[utoipa::path(tag = "system", responses((status = 200, description = "This installation's public settings.", body = Site)))]
#[get("/site")]
pub async fn site(info: web::Data<SiteInfo>) -> web::Json<Site> {
    web::Json(Site { name: info.name.clone() })
}

/// This API's OpenAPI 3.1 description.
#[utoipa::path(
    tag = "system",
    responses((status = 200, description = "The OpenAPI document.", body = String, content_type = "application/yaml"))
)]
#[get("/openapi.yaml")]
pub async fn openapi_document(info: web::Data<SiteInfo>) -> HttpResponse {
    HttpResponse::Ok().content_type("application/yaml").body(info.openapi_yaml.clone())
}
