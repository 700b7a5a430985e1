//! Building and running the server: one place where the app is wired together.

use std::net::TcpListener;
use std::num::NonZeroU32;
use std::path::PathBuf;

use actix_cors::Cors;
use actix_files::{Files, NamedFile};
use actix_web::dev::{Server, ServiceRequest, ServiceResponse, fn_service};
use actix_web::middleware::{DefaultHeaders, ErrorHandlers};
use actix_web::{App, HttpServer, web};
use anyhow::Context;
use governor::Quota;
use tracing_actix_web::TracingLogger;
use utoipa_actix_web::AppExt;

use crate::clock::Clock;
use crate::config::Settings;
use crate::db::Database;
use crate::limits::{AddressLimit, KeyedLimit};
use crate::messaging::Messenger;
use crate::notify::worker::Workers;
use crate::openapi;
use crate::problem::{self, ensure_problem_body};
use crate::voter::lookup::LookupLimits;
use crate::voter::session::SessionKeys;

/// Largest JSON body the API reads.
const JSON_LIMIT_BYTES: usize = 64 * 1024;

/// Token requests one address may make per minute, in a burst or spread out.
const TOKEN_REQUESTS_PER_MINUTE: NonZeroU32 = NonZeroU32::new(30).expect("not zero");

/// Confirmations and codes one voter, or one address, may be sent per hour.
const MESSAGES_PER_HOUR: NonZeroU32 = NonZeroU32::new(6).expect("not zero");

/// What every handler can reach.
pub struct AppState {
    pub database: Database,
    pub display_name: String,
    pub session_keys: SessionKeys,
    pub openapi_yaml: String,
    pub registration_check_url: String,
    pub voter_id_help: String,
    pub lookup_limits: LookupLimits,
    /// Token requests per client address (each costs an argon2 verification).
    pub token_limits: AddressLimit,
    pub county_token_lifetime: chrono::Duration,
    pub trust_proxy: bool,
    pub messenger: Messenger,
    /// Confirmations and codes per voter (`voter:ID`) and per address (`to:ADDRESS`), so the service
    /// cannot be used to flood someone's inbox or phone.
    pub message_limits: KeyedLimit<String>,
    /// Where voters reach this service, without a trailing slash (links in messages; webhook signatures).
    pub public_url: String,
    /// The time the service acts on.
    pub clock: Clock,
}

impl AppState {
    /// Connects and migrates the database and sets up the message transports; `port` is where
    /// voters reach this process when no public address is configured.
    pub async fn build(settings: &Settings, port: u16) -> anyhow::Result<web::Data<Self>> {
        let token_secret = crate::secrets::token_secret(settings.token_secret.as_ref(), &settings.data_dir)?;
        let database_settings = settings.database.clone();
        let database = web::block(move || Database::connect(&database_settings)).await??;
        web::block(crate::feeds::clients::prepare).await?;
        let messenger = Messenger::new(&settings.messaging, &settings.data_dir)?;
        let public_url = settings.public_url.clone().unwrap_or_else(|| format!("http://127.0.0.1:{port}"));
        Ok(web::Data::new(AppState {
            database,
            display_name: settings.display_name.clone(),
            session_keys: SessionKeys::new(
                &token_secret,
                &settings.token_issuer,
                chrono::Duration::minutes(settings.session_minutes.into()),
            ),
            openapi_yaml: openapi::document_yaml(),
            registration_check_url: settings.registration_check_url.clone(),
            voter_id_help: settings.voter_id_help.clone(),
            lookup_limits: LookupLimits::new(settings.lookups_per_client_hour, settings.lookups_per_identity_hour),
            token_limits: AddressLimit::new(Quota::per_minute(TOKEN_REQUESTS_PER_MINUTE)),
            county_token_lifetime: chrono::Duration::minutes(settings.county_token_minutes.into()),
            trust_proxy: settings.trust_proxy,
            messenger,
            message_limits: KeyedLimit::new(Quota::per_hour(MESSAGES_PER_HOUR)),
            public_url,
            clock: settings.clock.clone(),
        }))
    }
}

pub struct Application {
    port: u16,
    server: Server,
    state: web::Data<AppState>,
    workers: Option<Workers>,
}

impl Application {
    /// Connects and migrates the database, binds the listener, and prepares the server (and its
    /// notification workers, unless they run in processes of their own).
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let listener =
            TcpListener::bind(settings.listen).with_context(|| format!("listening on {}", settings.listen))?;
        let port = listener.local_addr()?.port();
        let state = AppState::build(&settings, port).await?;
        let server = run(listener, state.clone(), &settings)?;
        let workers =
            settings.notify.in_process.then(|| Workers::start(state.clone(), &settings.notify)).transpose()?;
        Ok(Self { port, server, state, workers })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// What the handlers share (tests drive the notification worker through it).
    pub fn state(&self) -> web::Data<AppState> {
        self.state.clone()
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

fn run(listener: TcpListener, state: web::Data<AppState>, settings: &Settings) -> anyhow::Result<Server> {
    let web_dir = settings.web_dir.is_dir().then(|| settings.web_dir.clone());
    match &web_dir {
        Some(dir) => tracing::info!(dir = %dir.display(), "serving the web front end"),
        None => tracing::warn!(dir = %settings.web_dir.display(), "web front end not built; serving the API only"),
    }
    let cors_origins = settings.cors_origins.clone();
    let mut server = HttpServer::new(move || {
        let (app, _) = App::new()
            .into_utoipa_app()
            .app_data(state.clone())
            .app_data(web::JsonConfig::default().limit(JSON_LIMIT_BYTES).error_handler(problem::json_error))
            .app_data(web::FormConfig::default().limit(JSON_LIMIT_BYTES).error_handler(problem::form_error))
            .service(openapi::api_scope())
            .split_for_parts();
        let app = match &web_dir {
            Some(dir) => app.service(spa_files(dir.clone())),
            None => app,
        };
        app.wrap(ErrorHandlers::new().default_handler(ensure_problem_body))
            .wrap(cors(&cors_origins))
            .wrap(
                DefaultHeaders::new()
                    .add(("X-Content-Type-Options", "nosniff"))
                    .add(("Referrer-Policy", "no-referrer"))
                    .add(("X-Frame-Options", "DENY")),
            )
            .wrap(TracingLogger::default())
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

/// The built SPA; any path that is not a file gets `index.html`, so the front end's own routes work on reload.
fn spa_files(dir: PathBuf) -> Files {
    let index = dir.join("index.html");
    Files::new("/", dir).index_file("index.html").default_handler(fn_service(move |req: ServiceRequest| {
        let index = index.clone();
        async move {
            let (req, _) = req.into_parts();
            let response = NamedFile::open_async(&index).await?.into_response(&req);
            Ok(ServiceResponse::new(req, response))
        }
    }))
}
