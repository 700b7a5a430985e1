//! Project automation: `cargo xtask run`, `cargo xtask test`, and the steps they are made of.

mod tools;

use std::net::{TcpStream, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use xshell::{Shell, cmd};

use tools::Toolbox;

#[derive(Parser)]
#[command(name = "cargo xtask", about = "Set-up, run and test automation for the ballot tracker")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Install the web toolchain if missing, build the web front end and the server, and start it.
    Run {
        /// Arguments for `ballot-tracker serve` (e.g. `-- --listen 0.0.0.0:8080`).
        #[arg(last = true)]
        serve_args: Vec<String>,
    },
    /// Formatting, lints, every test on SQLite and PostgreSQL, the wasm32 build, and the browser tests.
    Test,
    /// Build the web front end into web/dist (release).
    BuildWeb,
    /// `trunk serve`: rebuild the front end on change, forwarding /api/ to the server of `cargo xtask run`.
    Dev,
    /// Run a benchmark and print its Markdown report (see BENCHMARKS.md).
    Bench {
        #[arg(value_enum)]
        benchmark: Benchmark,
        /// Options for the benchmark (e.g. `-- --voters 100000 --backend sqlite`).
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// Rewrite openapi.yaml from the routes.
    Openapi,
    /// Install the pinned Trunk and wasm-bindgen CLI into the per-user tool cache.
    Tools,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Benchmark {
    /// Voter lookups (ours vs the raw database) and the roll import (ours vs PostgreSQL COPY).
    Lookup,
    /// County status events through the API into PostgreSQL (ours vs PostgreSQL COPY).
    Ingest,
    /// Notifications from the outbox to a local SMS provider sink, 2 workers on PostgreSQL.
    Notify,
    /// The voter's page in headless Chromium: bytes and time to the sign-up form, also throttled.
    Web,
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let sh = Shell::new()?;
    sh.change_dir(workspace_root());
    match cli.command {
        Command::Run { serve_args } => run(&sh, &serve_args),
        Command::Test => test(&sh),
        Command::BuildWeb => build_web(&sh, &Toolbox::ensure(&sh)?),
        Command::Dev => toolbox_trunk(&sh, &Toolbox::ensure(&sh)?, &["serve"]),
        Command::Openapi => {
            let document = cmd!(sh, "cargo run --quiet -p ballot-api --bin ballot-tracker -- openapi").read()?;
            sh.write_file("openapi.yaml", document + "\n")?;
            println!("wrote openapi.yaml");
            Ok(())
        }
        Command::Bench { benchmark, args } => {
            let name = match benchmark {
                Benchmark::Lookup => "lookup",
                Benchmark::Ingest => "ingest",
                Benchmark::Notify => "notify",
                Benchmark::Web => "web",
            };
            if matches!(benchmark, Benchmark::Web) {
                build_web(&sh, &Toolbox::ensure(&sh)?)?;
            }
            step("Building the server and the load generator (release)");
            cmd!(sh, "cargo build --release -p ballot-api --bin ballot-tracker -p ballot-demo-roll --bin demo-roll")
                .run()?;
            step(&format!("Running the {name} benchmark"));
            cmd!(sh, "cargo bench -p ballot-api --bench {name} -- {args...}").run()?;
            Ok(())
        }
        Command::Tools => Toolbox::ensure(&sh).map(|_| ()),
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_owned()
}

fn step(title: &str) {
    eprintln!("\n==> {title}");
}

fn build_web(sh: &Shell, toolbox: &Toolbox) -> anyhow::Result<()> {
    step("Building the web front end (trunk build --release, offline)");
    toolbox_trunk(sh, toolbox, &["build", "--release"]).context("building the web front end")?;
    step("Compressing the web front end (brotli and gzip copies beside each file, served as they are)");
    precompress(&workspace_root().join("web/dist"))
}

/// Files worth compressing: text and wasm.
const COMPRESSIBLE: [&str; 8] = ["html", "js", "wasm", "css", "ftl", "json", "svg", "txt"];

/// Writes `NAME.br` (brotli, best) and `NAME.gz` (gzip, best) beside every compressible file under
/// `dir`, where they are smaller; the server sends them to browsers that accept them.
fn precompress(dir: &Path) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            precompress(&path)?;
            continue;
        }
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
        if !COMPRESSIBLE.contains(&extension) {
            continue;
        }
        let original = std::fs::read(&path)?;
        let mut brotli = Vec::new();
        let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 24, ..Default::default() };
        brotli::BrotliCompress(&mut original.as_slice(), &mut brotli, &params)?;
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        std::io::Write::write_all(&mut gzip, &original)?;
        let gzip = gzip.finish()?;
        for (suffix, compressed) in [("br", brotli), ("gz", gzip)] {
            let target = path.with_extension(format!("{extension}.{suffix}"));
            if compressed.len() < original.len() {
                std::fs::write(&target, compressed)?;
            } else if target.exists() {
                std::fs::remove_file(&target)?;
            }
        }
    }
    Ok(())
}

/// Runs the pinned Trunk with the pinned wasm-bindgen CLI first on its PATH.
fn toolbox_trunk(sh: &Shell, toolbox: &Toolbox, args: &[&str]) -> anyhow::Result<()> {
    let trunk = toolbox.trunk();
    let _path = sh.push_env("PATH", toolbox.path_with_tools()?);
    cmd!(sh, "{trunk} {args...}").run()?;
    Ok(())
}

fn run(sh: &Shell, serve_args: &[String]) -> anyhow::Result<()> {
    let toolbox = Toolbox::ensure(sh)?;
    build_web(sh, &toolbox)?;
    step("Building the server (cargo build --release); the first build takes a few minutes");
    cmd!(sh, "cargo build --release -p ballot-api --bin ballot-tracker -p ballot-demo-roll --bin demo-roll").run()?;
    let server = workspace_root().join("target/release/ballot-tracker");
    let demo_roll = workspace_root().join("target/release/demo-roll");
    // Demo voters go only into the embedded default database, never into one named explicitly.
    let default_database =
        std::env::var_os("DATABASE_URL").is_none() && !serve_args.iter().any(|a| a.starts_with("--database-url"));
    if default_database {
        step("Seeding a synthetic demo roll into ./data (every person invented; unchanged on later runs)");
        let roll = workspace_root().join("data/demo-roll.csv");
        std::fs::create_dir_all(workspace_root().join("data"))?;
        cmd!(sh, "{demo_roll} --out {roll}").run()?;
        cmd!(sh, "{server} import-voters {roll}").run()?;
    }
    step("Starting the server");
    cmd!(sh, "{server} serve {serve_args...}").run()?;
    Ok(())
}

/// What happens to a check whose prerequisite is missing.
struct Prerequisites {
    strict: bool,
    skipped: Vec<String>,
}

impl Prerequisites {
    /// Returns whether to run the check; a missing prerequisite is a loud skip, or a failure under CI.
    fn require(&mut self, check: &str, available: bool, missing: &str) -> anyhow::Result<bool> {
        if available {
            return Ok(true);
        }
        if self.strict {
            bail!("{check}: {missing} (CI=true: every check must run)");
        }
        eprintln!("\n!!!!! SKIPPED {check}: {missing} !!!!!");
        self.skipped.push(check.to_owned());
        Ok(false)
    }
}

fn test(sh: &Shell) -> anyhow::Result<()> {
    let mut prerequisites = Prerequisites { strict: std::env::var("CI").is_ok_and(|v| v == "true"), skipped: vec![] };

    step("Formatting (cargo fmt --check)");
    cmd!(sh, "cargo fmt --all --check").run()?;

    let toolbox = Toolbox::ensure(sh)?;

    step("Lints (cargo clippy, native and wasm32)");
    cmd!(sh, "cargo clippy --workspace --exclude ballot-web --all-targets -- -D warnings").run()?;
    cmd!(sh, "cargo clippy -p ballot-api --test browser -- -D warnings").run()?;
    cmd!(
        sh,
        "cargo clippy -p ballot-web -p ballot-shared --target wasm32-unknown-unknown --all-targets -- -D warnings"
    )
    .run()?;

    let postgres_url =
        std::env::var("TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
    let postgres = prerequisites.require(
        "the API suite on PostgreSQL",
        postgres_reachable(&postgres_url),
        &format!("no PostgreSQL server answers at {} (set TEST_POSTGRES_URL)", redact(&postgres_url)),
    )?;
    if postgres {
        step("Unit and integration tests on SQLite and PostgreSQL");
        let _url = sh.push_env("TEST_POSTGRES_URL", &postgres_url);
        cmd!(sh, "cargo test --workspace --exclude ballot-web").run()?;
    } else {
        step("Unit and integration tests on SQLite");
        cmd!(sh, "cargo test --workspace --exclude ballot-web -- --skip ::postgres").run()?;
    }

    if prerequisites.require("shared validation tests on wasm32", on_path("node"), "node is not on PATH")? {
        step("Shared validation tests compiled to wasm32 (wasm-bindgen-test-runner on node)");
        let runner = toolbox.wasm_bindgen_test_runner();
        let _runner = sh.push_env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", runner);
        cmd!(sh, "cargo test -p ballot-shared --target wasm32-unknown-unknown").run()?;
    }

    build_web(sh, &toolbox)?;

    let browser = on_path("chromium") && on_path("chromedriver");
    if prerequisites.require(
        "the browser end-to-end tests",
        browser,
        "chromium and chromedriver are not both on PATH (Debian: apt-get install chromium chromium-driver)",
    )? {
        step("Browser end-to-end tests (headless Chromium via chromedriver, axe-core in each page)");
        let _axe = sh.push_env("AXE_CORE_SCRIPT", toolbox.axe_core_script());
        cmd!(sh, "cargo test -p ballot-api --test browser").run()?;
    }

    if prerequisites.skipped.is_empty() {
        eprintln!("\nAll checks ran and passed.");
    } else {
        eprintln!("\nThe checks that ran passed. SKIPPED: {}.", prerequisites.skipped.join("; "));
    }
    Ok(())
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// The URL without its password, fit for a message.
fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_owned() };
    match rest.split_once('@') {
        Some((credentials, host)) if credentials.contains(':') => {
            let user = credentials.split(':').next().unwrap_or_default();
            format!("{scheme}://{user}:***@{host}")
        }
        _ => url.to_owned(),
    }
}

/// Whether something accepts TCP connections at the URL's host and port.
fn postgres_reachable(url: &str) -> bool {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host_port = after_scheme.rsplit_once('@').map_or(after_scheme, |(_, rest)| rest);
    let host_port = host_port.split(['/', '?']).next().unwrap_or_default();
    let host_port = if host_port.contains(':') { host_port.to_owned() } else { format!("{host_port}:5432") };
    host_port
        .to_socket_addrs()
        .ok()
        .and_then(|mut addrs| addrs.next())
        .is_some_and(|addr| TcpStream::connect_timeout(&addr, Duration::from_secs(2)).is_ok())
}
