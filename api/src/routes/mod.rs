//! HTTP in and out. Every API route is registered in [`api_v1`], which is also where the OpenAPI
//! document gets its paths from, so the two cannot drift apart.

mod county;
mod meta;
mod oauth;
mod portal;
mod voter;

use std::net::{IpAddr, Ipv4Addr};

use actix_web::HttpRequest;

use utoipa_actix_web::service_config::ServiceConfig;

/// The routes under `/api/v1`.
pub fn api_v1(cfg: &mut ServiceConfig) {
    cfg.service(meta::health)
        .service(meta::ready)
        .service(meta::site)
        .service(meta::openapi_document)
        .service(voter::create_session)
        .service(voter::me)
        .service(portal::ballots)
        .service(portal::get_preferences)
        .service(portal::patch_preferences)
        .service(portal::put_method)
        .service(portal::delete_method)
        .service(portal::resend_confirmation)
        .service(portal::send_code)
        .service(portal::verify)
        .service(portal::confirm)
        .service(portal::unsubscribe)
        .service(portal::unsubscribe_page)
        .service(portal::sms_inbound)
        .service(portal::sms_status)
        .service(oauth::issue_token)
        .service(county::post_elections)
        .service(county::post_ballots)
        .service(county::post_ballot_events)
        .service(county::post_usps_scans)
        .service(county::post_voter_records)
        .service(county::get_stats);
}

/// The client's address: the peer, or with `trust_proxy` the one a reverse proxy reports.
pub fn client_address(req: &HttpRequest, trust_proxy: bool) -> IpAddr {
    let info = req.connection_info();
    let address = if trust_proxy { info.realip_remote_addr() } else { info.peer_addr() };
    address
        .and_then(|a| a.parse::<IpAddr>().ok().or_else(|| a.parse::<std::net::SocketAddr>().ok().map(|s| s.ip())))
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
}
