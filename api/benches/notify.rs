//! `cargo xtask bench notify`: ballot notifications from the outbox to a local SMS provider sink,
//! sent by `ballot-tracker worker` with 2 workers on PostgreSQL; next to PostgreSQL doing the
//! outbox's own database work alone (taking the same rows in batches with `SKIP LOCKED` and marking
//! them sent, 2 connections), in the same run.
//!
//! The outbox is filled the real way: voters with a confirmed text number, their ballots, and one
//! `mailed` event each posted through the server. Options (after `--`): `--messages N` (100,000),
//! `--workers W` (2), `--batch B` (200), `--concurrency C` per worker (32).

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use serde_json::{Value, json};

mod common;
use common::{BenchDatabase, county_token, create_client, numbered_roll, start_server, timed};

const COUNTY: &str = "19";
const ELECTION: &str = "2026-11-03-general";

struct Options {
    messages: usize,
    workers: usize,
    batch: usize,
    concurrency: usize,
}

fn options() -> anyhow::Result<Options> {
    let mut options = Options { messages: 100_000, workers: 2, batch: 200, concurrency: 32 };
    let mut args = std::env::args().skip(1).filter(|a| a != "--bench");
    while let Some(arg) = args.next() {
        let mut value = || args.next().with_context(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--messages" => options.messages = value()?.parse()?,
            "--workers" => options.workers = value()?.parse()?,
            "--batch" => options.batch = value()?.parse()?,
            "--concurrency" => options.concurrency = value()?.parse()?,
            other => bail!("unknown option {other}; see the comment at the top of benches/notify.rs"),
        }
    }
    Ok(options)
}

/// A provider that takes every text at once and counts them: what is measured is our side.
fn start_sink() -> anyhow::Result<(String, Arc<AtomicUsize>)> {
    use actix_web::{App, HttpResponse, HttpServer, web};
    let count = Arc::new(AtomicUsize::new(0));
    let counted = count.clone();
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    let url = format!("http://{}", listener.local_addr()?);
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            HttpServer::new(move || {
                let counted = counted.clone();
                App::new().default_service(web::to(move || {
                    let n = counted.fetch_add(1, Ordering::Relaxed);
                    async move { HttpResponse::Created().json(json!({"sid": format!("SM{n:032}")})) }
                }))
            })
            .workers(1)
            .listen(listener)
            .expect("the sink listens")
            .run()
            .await
            .expect("the sink runs")
        })
    });
    Ok((url, count))
}

async fn post(client: &reqwest::Client, url: &str, token: &str, body: String) -> anyhow::Result<()> {
    let response =
        client.post(url).bearer_auth(token).header("content-type", "application/json").body(body).send().await?;
    anyhow::ensure!(response.status().is_success(), "{url}: {}", response.status());
    let answer: Value = response.json().await?;
    anyhow::ensure!(answer["rejected"] == 0, "{url}: rows rejected: {}", answer["results"][0]);
    Ok(())
}

fn count(conn: &mut PgConnection, query: &str) -> anyhow::Result<i64> {
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    Ok(diesel::sql_query(query).get_result::<Count>(conn)?.n)
}

/// PostgreSQL alone doing the outbox's work on a copy of the waiting messages: `workers`
/// connections, each taking `batch` due rows with `SKIP LOCKED` and marking them sent, until none
/// are left. The elapsed time.
fn raw_outbox(database_url: &str, workers: usize, batch: usize) -> anyhow::Result<Duration> {
    let mut conn = PgConnection::establish(database_url)?;
    conn.batch_execute(
        "DROP TABLE IF EXISTS raw_notifications; \
         CREATE TABLE raw_notifications (LIKE notifications INCLUDING ALL); \
         INSERT INTO raw_notifications OVERRIDING SYSTEM VALUE SELECT * FROM notifications; ANALYZE raw_notifications;",
    )?;
    let start = Instant::now();
    let threads: Vec<_> = (0..workers)
        .map(|_| {
            let url = database_url.to_owned();
            std::thread::spawn(move || -> anyhow::Result<()> {
                let mut conn = PgConnection::establish(&url)?;
                loop {
                    #[derive(QueryableByName)]
                    struct Taken {
                        #[diesel(sql_type = diesel::sql_types::BigInt)]
                        id: i64,
                    }
                    let taken: Vec<Taken> = diesel::sql_query(format!(
                        "UPDATE raw_notifications SET state = 'sending', pending_key = NULL, claimed_at = now(), \
                         attempts = attempts + 1 WHERE id IN (SELECT id FROM raw_notifications WHERE state = 'pending' \
                         AND due_at <= now() ORDER BY due_at LIMIT {batch} FOR UPDATE SKIP LOCKED) RETURNING id"
                    ))
                    .load(&mut conn)?;
                    if taken.is_empty() {
                        return Ok(());
                    }
                    let ids: Vec<i64> = taken.iter().map(|t| t.id).collect();
                    diesel::sql_query(
                        "UPDATE raw_notifications AS n SET state = 'sent', provider_id = 'SM' || u.id \
                         FROM unnest($1::bigint[]) AS u(id) WHERE n.id = u.id AND n.state = 'sending'",
                    )
                    .bind::<diesel::sql_types::Array<diesel::sql_types::BigInt>, _>(ids)
                    .execute(&mut conn)?;
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().expect("a raw worker thread")?;
    }
    let elapsed = start.elapsed();
    anyhow::ensure!(count(&mut conn, "SELECT COUNT(*) AS n FROM raw_notifications WHERE state <> 'sent'")? == 0);
    conn.batch_execute("DROP TABLE raw_notifications")?;
    Ok(elapsed)
}

fn main() -> anyhow::Result<()> {
    let options = options()?;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let binary = root.join("target/release/ballot-tracker");
    anyhow::ensure!(binary.is_file(), "build the server first: cargo build --release -p ballot-api");
    let work = root.join("target/bench");
    std::fs::create_dir_all(&work)?;
    let data_dir = tempfile::tempdir_in(&work)?;

    let database = BenchDatabase::create("notify")?;
    let database_url = database.url.clone();
    let voters = options.messages;
    let roll = numbered_roll(&work, COUNTY, voters)?;
    eprintln!("importing {voters} voters, each with a confirmed text number");
    timed(Command::new(&binary).arg("import-voters").arg(&roll).env("DATABASE_URL", &database_url))?;
    let mut conn = PgConnection::establish(&database_url)?;
    // Contact hours around the time of the run (UTC), so that every message is due now.
    let hour = ballot_api::clock::Clock::system().now().format("%H").to_string().parse::<i64>()?;
    let at = |h: i64| format!("{:02}:00", (hour + h).rem_euclid(24));
    conn.batch_execute(&format!(
        "INSERT INTO contact_methods (voter_record_id, kind, address, state, confirmed_at, created_at, updated_at) \
         SELECT id, 'sms', '+1213' || LPAD(id::text, 7, '0'), 'on', now(), now(), now() FROM voter_records; \
         INSERT INTO voter_preferences (voter_record_id, notifications_on, language, time_zone, contact_from, \
         contact_until, updated_at) SELECT id, TRUE, CASE WHEN id % 3 = 0 THEN 'es' ELSE 'en' END, 'UTC', '{}', '{}', now() \
         FROM voter_records;",
        at(-1),
        at(3)
    ))?;
    let (client_id, secret) = create_client(&binary, &database_url, COUNTY)?;

    let (sink, delivered) = start_sink()?;
    let provider_env = [
        ("BALLOT_TRACKER_SMS_API_URL", sink.as_str()),
        ("BALLOT_TRACKER_SMS_ACCOUNT", "ACbenchmark"),
        ("BALLOT_TRACKER_SMS_AUTH_TOKEN", "benchmark-token"),
    ];
    let mut server_env =
        vec![("BALLOT_TRACKER_COUNTY_TOKEN_MINUTES", "60"), ("BALLOT_TRACKER_NOTIFY_IN_PROCESS", "false")];
    server_env.extend(provider_env);
    let (server, base) = start_server(&binary, &database_url, data_dir.path(), &server_env)?;
    let runtime = tokio::runtime::Runtime::new()?;
    let filled = runtime.block_on(async {
        let client = reqwest::Client::new();
        let token = county_token(&base, &client_id, &secret).await?;
        let feed = |path: &str| format!("{base}/api/v1/counties/{COUNTY}/{path}");
        let election = json!([{"id": ELECTION, "name": "General Election", "election_day": "2026-11-03"}]);
        post(&client, &feed("elections"), &token, election.to_string()).await?;
        eprintln!("posting {voters} ballots and a `mailed` event for each");
        let start = Instant::now();
        for chunk in (0..voters).collect::<Vec<_>>().chunks(10_000) {
            let ballots: Vec<Value> = chunk
                .iter()
                .map(|i| json!({"ballot_id": format!("B{i}"), "voter_id": format!("CA{i:09}"), "election": ELECTION, "delivery_method": "mail"}))
                .collect();
            post(&client, &feed("ballots"), &token, Value::Array(ballots).to_string()).await?;
            let mailed = (ballot_api::clock::Clock::system().now() - chrono::Duration::hours(1)).to_rfc3339();
            let events: Vec<Value> = chunk
                .iter()
                .map(|i| json!({"event_id": format!("e{i}"), "ballot_id": format!("B{i}"), "status": "mailed", "occurred_at": mailed}))
                .collect();
            post(&client, &feed("ballot-events"), &token, Value::Array(events).to_string()).await?;
        }
        anyhow::Ok(start.elapsed())
    })?;
    drop(server);
    let waiting = count(&mut conn, "SELECT COUNT(*) AS n FROM notifications WHERE state = 'pending'")?;
    anyhow::ensure!(waiting == voters as i64, "{waiting} messages waiting, expected {voters}");

    eprintln!("PostgreSQL alone: taking and marking {voters} messages");
    let raw = raw_outbox(&database_url, options.workers, options.batch)?;

    eprintln!("ballot-tracker worker: sending {voters} messages");
    let mut worker = Command::new(&binary)
        .arg("worker")
        .env("DATABASE_URL", &database_url)
        .env("BALLOT_TRACKER_DATA_DIR", data_dir.path())
        .env("BALLOT_TRACKER_NOTIFY_WORKERS", options.workers.to_string())
        .env("BALLOT_TRACKER_NOTIFY_BATCH", options.batch.to_string())
        .env("BALLOT_TRACKER_NOTIFY_CONCURRENCY", options.concurrency.to_string())
        .env("BALLOT_TRACKER_NOTIFY_POLL_SECONDS", "1")
        .envs(provider_env)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let start = Instant::now();
    let deadline = start + Duration::from_secs(1800);
    // Watching the sink's own count costs nothing; counting rows would scan the table under the
    // workers' feet, so the database is asked only once every text has arrived.
    while delivered.load(Ordering::Relaxed) < voters {
        anyhow::ensure!(Instant::now() < deadline, "the worker did not finish in 30 minutes");
        std::thread::sleep(Duration::from_millis(5));
    }
    let ours = loop {
        if count(&mut conn, "SELECT COUNT(*) AS n FROM notifications WHERE state = 'sent'")? == voters as i64 {
            break start.elapsed();
        }
        anyhow::ensure!(Instant::now() < deadline, "the worker did not finish in 30 minutes");
        std::thread::sleep(Duration::from_millis(10));
    };
    let _ = worker.kill();
    let _ = worker.wait();
    let sent = delivered.load(Ordering::Relaxed);
    anyhow::ensure!(sent == voters, "the sink got {sent} texts for {voters} messages");
    drop(conn);
    drop(database);

    let rate = |d: Duration| voters as f64 / d.as_secs_f64();
    println!(
        "{voters} texts waiting in the outbox (filled through the server: {voters} ballots and their `mailed` events \
         in {:.1} s); {} workers, batches of {}, {} texts in flight per worker; the sink answered each text at once \
         and counted {sent}\n",
        filled.as_secs_f64(),
        options.workers,
        options.batch,
        options.concurrency
    );
    println!(
        "| outbox to provider | `ballot-tracker worker` (take, decide, compose, send over HTTP, record) | PostgreSQL alone (take with SKIP LOCKED, mark sent) | ratio |"
    );
    println!("| --- | --- | --- | --- |");
    println!(
        "| {} workers | **{:.0} texts/s** ({:.1} s) | {:.0} rows/s ({:.1} s) | {:.2} |",
        options.workers,
        rate(ours),
        ours.as_secs_f64(),
        rate(raw),
        raw.as_secs_f64(),
        rate(ours) / rate(raw)
    );
    Ok(())
}
