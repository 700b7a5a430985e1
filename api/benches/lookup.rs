//! `cargo xtask bench lookup`: voter lookups through the real server under concurrent load from
//! this separate process, next to the raw database answering the same indexed query with the same
//! concurrency in the same run; and the roll import next to PostgreSQL's own `COPY`.
//!
//! Options (after `--`): `--voters N` (1,000,000), `--concurrency C` (16), `--seconds S` (15),
//! `--backend sqlite|postgres|both` (both). Prints a Markdown report for BENCHMARKS.md.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use ballot_shared::name::name_key;
use chrono::NaiveDate;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::{Date, SmallInt, Text};
use serde_json::{Value, json};

mod common;
use common::{start_server, timed};

struct Options {
    voters: u64,
    concurrency: usize,
    seconds: u64,
    backends: Vec<&'static str>,
}

fn options() -> anyhow::Result<Options> {
    let mut options = Options { voters: 1_000_000, concurrency: 16, seconds: 15, backends: vec!["sqlite", "postgres"] };
    let mut args = std::env::args().skip(1).filter(|a| a != "--bench");
    while let Some(flag) = args.next() {
        let mut value = || args.next().with_context(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--voters" => options.voters = value()?.parse()?,
            "--concurrency" => options.concurrency = value()?.parse()?,
            "--seconds" => options.seconds = value()?.parse()?,
            "--backend" => {
                options.backends = match value()?.as_str() {
                    "sqlite" => vec!["sqlite"],
                    "postgres" => vec!["postgres"],
                    "both" => vec!["sqlite", "postgres"],
                    other => bail!("unknown backend {other}"),
                }
            }
            other => bail!("unknown option {other}"),
        }
    }
    Ok(options)
}

/// One voter to look up, as the API takes it and as the raw query binds it.
#[derive(Clone)]
struct Probe {
    body: Value,
    last_key: String,
    first_key: String,
    zip: String,
    year: i16,
    date: NaiveDate,
}

/// Every 97th active full-date voter of the file (and, for misses, the same with another day).
fn probes(csv_path: &Path) -> anyhow::Result<Vec<Probe>> {
    let mut reader = csv::Reader::from_path(csv_path)?;
    let mut probes = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let row = row?;
        if i % 97 != 0 || &row[6] != "active" || row[4].len() != 10 {
            continue;
        }
        let date = NaiveDate::parse_from_str(&row[4], "%Y-%m-%d")?;
        probes.push(Probe {
            body: json!({"first_name": &row[2], "last_name": &row[3], "date_of_birth": date.format("%m-%d-%Y").to_string(), "zip": &row[5]}),
            last_key: name_key(&row[3]),
            first_key: name_key(&row[2]),
            zip: row[5].to_owned(),
            year: chrono::Datelike::year(&date) as i16,
            date,
        });
    }
    Ok(probes)
}

#[derive(QueryableByName)]
#[allow(dead_code)]
struct RawMatch {
    #[diesel(sql_type = Text)]
    uid: String,
    #[diesel(sql_type = Text)]
    voter_id: String,
    #[diesel(sql_type = Text)]
    first_name: String,
    #[diesel(sql_type = Text)]
    last_name: String,
    #[diesel(sql_type = SmallInt)]
    county_id: i16,
    #[diesel(sql_type = Text)]
    name: String,
}

/// The lookup's SQL, written by hand: what the database does when asked directly. SQLite reads
/// `$1`…`$5` as parameters numbered in order of appearance, so one text serves both backends.
const RAW_LOOKUP: &str = "SELECT v.uid, v.voter_id, v.first_name, v.last_name, v.county_id, c.name \
    FROM voter_records v JOIN counties c ON c.id = v.county_id \
    WHERE v.last_name_key = $1 AND v.first_name_key = $2 AND v.zip = $3 AND v.birth_year = $4 \
    AND v.status = 'active' AND (v.birth_date = $5 OR v.birth_date IS NULL) LIMIT 50";

/// Binds a probe to [`RAW_LOOKUP`] and runs it on either backend's own connection.
macro_rules! raw_lookup {
    ($conn:expr, $probe:expr) => {
        diesel::sql_query(RAW_LOOKUP)
            .bind::<Text, _>($probe.last_key.as_str())
            .bind::<Text, _>($probe.first_key.as_str())
            .bind::<Text, _>($probe.zip.as_str())
            .bind::<SmallInt, _>($probe.year)
            .bind::<Date, _>($probe.date)
            .load::<RawMatch>($conn)
            .map(|rows| rows.len())
    };
}

/// Latencies of one run, and what it managed per second.
struct Run {
    per_second: f64,
    p50: Duration,
    p99: Duration,
    errors: u64,
}

fn summarize(mut latencies: Vec<Duration>, elapsed: Duration, errors: u64) -> Run {
    latencies.sort();
    let at = |q: f64| {
        latencies
            .get(((latencies.len() as f64 * q) as usize).min(latencies.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    Run { per_second: latencies.len() as f64 / elapsed.as_secs_f64(), p50: at(0.50), p99: at(0.99), errors }
}

/// `concurrency` threads, each with its own connection, asking the database directly.
fn raw_run<C: RawQuery>(connect: impl Fn() -> C + Sync, probes: &[Probe], concurrency: usize, seconds: u64) -> Run {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let results: Vec<(Vec<Duration>, u64)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..concurrency)
            .map(|worker| {
                let connect = &connect;
                scope.spawn(move || {
                    let mut conn = connect();
                    let (mut latencies, mut errors) = (Vec::new(), 0);
                    let mut i = worker;
                    while Instant::now() < deadline {
                        let probe = &probes[i % probes.len()];
                        let start = Instant::now();
                        match conn.lookup(probe) {
                            Ok(_) => latencies.push(start.elapsed()),
                            Err(_) => errors += 1,
                        }
                        i += concurrency;
                    }
                    (latencies, errors)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let elapsed = started.elapsed();
    let errors = results.iter().map(|r| r.1).sum();
    summarize(results.into_iter().flat_map(|r| r.0).collect(), elapsed, errors)
}

trait RawQuery {
    fn lookup(&mut self, probe: &Probe) -> QueryResult<usize>;
}

impl RawQuery for SqliteConnection {
    fn lookup(&mut self, probe: &Probe) -> QueryResult<usize> {
        raw_lookup!(self, probe)
    }
}

impl RawQuery for PgConnection {
    fn lookup(&mut self, probe: &Probe) -> QueryResult<usize> {
        raw_lookup!(self, probe)
    }
}

/// `concurrency` HTTP clients posting lookups to the server.
async fn http_run(base: &str, probes: Arc<Vec<Probe>>, concurrency: usize, seconds: u64) -> (Run, u64) {
    let client = reqwest::Client::builder().pool_max_idle_per_host(concurrency).build().unwrap();
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let tasks: Vec<_> = (0..concurrency)
        .map(|worker| {
            let (client, probes, url) = (client.clone(), probes.clone(), format!("{base}/api/v1/voter/session"));
            tokio::spawn(async move {
                let (mut latencies, mut errors, mut found) = (Vec::new(), 0u64, 0u64);
                let mut i = worker;
                while Instant::now() < deadline {
                    let start = Instant::now();
                    match client.post(&url).json(&probes[i % probes.len()].body).send().await {
                        Ok(response) if response.status().as_u16() < 500 && response.status().as_u16() != 429 => {
                            found += u64::from(response.status().is_success());
                            let _ = response.bytes().await;
                            latencies.push(start.elapsed());
                        }
                        _ => errors += 1,
                    }
                    i += concurrency;
                }
                (latencies, errors, found)
            })
        })
        .collect();
    let mut all = (Vec::new(), 0, 0);
    for task in tasks {
        let (latencies, errors, found) = task.await.unwrap();
        all.0.extend(latencies);
        all.1 += errors;
        all.2 += found;
    }
    (summarize(all.0, started.elapsed(), all.1), all.2)
}

/// PostgreSQL loading the same voters by itself, timed with `psql`: the rows our import stored
/// (keys and uids included) copied into a table just like `voter_records` (same columns,
/// constraints, indexes and foreign key); and, for context, the input file copied into a lean
/// table with only the voter ID key and a lookup index.
fn pg_copy_baselines(database_url: &str, csv_path: &Path, work: &Path, import_rate: f64) -> anyhow::Result<String> {
    const COLUMNS: &str = "uid, voter_id, county_id, first_name, last_name, first_name_key, last_name_key, birth_year, birth_date, zip, \
         status, updated_at";
    let psql = |command: String| timed(Command::new("psql").arg(database_url).args(["-q", "-c"]).arg(command));
    let stored = work.join("roll-stored.csv");
    psql(format!("\\copy (SELECT {COLUMNS} FROM voter_records) TO '{}' WITH (FORMAT csv)", stored.display()))?;
    let mut conn = PgConnection::establish(database_url)?;
    conn.batch_execute(
        "CREATE TABLE raw_same (LIKE voter_records INCLUDING ALL); \
         ALTER TABLE raw_same ADD FOREIGN KEY (county_id) REFERENCES counties (id); \
         CREATE TABLE raw_lean (voter_id TEXT PRIMARY KEY, county SMALLINT NOT NULL, first_name TEXT NOT NULL, \
         last_name TEXT NOT NULL, date_of_birth TEXT NOT NULL, zip TEXT NOT NULL, status TEXT NOT NULL); \
         CREATE INDEX raw_lean_lookup ON raw_lean (last_name, first_name, zip, date_of_birth);",
    )?;
    let same = psql(format!("\\copy raw_same ({COLUMNS}) FROM '{}' WITH (FORMAT csv)", stored.display()))?;
    let lean = psql(format!("\\copy raw_lean FROM '{}' WITH (FORMAT csv, HEADER true)", csv_path.display()))?;
    let rows: i64 = diesel::select(diesel::dsl::sql::<diesel::sql_types::BigInt>("(SELECT count(*) FROM raw_same)"))
        .get_result(&mut conn)?;
    std::fs::remove_file(&stored)?;
    let cell = |copy: Duration| {
        let rate = rows as f64 / copy.as_secs_f64();
        format!(" {rate:.0} rows/s ({:.1} s) | **{:.2}** |", copy.as_secs_f64(), import_rate / rate)
    };
    Ok(format!("{}{}", cell(same), cell(lean)))
}

fn row(what: &str, ours: &Run, raw: &Run) -> String {
    format!(
        "| {what} | {:.0}/s, p50 {:.2} ms, p99 {:.2} ms | {:.0}/s, p50 {:.2} ms, p99 {:.2} ms | **{:.2}** |",
        ours.per_second,
        ours.p50.as_secs_f64() * 1e3,
        ours.p99.as_secs_f64() * 1e3,
        raw.per_second,
        raw.p50.as_secs_f64() * 1e3,
        raw.p99.as_secs_f64() * 1e3,
        ours.per_second / raw.per_second
    )
}

fn main() -> anyhow::Result<()> {
    let options = options()?;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let binary = root.join("target/release/ballot-tracker");
    anyhow::ensure!(binary.is_file(), "build the server first: cargo build --release -p ballot-api");
    let work = root.join("target/bench");
    std::fs::create_dir_all(&work)?;
    let csv_path = work.join(format!("roll-{}.csv", options.voters));
    if !csv_path.is_file() {
        eprintln!("writing a {}-voter demo roll to {}", options.voters, csv_path.display());
        timed(
            Command::new(root.join("target/release/demo-roll"))
                .args(["--voters", &options.voters.to_string(), "--out"])
                .arg(&csv_path),
        )?;
    }
    let probes = Arc::new(probes(&csv_path)?);
    let runtime = tokio::runtime::Runtime::new()?;
    let mut report = vec![
        format!(
            "{} voters; {} concurrent clients for {} s per run; {} probe voters (all on the roll)\n",
            options.voters,
            options.concurrency,
            options.seconds,
            probes.len()
        ),
        "| backend: lookup | through our server (HTTP, JSON, validation, limits) | raw database, same query | ratio |"
            .to_owned(),
        "| --- | --- | --- | --- |".to_owned(),
    ];
    let mut import_lines = Vec::new();
    let mut miss_lines = Vec::new();
    for backend in &options.backends {
        let data_dir = tempfile::tempdir_in(&work)?;
        let (database_url, pg_server) = match *backend {
            "sqlite" => (format!("sqlite://{}", data_dir.path().join("bench.db").display()), None),
            _ => {
                let server = std::env::var("TEST_POSTGRES_URL")
                    .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
                let name = format!("bt_bench_{}", std::process::id());
                let mut admin = PgConnection::establish(&server)?;
                admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))?;
                admin.batch_execute(&format!("CREATE DATABASE {name}"))?;
                let mut url = url::Url::parse(&server)?;
                url.set_path(&name);
                (url.to_string(), Some((server, name)))
            }
        };
        eprintln!("[{backend}] importing {} voters", options.voters);
        let import =
            timed(Command::new(&binary).arg("import-voters").arg(&csv_path).env("DATABASE_URL", &database_url))?;
        let import_rate = options.voters as f64 / import.as_secs_f64();
        let mut import_line = format!("| {backend} | {:.0} rows/s ({:.1} s) |", import_rate, import.as_secs_f64());
        if pg_server.is_some() {
            import_line += &pg_copy_baselines(&database_url, &csv_path, &work, import_rate)?;
        } else {
            import_line += " – | – | – | – |";
        }
        import_lines.push(import_line);

        eprintln!("[{backend}] lookups through the server");
        let (server, base) = start_server(
            &binary,
            &database_url,
            data_dir.path(),
            &[
                ("BALLOT_TRACKER_LOOKUPS_PER_CLIENT_HOUR", "4000000000"),
                ("BALLOT_TRACKER_LOOKUPS_PER_IDENTITY_HOUR", "4000000000"),
            ],
        )?;
        let warm = runtime.block_on(http_run(&base, probes.clone(), options.concurrency, 2));
        let (ours, found) = runtime.block_on(http_run(&base, probes.clone(), options.concurrency, options.seconds));
        // The same voters with one letter more in the first name: nobody on the roll.
        let misses: Vec<Probe> = probes
            .iter()
            .map(|p| {
                let mut miss = p.clone();
                miss.body["first_name"] = json!(format!("{}x", p.body["first_name"].as_str().unwrap_or_default()));
                miss
            })
            .collect();
        let (missed, miss_found) =
            runtime.block_on(http_run(&base, Arc::new(misses), options.concurrency, options.seconds));
        drop(server);
        miss_lines.push(format!(
            "| {backend} | p50 {:.2} ms, p99 {:.2} ms ({:.0}/s) | p50 {:.2} ms, p99 {:.2} ms ({:.0}/s, {} found) |",
            ours.p50.as_secs_f64() * 1e3,
            ours.p99.as_secs_f64() * 1e3,
            ours.per_second,
            missed.p50.as_secs_f64() * 1e3,
            missed.p99.as_secs_f64() * 1e3,
            missed.per_second,
            miss_found
        ));
        anyhow::ensure!(warm.0.errors == 0 && ours.errors == 0 && missed.errors == 0, "lookups failed during the run");
        eprintln!("[{backend}] the same query, asked of the database directly");
        let raw = match *backend {
            "sqlite" => {
                let path = data_dir.path().join("bench.db");
                raw_run(
                    || {
                        let mut conn = SqliteConnection::establish(&path.to_string_lossy()).unwrap();
                        conn.batch_execute("PRAGMA busy_timeout = 5000;").unwrap();
                        conn
                    },
                    &probes,
                    options.concurrency,
                    options.seconds,
                )
            }
            _ => raw_run(
                || PgConnection::establish(&database_url).unwrap(),
                &probes,
                options.concurrency,
                options.seconds,
            ),
        };
        report.push(row(backend, &ours, &raw));
        report.push(format!(
            "|  | errors {}, found {found} (look-alikes answer 409) | errors {} | |",
            ours.errors, raw.errors
        ));
        if let Some((server, name)) = pg_server {
            let mut admin = PgConnection::establish(&server)?;
            admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))?;
        }
    }
    report.push(String::new());
    report.push("| backend: hit vs miss (through the server) | hits | misses |".into());
    report.push("| --- | --- | --- |".into());
    report.extend(miss_lines);
    report.push(String::new());
    report.push(
        "| backend: import | `ballot-tracker import-voters` | `COPY` of the stored rows into the same table | ratio | \
         `COPY` of the input file into a lean table | ratio |"
            .into(),
    );
    report.push("| --- | --- | --- | --- | --- | --- |".into());
    report.extend(import_lines);
    println!("{}", report.join("\n"));
    Ok(())
}
