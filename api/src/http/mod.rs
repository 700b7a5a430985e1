//! HTTP in and out: the server, its routes, extractors and the mapping of errors to problems.
//! Only this layer (and `main`) knows actix-web. Every API route is registered in [`api_v1`], which
//! is also where the OpenAPI document gets its paths from, so the two cannot drift apart.

mod batch_body;
mod county;
pub mod extractors;
mod meta;
mod oauth;
mod office;
pub mod openapi;
mod portal;
pub mod problem;
mod responses;
pub mod server;
mod staff;
mod voter;
pub mod web_files;

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
        .service(voter::sign_out)
        .service(voter::sign_out_everywhere)
        .service(portal::ballots)
        .service(portal::get_preferences)
        .service(portal::patch_preferences)
        .service(portal::put_method)
        .service(portal::delete_method)
        .service(portal::resend_confirmation)
        .service(portal::send_code)
        .service(portal::verify)
        .service(portal::confirm_by_code)
        .service(portal::undo)
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
        .service(county::get_stats)
        .service(office::search_ballots)
        .service(office::list_page)
        .service(office::export_list)
        .service(office::election_summary)
        .service(office::held_batches)
        .service(office::release_hold)
        .service(office::discard_hold)
        .service(staff::enrolment_secret)
        .service(staff::enrol)
        .service(staff::sign_in)
        .service(staff::current_session)
        .service(staff::sign_out)
        .service(staff::accounts)
        .service(staff::create_account)
        .service(staff::disable_account)
        .service(staff::end_sessions)
        .service(staff::audit_log);
}

/// Whether the client's address is the one a reverse proxy in front reports (`X-Forwarded-For`).
#[derive(Debug, Clone, Copy)]
pub struct TrustProxy(pub bool);

/// The client's address: the peer, or with `trust_proxy` the one a reverse proxy reports.
pub fn client_address(req: &HttpRequest, trust_proxy: TrustProxy) -> IpAddr {
    let info = req.connection_info();
    let address = if trust_proxy.0 { info.realip_remote_addr() } else { info.peer_addr() };
    address
        .and_then(|a| a.parse::<IpAddr>().ok().or_else(|| a.parse::<std::net::SocketAddr>().ok().map(|s| s.ip())))
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
}
