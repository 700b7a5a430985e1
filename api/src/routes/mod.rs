//! HTTP in and out. Every API route is registered in [`api_v1`], which is also where the OpenAPI
//! document gets its paths from, so the two cannot drift apart.

mod meta;
mod voter;

use utoipa_actix_web::service_config::ServiceConfig;

/// The routes under `/api/v1`.
pub fn api_v1(cfg: &mut ServiceConfig) {
    cfg.service(meta::health)
        .service(meta::ready)
        .service(meta::site)
        .service(meta::openapi_document)
        .service(voter::create_session)
        .service(voter::me);
}
