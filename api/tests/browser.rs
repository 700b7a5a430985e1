//! End-to-end: the real server serving the built SPA, driven in headless Chromium through
//! chromedriver. Needs `trunk build` output in web/dist and `chromium` + `chromedriver` on PATH;
//! `cargo xtask test` provides the first and checks for the second.

#[path = "browser/accessibility.rs"]
mod accessibility;
#[path = "support/devtools.rs"]
mod devtools;
#[path = "api/helpers/mod.rs"]
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
    start_browser_speaking("en-US").await
}

/// A browser whose preferred language is `language`.
async fn start_browser_speaking(language: &str) -> Browser {
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
            "prefs": { "intl": { "accept_languages": language } },
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                // This machine has no internet: keep Chromium from trying to phone home.
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic",
                format!("--user-data-dir={}", profile.path().display()),
                "--window-size=1024,900",
                format!("--lang={language}"),
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

/// Opens the sign-up page as a new visitor: a session this tab kept is forgotten first.
async fn open_sign_up(client: &Client, app: &helpers::TestApp) {
    client.goto(&app.url("/")).await.unwrap();
    client.execute("sessionStorage.clear();", vec![]).await.unwrap();
    client.refresh().await.unwrap();
    eventually("the sign-up form to render", || async { client.find(Locator::Id("date_of_birth")).await.ok() }).await;
    watch_for_policy_violations(client).await;
}

/// From now on (until the next page load), the page records what its Content-Security-Policy
/// blocks; [`assert_no_policy_violation`] reads the record. The policy arrives with the page.
async fn watch_for_policy_violations(client: &Client) {
    let fetch_policy = "const done = arguments[arguments.length - 1]; \
                        fetch(location.href).then(r => done(r.headers.get('content-security-policy')));";
    let policy = client.execute_async(fetch_policy, vec![]).await.unwrap();
    assert!(policy.as_str().is_some_and(|p| p.starts_with("default-src 'none'")), "the page's policy: {policy}");
    let script = "window.policyViolations = []; document.addEventListener('securitypolicyviolation', \
                  e => window.policyViolations.push(e.violatedDirective + ' ' + e.blockedURI));";
    client.execute(script, vec![]).await.unwrap();
}

/// Nothing the page did since [`watch_for_policy_violations`] was blocked by its policy.
async fn assert_no_policy_violation(client: &Client) {
    let seen = client.execute("return window.policyViolations || null;", vec![]).await.unwrap();
    assert_eq!(seen, json!([]), "the Content-Security-Policy blocked something");
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

    // The page checks names lightly (a star gets past it); the server refuses, and its words
    // appear beside the field.
    fill_in(client, "Ana★", "Lopez", "04041990", "94601").await;
    submit(client).await;
    wait_for_text(client, "#first_name-error", "can only contain letters").await;

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
    // No ballot yet: said plainly, and the voter can already choose how to hear about it.
    wait_for_text(client, "#no-ballots", "don't have a mail ballot for you yet").await;
    wait_for_text(client, "#method-email-state", "Off").await;

    // Two voters share these details: the voter ID is asked for, with the reason, then finds the one.
    open_sign_up(client, &app).await;
    assert!(client.find(Locator::Id("voter_id")).await.is_err(), "the voter ID is asked only when needed");
    fill_in(client, "Maria", "Garcia", "06011975", "95816").await;
    submit(client).await;
    wait_for_text(client, "#voter-id-reason", "More than one registered voter").await;
    type_into(client, "voter_id", "ca1003").await;
    submit(client).await;
    wait_for_text(client, "#found-voter", "Maria Garcia").await;

    assert_no_policy_violation(client).await;
    browser.client.close().await.unwrap();
}

#[tokio::test]
async fn a_vietnamese_browser_gets_the_page_in_vietnamese_and_can_pick_any_language() {
    let app = spawn_app(Backend::Sqlite).await;
    let browser = start_browser_speaking("vi-VN").await;
    let client = &browser.client;
    open_sign_up(client, &app).await;
    let vietnamese = helpers::page_message("vi", "signup-heading");
    wait_for_text(client, "h1", &vietnamese).await;
    let lang = client.find(Locator::Css("html")).await.unwrap().attr("lang").await.unwrap();
    assert_eq!(lang.as_deref(), Some("vi"));
    // Every language is offered, each named in itself, and each one's words load when picked.
    let offered = text(client, "#ui-language").await;
    for name in ["English", "Español", "繁體中文", "हिन्दी", "日本語", "ខ្មែរ", "한국어", "Tagalog", "ไทย", "Tiếng Việt"]
    {
        assert!(offered.contains(name), "{name} in {offered}");
    }
    for tag in ["zh-Hant", "km", "en"] {
        pick(client, "ui-language", tag, "change").await;
        wait_for_text(client, "h1", &helpers::page_message(tag, "signup-heading")).await;
        wait_for_attr(client, "html", "lang", tag).await;
    }
    assert_no_policy_violation(client).await;
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
    assert_no_policy_violation(client).await;
    browser.client.close().await.unwrap();
}

/// With `BROWSER_SCREENSHOTS=DIR` set, saves the whole page as `DIR/name.png` (to look at the pages).
async fn snapshot(client: &Client, name: &str) {
    let Ok(dir) = std::env::var("BROWSER_SCREENSHOTS") else { return };
    let height = client.execute("return document.documentElement.scrollHeight;", vec![]).await.unwrap();
    client.set_window_size(1024, height.as_u64().unwrap_or(900).clamp(900, 6000) as u32 + 150).await.unwrap();
    let png = client.screenshot().await.unwrap();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(std::path::Path::new(&dir).join(format!("{name}.png")), png).unwrap();
    client.set_window_size(1024, 900).await.unwrap();
}

/// Clicks the element with this id.
async fn click(client: &Client, id: &str) {
    client.find(Locator::Id(id)).await.unwrap_or_else(|e| panic!("#{id}: {e}")).click().await.unwrap();
}

/// Waits until the element with this id is on the page.
async fn wait_for(client: &Client, id: &str) {
    eventually(&format!("#{id} to appear"), || async { client.find(Locator::Id(id)).await.ok() }).await;
}

/// Waits until the element matched by `css` has `attribute` = `expected`.
async fn wait_for_attr(client: &Client, css: &str, attribute: &str, expected: &str) {
    eventually(&format!("{css} to have {attribute}={expected:?}"), || async {
        let element = client.find(Locator::Css(css)).await.ok()?;
        (element.attr(attribute).await.ok()?.as_deref() == Some(expected)).then_some(())
    })
    .await
}

/// Sets a field the way a browser's own picker does (time inputs and menus), firing the event
/// the page listens for.
async fn pick(client: &Client, id: &str, value: &str, event: &str) {
    let script = "const e = document.getElementById(arguments[0]); e.value = arguments[1]; \
                  e.dispatchEvent(new Event(arguments[2], { bubbles: true }));";
    client.execute(script, vec![json!(id), json!(value), json!(event)]).await.unwrap();
}

/// Opens `url` in a new tab, runs `check` there, closes the tab and comes back.
async fn in_new_tab<F, Fut>(client: &Client, url: &str, check: F)
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = ()>,
{
    let portal = client.window().await.unwrap();
    let tab = client.new_window(true).await.unwrap();
    client.switch_to_window(tab.handle).await.unwrap();
    client.goto(url).await.unwrap();
    check().await;
    client.close_window().await.unwrap();
    client.switch_to_window(portal).await.unwrap();
}

async fn sign_in_as_jose(client: &Client, app: &helpers::TestApp) {
    open_sign_up(client, app).await;
    fill_in(client, "José", "O'Brien-Smith", "01231980", "95814").await;
    submit(client).await;
    wait_for_text(client, "#found-voter", "José O'Brien-Smith").await;
}

/// Waits for the element with this id, then clicks it.
async fn click_when_there(client: &Client, id: &str) {
    wait_for(client, id).await;
    click(client, id).await;
}

/// The state of one of José's contact methods as the API has it (through a session of its own).
async fn stored_method_state(app: &helpers::TestApp, kind: &str) -> String {
    let body =
        json!({"first_name": "José", "last_name": "O'Brien-Smith", "date_of_birth": "01-23-1980", "zip": "95814"});
    let session: serde_json::Value = app.post_voter_session(&body).await.json().await.unwrap();
    app.method_state(session["token"].as_str().unwrap(), kind).await
}

/// The voter's preferences as the API has them (through a session of its own).
async fn stored_preferences(app: &helpers::TestApp) -> serde_json::Value {
    let body =
        json!({"first_name": "José", "last_name": "O'Brien-Smith", "date_of_birth": "01-23-1980", "zip": "95814"});
    let session: serde_json::Value = app.post_voter_session(&body).await.json().await.unwrap();
    app.voter_get(session["token"].as_str().unwrap(), "/api/v1/voter/preferences").await
}

const EMAIL: &str = "jose.obrien@example.org";
const PHONE: &str = "(916) 555-0123";
const PHONE_E164: &str = "+19165550123";

/// Sacramento with José's ballot B1 replaced by B2, which went all the way to review for a
/// signature that did not match; the county publishes its phone and its statement form.
async fn seed_ballots(app: &helpers::TestApp) {
    let county = app.county_with_ballots(&[("B1", "CA1001")]).await;
    app.sacramento_cure_details(&county).await;
    let reissue = json!([{"ballot_id": "B2", "voter_id": "CA1001", "election": helpers::ELECTION,
                          "delivery_method": "mail", "supersedes": "B1"}]);
    app.post_json(&county, "34/ballots", &reissue).await;
    let events = json!([
        {"event_id": "e1", "ballot_id": "B1", "status": "mailed", "occurred_at": "2026-10-05T09:00:00-07:00"},
        {"event_id": "e2", "ballot_id": "B2", "status": "mailed", "occurred_at": "2026-10-12T09:00:00-07:00"},
        {"event_id": "e3", "ballot_id": "B2", "status": "in_transit", "occurred_at": "2026-10-13T06:00:00-07:00",
         "source": "usps", "expected_delivery_date": "2026-10-15"},
        {"event_id": "e4", "ballot_id": "B2", "status": "delivered", "occurred_at": "2026-10-15T11:00:00-07:00"},
        {"event_id": "e5", "ballot_id": "B2", "status": "received", "occurred_at": "2026-10-28T10:00:00-07:00"},
        {"event_id": "e6", "ballot_id": "B2", "status": "in_review", "reason": "signature_mismatch",
         "occurred_at": "2026-10-29T10:00:00-07:00"},
    ]);
    app.post_json(&county, "34/ballot-events", &events).await;
}

#[tokio::test]
async fn a_voter_sees_their_ballot_and_chooses_how_to_hear_about_it() {
    let app = helpers::spawn_app_with(Backend::Sqlite, |s| {
        s.messaging.sms_auth_token = Some("provider-auth-token".into());
    })
    .await;
    seed_ballots(&app).await;
    let browser = start_browser().await;
    let client = &browser.client;
    sign_in_as_jose(client, &app).await;

    // The ballot that counts comes first: in review, with the steps to fix the signature.
    wait_for_text(client, "#ballot-0-now", "signature on the envelope did not match").await;
    let current_step = text(client, "#ballot-0-steps li[aria-current='step']").await;
    assert!(current_step.contains("Counted") && current_step.contains("Needs your signature"), "{current_step}");
    assert!(text(client, "#ballot-0-steps").await.contains("Received by your county"));
    wait_for_text(client, "#cure-deadline-0", "Tuesday, December 1").await;
    let steps = text(client, "#cure-steps-0").await;
    assert!(steps.contains("signature verification statement"), "{steps}");
    let form = client.find(Locator::Id("cure-form-0")).await.unwrap();
    assert_eq!(form.attr("href").await.unwrap().as_deref(), Some("https://elections.example.org/cure"));
    assert!(text(client, "#cure-contact-0").await.contains("(916) 875-6451"));
    let history = text(client, "#ballot-0-history").await;
    assert!(history.contains("Monday, October 12") && history.contains("delivered your ballot"), "{history}");
    // The first ballot was replaced.
    wait_for_text(client, "#ballot-1-replaced", "no longer counts").await;
    snapshot(client, "portal").await;
    // A reload keeps the session (in this tab).
    client.refresh().await.unwrap();
    wait_for_text(client, "#found-voter", "José O'Brien-Smith").await;
    wait_for_text(client, "#ballot-0-now", "signature on the envelope did not match").await;
    watch_for_policy_violations(client).await;

    // Email: the voter adds it, is told who writes and to look in the spam folder, then follows the link.
    click(client, "method-email-switch").await;
    wait_for(client, "method-email-address").await;
    // A mistyped address is explained next to the field, in the API's words.
    type_into(client, "method-email-address", "jose.obrien@example").await;
    click(client, "method-email-save").await;
    wait_for_text(client, "#method-email-address-error", "Enter an email address like name@example.com.").await;
    type_into(client, "method-email-address", EMAIL).await;
    click(client, "method-email-save").await;
    wait_for_attr(client, "#method-email-state", "data-state", "pending").await;
    snapshot(client, "email-pending").await;
    assert!(text(client, "#method-email-detail").await.contains("j•••@example.org"));
    let sender = text(client, "#method-email .sender").await;
    assert!(sender.contains("ballots@") && sender.contains("spam"), "{sender}");
    let mail = app.outbox().await.emails_to(EMAIL).pop().expect("a confirmation email");
    let link = mail.link_containing("/confirm-email?token=");
    in_new_tab(client, &link, || async {
        // Opening the link confirms nothing (mail scanners open links): the voter presses the button.
        wait_for(client, "confirm-button").await;
        watch_for_policy_violations(client).await;
        assert_eq!(stored_method_state(&app, "email").await, "pending");
        click(client, "confirm-button").await;
        wait_for_attr(client, "#confirm-email", "data-outcome", "confirmed").await;
        assert_no_policy_violation(client).await;
        assert!(text(client, "#confirm-heading").await.contains("Your email address is confirmed"));
        snapshot(client, "email-confirmed").await;
    })
    .await;
    // The same link a second time says it was used.
    in_new_tab(client, &link, || async {
        click_when_there(client, "confirm-button").await;
        wait_for_attr(client, "#confirm-email", "data-outcome", "invalid").await;
        assert!(text(client, "#confirm-result").await.contains("used already"));
    })
    .await;
    click(client, "method-email-check").await;
    wait_for_attr(client, "#method-email-state", "data-state", "on").await;
    wait_for_attr(client, "#method-email-switch", "aria-checked", "true").await;

    // Text: the voter adds the number, is asked to reply YES, and does.
    click(client, "method-sms-switch").await;
    wait_for(client, "method-sms-address").await;
    type_into(client, "method-sms-address", PHONE).await;
    click(client, "method-sms-save").await;
    wait_for_attr(client, "#method-sms-state", "data-state", "pending").await;
    assert!(text(client, "#method-sms-detail").await.contains("Reply YES to the text we sent"));
    assert!(text(client, "#method-sms .sender").await.contains("(916) 555-0100"));
    app.inbound_text(PHONE_E164, "YES").await;
    click(client, "method-sms-check").await;
    wait_for_attr(client, "#method-sms-state", "data-state", "on").await;

    // Contact hours.
    pick(client, "hours-from", "09:00", "input").await;
    pick(client, "hours-until", "18:30", "input").await;
    pick(client, "time-zone", "Europe/Berlin", "change").await;
    click(client, "save-hours").await;
    wait_for_text(client, "#hours-status", "from 09:00 until 18:30").await;
    let stored = stored_preferences(&app).await;
    assert_eq!(stored["contact_hours"], json!({"from": "09:00", "until": "18:30", "time_zone": "Europe/Berlin"}));

    // Spanish: the page follows at once.
    pick(client, "language", "es", "change").await;
    wait_for_text(client, "#reach-heading", "Cómo le avisamos").await;
    wait_for_text(client, "#ballots-heading", "Su boleta").await;
    wait_for_text(client, "#cure-deadline-0", "martes, 1 de diciembre").await;
    let lang = client.find(Locator::Css("html")).await.unwrap().attr("lang").await.unwrap();
    assert_eq!(lang.as_deref(), Some("es"));
    assert_eq!(stored_preferences(&app).await["language"], "es");
    // The ballots are read again in Spanish: the API's steps and explanations too. Nothing on the
    // page is English but the data (names, addresses, the election's name).
    wait_for_text(client, "#cure-steps-0", "Llénela y fírmela").await;
    let sentences = helpers::english_sentences();
    let page = text(client, "main").await;
    assert_eq!(helpers::english_in(&page, &sentences), None, "{page}");

    // The next day, in a new session, every change needs a code sent to a way of reaching the voter
    // confirmed before it began.
    app.clock.advance(chrono::Duration::hours(25));
    sign_in_as_jose(client, &app).await;
    wait_for_text(client, "#reach-heading", "Cómo le avisamos").await;
    // Turning everything off asks for a code first, says why, and then does it.
    click(client, "notifications-off").await;
    wait_for_text(client, "#verify-why", "información pública").await;
    click(client, "verify-method-email").await;
    click(client, "send-code").await;
    wait_for_text(client, "#code-sent", "j•••@example.org").await;
    snapshot(client, "code-sent").await;
    type_into(client, "code", "12345").await;
    click(client, "check-code").await;
    wait_for_text(client, "#code-error", "6 dígitos").await;
    // The code email is in Spanish now ("Su código de …: 123456"): the newest email, its last word.
    let mail = app.outbox().await.emails_to(EMAIL).pop().unwrap();
    let code = mail.subject.rsplit(' ').next().unwrap().to_owned();
    assert!(code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()), "{}", mail.subject);
    type_into(client, "code", &code).await;
    click(client, "check-code").await;
    wait_for_text(client, "#notifications-are-off", "Los avisos están desactivados").await;
    assert!(client.find(Locator::Id("verify")).await.is_err(), "the code step is closed");
    assert_eq!(stored_preferences(&app).await["notifications_on"], false);
    snapshot(client, "portal-es-off").await;
    // The status page keeps working.
    assert!(text(client, "#ballot-0-now").await.contains("firma"));

    // Signed in elsewhere too (a phone, say): "sign out everywhere" ends both sessions.
    let elsewhere = app.sign_in_jose().await;
    app.voter_get(&elsewhere, "/api/v1/voter/ballots").await;
    click(client, "sign-out-everywhere").await;
    wait_for(client, "signed-out-everywhere").await;
    assert!(text(client, "#signed-out-everywhere").await.contains("todos los dispositivos"));
    let status = app.voter_get_raw(&elsewhere, "/api/v1/voter/ballots").await.status();
    assert_eq!(status.as_u16(), 401, "the other session ended too");
    assert_no_policy_violation(client).await;
    // Signed out, a reload shows the sign-up form: the tab forgot the session.
    client.refresh().await.unwrap();
    wait_for(client, "date_of_birth").await;
    assert!(client.find(Locator::Id("found-voter")).await.is_err());
    let stored = client.execute("return sessionStorage.length;", vec![]).await.unwrap();
    assert_eq!(stored, json!(0));
    watch_for_policy_violations(client).await;

    assert_no_policy_violation(client).await;
    browser.client.close().await.unwrap();
}

#[tokio::test]
async fn email_links_open_pages_that_say_what_happened() {
    let app = spawn_app(Backend::Sqlite).await;
    app.import_voters(helpers::ROLL).await;
    let browser = start_browser().await;
    let client = &browser.client;

    // Before signing in, the voter can read the page in Spanish.
    open_sign_up(client, &app).await;
    pick(client, "ui-language", "es", "change").await;
    wait_for_text(client, "h1", "Siga su boleta por correo").await;
    assert!(text(client, "label[for='first_name']").await.contains("Nombre"));
    // Errors next to fields in Spanish too.
    type_into(client, "zip", &format!("SW1A 1AA{}", Key::Tab)).await;
    wait_for_text(client, "#zip-error", "domicilio en California").await;
    let sentences = helpers::english_sentences();
    let page = text(client, "main").await;
    assert_eq!(helpers::english_in(&page, &sentences), None, "{page}");

    // An unknown confirmation link.
    client.goto(&app.url("/confirm-email?token=not-a-real-token")).await.unwrap();
    click_when_there(client, "confirm-button").await;
    wait_for_attr(client, "#confirm-email", "data-outcome", "invalid").await;
    assert!(text(client, "#confirm-heading").await.contains("does not work anymore"));

    // The unsubscribe link in an email (here: the notice that a way of reaching the voter was added).
    let body =
        json!({"first_name": "José", "last_name": "O'Brien-Smith", "date_of_birth": "01-23-1980", "zip": "95814"});
    let session: serde_json::Value = app.post_voter_session(&body).await.json().await.unwrap();
    let token = session["token"].as_str().unwrap();
    app.confirmed_email(token, EMAIL).await;
    app.put_method(token, "voice", PHONE, 200).await;
    let note = app.outbox().await.emails_to(EMAIL).into_iter().find(|m| m.subject.contains("A change")).unwrap();
    let link = note.link_containing("/unsubscribe/");
    client.goto(&link).await.unwrap();
    wait_for(client, "unsubscribe-button").await;
    watch_for_policy_violations(client).await;
    // Opening the page changed nothing.
    assert_eq!(app.method_state(token, "email").await, "on");
    wait_for_text(client, "#unsubscribe-button", "Stop these emails").await;
    snapshot(client, "unsubscribe").await;
    click(client, "unsubscribe-button").await;
    wait_for_text(client, "#unsubscribe-done", "no more emails").await;
    assert_no_policy_violation(client).await;
    assert_eq!(app.method_state(token, "email").await, "off");

    // The same notice's undo link: opening the page changes nothing; its button undoes the change,
    // and the page says what it undid.
    let undo = note.link_containing("/undo?token=");
    client.goto(&undo).await.unwrap();
    wait_for(client, "undo-button").await;
    watch_for_policy_violations(client).await;
    assert_eq!(app.method_state(token, "voice").await, "pending");
    snapshot(client, "undo").await;
    click(client, "undo-button").await;
    wait_for_text(client, "#undo-summary", "We removed calls to (•••) •••-0123").await;
    assert_no_policy_violation(client).await;
    // Whoever was signed in as the voter is signed out.
    assert_eq!(app.voter_get_raw(token, "/api/v1/voter/preferences").await.status().as_u16(), 401);
    let session: serde_json::Value = app.post_voter_session(&body).await.json().await.unwrap();
    let token = session["token"].as_str().unwrap();
    assert_eq!(app.method_state_raw(token, "voice").await, None, "the call number is gone");
    // The link worked once.
    client.goto(&undo).await.unwrap();
    wait_for(client, "undo-button").await;
    click(client, "undo-button").await;
    wait_for_text(client, "#undo-gone", "works once").await;

    // A voter who prefers Spanish gets the page in Spanish once signed in.
    let response = app.patch_preferences(token, &json!({"language": "es"})).await;
    assert_eq!(response.status().as_u16(), 200);
    sign_in_as_jose(client, &app).await;
    wait_for_text(client, "#ballots-heading", "Su boleta").await;
    wait_for_text(client, "#no-ballots", "Todavía no tenemos una boleta").await;
    let page = text(client, "main").await;
    assert_eq!(helpers::english_in(&page, &sentences), None, "{page}");
    assert!(client.find(Locator::Id("ui-language")).await.is_err(), "the preference sets the language");

    assert_no_policy_violation(client).await;
    browser.client.close().await.unwrap();
}

/// The message ids of a Fluent file.
fn fluent_ids(path: &std::path::Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
        .collect()
}

#[test]
fn every_language_has_every_page_message_and_no_id_twice() {
    let locales = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/locales");
    let english = fluent_ids(&locales.join("en/ui.ftl"));
    assert!(english.len() > 100, "{english:?}");
    for folder in std::fs::read_dir(&locales).unwrap() {
        let folder = folder.unwrap().path();
        let source = std::fs::read_to_string(folder.join("ui.ftl")).unwrap();
        if let Err((_, errors)) = fluent_templates::fluent_bundle::FluentResource::try_new(source) {
            panic!("{}/ui.ftl does not parse: {errors:?}", folder.display());
        }
        let ui = fluent_ids(&folder.join("ui.ftl"));
        let missing: Vec<&String> = english.iter().filter(|id| !ui.contains(id)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", folder.display());
        // The API loads both files of a language into one bundle, where an id may appear once.
        let messages = fluent_ids(&folder.join("messages.ftl"));
        let mut all: Vec<&String> = ui.iter().chain(&messages).collect();
        let count = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), count, "{}: an id appears twice", folder.display());
        assert!(messages.iter().any(|id| id == "language-name"), "{} names its language", folder.display());
    }
}
