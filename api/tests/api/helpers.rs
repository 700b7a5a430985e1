#![allow(dead_code)] // Shared by the `api` and `browser` test targets; each uses a part.

use std::path::PathBuf;

use ballot_api::clock::Clock;
use ballot_api::config::{DatabaseSettings, Settings};
use ballot_api::db::Database;
use ballot_api::http::server::Application;
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
    let app = Application::build(settings).await.expect("the server starts");
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

/// The county elections used by the feed tests.
pub const ELECTION: &str = "2026-11-03-general";

/// José O'Brien-Smith of Sacramento, the roll's plain match, and a phone number the tests give voters.
pub const JOSE: &str = "CA1001";
pub const PHONE: &str = "(916) 555-0123";
pub const PHONE_E164: &str = "+19165550123";
/// The SMS provider's auth token in tests: it signs the provider's webhooks.
pub const SMS_TOKEN: &str = "provider-auth-token";

/// A server whose SMS provider webhooks are set up (texts still go to the outbox folder).
pub async fn spawn_sms_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, |s| s.messaging.sms_auth_token = Some(SMS_TOKEN.into())).await
}

impl TestApp {
    /// Finds a voter (`POST /voter/session` with `body`, expecting a match); their session token.
    pub async fn sign_in(&self, body: Value) -> String {
        let response = self.post_voter_session(&body).await;
        assert_eq!(response.status().as_u16(), 200);
        response.json::<Value>().await.unwrap()["token"].as_str().unwrap().to_owned()
    }

    /// José's session token.
    pub async fn sign_in_jose(&self) -> String {
        self.sign_in(serde_json::json!({
            "first_name": "Jose", "last_name": "O'Brien Smith", "date_of_birth": "01-23-1980", "zip": "95814"
        }))
        .await
    }
}

impl TestApp {
    /// Creates an API client with `ballot-tracker clients create`; returns its id and secret.
    /// `county: None` makes the state-level client.
    pub async fn create_client(&self, county: Option<&str>, scopes: &str) -> (String, String) {
        let mut args = vec!["clients", "create", "--name", "Test county system", "--scopes", scopes];
        match county {
            Some(county) => args.extend(["--county", county]),
            None => args.push("--state"),
        }
        let printed = self.ballot_tracker(&args).await;
        let field = |name: &str| {
            printed
                .lines()
                .find_map(|line| line.strip_prefix(name))
                .map(|rest| rest.trim().to_owned())
                .unwrap_or_else(|| panic!("{name} in {printed}"))
        };
        (field("client_id:"), field("client_secret:"))
    }

    pub async fn request_token(&self, form: &[(&str, &str)]) -> reqwest::Response {
        self.client.post(self.url("/api/v1/oauth/token")).form(form).send().await.expect("request sent")
    }

    /// A county access token for the client, with all its scopes.
    pub async fn county_token(&self, client_id: &str, secret: &str) -> String {
        let response = self
            .request_token(&[("grant_type", "client_credentials"), ("client_id", client_id), ("client_secret", secret)])
            .await;
        assert_eq!(response.status().as_u16(), 200);
        let body: Value = response.json().await.unwrap();
        body["access_token"].as_str().unwrap().to_owned()
    }

    /// A token for a new client of `county` with every scope.
    pub async fn county_client_token(&self, county: &str) -> String {
        let (id, secret) = self.create_client(Some(county), "ballots:write voters:write stats:read").await;
        self.county_token(&id, &secret).await
    }

    /// Posts a batch body to a county endpoint (`path` after `/api/v1/counties/`).
    pub async fn post_batch(&self, token: &str, path: &str, content_type: &str, body: String) -> reqwest::Response {
        self.client
            .post(self.url(&format!("/api/v1/counties/{path}")))
            .bearer_auth(token)
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("request sent")
    }

    /// Posts a JSON batch and expects 200; returns the answer.
    pub async fn post_json(&self, token: &str, path: &str, rows: &Value) -> Value {
        let response = self.post_batch(token, path, "application/json", rows.to_string()).await;
        assert_eq!(response.status().as_u16(), 200, "{path}");
        response.json().await.unwrap()
    }

    /// Sets up Sacramento (34) with the test roll, the election and the given ballots (id, voter ID).
    pub async fn county_with_ballots(&self, ballots: &[(&str, &str)]) -> String {
        self.import_voters(ROLL).await;
        let token = self.county_client_token("34").await;
        let election = serde_json::json!([{"id": ELECTION, "name": "General Election", "election_day": "2026-11-03"}]);
        let answer = self.post_json(&token, "34/elections", &election).await;
        assert_eq!(answer["results"][0]["outcome"], "created", "{answer}");
        let rows: Vec<Value> = ballots
            .iter()
            .map(|(ballot, voter)| {
                serde_json::json!({"ballot_id": ballot, "voter_id": voter, "election": ELECTION, "delivery_method": "mail"})
            })
            .collect();
        let answer = self.post_json(&token, "34/ballots", &Value::Array(rows)).await;
        assert_eq!(answer["stored"], ballots.len(), "{answer}");
        token
    }

    /// Sacramento publishes its elections office's phone and its signature statement form, and sets
    /// the test election's cure deadline (December 1).
    pub async fn sacramento_cure_details(&self, county_token: &str) {
        let form = "https://elections.example.org/cure";
        self.ballot_tracker(&["counties", "set", "34", "--phone", "916-875-6451", "--cure-form-url", form]).await;
        let election = serde_json::json!([{"id": ELECTION, "name": "General Election", "election_day": "2026-11-03",
                                           "cure_deadline": "2026-12-01"}]);
        self.post_json(county_token, "34/elections", &election).await;
    }

    /// The county's counts for the test election.
    pub async fn stats(&self, token: &str, county: &str) -> Value {
        let url = self.url(&format!("/api/v1/counties/{county}/stats?election={ELECTION}"));
        let response = self.client.get(url).bearer_auth(token).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 200);
        response.json().await.unwrap()
    }
}

/// The ballots by current status, as `status → count`, from a stats answer.
pub fn by_status(stats: &Value) -> std::collections::BTreeMap<String, i64> {
    stats["by_status"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["status"].as_str().unwrap().to_owned(), s["ballots"].as_i64().unwrap()))
        .collect()
}

/// Each row's outcome, in order, from a batch answer.
pub fn outcomes(answer: &Value) -> Vec<String> {
    answer["results"].as_array().unwrap().iter().map(|r| r["outcome"].as_str().unwrap().to_owned()).collect()
}

/// Forging tokens, to prove the server refuses them.
pub mod jwt {
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use jsonwebtoken::{Algorithm, EncodingKey, Header};
    use serde_json::{Value, json};

    /// A token's claims, read without checking anything.
    pub fn claims(token: &str) -> Value {
        let payload = token.split('.').nth(1).unwrap();
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
    }

    /// `claims` with one field changed.
    pub fn with(claims: &Value, field: &str, value: Value) -> Value {
        let mut changed = claims.clone();
        changed[field] = value;
        changed
    }

    /// `claims` signed with `algorithm` under `key`.
    pub fn sign(claims: &Value, key: &[u8], algorithm: Algorithm) -> String {
        jsonwebtoken::encode(&Header::new(algorithm), claims, &EncodingKey::from_secret(key)).unwrap()
    }

    /// `claims` with `alg: none` and no signature.
    pub fn unsigned(claims: &Value) -> String {
        let b64 = |v: &Value| URL_SAFE_NO_PAD.encode(v.to_string());
        format!("{}.{}.", b64(&json!({"alg": "none", "typ": "JWT"})), b64(claims))
    }
}

/// The voter portal's requests.
impl TestApp {
    /// GETs a voter endpoint and expects 200.
    pub async fn voter_get(&self, token: &str, path: &str) -> Value {
        let response = self.client.get(self.url(path)).bearer_auth(token).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 200, "{path}");
        response.json().await.unwrap()
    }

    pub async fn put_method_raw(&self, token: &str, kind: &str, address: &str) -> reqwest::Response {
        let url = self.url(&format!("/api/v1/voter/contact-methods/{kind}"));
        self.client.put(url).bearer_auth(token).json(&serde_json::json!({"address": address})).send().await.unwrap()
    }

    /// Adds or changes a method, expecting `status`; the answer's body.
    pub async fn put_method(&self, token: &str, kind: &str, address: &str, status: u16) -> Value {
        let response = self.put_method_raw(token, kind, address).await;
        assert_eq!(response.status().as_u16(), status, "PUT {kind} {address}");
        response.json().await.unwrap()
    }

    /// Asks for a pending method's confirmation again.
    pub async fn resend_confirmation(&self, token: &str, kind: &str) -> reqwest::Response {
        let url = self.url(&format!("/api/v1/voter/contact-methods/{kind}/confirmation"));
        self.client.post(url).bearer_auth(token).send().await.unwrap()
    }

    pub async fn voter_delete_raw(&self, token: &str, path: &str) -> reqwest::Response {
        self.client.delete(self.url(path)).bearer_auth(token).send().await.unwrap()
    }

    pub async fn voter_delete(&self, token: &str, path: &str, status: u16) {
        assert_eq!(self.voter_delete_raw(token, path).await.status().as_u16(), status, "DELETE {path}");
    }

    pub async fn patch_preferences(&self, token: &str, body: &Value) -> reqwest::Response {
        self.client.patch(self.url("/api/v1/voter/preferences")).bearer_auth(token).json(body).send().await.unwrap()
    }

    pub async fn confirm_email(&self, confirmation: &str) -> reqwest::Response {
        let body = serde_json::json!({"token": confirmation});
        self.client.post(self.url("/api/v1/contact-confirmations")).json(&body).send().await.unwrap()
    }

    pub async fn request_code(&self, token: &str, method: &str) -> reqwest::Response {
        let body = serde_json::json!({"method": method});
        self.client
            .post(self.url("/api/v1/voter/verification-codes"))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .unwrap()
    }

    pub async fn verify(&self, token: &str, code: &str) -> reqwest::Response {
        let body = serde_json::json!({"code": code});
        self.client.post(self.url("/api/v1/voter/verification")).bearer_auth(token).json(&body).send().await.unwrap()
    }

    /// The state of the voter's method of `kind` (`none` when there is none).
    pub async fn method_state(&self, token: &str, kind: &str) -> String {
        let preferences = self.voter_get(token, "/api/v1/voter/preferences").await;
        let methods = preferences["methods"].as_array().unwrap();
        let method = methods.iter().find(|m| m["kind"] == kind);
        method.map_or_else(|| "none".to_owned(), |m| m["state"].as_str().unwrap().to_owned())
    }

    pub async fn sms_state(&self, token: &str) -> String {
        self.method_state(token, "sms").await
    }

    /// Adds `address` as the voter's email and follows the link from the outbox.
    pub async fn confirmed_email(&self, token: &str, address: &str) {
        self.put_method(token, "email", address, 200).await;
        let mail = self.outbox().await.emails_to(address).pop().expect("a confirmation email");
        let link = mail.link_containing("/confirm-email?token=");
        let response = self.confirm_email(link.split("token=").nth(1).unwrap()).await;
        assert_eq!(response.status().as_u16(), 204);
    }

    /// Lets the worker send every account message due now (confirmations, codes, change notices,
    /// replies): before the queue existed, the server sent them before answering, and tests read
    /// them right after; returns how many it took.
    pub async fn send_account_messages(&self) -> usize {
        let mut taken = 0;
        loop {
            match self.worker.send_account_messages().await.expect("the worker runs") {
                0 => return taken,
                n => taken += n,
            }
        }
    }

    /// What the server wrote to its outbox folder, once the account messages due now are sent
    /// (by this test's worker, or by the server's own when it runs them).
    pub async fn outbox(&self) -> Outbox {
        self.send_account_messages().await;
        let in_flight = "SELECT COUNT(*) AS n FROM account_messages WHERE state = 'sending'";
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while self.count(in_flight).await > 0 {
            assert!(std::time::Instant::now() < deadline, "the server's worker holds messages for 10 s");
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        Outbox::read(self)
    }

    /// Lets the notification worker send everything due now (account messages first, not
    /// counted); returns how many notices it took.
    pub async fn deliver(&self) -> usize {
        self.send_account_messages().await;
        let mut taken = 0;
        loop {
            match self.worker.run_once().await.expect("the worker runs") {
                0 => return taken,
                n => taken += n,
            }
        }
    }

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

    /// Posts an inbound text as the SMS provider would, signed with `token`.
    pub async fn inbound_text_signed_with(&self, token: &str, from: &str, body: &str) -> reqwest::Response {
        let url = self.url("/api/v1/webhooks/sms/inbound");
        let form: Vec<(String, String)> = [
            ("MessageSid", "SM0123456789"),
            ("AccountSid", "AC123"),
            ("From", from),
            ("To", "+19165550100"),
            ("Body", body),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        let signature = ballot_api::messaging::telephony::sign(&token.into(), &url, &form);
        self.client.post(url).header("X-Twilio-Signature", signature).form(&form).send().await.unwrap()
    }

    /// Texts `body` from `from` to the service (signed with the test token); the reply it texted back.
    pub async fn inbound_text(&self, from: &str, body: &str) -> String {
        let before = self.outbox().await.texts_to(from).len();
        let response = self.inbound_text_signed_with(SMS_TOKEN, from, body).await;
        assert_eq!(response.status().as_u16(), 200, "inbound {body:?}");
        assert_eq!(response.headers()["content-type"], "text/xml");
        let texts = self.outbox().await.texts_to(from);
        assert_eq!(texts.len(), before + 1, "exactly one reply to {body:?}");
        texts.last().unwrap()["body"].as_str().unwrap().to_owned()
    }
}

/// An email read back from the outbox folder.
#[derive(Debug)]
pub struct OutboxEmail {
    pub to: String,
    pub subject: String,
    pub body: String,
    headers: Vec<(String, String)>,
}

impl OutboxEmail {
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.clone())
    }

    /// The first link in the body containing `part`.
    pub fn link_containing(&self, part: &str) -> String {
        self.body
            .split_whitespace()
            .find(|word| word.starts_with("http") && word.contains(part))
            .unwrap_or_else(|| panic!("no link with {part} in {}", self.body))
            .to_owned()
    }
}

/// What the server wrote to its outbox folder (the embedded default transports).
pub struct Outbox {
    emails: Vec<OutboxEmail>,
    texts: Vec<Value>,
    calls: Vec<Value>,
}

impl Outbox {
    /// The files as they are now (see [`TestApp::outbox`]).
    pub fn read(app: &TestApp) -> Self {
        let dir = app.data_dir.path().join("outbox");
        let mut mail_files = files(&dir.join("email"), "eml");
        // Outbox files are named by the time they were written (to the microsecond).
        mail_files.sort();
        let emails = mail_files.iter().map(|p| parse_email(&std::fs::read(p).unwrap())).collect();
        let json_files = |kind: &str| -> Vec<Value> {
            let mut paths = files(&dir.join(kind), "json");
            paths.sort();
            paths.iter().map(|p| serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap()).collect()
        };
        Self { emails, texts: json_files("sms"), calls: json_files("voice") }
    }

    /// Every email, oldest first.
    pub fn emails(self) -> Vec<OutboxEmail> {
        self.emails
    }

    pub fn calls_to(self, number: &str) -> Vec<Value> {
        self.calls.into_iter().filter(|t| t["to"] == number).collect()
    }

    pub fn emails_to(self, address: &str) -> Vec<OutboxEmail> {
        self.emails.into_iter().filter(|m| m.to.eq_ignore_ascii_case(address)).collect()
    }

    pub fn only_email_to(self, address: &str) -> OutboxEmail {
        let mut emails = self.emails_to(address);
        assert_eq!(emails.len(), 1, "{emails:?}");
        emails.pop().unwrap()
    }

    /// The code in the newest code email to `address`.
    pub fn last_code_for(self, address: &str) -> String {
        let mail =
            self.emails_to(address).into_iter().rev().find(|m| m.subject.contains("code")).expect("a code email");
        mail.subject.rsplit(' ').next().unwrap().to_owned()
    }

    pub fn texts_to(self, number: &str) -> Vec<Value> {
        self.texts.into_iter().filter(|t| t["to"] == number).collect()
    }
}

fn files(dir: &std::path::Path, extension: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == extension)).collect()
}

fn parse_email(raw: &[u8]) -> OutboxEmail {
    let message = mail_parser::MessageParser::default().parse(raw).expect("a readable email");
    let to = message.to().and_then(|a| a.first()).and_then(|a| a.address()).unwrap_or_default().to_owned();
    let headers = message.headers_raw().map(|(name, value)| (name.to_owned(), value.trim().to_owned())).collect();
    OutboxEmail {
        to,
        subject: message.subject().unwrap_or_default().to_owned(),
        body: message.body_text(0).unwrap_or_default().into_owned(),
        headers,
    }
}

/// A Twilio-compatible provider on a local port: answers each request with the next status of
/// its script (then 201 for ever) and records what it was sent. Like a provider that honours
/// `Idempotency-Key`, a request repeating the key of one it accepted gets the same message id and
/// creates nothing: [`FakeProvider::created`] counts what voters would receive.
pub struct FakeProvider {
    pub url: String,
    requests: std::sync::Arc<std::sync::Mutex<Vec<ProviderRequest>>>,
}

#[derive(Debug, Clone)]
pub struct ProviderRequest {
    pub path: String,
    /// `user:password` from the Basic authorization.
    pub basic_auth: Option<String>,
    pub form: Vec<(String, String)>,
    pub idempotency_key: Option<String>,
    /// The message id answered; `None` for a refusal.
    pub sid: Option<String>,
    /// Whether this request created a message (not a repeat of an accepted key, not refused).
    pub created: bool,
}

impl ProviderRequest {
    pub fn field(&self, name: &str) -> &str {
        self.form.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
    }
}

impl FakeProvider {
    /// Points a server's texts and calls at this provider.
    pub fn configure(&self, settings: &mut Settings) {
        settings.messaging.sms_api_url = Some(self.url.clone());
        settings.messaging.sms_account = Some("AC123".to_owned());
        settings.messaging.sms_auth_token = Some(SMS_TOKEN.into());
    }

    pub async fn start(script: &[u16]) -> Self {
        Self::start_with_delay(script, std::time::Duration::ZERO).await
    }

    /// A provider that takes `delay` over every request (a worker is then caught holding messages).
    pub async fn start_with_delay(script: &[u16], delay: std::time::Duration) -> Self {
        use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
        use base64::Engine;
        let requests = std::sync::Arc::new(std::sync::Mutex::new(Vec::<ProviderRequest>::new()));
        let script = std::sync::Arc::new(std::sync::Mutex::new(script.to_vec()));
        let recorded = requests.clone();
        let server = HttpServer::new(move || {
            let (recorded, script) = (recorded.clone(), script.clone());
            App::new().default_service(web::to(move |req: HttpRequest, body: web::Bytes| {
                let (recorded, script) = (recorded.clone(), script.clone());
                async move {
                    tokio::time::sleep(delay).await;
                    let idempotency_key =
                        req.headers().get("idempotency-key").and_then(|v| v.to_str().ok()).map(str::to_owned);
                    let basic_auth = req
                        .headers()
                        .get("authorization")
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.strip_prefix("Basic "))
                        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
                        .map(|b| String::from_utf8(b).unwrap());
                    let form = url::form_urlencoded::parse(&body).into_owned().collect();
                    let mut recorded = recorded.lock().unwrap();
                    let earlier = idempotency_key.as_ref().and_then(|key| {
                        recorded.iter().find(|r| r.created && r.idempotency_key.as_ref() == Some(key)).and_then(|r| r.sid.clone())
                    });
                    let status = match &earlier {
                        Some(_) => 201,
                        None => {
                            let mut script = script.lock().unwrap();
                            if script.is_empty() { 201 } else { script.remove(0) }
                        }
                    };
                    let status = actix_web::http::StatusCode::from_u16(status).unwrap();
                    let sid = status.is_success().then(|| {
                        earlier.clone().unwrap_or_else(|| format!("SM{}", uuid::Uuid::new_v4().simple()))
                    });
                    let created = status.is_success() && earlier.is_none();
                    let path = req.path().to_owned();
                    recorded.push(ProviderRequest { path, basic_auth, form, idempotency_key, sid: sid.clone(), created });
                    if let Some(sid) = sid {
                        HttpResponse::build(status).json(serde_json::json!({"sid": sid}))
                    } else {
                        HttpResponse::build(status)
                            .json(serde_json::json!({"code": 21211, "message": "The 'To' number is not a valid phone number."}))
                    }
                }
            }))
        })
        .workers(1)
        .bind("127.0.0.1:0")
        .unwrap();
        let url = format!("http://{}", server.addrs()[0]);
        tokio::spawn(server.run());
        Self { url, requests }
    }

    pub fn requests(&self) -> Vec<ProviderRequest> {
        self.requests.lock().unwrap().clone()
    }

    /// The messages created (what voters receive), ignoring repeats of an accepted key.
    pub fn created(&self) -> Vec<ProviderRequest> {
        self.requests().into_iter().filter(|r| r.created).collect()
    }
}
