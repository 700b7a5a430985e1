use ballot_api::config::{DatabaseSettings, Settings};
use ballot_api::http::server::Application;
use ballot_api::telemetry::{self, LogFormat};
use clap::{Parser, Subcommand};

/// Mail ballot tracking for voters and counties.
#[derive(Parser)]
#[command(name = "ballot-tracker", version)]
struct Cli {
    /// How log lines look.
    #[arg(long, global = true, env = "BALLOT_TRACKER_LOG_FORMAT", value_enum, default_value_t)]
    log_format: LogFormat,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the API (and the web front end, when built), migrating the database first.
    Serve(Box<Settings>),
    /// Send ballot notifications only (no HTTP): for deployments that run `serve` with
    /// `--notify-in-process false` and workers in processes of their own. Takes `serve`'s settings.
    Worker(Box<Settings>),
    /// Bring the database schema up to date, then exit.
    Migrate(DatabaseSettings),
    /// Add or update voters from a CSV file: voter_id,county,first_name,last_name,date_of_birth,zip,status.
    ImportVoters {
        /// The CSV file.
        file: std::path::PathBuf,
        #[command(flatten)]
        database: DatabaseSettings,
    },
    /// List the counties, or change a county's settings and elections-office contacts.
    Counties {
        #[command(subcommand)]
        action: CountiesCommand,
        #[command(flatten)]
        database: DatabaseSettings,
    },
    /// Create, list or revoke the API clients counties and the state use to post their feeds.
    Clients {
        #[command(subcommand)]
        action: ClientsCommand,
        #[command(flatten)]
        database: DatabaseSettings,
    },
    /// Create or change an election for one or more counties (as the state feed can).
    Elections {
        #[command(subcommand)]
        action: ElectionsCommand,
        #[command(flatten)]
        database: DatabaseSettings,
    },
    /// Create, list, reset or disable the accounts of county and state staff (the console's users).
    Staff {
        #[command(subcommand)]
        action: StaffCommand,
        #[command(flatten)]
        database: DatabaseSettings,
    },
    /// Print the OpenAPI document (YAML).
    Openapi,
}

#[derive(Subcommand)]
enum CountiesCommand {
    /// Print every county with its settings.
    List,
    /// Change one county's settings, e.g. `counties set 34 --phone "(916) 555-0100"`.
    Set {
        /// The county's number, 01 to 58.
        county: String,
        #[command(flatten)]
        settings: ballot_api::cli::CountySettings,
    },
}

#[derive(Subcommand)]
enum ClientsCommand {
    /// Create a client and print its id and secret (shown this once only).
    Create {
        /// Whose system this is, e.g. "Sacramento County EMS".
        #[arg(long)]
        name: String,
        /// The county it posts for, 01 to 58.
        #[arg(long, required_unless_present = "state", conflicts_with = "state")]
        county: Option<String>,
        /// A state-level client (the Secretary of State's feed), which may act for every county.
        #[arg(long)]
        state: bool,
        /// What it may do: ballots:write, voters:write, stats:read, ballots:read (space- or comma-separated).
        #[arg(long)]
        scopes: String,
    },
    /// Print every client (never their secrets).
    List,
    /// Revoke a client: its tokens stop working at once.
    Revoke {
        /// The client id, as printed by `clients create` or `clients list`.
        client_id: String,
    },
}

#[derive(Subcommand)]
enum StaffCommand {
    /// Create an account and print the one-time link its owner enrols by.
    Create {
        /// The person's work email: their sign-in name.
        #[arg(long)]
        email: String,
        /// The county they work for, 01 to 58.
        #[arg(long, required_unless_present = "state", conflicts_with = "state")]
        county: Option<String>,
        /// The state's staff, who see every county.
        #[arg(long)]
        state: bool,
        /// viewer (sees), operator (also holds, releases, corrects, exports) or admin (also manages staff).
        #[arg(long)]
        role: String,
        /// Where the service is reached, for the link.
        #[arg(long, env = "BALLOT_TRACKER_PUBLIC_URL", default_value = ballot_api::cli::LOCAL_URL)]
        public_url: String,
    },
    /// Print every account (never a secret).
    List,
    /// Replace an account's password and authenticator with a new enrolment link (a lost phone).
    Reset {
        email: String,
        #[arg(long, env = "BALLOT_TRACKER_PUBLIC_URL", default_value = ballot_api::cli::LOCAL_URL)]
        public_url: String,
    },
    /// Disable an account: it can no longer sign in, and its sessions end at once.
    Disable { email: String },
    /// Enable a disabled account again.
    Enable { email: String },
}

#[derive(Subcommand)]
enum ElectionsCommand {
    /// Create an election, or change its name and dates, for the listed counties.
    Set {
        /// The election's id, the same for every county holding it, e.g. 2026-11-03-general.
        #[arg(long)]
        id: String,
        #[arg(long)]
        name: String,
        /// YYYY-MM-DD.
        #[arg(long)]
        election_day: String,
        /// Last day a ballot postmarked by election day may arrive (YYYY-MM-DD); 7 days after by default.
        #[arg(long)]
        return_deadline: Option<String>,
        /// Last day to fix a signature problem (YYYY-MM-DD).
        #[arg(long)]
        cure_deadline: Option<String>,
        /// The counties holding it: numbers separated by commas, or `all`.
        #[arg(long)]
        counties: String,
    },
}

#[actix_web::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Openapi => print!("{}", ballot_api::http::openapi::document_yaml()),
        Command::Migrate(database) => {
            telemetry::init(cli.log_format);
            ballot_api::db::connect_one(&database)?;
        }
        Command::ImportVoters { file, database } => {
            telemetry::init(cli.log_format);
            ballot_api::cli::import_voters(&database, &file)?;
        }
        Command::Counties { action, database } => {
            telemetry::init(cli.log_format);
            match action {
                CountiesCommand::List => ballot_api::cli::counties_list(&database)?,
                CountiesCommand::Set { county, settings } => {
                    ballot_api::cli::counties_set(&database, &county, &settings)?
                }
            }
        }
        Command::Clients { action, database } => {
            telemetry::init(cli.log_format);
            match action {
                ClientsCommand::Create { name, county, state: _, scopes } => {
                    ballot_api::cli::clients_create(&database, &name, county.as_deref(), &scopes)?
                }
                ClientsCommand::List => ballot_api::cli::clients_list(&database)?,
                ClientsCommand::Revoke { client_id } => ballot_api::cli::clients_revoke(&database, &client_id)?,
            }
        }
        Command::Staff { action, database } => {
            telemetry::init(cli.log_format);
            match action {
                StaffCommand::Create { email, county, state: _, role, public_url } => {
                    ballot_api::cli::staff_create(&database, &email, county.as_deref(), &role, &public_url)?
                }
                StaffCommand::List => ballot_api::cli::staff_list(&database)?,
                StaffCommand::Reset { email, public_url } => {
                    ballot_api::cli::staff_reset(&database, &email, &public_url)?
                }
                StaffCommand::Disable { email } => ballot_api::cli::staff_disable(&database, &email)?,
                StaffCommand::Enable { email } => ballot_api::cli::staff_enable(&database, &email)?,
            }
        }
        Command::Elections {
            action: ElectionsCommand::Set { id, name, election_day, return_deadline, cure_deadline, counties },
            database,
        } => {
            telemetry::init(cli.log_format);
            let row =
                ballot_api::feeds::elections::ElectionRow { id, name, election_day, return_deadline, cure_deadline };
            ballot_api::cli::elections_set(&database, row, &counties)?;
        }
        Command::Worker(settings) => {
            telemetry::init(cli.log_format);
            let services = ballot_api::services::Services::build(&settings, settings.listen.port()).await?;
            let workers = ballot_api::notify::worker::Workers::start(&services.delivery, &settings.notify)?;
            println!("\nSending ballot notifications  (Ctrl-C stops, after the messages in hand)\n");
            stopped().await?;
            workers.stop().await;
        }
        Command::Serve(settings) => {
            telemetry::init(cli.log_format);
            let app = Application::build((*settings).clone()).await?;
            let shown_host = match settings.listen.ip() {
                ip if ip.is_unspecified() => "127.0.0.1".to_owned(),
                ip => ip.to_string(),
            };
            let url = format!("http://{shown_host}:{}/", app.port());
            tracing::info!(%url, "listening");
            println!("\n{} is running at {url}  (Ctrl-C stops it)\n", settings.display_name);
            app.run_until_stopped().await?;
        }
    }
    Ok(())
}

/// Waits for Ctrl-C or SIGTERM.
async fn stopped() -> std::io::Result<()> {
    use actix_web::rt::signal;
    let mut terminate = signal::unix::signal(signal::unix::SignalKind::terminate())?;
    tokio::select! {
        interrupted = signal::ctrl_c() => interrupted,
        _ = terminate.recv() => Ok(()),
    }
}
