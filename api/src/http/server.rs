//! Building and running the server: one place where the app is wired together.

use std::net::TcpListener;
use std::num::NonZeroU32;
use std::sync::Arc;

use actix_cors::Cors;
use actix_web::dev::Server;
use actix_web::middleware::{DefaultHeaders, ErrorHandlers};
use actix_web::{App, HttpServer, web};
use anyhow::Context;
use governor::Quota;
use tracing_actix_web::{DefaultRootSpanBuilder, RootSpanBuilder, TracingLogger};
use utoipa_actix_web::AppExt;

use crate::config::Settings;
use crate::db::Database;
use crate::feeds::Feeds;
use crate::http::TrustProxy;
use crate::http::meta::SiteInfo;
use crate::http::oauth::TokenEndpoint;
use crate::http::openapi;
use crate::http::problem::{self, localize_problems};
use crate::http::web_files::WebFiles;
use crate::limits::AddressLimit;
use crate::messaging::transport::Transport;
use crate::notify::holds::HoldRules;
use crate::notify::worker::Workers;
use crate::office::Office;
use crate::services::Services;
use crate::staff::Staff;
use crate::tokens::SessionKeys;
use crate::voter::portal::Portal;
use crate::voter::sign_in::SignIn;

/// Largest JSON body the API reads.
const JSON_LIMIT_BYTES: usize = 64 * 1024;

/// Token requests one address may make per minute, in a burst or spread out.
const TOKEN_REQUESTS_PER_MINUTE: NonZeroU32 = NonZeroU32::new(30).expect("not zero");

/// Everything the handlers take, each as its own `web::Data` so a handler names only what it uses.
#[derive(Clone)]
struct HandlerData {
    database: web::Data<Database>,
    session_keys: web::Data<SessionKeys>,
    portal: web::Data<Portal>,
    feeds: web::Data<Feeds>,
    site: web::Data<SiteInfo>,
    sign_in: web::Data<SignIn>,
    token_endpoint: web::Data<TokenEndpoint>,
    trust_proxy: web::Data<TrustProxy>,
    staff: web::Data<Staff>,
    office: web::Data<Office>,
}

impl HandlerData {
    fn new(services: &Services, settings: &Settings) -> Self {
        Self {
            database: web::Data::new(services.database.clone()),
            session_keys: web::Data::from(services.session_keys.clone()),
            portal: web::Data::new(services.portal.clone()),
            feeds: web::Data::new(Feeds {
                database: services.database.clone(),
                clock: services.clock.clone(),
                holds: HoldRules { share: f64::from(settings.hold_percent) / 100.0, min_rows: settings.hold_min_rows },
            }),
            site: web::Data::new(SiteInfo {
                name: settings.display_name.clone(),
                openapi_yaml: openapi::document_yaml(),
            }),
            sign_in: web::Data::from(services.sign_in.clone()),
            token_endpoint: web::Data::new(TokenEndpoint {
                limits: AddressLimit::new(Quota::per_minute(TOKEN_REQUESTS_PER_MINUTE)),
                county_token_lifetime: chrono::Duration::minutes(settings.county_token_minutes.into()),
            }),
            trust_proxy: web::Data::new(TrustProxy(settings.trust_proxy)),
            staff: web::Data::new(services.staff.clone()),
            office: web::Data::new(services.office.clone()),
        }
    }
}

pub struct Application {
    port: u16,
    server: Server,
    services: Services,
    workers: Option<Workers>,
}

impl Application {
    /// Connects and migrates the database, binds the listener, and prepares the server (and its
    /// notification workers, unless they run in processes of their own).
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        Self::build_with_transport(settings, None).await
    }

    /// The same, with `transport` carrying every message in place of the configured transports
    /// (tests give an in-memory one).
    pub async fn build_with_transport(
        settings: Settings,
        transport: Option<Arc<dyn Transport>>,
    ) -> anyhow::Result<Self> {
        let listener =
            TcpListener::bind(settings.listen).with_context(|| format!("listening on {}", settings.listen))?;
        let port = listener.local_addr()?.port();
        let services = Services::build_with_transport(&settings, port, transport).await?;
        let server = run(listener, HandlerData::new(&services, &settings), &settings)?;
        let workers =
            settings.notify.in_process.then(|| Workers::start(&services.delivery, &settings.notify)).transpose()?;
        Ok(Self { port, server, services, workers })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// What the handlers and workers share (tests drive the notification worker through it).
    pub fn services(&self) -> &Services {
        &self.services
    }

    /// Serves until the process is asked to stop (Ctrl-C or SIGTERM), finishing requests in flight;
    /// the notification workers finish the messages they hold, then stop too.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let served = self.server.await;
        if let Some(workers) = self.workers {
            workers.stop().await;
        }
        served
    }
}

fn run(listener: TcpListener, data: HandlerData, settings: &Settings) -> anyhow::Result<Server> {
    let web_files = if settings.web_dir.is_dir() {
        tracing::info!(dir = %settings.web_dir.display(), "serving the web front end");
        let files = WebFiles::load(&settings.web_dir)
            .with_context(|| format!("reading the web front end in {}", settings.web_dir.display()))?;
        Some(web::Data::new(files))
    } else {
        tracing::warn!(dir = %settings.web_dir.display(), "web front end not built; serving the API only");
        None
    };
    let content_security_policy =
        web_files.as_ref().map_or_else(WebFiles::no_page_policy, |files| files.content_security_policy().to_owned());
    // Browsers that reached us over https once keep to https (only when the public URL is https).
    let https = settings.public_url.as_deref().is_some_and(|url| url.starts_with("https://"));
    let cors_origins = settings.cors_origins.clone();
    let mut server = HttpServer::new(move || {
        let (app, _) = App::new()
            .into_utoipa_app()
            .app_data(data.database.clone())
            .app_data(data.session_keys.clone())
            .app_data(data.portal.clone())
            .app_data(data.feeds.clone())
            .app_data(data.site.clone())
            .app_data(data.sign_in.clone())
            .app_data(data.token_endpoint.clone())
            .app_data(data.trust_proxy.clone())
            .app_data(data.staff.clone())
            .app_data(data.office.clone())
            .app_data(web::JsonConfig::default().limit(JSON_LIMIT_BYTES).error_handler(problem::json_error))
            .app_data(web::FormConfig::default().limit(JSON_LIMIT_BYTES).error_handler(problem::form_error))
            .service(openapi::api_scope())
            .split_for_parts();
        let app = match &web_files {
            Some(files) => app.app_data(files.clone()).default_service(web::to(web_file)),
            None => app,
        };
        let mut headers = DefaultHeaders::new()
            .add(("X-Content-Type-Options", "nosniff"))
            .add(("Referrer-Policy", "no-referrer"))
            .add(("X-Frame-Options", "DENY"))
            .add(("Content-Security-Policy", content_security_policy.clone()))
            .add(("Permissions-Policy", PERMISSIONS_POLICY));
        if https {
            headers = headers.add(("Strict-Transport-Security", "max-age=63072000"));
        }
        app.wrap(ErrorHandlers::new().default_handler(localize_problems))
            .wrap(cors(&cors_origins))
            .wrap(headers)
            .wrap(TracingLogger::<RequestSpan>::new())
    })
    .listen(listener)?;
    if let Some(workers) = settings.workers {
        server = server.workers(workers);
    }
    Ok(server.run())
}

/// Browsers on the listed origins may call the API; without a list, only same-origin pages can.
fn cors(origins: &[String]) -> Cors {
    origins
        .iter()
        .fold(Cors::default(), |cors, origin| cors.allowed_origin(origin))
        .allowed_methods(["GET", "POST", "PUT", "PATCH", "DELETE"])
        .allowed_headers(["Authorization", "Content-Type"])
        .max_age(3600)
}

/// Browser features the page does not use, turned off for it and anything it could embed.
const PERMISSIONS_POLICY: &str = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), \
     microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()";

/// A file of the built front end; any path that is not one gets `index.html`, so the front end's
/// own routes work on reload and from links.
async fn web_file(files: web::Data<WebFiles>, request: actix_web::HttpRequest) -> actix_web::HttpResponse {
    // An API path no route matched: the API's "no such endpoint", never the page.
    if request.path() == "/api" || request.path().starts_with("/api/") {
        return actix_web::HttpResponse::NotFound().finish();
    }
    files.answer(&request)
}

/// The span of each request: its method and the route's pattern (`/api/v1/unsubscribe/{token}`),
/// or for a page its path without the query, never the raw target: links in messages carry
/// tokens (unsubscribe, undo, confirmation) in their path or query, and logs must not.
pub struct RequestSpan;

impl RootSpanBuilder for RequestSpan {
    fn on_request_start(request: &actix_web::dev::ServiceRequest) -> tracing::Span {
        let route = request.match_pattern().unwrap_or_else(|| request.path().to_owned());
        tracing::info_span!(
            "HTTP request",
            http.method = %request.method(),
            http.route = %route,
            http.status_code = tracing::field::Empty,
            otel.status_code = tracing::field::Empty,
            exception.message = tracing::field::Empty,
            exception.details = tracing::field::Empty,
        )
    }

    fn on_request_end<B: actix_web::body::MessageBody>(
        span: tracing::Span,
        outcome: &Result<actix_web::dev::ServiceResponse<B>, actix_web::Error>,
    ) {
        DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}
