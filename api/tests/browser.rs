//! End-to-end: the real server serving the built SPA, driven in headless Chromium through
//! chromedriver. Needs `trunk build` output in web/dist and `chromium` + `chromedriver` on PATH;
//! `cargo xtask test` provides the first and checks for the second.

#[path = "api/helpers.rs"]
mod helpers;

use std::future::Future;
use std::net::TcpListener;
use std::process::Stdio;
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;
use tokio::process::{Child, Command};

use helpers::{Backend, spawn_app, web_dist};

/// How long the page may take to show what a step expects before the test fails.
const PATIENCE: Duration = Duration::from_secs(15);

struct Browser {
    client: Client,
    _driver: Child,
    _profile: tempfile::TempDir,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Polls `check` until it yields a value, failing with `what` after [`PATIENCE`].
async fn eventually<T, F, Fut>(what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Option<T>>,
{
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(value) = check().await {
            return value;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn start_browser() -> Browser {
    let port = free_port();
    let driver = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("chromedriver is on PATH (Debian: apt-get install chromium-driver)");
    let profile = tempfile::tempdir().unwrap();
    let binary = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
    let capabilities = json!({
        "goog:chromeOptions": {
            "binary": binary,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                // This machine has no internet: keep Chromium from trying to phone home.
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic",
                format!("--user-data-dir={}", profile.path().display()),
                "--window-size=1024,900",
            ]
        }
    });
    let webdriver = format!("http://127.0.0.1:{port}");
    let client = eventually("chromedriver to start a session", || {
        let capabilities = capabilities.as_object().unwrap().clone();
        let webdriver = webdriver.clone();
        async move { ClientBuilder::native().capabilities(capabilities).connect(&webdriver).await.ok() }
    })
    .await;
    Browser { client, _driver: driver, _profile: profile }
}

async fn value(client: &Client, id: &str) -> String {
    let input = client.find(Locator::Id(id)).await.unwrap();
    input.prop("value").await.unwrap().unwrap_or_default()
}

/// The element's text; empty while the element is not on the page (yet).
async fn text(client: &Client, css: &str) -> String {
    match client.find(Locator::Css(css)).await {
        Ok(element) => element.text().await.unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// Replaces the field's text the way a person does: select all, delete, type.
async fn type_into(client: &Client, id: &str, keys: &str) {
    let input = client.find(Locator::Id(id)).await.unwrap();
    let select_all_and_delete = format!("{}a{}{}", Key::Control, Key::Null, Key::Backspace);
    input.send_keys(&select_all_and_delete).await.unwrap();
    input.send_keys(keys).await.unwrap();
}

/// Waits until the element matched by `css` shows text containing `expected`.
async fn wait_for_text(client: &Client, css: &str, expected: &str) {
    eventually(&format!("{css} to say {expected:?}"), || async {
        text(client, css).await.contains(expected).then_some(())
    })
    .await
}

async fn open_sign_up(client: &Client, app: &helpers::TestApp) {
    client.goto(&app.url("/")).await.unwrap();
    eventually("the sign-up form to render", || async { client.find(Locator::Id("date_of_birth")).await.ok() }).await;
}

async fn fill_in(client: &Client, first: &str, last: &str, dob: &str, zip: &str) {
    type_into(client, "first_name", first).await;
    type_into(client, "last_name", last).await;
    type_into(client, "date_of_birth", dob).await;
    type_into(client, "zip", zip).await;
}

async fn submit(client: &Client) {
    client.find(Locator::Id("find-me")).await.unwrap().click().await.unwrap();
}

#[tokio::test]
async fn a_voter_signs_up() {
    assert!(
        web_dist().join("index.html").is_file(),
        "the web front end is not built: run `cargo xtask test` (or `trunk build`) first"
    );
    let app = spawn_app(Backend::Sqlite).await;
    app.import_voters(helpers::ROLL).await;
    let browser = start_browser().await;
    let client = &browser.client;

    open_sign_up(client, &app).await;
    // The page takes the installation's name from the API.
    eventually("the site name", || async { (client.title().await.ok()? == "Test Ballot Tracker").then_some(()) }).await;

    // Dashes appear as the voter types the digits.
    type_into(client, "date_of_birth", "01231980").await;
    assert_eq!(value(client, "date_of_birth").await, "01-23-1980");

    // A date before 1900 gets the 1900 message when the voter leaves the field…
    type_into(client, "date_of_birth", &format!("01011899{}", Key::Tab)).await;
    assert_eq!(value(client, "date_of_birth").await, "01-01-1899");
    wait_for_text(client, "#date_of_birth-error", "cannot be before 01-01-1900").await;
    let dob = client.find(Locator::Id("date_of_birth")).await.unwrap();
    assert_eq!(dob.attr("aria-invalid").await.unwrap().as_deref(), Some("true"));
    let described_by = dob.attr("aria-describedby").await.unwrap().unwrap();
    assert!(described_by.contains("date_of_birth-error"), "{described_by}");

    // …and the message goes away once it is fixed.
    type_into(client, "date_of_birth", "01/23/1980").await;
    assert_eq!(value(client, "date_of_birth").await, "01-23-1980");
    eventually("the date error to clear", || async {
        text(client, "#date_of_birth-error").await.is_empty().then_some(())
    })
    .await;

    // An overseas postal code is answered with which ZIP to use.
    type_into(client, "zip", &format!("SW1A 1AA{}", Key::Tab)).await;
    wait_for_text(client, "#zip-error", "California home address you registered to vote with").await;

    // A miss says what to check and where, without saying which detail was wrong.
    fill_in(client, "José", "O'Brien-Smith", "01231980", "95815").await;
    submit(client).await;
    wait_for_text(client, "#outcome", "could not find you").await;
    let link = client.find(Locator::Css("#outcome a")).await.unwrap();
    assert_eq!(link.attr("href").await.unwrap().as_deref(), Some("https://voterstatus.sos.ca.gov"));

    // The right ZIP finds the voter.
    type_into(client, "zip", "95814").await;
    submit(client).await;
    wait_for_text(client, "#found-voter", "José O'Brien-Smith").await;
    assert!(text(client, "#found-voter").await.contains("Sacramento County"));
    assert!(text(client, "#next-step").await.contains("not available yet"));

    // Two voters share these details: the voter ID is asked for, with the reason, then finds the one.
    open_sign_up(client, &app).await;
    assert!(client.find(Locator::Id("voter_id")).await.is_err(), "the voter ID is asked only when needed");
    fill_in(client, "Maria", "Garcia", "06011975", "95816").await;
    submit(client).await;
    wait_for_text(client, "#voter-id-reason", "More than one registered voter").await;
    type_into(client, "voter_id", "ca1003").await;
    submit(client).await;
    wait_for_text(client, "#found-voter", "Maria Garcia").await;

    browser.client.close().await.unwrap();
}

#[tokio::test]
async fn too_many_lookups_are_explained() {
    let app = helpers::spawn_app_with(Backend::Sqlite, |s| s.lookups_per_client_hour = 1.try_into().unwrap()).await;
    let browser = start_browser().await;
    let client = &browser.client;
    open_sign_up(client, &app).await;
    fill_in(client, "Ana", "Lopez", "04041990", "94601").await;
    submit(client).await;
    wait_for_text(client, "#outcome", "could not find you").await;
    submit(client).await;
    wait_for_text(client, "#outcome", "lookups are limited").await;
    browser.client.close().await.unwrap();
}
