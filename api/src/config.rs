//! Configuration: every setting is a command-line flag and an environment variable, with a default
//! that runs a small county on one machine. README lists them all.

use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::path::PathBuf;

use clap::Args;
use secrecy::SecretString;

/// Where the data lives.
#[derive(Debug, Clone, Args)]
pub struct DatabaseSettings {
    /// `sqlite://PATH` (created and migrated at start) or `postgres://USER@HOST:PORT/DB`.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/ballot-tracker.db", hide_env_values = true)]
    pub database_url: String,

    /// Most database connections held open at once.
    #[arg(long, env = "BALLOT_TRACKER_DB_POOL_SIZE", default_value_t = 8)]
    pub db_pool_size: u32,
}

/// How messages leave. Without SMTP or an SMS provider, messages are written as files under the
/// outbox folder, which is how a small installation or a developer reads them.
#[derive(Debug, Clone, Args)]
pub struct MessagingSettings {
    /// Who emails come from, e.g. `Ballot Tracker <ballots@vote.example.org>`.
    #[arg(long, env = "BALLOT_TRACKER_EMAIL_FROM", default_value = "Ballot Tracker <ballots@localhost.localdomain>")]
    pub email_from: String,

    /// SMTP server as a URL with TLS and credentials: `smtps://USER:PASSWORD@HOST:465`,
    /// `smtp://USER:PASSWORD@HOST:587?tls=required`, or `smtp://HOST:25` (no TLS). Unset: `.eml` files in the outbox.
    #[arg(long, env = "BALLOT_TRACKER_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,

    /// A Twilio-compatible REST API for texts and calls, e.g. `https://api.twilio.com`. Unset: files in the outbox.
    #[arg(long, env = "BALLOT_TRACKER_SMS_API_URL")]
    pub sms_api_url: Option<String>,

    /// The provider account id.
    #[arg(long, env = "BALLOT_TRACKER_SMS_ACCOUNT")]
    pub sms_account: Option<String>,

    /// The provider auth token: authenticates our requests and verifies the provider's webhooks.
    #[arg(long, env = "BALLOT_TRACKER_SMS_AUTH_TOKEN", hide_env_values = true)]
    pub sms_auth_token: Option<SecretString>,

    /// The number (E.164) or short code texts come from.
    #[arg(long, env = "BALLOT_TRACKER_SMS_FROM", default_value = "+19165550100")]
    pub sms_from: String,

    /// The number (E.164) calls come from; defaults to the SMS number.
    #[arg(long, env = "BALLOT_TRACKER_VOICE_FROM")]
    pub voice_from: Option<String>,

    /// Where messages are written when no SMTP server or SMS provider is set (default: DATA_DIR/outbox).
    #[arg(long, env = "BALLOT_TRACKER_OUTBOX_DIR")]
    pub outbox_dir: Option<PathBuf>,
}

/// How ballot notifications are sent (`ballot-tracker worker`, or a worker inside `serve`).
#[derive(Debug, Clone, Args)]
pub struct NotifySettings {
    /// Run notification workers inside `serve`. Turn off where `ballot-tracker worker` processes send instead.
    #[arg(id = "notify-in-process", long = "notify-in-process", env = "BALLOT_TRACKER_NOTIFY_IN_PROCESS", default_value_t = true, action = clap::ArgAction::Set)]
    pub in_process: bool,

    /// Notification workers per process (PostgreSQL; SQLite always has one).
    #[arg(id = "notify-workers", long = "notify-workers", env = "BALLOT_TRACKER_NOTIFY_WORKERS", default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub workers: u16,

    /// Messages a worker takes at a time.
    #[arg(id = "notify-batch", long = "notify-batch", env = "BALLOT_TRACKER_NOTIFY_BATCH", default_value_t = 200, value_parser = clap::value_parser!(u16).range(1..=5000))]
    pub batch: u16,

    /// Messages a worker has with the providers at once.
    #[arg(id = "notify-concurrency", long = "notify-concurrency", env = "BALLOT_TRACKER_NOTIFY_CONCURRENCY", default_value_t = 32, value_parser = clap::value_parser!(u16).range(1..=1000))]
    pub concurrency: u16,

    /// Tries before a message is given up (kept as `dead`).
    #[arg(id = "notify-max-attempts", long = "notify-max-attempts", env = "BALLOT_TRACKER_NOTIFY_MAX_ATTEMPTS", default_value_t = 8, value_parser = clap::value_parser!(i16).range(1..=50))]
    pub max_attempts: i16,

    /// Seconds a worker may hold messages before another takes them over (the first died or hangs);
    /// they are sent again with the same idempotency key.
    #[arg(id = "notify-lease-seconds", long = "notify-lease-seconds", env = "BALLOT_TRACKER_NOTIFY_LEASE_SECONDS", default_value_t = 300, value_parser = clap::value_parser!(u32).range(1..=86_400))]
    pub lease_seconds: u32,

    /// Seconds an idle worker waits before looking for due messages again.
    #[arg(id = "notify-poll-seconds", long = "notify-poll-seconds", env = "BALLOT_TRACKER_NOTIFY_POLL_SECONDS", default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub poll_seconds: u64,
}

/// Everything `ballot-tracker serve` needs.
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Address and port to listen on; port 0 picks a free one.
    #[arg(long, env = "BALLOT_TRACKER_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,

    #[command(flatten)]
    pub database: DatabaseSettings,

    #[command(flatten)]
    pub messaging: MessagingSettings,

    #[command(flatten)]
    pub notify: NotifySettings,

    /// The time the service acts on (the system's; tests set their own).
    #[arg(skip)]
    pub clock: crate::clock::Clock,

    /// The address voters reach this service at (links in emails and texts, and the URL the SMS
    /// provider signs webhooks with). Defaults to http://127.0.0.1:PORT.
    #[arg(long, env = "BALLOT_TRACKER_PUBLIC_URL", value_parser = parse_origin)]
    pub public_url: Option<String>,

    /// Folder for files the server creates itself (the development signing secret).
    #[arg(long, env = "BALLOT_TRACKER_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,

    /// The built web front end (`trunk build` output) to serve at `/`; not served when the folder is missing.
    #[arg(long, env = "BALLOT_TRACKER_WEB_DIR", default_value = "web/dist")]
    pub web_dir: PathBuf,

    /// The product's name as voters see it.
    #[arg(long, env = "BALLOT_TRACKER_NAME", default_value = "Ballot Tracker")]
    pub display_name: String,

    /// Web origins (comma-separated, e.g. `https://vote.example.org`) whose pages may call the API from a browser.
    #[arg(long, env = "BALLOT_TRACKER_CORS_ORIGINS", value_delimiter = ',', value_parser = parse_origin)]
    pub cors_origins: Vec<String>,

    /// Secret that signs voter session tokens (at least 32 characters). When unset, a development
    /// secret is generated into the data folder on first start.
    #[arg(long, env = "BALLOT_TRACKER_TOKEN_SECRET", hide_env_values = true)]
    pub token_secret: Option<SecretString>,

    /// Who signs voter session tokens (the `iss` claim); distinct per installation.
    #[arg(long, env = "BALLOT_TRACKER_TOKEN_ISSUER", default_value = "ballot-tracker")]
    pub token_issuer: String,

    /// How long a voter session token lasts, in minutes.
    #[arg(long, env = "BALLOT_TRACKER_SESSION_MINUTES", default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=1440))]
    pub session_minutes: u32,

    /// How long after a contact method is confirmed it may receive the one-time code that lets a
    /// session make protected changes, in hours (a method confirmed in the asking session never may).
    #[arg(long, env = "BALLOT_TRACKER_COOLING_OFF_HOURS", default_value_t = 24, value_parser = clap::value_parser!(u32).range(0..=720))]
    pub cooling_off_hours: u32,

    /// How long a county access token (from `POST /api/v1/oauth/token`) lasts, in minutes.
    #[arg(long, env = "BALLOT_TRACKER_COUNTY_TOKEN_MINUTES", default_value_t = 15, value_parser = clap::value_parser!(u32).range(1..=60))]
    pub county_token_minutes: u32,

    /// Where a voter who is not found can check their registration.
    #[arg(long, env = "BALLOT_TRACKER_REGISTRATION_CHECK_URL", default_value = "https://voterstatus.sos.ca.gov")]
    pub registration_check_url: String,

    /// What to tell a voter asked for their voter ID about where to find it, in place of the
    /// translated default (`problem-voter-id-help` in the Fluent files); in one language only.
    #[arg(long, env = "BALLOT_TRACKER_VOTER_ID_HELP")]
    pub voter_id_help: Option<String>,

    /// Lookups one client address may make per hour.
    #[arg(long, env = "BALLOT_TRACKER_LOOKUPS_PER_CLIENT_HOUR", default_value = "60")]
    pub lookups_per_client_hour: NonZeroU32,

    /// Lookups of one person (same name, birth and ZIP) per hour, from anywhere.
    #[arg(long, env = "BALLOT_TRACKER_LOOKUPS_PER_IDENTITY_HOUR", default_value = "10")]
    pub lookups_per_identity_hour: NonZeroU32,

    /// Take the client address from `X-Forwarded-For` (only behind a reverse proxy that sets it).
    #[arg(long, env = "BALLOT_TRACKER_TRUST_PROXY", default_value_t = false)]
    pub trust_proxy: bool,

    /// Percent of a county's ballots one event batch may move to a final status (or over several
    /// steps) before its messages wait for an operator to release them.
    #[arg(long, env = "BALLOT_TRACKER_HOLD_PERCENT", default_value_t = 20, value_parser = clap::value_parser!(u8).range(1..=100))]
    pub hold_percent: u8,

    /// Batches with fewer such rows than this are never held for their share (a small county's ordinary day).
    #[arg(long, env = "BALLOT_TRACKER_HOLD_MIN_ROWS", default_value_t = 50)]
    pub hold_min_rows: usize,

    /// HTTP worker threads; defaults to one per CPU core.
    #[arg(long, env = "BALLOT_TRACKER_WORKERS")]
    pub workers: Option<usize>,
}

impl Settings {
    /// The defaults, as `ballot-tracker serve` with no flags (environment variables still apply).
    pub fn from_defaults() -> Self {
        #[derive(clap::Parser)]
        struct Serve {
            #[command(flatten)]
            settings: Settings,
        }
        <Serve as clap::Parser>::try_parse_from(["serve"]).expect("the defaults parse").settings
    }
}

/// An origin is a scheme, a host and maybe a port: nothing else, so a typo is caught at start.
fn parse_origin(input: &str) -> Result<String, String> {
    let url = url::Url::parse(input.trim()).map_err(|e| format!("{input:?} is not an origin: {e}"))?;
    let origin = url.origin();
    if !origin.is_tuple() || !matches!(url.scheme(), "http" | "https") || url.path() != "/" || url.query().is_some() {
        return Err(format!("{input:?} is not an origin: write it as https://host[:port], without a path"));
    }
    Ok(origin.ascii_serialization())
}

#[cfg(test)]
mod tests {
    use super::parse_origin;

    #[test]
    fn origins_are_normalized_and_checked() {
        assert_eq!(parse_origin("https://Vote.Example.org").unwrap(), "https://vote.example.org");
        assert_eq!(parse_origin("http://localhost:8081/").unwrap(), "http://localhost:8081");
        assert!(parse_origin("https://vote.example.org/app").is_err());
        assert!(parse_origin("vote.example.org").is_err());
        assert!(parse_origin("ftp://vote.example.org").is_err());
    }
}
