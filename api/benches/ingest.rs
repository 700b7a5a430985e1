//! `cargo xtask bench ingest`: ballot status events posted through the real server into
//! PostgreSQL, in batches of 1,000 and of 10,000, with a large county's ballots loaded; next to
//! PostgreSQL's own `COPY` of the very rows the server stored, into a table just like
//! `ballot_events`, in the same run.
//!
//! A third run posts batches of 1,000 again for ballots whose voters have signed up for
//! notifications (`--signed-up`, 23% as in California in 2020: each an email, two in three also a
//! text number), so that every status change also writes its messages to the outbox; compared
//! with the first run (no one signed up), it is what the notification fan-out costs.
//!
//! Options (after `--`): `--ballots N` (1,000,000), `--events E` per run (200,000),
//! `--concurrency C` (2), `--signed-up P` percent (23). Prints a Markdown report for BENCHMARKS.md.

use std::path::PathBuf;
use std::process::Command;
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
    ballots: usize,
    events: usize,
    concurrency: usize,
    signed_up: usize,
}

fn options() -> anyhow::Result<Options> {
    let mut options = Options { ballots: 1_000_000, events: 200_000, concurrency: 2, signed_up: 23 };
    let mut args = std::env::args().skip(1).filter(|a| a != "--bench");
    while let Some(arg) = args.next() {
        let mut value = || args.next().with_context(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--ballots" => options.ballots = value()?.parse()?,
            "--events" => options.events = value()?.parse()?,
            "--concurrency" => options.concurrency = value()?.parse()?,
            "--signed-up" => options.signed_up = value()?.parse()?,
            other => bail!("unknown option {other}; see the comment at the top of benches/ingest.rs"),
        }
    }
    anyhow::ensure!(options.events * 3 <= options.ballots, "--ballots must be at least three times --events");
    anyhow::ensure!(options.signed_up <= 100, "--signed-up is a percentage");
    Ok(options)
}

/// Posts `bodies` (pre-serialized JSON batches) with `concurrency` clients; the elapsed time.
async fn post_all(
    base: &str,
    path: &str,
    token: &str,
    bodies: Vec<String>,
    concurrency: usize,
) -> anyhow::Result<Duration> {
    let client = reqwest::Client::new();
    let url = format!("{base}/api/v1/counties/{COUNTY}/{path}");
    let queue = std::sync::Arc::new(std::sync::Mutex::new(bodies));
    let start = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..concurrency {
        let (client, url, token, queue) = (client.clone(), url.clone(), token.to_owned(), queue.clone());
        workers.push(tokio::spawn(async move {
            loop {
                let Some(body) = queue.lock().unwrap().pop() else { return anyhow::Ok(()) };
                let response = client
                    .post(&url)
                    .bearer_auth(&token)
                    .header("content-type", "application/json")
                    .body(body)
                    .send()
                    .await?;
                anyhow::ensure!(response.status().is_success(), "{url}: {}", response.status());
                let answer: Value = response.json().await?;
                anyhow::ensure!(answer["rejected"] == 0, "{url}: rows rejected: {}", answer["results"][0]);
            }
        }));
    }
    for worker in workers {
        worker.await??;
    }
    Ok(start.elapsed())
}

fn main() -> anyhow::Result<()> {
    let options = options()?;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let binary = root.join("target/release/ballot-tracker");
    anyhow::ensure!(binary.is_file(), "build the server first: cargo build --release -p ballot-api");
    let work = root.join("target/bench");
    std::fs::create_dir_all(&work)?;
    let data_dir = tempfile::tempdir_in(&work)?;

    let database = BenchDatabase::create("ingest")?;
    let database_url = database.url.clone();

    // The voters: one large county.
    let roll = numbered_roll(&work, COUNTY, options.ballots)?;
    eprintln!("importing {} voters", options.ballots);
    timed(Command::new(&binary).arg("import-voters").arg(&roll).env("DATABASE_URL", &database_url))?;
    let (client_id, secret) = create_client(&binary, &database_url, COUNTY)?;

    let (server, base) =
        start_server(&binary, &database_url, data_dir.path(), &[("BALLOT_TRACKER_COUNTY_TOKEN_MINUTES", "60")])?;
    let runtime = tokio::runtime::Runtime::new()?;
    let token = runtime.block_on(county_token(&base, &client_id, &secret))?;
    let election = json!([{"id": ELECTION, "name": "General Election", "election_day": "2026-11-03"}]).to_string();
    runtime.block_on(post_all(&base, "elections", &token, vec![election], 1))?;

    eprintln!("posting {} ballots", options.ballots);
    let ballots: Vec<String> = (0..options.ballots)
        .collect::<Vec<_>>()
        .chunks(10_000)
        .map(|chunk| {
            let rows: Vec<Value> = chunk
                .iter()
                .map(|i| {
                    json!({"ballot_id": format!("B{i}"), "voter_id": format!("CA{i:09}"), "election": ELECTION,
                           "delivery_method": "mail", "outbound_imb": format!("00700123456{i:09}")})
                })
                .collect();
            Value::Array(rows).to_string()
        })
        .collect();
    let ballots_took = runtime.block_on(post_all(&base, "ballots", &token, ballots, options.concurrency))?;

    let mut lines = Vec::new();
    let mut without_outbox = Duration::ZERO;
    for (run, batch) in [1_000usize, 10_000].into_iter().enumerate() {
        // Every event moves a different ballot to "mailed": the statewide mailing wave.
        let first = run * options.events;
        let bodies: Vec<String> = (first..first + options.events)
            .collect::<Vec<_>>()
            .chunks(batch)
            .map(|chunk| {
                let rows: Vec<Value> = chunk
                    .iter()
                    .map(|i| {
                        json!({"event_id": format!("b{batch}-e{i}"), "ballot_id": format!("B{i}"), "status": "mailed",
                                    "occurred_at": "2026-10-06T09:00:00-07:00"})
                    })
                    .collect();
                Value::Array(rows).to_string()
            })
            .collect();
        eprintln!("posting {} events in batches of {batch}", options.events);
        let ours = runtime.block_on(post_all(&base, "ballot-events", &token, bodies, options.concurrency))?;
        if batch == 1_000 {
            without_outbox = ours;
        }
        let ours_rate = options.events as f64 / ours.as_secs_f64();

        // PostgreSQL copying exactly the rows the server stored.
        let copy_file = work.join(format!("ingest-events-{batch}.csv"));
        let columns = "county_id, event_id, ballot_id, status, reason, status_rank, occurred_at, occurred_on, \
                       expected_delivery, source, client_id, received_at";
        let psql = |command: String| timed(Command::new("psql").arg(&database_url).args(["-q", "-c"]).arg(command));
        psql(format!(
            "\\copy (SELECT {columns} FROM ballot_events WHERE event_id LIKE 'b{batch}-%') TO '{}' WITH (FORMAT csv)",
            copy_file.display()
        ))?;
        let mut conn = PgConnection::establish(&database_url)?;
        conn.batch_execute(&format!(
            "CREATE TABLE raw_events_{batch} (LIKE ballot_events INCLUDING ALL); \
             ALTER TABLE raw_events_{batch} ADD FOREIGN KEY (ballot_id) REFERENCES ballots (id);"
        ))?;
        let copy =
            psql(format!("\\copy raw_events_{batch} ({columns}) FROM '{}' WITH (FORMAT csv)", copy_file.display()))?;
        std::fs::remove_file(&copy_file)?;
        let copy_rate = options.events as f64 / copy.as_secs_f64();
        lines.push(format!(
            "| {batch} | {ours_rate:.0} events/s ({:.1} s) | {copy_rate:.0} rows/s ({:.1} s) | **{:.2}** |",
            ours.as_secs_f64(),
            copy.as_secs_f64(),
            ours_rate / copy_rate
        ));
    }

    // The third run: the same batches of 1,000, for ballots whose voters signed up.
    let (first, last) = (2 * options.events, 3 * options.events);
    let mut conn = PgConnection::establish(&database_url)?;
    let voter_number = "substr(voter_id, 3)::bigint";
    conn.batch_execute(&format!(
        "INSERT INTO contact_methods (voter_record_id, kind, address, state, confirmed_at, created_at, updated_at) \
         SELECT id, 'email', 'voter' || id || '@example.org', 'on', now(), now(), now() FROM voter_records \
         WHERE {voter_number} >= {first} AND {voter_number} < {last} AND {voter_number} % 100 < {signed}; \
         INSERT INTO contact_methods (voter_record_id, kind, address, state, confirmed_at, created_at, updated_at) \
         SELECT id, 'sms', '+1213' || LPAD(id::text, 7, '0'), 'on', now(), now(), now() FROM voter_records \
         WHERE {voter_number} >= {first} AND {voter_number} < {last} AND {voter_number} % 100 < {signed} \
         AND {voter_number} % 3 <> 0; ANALYZE contact_methods;",
        signed = options.signed_up
    ))?;
    let bodies: Vec<String> = (first..last)
        .collect::<Vec<_>>()
        .chunks(1_000)
        .map(|chunk| {
            let rows: Vec<Value> = chunk
                .iter()
                .map(|i| {
                    json!({"event_id": format!("signed-e{i}"), "ballot_id": format!("B{i}"), "status": "mailed",
                           "occurred_at": "2026-10-06T09:00:00-07:00"})
                })
                .collect();
            Value::Array(rows).to_string()
        })
        .collect();
    eprintln!("posting {} events in batches of 1000, {}% of their voters signed up", options.events, options.signed_up);
    let with_outbox = runtime.block_on(post_all(&base, "ballot-events", &token, bodies, options.concurrency))?;
    let messages = {
        #[derive(QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        diesel::sql_query("SELECT COUNT(*) AS n FROM notifications").get_result::<Count>(&mut conn)?.n
    };
    drop(conn);
    drop(server);
    drop(database);

    println!(
        "{} ballots loaded through `POST /ballots` in {:.1} s ({:.0} ballots/s, batches of 10,000); {} events per batch size, \
         {} concurrent clients, every event a different ballot's `mailed`\n",
        options.ballots,
        ballots_took.as_secs_f64(),
        options.ballots as f64 / ballots_took.as_secs_f64(),
        options.events,
        options.concurrency
    );
    println!(
        "| batch size | through our server (HTTP, JSON, validation, status update, audit) | PostgreSQL `COPY` of the stored rows into a table like `ballot_events` | ratio |"
    );
    println!("| --- | --- | --- | --- |");
    for line in lines {
        println!("{line}");
    }
    let rate = |d: Duration| options.events as f64 / d.as_secs_f64();
    println!(
        "\n| batches of 1,000 | no voter signed up | {}% signed up: {messages} messages written to the outbox with the events | with / without |",
        options.signed_up
    );
    println!("| --- | --- | --- | --- |");
    println!(
        "| events/s | {:.0} ({:.1} s) | {:.0} ({:.1} s) | **{:.2}** |",
        rate(without_outbox),
        without_outbox.as_secs_f64(),
        rate(with_outbox),
        with_outbox.as_secs_f64(),
        rate(with_outbox) / rate(without_outbox)
    );
    Ok(())
}
