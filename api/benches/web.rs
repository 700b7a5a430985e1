//! The voter's page on a first visit: bytes transferred and the time until the sign-up form is
//! usable, in headless Chromium against the release build served by the release server, without
//! throttling and with Chromium's "fast 4G" network and 4× slower CPU (DevTools protocol, through
//! chromedriver). Each figure is the median of `--runs` visits with the browser cache off.
//! Needs `cargo xtask build-web` output and `chromium` + `chromedriver` on PATH (`cargo xtask
//! bench web` builds both the page and the server first).

#[path = "common/mod.rs"]
mod common;
#[path = "../tests/support/devtools.rs"]
mod devtools;

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use anyhow::Context;
use fantoccini::{Client, ClientBuilder};
use serde_json::{Value, json};

/// Chromium DevTools' "Fast 4G" preset: latency in ms, throughput in bytes per second.
const FAST_4G: (u64, u64, u64) = (165, 1_012_500, 168_750);
/// How much slower the CPU runs when throttled (DevTools' "4× slowdown", a mid-range phone).
const CPU_SLOWDOWN: u64 = 4;

async fn cdp(client: &Client, method: &'static str, params: Value) -> anyhow::Result<Value> {
    devtools::devtools(client, method, params).await.with_context(|| format!("DevTools {method}"))
}

/// One first visit: bytes over the wire (headers included) and milliseconds from navigation
/// start to the sign-up form on the page.
async fn visit(client: &Client, url: &str) -> anyhow::Result<(u64, f64)> {
    client.goto("about:blank").await?;
    client.goto(url).await?;
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let usable = client.execute("return window.signUpUsable || null;", vec![]).await?;
        if let Some(ms) = usable.as_f64() {
            let bytes = client
                .execute(
                    "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))\
                     .reduce((sum, e) => sum + e.transferSize, 0);",
                    vec![],
                )
                .await?;
            return Ok((bytes.as_u64().unwrap_or_default(), ms));
        }
        anyhow::ensure!(std::time::Instant::now() < deadline, "the sign-up form never appeared");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let runs: usize =
        std::env::args().skip_while(|a| a != "--runs").nth(1).map(|n| n.parse()).transpose()?.unwrap_or(9);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let binary = root.join("target/release/ballot-tracker");
    let dist = root.join("web/dist");
    anyhow::ensure!(dist.join("index.html").is_file(), "build the page first: cargo xtask build-web");
    let work = tempfile::tempdir()?;
    let database_url = format!("sqlite://{}", work.path().join("bench.db").display());
    let (_server, base) =
        common::start_server(&binary, &database_url, work.path(), &[("BALLOT_TRACKER_WEB_DIR", path_str(&dist)?)])?;

    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let _driver = tokio::process::Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .context("chromedriver is on PATH (Debian: apt-get install chromium-driver)")?;
    let profile = tempfile::tempdir()?;
    let capabilities = json!({"goog:chromeOptions": {
        "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned()),
        "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--disable-quic", "--window-size=412,915",
                 format!("--user-data-dir={}", profile.path().display())],
    }});
    let mut client = None;
    for _ in 0..100 {
        let capabilities = capabilities.as_object().expect("an object").clone();
        match ClientBuilder::native().capabilities(capabilities).connect(&format!("http://127.0.0.1:{port}")).await {
            Ok(connected) => {
                client = Some(connected);
                break;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
    let client = client.context("chromedriver did not start a session")?;

    // Every visit is a first visit; the page's own clock says when the form appeared.
    cdp(&client, "Network.enable", json!({})).await?;
    cdp(&client, "Network.setCacheDisabled", json!({"cacheDisabled": true})).await?;
    let watcher = "new MutationObserver((_, observer) => { if (document.getElementById('date_of_birth')) { \
                   window.signUpUsable = performance.now(); observer.disconnect(); } })\
                   .observe(document, {childList: true, subtree: true});";
    cdp(&client, "Page.addScriptToEvaluateOnNewDocument", json!({"source": watcher})).await?;

    let url = format!("{base}/");
    let mut rows = Vec::new();
    for (name, throttled) in [("loopback, no throttling", false), ("fast 4G, CPU 4× slower", true)] {
        let (latency, down, up) = if throttled { FAST_4G } else { (0, 0, 0) };
        cdp(
            &client,
            "Network.emulateNetworkConditions",
            json!({"offline": false, "latency": latency, "downloadThroughput": if throttled { down as i64 } else { -1 },
                   "uploadThroughput": if throttled { up as i64 } else { -1 }}),
        )
        .await?;
        cdp(&client, "Emulation.setCPUThrottlingRate", json!({"rate": if throttled { CPU_SLOWDOWN } else { 1 }}))
            .await?;
        visit(&client, &url).await?; // warm-up: the server's and the machine's caches
        let mut bytes = Vec::new();
        let mut times = Vec::new();
        for _ in 0..runs {
            let (transferred, ms) = visit(&client, &url).await?;
            bytes.push(transferred as f64);
            times.push(ms);
        }
        let slowest = times.iter().copied().fold(f64::MIN, f64::max);
        rows.push((name, median(bytes), median(times), slowest));
    }
    client.close().await?;

    println!("| Profile | Transferred (median) | Sign-up form usable (median) | slowest |");
    println!("|---|---:|---:|---:|");
    for (name, bytes, median_ms, slowest) in rows {
        println!("| {name} | {:.1} KB | {median_ms:.0} ms | {slowest:.0} ms |", bytes / 1000.0);
    }
    println!("\n{runs} first visits each (cache off), English, release build served by the release server.");
    Ok(())
}

fn path_str(path: &Path) -> anyhow::Result<&str> {
    path.to_str().context("a UTF-8 path")
}
