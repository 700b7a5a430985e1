#![allow(dead_code)] // Shared by the benchmarks; each uses a part.
//! What the benchmarks share: the release server in its own process, and timing commands.

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The server process; stopped when dropped.
pub struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `ballot-tracker serve` on a free port with `env` added; returns it and its base URL.
pub fn start_server(
    binary: &Path,
    database_url: &str,
    data_dir: &Path,
    env: &[(&str, &str)],
) -> anyhow::Result<(Server, String)> {
    let port = free_port();
    let child = Command::new(binary)
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .env("DATABASE_URL", database_url)
        .env("BALLOT_TRACKER_DATA_DIR", data_dir)
        .env("BALLOT_TRACKER_WEB_DIR", data_dir.join("no-web"))
        .envs(env.iter().copied())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let server = Server(child);
    let base = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        anyhow::ensure!(Instant::now() < deadline, "the server did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok((server, base))
}

/// Runs the command to completion; how long it took.
pub fn timed(command: &mut Command) -> anyhow::Result<Duration> {
    let start = Instant::now();
    let status = command.stdout(Stdio::null()).status()?;
    anyhow::ensure!(status.success(), "{command:?} failed");
    Ok(start.elapsed())
}

/// A PostgreSQL database of the benchmark's own on the test server (`TEST_POSTGRES_URL`), dropped
/// when this is.
pub struct BenchDatabase {
    admin: diesel::PgConnection,
    name: String,
    pub url: String,
}

impl BenchDatabase {
    pub fn create(prefix: &str) -> anyhow::Result<Self> {
        use diesel::Connection;
        use diesel::connection::SimpleConnection;
        let server_url =
            std::env::var("TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
        let name = format!("bt_{prefix}_{}", std::process::id());
        let mut admin = diesel::PgConnection::establish(&server_url)?;
        admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))?;
        admin.batch_execute(&format!("CREATE DATABASE {name}"))?;
        let mut url = url::Url::parse(&server_url)?;
        url.set_path(&name);
        Ok(Self { admin, name, url: url.to_string() })
    }
}

impl Drop for BenchDatabase {
    fn drop(&mut self) {
        use diesel::connection::SimpleConnection;
        let _ = self.admin.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
    }
}

/// A roll of `voters` invented voters of `county` (voter ID `CA` and nine digits, the number also
/// in the last name as letters), written once to `work` and reused.
pub fn numbered_roll(work: &Path, county: &str, voters: usize) -> anyhow::Result<std::path::PathBuf> {
    let roll = work.join(format!("roll-{county}-{voters}.csv"));
    if !roll.is_file() {
        let mut csv = String::from("voter_id,county,first_name,last_name,date_of_birth,zip,status\n");
        for i in 0..voters {
            // Names have no digits: the number in letters (a = 0 … j = 9).
            let last: String = i.to_string().bytes().map(|d| char::from(b'a' + (d - b'0'))).collect();
            csv += &format!("CA{i:09},{county},Voter,N{last},1980-01-01,90012,active\n");
        }
        std::fs::write(&roll, csv)?;
    }
    Ok(roll)
}

/// Creates a county API client with `ballot-tracker clients create`; its id and secret.
pub fn create_client(binary: &Path, database_url: &str, county: &str) -> anyhow::Result<(String, String)> {
    let created = Command::new(binary)
        .args(["clients", "create", "--county", county, "--name", "benchmark", "--scopes", "ballots:write"])
        .env("DATABASE_URL", database_url)
        .output()?;
    let printed = String::from_utf8(created.stdout)?;
    let field = |prefix: &str| printed.lines().find_map(|l| l.strip_prefix(prefix)).map(|v| v.trim().to_owned());
    field("client_id:").zip(field("client_secret:")).ok_or_else(|| anyhow::anyhow!("clients create printed no client"))
}

/// A county access token from the server at `base`.
pub async fn county_token(base: &str, client_id: &str, secret: &str) -> anyhow::Result<String> {
    let answer: serde_json::Value = reqwest::Client::new()
        .post(format!("{base}/api/v1/oauth/token"))
        .form(&[("grant_type", "client_credentials"), ("client_id", client_id), ("client_secret", secret)])
        .send()
        .await?
        .json()
        .await?;
    answer["access_token"].as_str().map(str::to_owned).ok_or_else(|| anyhow::anyhow!("no token: {answer}"))
}
