//! The real server on port 0 against a fresh database (SQLite or PostgreSQL), its clock, its own
//! notification worker, and a client: what every test starts from.

use std::path::PathBuf;
use std::sync::Arc;

use ballot_api::clock::Clock;
use ballot_api::config::{DatabaseSettings, Settings};
use ballot_api::db::Database;
use ballot_api::http::server::Application;
use ballot_api::messaging::transport::Transport;
use ballot_api::notify::worker::Worker;
use ballot_api::voter::import::{ImportSummary, import_csv};
use diesel::{Connection, PgConnection, RunQueryDsl};
use serde_json::Value;
use tempfile::TempDir;

/// Defines each listed `async fn name(backend: Backend)` test twice: `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! on_both_backends {
    ($($test:ident),+ $(,)?) => {$(
        mod $test {
            #[tokio::test]
            async fn sqlite() {
                super::$test($crate::helpers::Backend::Sqlite).await
            }
            #[tokio::test]
            async fn postgres() {
                super::$test($crate::helpers::Backend::Postgres).await
            }
        }
    )+};
}

/// A small voter roll: a plain match, an ambiguous pair (Maria Garcia), an inactive and a
/// cancelled registration, and a year-only record in Alpine County (02).
pub const ROLL: &str = "\
voter_id,county,first_name,last_name,date_of_birth,zip,status
CA1001,34,José,O'Brien-Smith,1980-01-23,95814,active
CA1002,34,Maria,Garcia,1975-06-01,95816,active
CA1003,34,Maria,Garcia,1975-06-01,95816,active
CA1004,19,Robert,Lee,1960-03-03,90012,inactive
CA1005,02,Ann,Marsh,1950,96120,active
CA1006,19,James,Kim,1990-02-02,90012,active
CA1007,19,Li,Wei,1985-05-05,90012,cancelled
CA1008,02,Tom,Ford,1970-08-08,96120,active
";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A database that exists for one test only.
enum TestDatabase {
    Sqlite,
    Postgres { server_url: String, name: String },
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Self::Postgres { server_url, name } = self {
            // FORCE closes the server's pooled connections; a failure only leaves a stray database.
            if let Ok(mut conn) = PgConnection::establish(server_url) {
                let _ =
                    diesel::sql_query(format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")).execute(&mut conn);
            }
        }
    }
}

pub struct TestApp {
    pub address: String,
    pub database_url: String,
    pub client: reqwest::Client,
    pub data_dir: TempDir,
    /// The server's clock: it moves only when a test moves it.
    pub clock: Clock,
    /// A notification worker of the server's own (the server runs none by itself in tests, so each
    /// test decides when messages go).
    pub worker: Worker,
    _database: TestDatabase,
}

pub fn postgres_server_url() -> String {
    std::env::var("TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned())
}

/// Creates an empty database on the test PostgreSQL server and returns its URL.
fn create_postgres_database(server_url: &str) -> (String, String) {
    let name = format!("bt_test_{}", uuid::Uuid::new_v4().simple());
    let mut conn = PgConnection::establish(server_url).unwrap_or_else(|e| {
        panic!("PostgreSQL is not reachable at TEST_POSTGRES_URL ({e}); start it, or run `cargo xtask test`, which skips these tests when it is absent")
    });
    diesel::sql_query(format!("CREATE DATABASE \"{name}\"")).execute(&mut conn).expect("create test database");
    let mut url = url::Url::parse(server_url).expect("TEST_POSTGRES_URL is a URL");
    url.set_path(&name);
    (url.to_string(), name)
}

/// The settings a test server runs with: port 0, one worker, everything under a fresh temp folder.
pub fn test_settings(data_dir: &TempDir, database_url: String) -> Settings {
    let mut settings = Settings {
        listen: "127.0.0.1:0".parse().unwrap(),
        database: DatabaseSettings { database_url, db_pool_size: 4 },
        data_dir: data_dir.path().to_owned(),
        web_dir: web_dist(),
        display_name: "Test Ballot Tracker".to_owned(),
        cors_origins: vec!["https://partner.example.org".to_owned()],
        token_secret: None,
        workers: Some(1),
        clock: Clock::manual(ballot_api::clock::Clock::system().now()),
        ..Settings::from_defaults()
    };
    settings.notify.in_process = false;
    settings
}

/// The built SPA (`trunk build` output), when present.
pub fn web_dist() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../web/dist")
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, |_| {}).await
}

/// Starts the real server against a fresh database, after `customize` has adjusted its settings.
pub async fn spawn_app_with(backend: Backend, customize: impl FnOnce(&mut Settings)) -> TestApp {
    start(backend, customize, None).await
}

/// Starts the real server with `transport` carrying every message (the in-memory recorder).
pub async fn spawn_app_with_transport(backend: Backend, transport: Arc<dyn Transport>) -> TestApp {
    start(backend, |_| {}, Some(transport)).await
}

async fn start(
    backend: Backend,
    customize: impl FnOnce(&mut Settings),
    transport: Option<Arc<dyn Transport>>,
) -> TestApp {
    // Server errors show in a failing test's output (captured, like its prints).
    let _ = tracing_subscriber::fmt().with_env_filter("error").with_test_writer().try_init();
    let data_dir = tempfile::tempdir().expect("temp dir");
    let (database_url, database) = match backend {
        Backend::Sqlite => (format!("sqlite://{}", data_dir.path().join("test.db").display()), TestDatabase::Sqlite),
        Backend::Postgres => {
            let server_url = postgres_server_url();
            let (url, name) = tokio::task::spawn_blocking({
                let server_url = server_url.clone();
                move || create_postgres_database(&server_url)
            })
            .await
            .unwrap();
            (url, TestDatabase::Postgres { server_url, name })
        }
    };
    let mut settings = test_settings(&data_dir, database_url);
    customize(&mut settings);
    let database_url = settings.database.database_url.clone();
    let (clock, notify) = (settings.clock.clone(), settings.notify.clone());
    let app = Application::build_with_transport(settings, transport).await.expect("the server starts");
    let address = format!("http://127.0.0.1:{}", app.port());
    let worker = Worker::new(app.services().delivery.clone(), notify);
    tokio::spawn(app.run_until_stopped());
    TestApp { address, database_url, client: reqwest::Client::new(), data_dir, clock, worker, _database: database }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("request sent")
    }

    pub async fn post_voter_session(&self, body: &Value) -> reqwest::Response {
        self.client.post(self.url("/api/v1/voter/session")).json(body).send().await.expect("request sent")
    }

    pub async fn get_me(&self, token: &str) -> reqwest::Response {
        self.client.get(self.url("/api/v1/voter/me")).bearer_auth(token).send().await.expect("request sent")
    }

    /// Imports a voter-roll CSV into this app's database with the same code as `import-voters`.
    pub async fn import_voters(&self, csv: &str) -> ImportSummary {
        let (url, csv) = (self.database_url.clone(), csv.to_owned());
        tokio::task::spawn_blocking(move || {
            let database = Database::connect(&DatabaseSettings { database_url: url, db_pool_size: 1 }).unwrap();
            let mut conn = database.get(std::time::Duration::from_secs(10)).unwrap();
            let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
            let now = ballot_api::clock::Clock::system().now().naive_utc();
            import_csv(&mut conn, csv.as_bytes(), today, now, &()).unwrap()
        })
        .await
        .unwrap()
    }

    /// Runs the `ballot-tracker` binary against this app's database; returns what it printed.
    pub async fn ballot_tracker(&self, args: &[&str]) -> String {
        let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_ballot-tracker"))
            .args(args)
            .env("DATABASE_URL", &self.database_url)
            .output()
            .await
            .expect("ballot-tracker runs");
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(
            output.status.success(),
            "ballot-tracker {args:?}: {stdout}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        stdout
    }
}

/// Asserts `response` is a problem document with `status`, and returns its body.
pub async fn problem(response: reqwest::Response, status: u16) -> Value {
    assert_eq!(response.status().as_u16(), status, "unexpected status");
    let content_type = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned());
    assert_eq!(content_type.as_deref(), Some("application/problem+json"));
    let body: Value = response.json().await.expect("problem body is JSON");
    assert_eq!(body["status"], status);
    assert!(body["type"].is_string() && body["title"].is_string(), "{body}");
    body
}

/// The database side of an app: its clock and direct SQL, for setting the scene.
impl TestApp {
    /// Sets the server's clock to an RFC 3339 time.
    pub fn set_time(&self, time: &str) {
        self.clock.set(chrono::DateTime::parse_from_rfc3339(time).expect("an RFC 3339 time").to_utc());
    }

    /// Runs one SQL query that answers one number (a count, say).
    pub async fn count(&self, query: &str) -> i64 {
        #[derive(diesel::QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let (url, query) = (self.database_url.clone(), query.to_owned());
        tokio::task::spawn_blocking(move || {
            let database = Database::connect(&DatabaseSettings { database_url: url, db_pool_size: 1 }).unwrap();
            let mut conn = database.get(std::time::Duration::from_secs(10)).unwrap();
            diesel::sql_query(query).get_result::<Count>(&mut *conn).unwrap().n
        })
        .await
        .unwrap()
    }

    /// Runs one SQL statement on this app's database (to age a record, say).
    pub async fn sql(&self, statement: &str) {
        let (url, statement) = (self.database_url.clone(), statement.to_owned());
        tokio::task::spawn_blocking(move || {
            let database = Database::connect(&DatabaseSettings { database_url: url, db_pool_size: 1 }).unwrap();
            let mut conn = database.get(std::time::Duration::from_secs(10)).unwrap();
            diesel::sql_query(statement).execute(&mut *conn).unwrap();
        })
        .await
        .unwrap();
    }
}
