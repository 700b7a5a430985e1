//! Accessibility, checked the way people meet the page: axe-core (npm, run inside the page) on
//! every page and state in every language, the main path by keyboard alone, a 320-px-wide
//! screen, text at 200%, and reduced motion.

use std::path::PathBuf;
use std::sync::OnceLock;

use super::*;

/// axe-core's script, from `AXE_CORE_SCRIPT`: `cargo xtask test` installs the pinned axe-core
/// and sets it (xtask alone knows where its tools live).
fn axe_core_script() -> &'static str {
    static SCRIPT: OnceLock<String> = OnceLock::new();
    SCRIPT.get_or_init(|| {
        let path = std::env::var_os("AXE_CORE_SCRIPT")
            .map(PathBuf::from)
            .expect("AXE_CORE_SCRIPT is not set: run the browser tests with `cargo xtask test`");
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    })
}

/// What axe-core finds against WCAG 2.0 and 2.1, levels A and AA, in the page as it is now: one
/// line per rule broken, naming the elements.
async fn accessibility_violations(client: &Client) -> Vec<String> {
    let loaded = client.execute("return typeof window.axe === 'object';", vec![]).await.unwrap();
    if loaded != json!(true) {
        client.execute(axe_core_script(), vec![]).await.unwrap();
    }
    let run = "const done = arguments[arguments.length - 1]; \
               axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}) \
                 .then(r => done({passes: r.passes.length, violations: r.violations.map(v => \
                   v.id + ' (' + v.help + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))})) \
                 .catch(e => done({error: String(e)}));";
    let result = client.execute_async(run, vec![]).await.unwrap();
    assert!(result["passes"].as_u64().is_some_and(|n| n > 0), "axe-core did not run: {result}");
    serde_json::from_value(result["violations"].clone()).unwrap()
}

/// No WCAG 2.1 AA violation in the page as it is now (`state` names it in the failure), and
/// nothing wider than the screen: the page reflows instead of scrolling sideways.
async fn assert_accessible(client: &Client, state: &str) {
    let violations = accessibility_violations(client).await;
    assert!(violations.is_empty(), "{state}: {violations:#?}");
    // The elements that stick out on the right, innermost first, to say what to fix.
    let sticking_out = "const width = document.documentElement.clientWidth; \
        return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 1) \
          .reverse().slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + \
          Math.round(e.getBoundingClientRect().right) + 'px: ' + (e.textContent || '').slice(0, 40));";
    let sticking_out = client.execute(sticking_out, vec![]).await.unwrap();
    let widths = "const e = document.documentElement; return [e.scrollWidth, e.clientWidth];";
    let widths = client.execute(widths, vec![]).await.unwrap();
    assert!(
        widths[0].as_u64() <= widths[1].as_u64(),
        "{state}: the page scrolls sideways ({widths}): {sticking_out:#}"
    );
}

/// Makes the tab a phone's screen: `width` CSS pixels wide.
async fn screen_width(client: &Client, width: u32) {
    let metrics = json!({"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": width < 600});
    devtools::devtools(client, "Emulation.setDeviceMetricsOverride", metrics).await.unwrap();
}

#[tokio::test]
async fn the_accessibility_check_finds_what_is_wrong() {
    let app = spawn_app(Backend::Sqlite).await;
    let browser = start_browser().await;
    let client = &browser.client;
    open_sign_up(client, &app).await;
    assert_accessible(client, "the sign-up page").await;
    // A button nobody can name, and a grey on grey sentence: both are reported.
    let spoil = "const b = document.createElement('button'); document.querySelector('main').append(b); \
                 const p = document.createElement('p'); p.textContent = 'Hard to read'; \
                 p.style.color = '#bbb'; p.style.background = '#fff'; document.querySelector('main').append(p);";
    client.execute(spoil, vec![]).await.unwrap();
    let violations = accessibility_violations(client).await;
    for rule in ["button-name", "color-contrast"] {
        assert!(violations.iter().any(|v| v.starts_with(rule)), "{rule} in {violations:#?}");
    }
    browser.client.close().await.unwrap();
}

/// A ballot event a county posts: its status, and the reason for those that have one.
type Event = (&'static str, Option<&'static str>);

/// Maria Garcia (CA1002) has a ballot at each status a voter can see, one per election.
async fn seed_every_status(app: &helpers::TestApp) {
    let county = app.county_client_token("34").await;
    let statuses: [(&str, &[Event]); 6] = [
        ("2026-03-03-primary", &[]),
        ("2026-04-07-special", &[("mailed", None), ("delivered", None)]),
        ("2026-05-05-special", &[("mailed", None), ("undeliverable", None)]),
        ("2026-06-02-primary", &[("mailed", None), ("delivered", None), ("received", None), ("accepted", None)]),
        ("2026-08-04-special", &[("mailed", None), ("received", None), ("not_accepted", Some("late"))]),
        ("2026-09-01-special", &[("mailed", None), ("voted_in_person", None)]),
    ];
    for (n, (election, events)) in statuses.iter().enumerate() {
        let day = &election[..10];
        let rows = json!([{"id": election, "name": format!("Election {n}"), "election_day": day}]);
        app.post_json(&county, "34/elections", &rows).await;
        let ballot = format!("M{n}");
        let rows =
            json!([{"ballot_id": ballot, "voter_id": "CA1002", "election": election, "delivery_method": "mail"}]);
        app.post_json(&county, "34/ballots", &rows).await;
        let rows: Vec<serde_json::Value> = events
            .iter()
            .enumerate()
            .map(|(i, (status, reason))| {
                let mut row = json!({"event_id": format!("{ballot}-{i}"), "ballot_id": ballot, "status": status,
                                     "occurred_at": format!("{day}T0{}:00:00-08:00", i + 1)});
                if let Some(reason) = reason {
                    row["reason"] = json!(reason);
                }
                row
            })
            .collect();
        if !rows.is_empty() {
            let answer = app.post_json(&county, "34/ballot-events", &serde_json::Value::Array(rows)).await;
            assert_eq!(answer["stored"].as_u64(), Some(events.len() as u64), "{answer}");
        }
    }
}

/// The languages the service speaks: a folder each under `shared/locales`.
fn languages() -> Vec<String> {
    let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/locales");
    let mut tags: Vec<String> =
        std::fs::read_dir(locales).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    tags.sort();
    tags
}

/// Signs in with the details typed into the form (the voter ID when asked) and waits for the portal.
async fn sign_in(client: &Client, app: &helpers::TestApp, details: (&str, &str, &str, &str)) {
    open_sign_up(client, app).await;
    fill_in(client, details.0, details.1, details.2, details.3).await;
    submit(client).await;
    wait_for(client, "found-voter").await;
}

/// Every page and state, in `language`: sign-up and its errors, no match, the voter ID step, the
/// portal with no ballot, with a ballot at every status, with a signature problem, the code
/// dialog, the three link pages before and after their button, and "not found".
async fn check_every_page_in(language: &str) {
    let app = spawn_app(Backend::Sqlite).await;
    seed_ballots(&app).await;
    seed_every_status(&app).await;
    // José's language is set, his email confirmed, and his session a day old: a change needs a code.
    let jose = app.sign_in_jose().await;
    app.confirmed_email(&jose, EMAIL).await;
    assert_eq!(app.patch_preferences(&jose, &json!({"language": language})).await.status().as_u16(), 200);
    for (first, last, dob, zip, voter_id) in
        [("Maria", "Garcia", "06-01-1975", "95816", Some("CA1002")), ("James", "Kim", "02-02-1990", "90012", None)]
    {
        let mut body = json!({"first_name": first, "last_name": last, "date_of_birth": dob, "zip": zip});
        if let Some(id) = voter_id {
            body["voter_id"] = json!(id);
        }
        let session: serde_json::Value = app.post_voter_session(&body).await.json().await.unwrap();
        let token = session["token"].as_str().unwrap();
        assert_eq!(app.patch_preferences(token, &json!({"language": language})).await.status().as_u16(), 200);
    }
    app.clock.advance(chrono::Duration::hours(25));

    let browser = start_browser_speaking(language).await;
    let client = &browser.client;
    // The smallest phone screen a page must fit without sideways scrolling (WCAG 1.4.10).
    screen_width(client, 320).await;
    open_sign_up(client, &app).await;
    wait_for_attr(client, "html", "lang", language).await;
    wait_for_attr(client, "html", "dir", "ltr").await;
    assert_accessible(client, &format!("{language}: sign-up")).await;
    submit(client).await;
    wait_for(client, "error-summary").await;
    assert_accessible(client, &format!("{language}: sign-up with every field missing")).await;
    type_into(client, "zip", &format!("SW1A 1AA{}", Key::Tab)).await;
    wait_for(client, "zip-error").await;
    assert_accessible(client, &format!("{language}: a ZIP from abroad")).await;
    fill_in(client, "José", "O'Brien-Smith", "01231980", "95815").await;
    submit(client).await;
    eventually("the no-match outcome", || async { client.find(Locator::Css("#outcome a")).await.ok() }).await;
    assert_accessible(client, &format!("{language}: no match")).await;
    fill_in(client, "Maria", "Garcia", "06011975", "95816").await;
    submit(client).await;
    wait_for(client, "voter_id").await;
    assert_accessible(client, &format!("{language}: the voter ID step")).await;
    type_into(client, "voter_id", "CA1002").await;
    submit(client).await;
    wait_for(client, "ballot-5-now").await;
    wait_for(client, "reach").await;
    wait_for_attr(client, "html", "lang", language).await;
    assert_accessible(client, &format!("{language}: the portal with a ballot at every status")).await;

    sign_in(client, &app, ("James", "Kim", "02021990", "90012")).await;
    wait_for(client, "no-ballots").await;
    wait_for(client, "reach").await;
    assert_accessible(client, &format!("{language}: the portal without a ballot")).await;

    sign_in_as_jose(client, &app).await;
    wait_for(client, "cure-0").await;
    wait_for(client, "reach").await;
    assert_accessible(client, &format!("{language}: the portal with a signature problem")).await;
    click(client, "notifications-off").await;
    wait_for(client, "verify").await;
    assert_accessible(client, &format!("{language}: the code dialog")).await;

    for (page, button, outcome) in [
        ("/confirm-email?token=not-a-token", "confirm-button", "#confirm-email[data-outcome='invalid']"),
        ("/unsubscribe?token=not-a-token", "unsubscribe-button", "#unsubscribe-invalid"),
        ("/undo?token=not-a-token", "undo-button", "#undo-invalid"),
    ] {
        client.goto(&app.url(page)).await.unwrap();
        wait_for(client, button).await;
        assert_accessible(client, &format!("{language}: {page}")).await;
        click(client, button).await;
        eventually(outcome, || async { client.find(Locator::Css(outcome)).await.ok() }).await;
        assert_accessible(client, &format!("{language}: {page} after its button")).await;
    }
    client.goto(&app.url("/no-such-page")).await.unwrap();
    wait_for_text(client, "h1", &helpers::page_message(language, "not-found-heading")).await;
    assert_accessible(client, &format!("{language}: not found")).await;
    browser.client.close().await.unwrap();
}

#[tokio::test]
async fn every_page_and_state_is_accessible_in_every_language() {
    let languages = languages();
    assert_eq!(languages.len(), 10, "{languages:?}");
    for language in languages {
        check_every_page_in(&language).await;
    }
}

/// The id of the element that has the keyboard focus.
async fn focused(client: &Client) -> String {
    let active = client.active_element().await.unwrap();
    active.attr("id").await.unwrap().unwrap_or_default()
}

async fn wait_for_focus(client: &Client, id: &str) {
    eventually(&format!("the focus on #{id}"), || async { (focused(client).await == id).then_some(()) }).await
}

/// Presses `keys` where the keyboard focus is.
async fn press(client: &Client, keys: &str) {
    client.active_element().await.unwrap().send_keys(keys).await.unwrap();
}

/// Presses Tab until the element with this id has the focus (at most 40 times).
async fn tab_to(client: &Client, id: &str) {
    for _ in 0..40 {
        if focused(client).await == id {
            return;
        }
        press(client, &Key::Tab.to_string()).await;
    }
    panic!("Tab never reached #{id}");
}

/// The path of the page's address.
async fn path(client: &Client) -> String {
    client.current_url().await.unwrap().path().to_owned()
}

async fn wait_for_path(client: &Client, expected: &str) {
    eventually(&format!("the address to be {expected}"), || async { (path(client).await == expected).then_some(()) })
        .await
}

#[tokio::test]
async fn the_main_path_works_by_keyboard_alone() {
    let app = spawn_app(Backend::Sqlite).await;
    seed_ballots(&app).await;
    let browser = start_browser().await;
    let client = &browser.client;
    open_sign_up(client, &app).await;
    assert_accessible(client, "sign-up, desktop").await;
    tab_to(client, "first_name").await;
    press(client, "José").await;
    for (field, keys) in [("last_name", "O'Brien-Smith"), ("date_of_birth", "01231980"), ("zip", "95814")] {
        press(client, &Key::Tab.to_string()).await;
        assert_eq!(focused(client).await, field);
        press(client, keys).await;
    }
    press(client, &Key::Enter.to_string()).await;
    wait_for_text(client, "#found-voter", "José O'Brien-Smith").await;
    wait_for_path(client, "/portal").await;
    wait_for(client, "reach").await;
    // The keyboard is at the top of the portal, where the greeting says who was found.
    assert_eq!(focused(client).await, "found-voter");
    assert_accessible(client, "the portal, desktop").await;
    // The menu of the portal's parts takes the voter, and the keyboard, to how they are reached.
    tab_to(client, "go-reach").await;
    press(client, &Key::Enter.to_string()).await;
    wait_for_path(client, "/portal/reach").await;
    wait_for_focus(client, "reach-heading").await;
    // Email on, by keyboard: the switch, the address, Enter.
    tab_to(client, "method-email-switch").await;
    press(client, " ").await;
    wait_for(client, "method-email-address").await;
    tab_to(client, "method-email-address").await;
    press(client, EMAIL).await;
    press(client, &Key::Enter.to_string()).await;
    wait_for_attr(client, "#method-email-state", "data-state", "pending").await;
    assert_no_policy_violation(client).await;
    browser.client.close().await.unwrap();
}

#[tokio::test]
async fn links_point_into_the_portal_and_back_and_forward_move_between_its_parts() {
    let app = spawn_app(Backend::Sqlite).await;
    seed_ballots(&app).await;
    let browser = start_browser().await;
    let client = &browser.client;
    // A link into the portal, opened signed out: sign in first, then the page it pointed to.
    open_sign_up(client, &app).await;
    client.goto(&app.url("/portal/settings")).await.unwrap();
    wait_for(client, "date_of_birth").await;
    fill_in(client, "José", "O'Brien-Smith", "01231980", "95814").await;
    submit(client).await;
    wait_for(client, "hours-heading").await;
    assert_eq!(path(client).await, "/portal/settings");
    wait_for_focus(client, "hours-heading").await;
    let current = client.find(Locator::Css(".portal-parts a[aria-current]")).await.unwrap();
    assert_eq!(current.attr("id").await.unwrap().as_deref(), Some("go-settings"));
    click(client, "go-ballot").await;
    wait_for_path(client, "/portal/ballot").await;
    click(client, "go-reach").await;
    wait_for_path(client, "/portal/reach").await;
    client.back().await.unwrap();
    wait_for_path(client, "/portal/ballot").await;
    wait_for_focus(client, "ballots-heading").await;
    client.forward().await.unwrap();
    wait_for_path(client, "/portal/reach").await;
    // Reloading a part keeps the session and the part.
    client.refresh().await.unwrap();
    wait_for(client, "reach-heading").await;
    wait_for_focus(client, "reach-heading").await;
    // The sign-up page, signed in, is the portal.
    client.goto(&app.url("/")).await.unwrap();
    wait_for_path(client, "/portal").await;
    // An unknown part is not a page.
    client.goto(&app.url("/portal/elsewhere")).await.unwrap();
    wait_for_text(client, "h1", "not found").await;
    // Signing out goes back to the start, and the portal's links ask for a sign-in again.
    client.goto(&app.url("/portal/ballot")).await.unwrap();
    click_when_there(client, "sign-out").await;
    wait_for_path(client, "/").await;
    wait_for(client, "date_of_birth").await;
    client.back().await.unwrap();
    wait_for_path(client, "/portal/ballot").await;
    wait_for(client, "date_of_birth").await;
    assert!(client.find(Locator::Id("found-voter")).await.is_err());
    browser.client.close().await.unwrap();
}

#[tokio::test]
async fn the_page_honours_reduced_motion_and_text_at_twice_the_size() {
    let app = spawn_app(Backend::Sqlite).await;
    seed_ballots(&app).await;
    let browser = start_browser().await;
    let client = &browser.client;
    sign_in_as_jose(client, &app).await;
    wait_for(client, "method-email-switch").await;
    // The switch slides, unless the system asks for less motion.
    let motion = "return getComputedStyle(document.querySelector('.switch-thumb')).transitionDuration;";
    assert_eq!(client.execute(motion, vec![]).await.unwrap(), json!("0.15s"));
    let reduce = json!({"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]});
    devtools::devtools(client, "Emulation.setEmulatedMedia", reduce).await.unwrap();
    assert_eq!(client.execute(motion, vec![]).await.unwrap(), json!("0s"));

    // Text at 200% (the browser's text size setting scales the root font), on a phone and a desktop.
    for width in [360, 1024] {
        screen_width(client, width).await;
        client.execute("document.documentElement.style.fontSize = '225%';", vec![]).await.unwrap();
        assert_accessible(client, &format!("the portal at {width} px with text at 200%")).await;
        open_sign_up(client, &app).await;
        client.execute("document.documentElement.style.fontSize = '225%';", vec![]).await.unwrap();
        submit(client).await;
        wait_for(client, "error-summary").await;
        assert_accessible(client, &format!("sign-up errors at {width} px with text at 200%")).await;
        sign_in_as_jose(client, &app).await;
        wait_for(client, "method-email-switch").await;
    }
    browser.client.close().await.unwrap();
}

#[tokio::test]
async fn a_language_that_cannot_be_fetched_gives_english_and_no_words_at_all_says_so() {
    let app = spawn_app(Backend::Sqlite).await;
    let browser = start_browser_speaking("vi-VN").await;
    let client = &browser.client;
    devtools::devtools(client, "Network.enable", json!({})).await.unwrap();
    devtools::devtools(client, "Network.setBlockedURLs", json!({"urls": ["*/locales/vi/*"]})).await.unwrap();
    client.goto(&app.url("/")).await.unwrap();
    wait_for_text(client, "h1", &helpers::page_message("en", "signup-heading")).await;
    wait_for_attr(client, "html", "lang", "en").await;

    devtools::devtools(client, "Network.setBlockedURLs", json!({"urls": ["*/locales/*"]})).await.unwrap();
    client.refresh().await.unwrap();
    let notice = client.wait().for_element(Locator::Id("load-failed")).await.unwrap();
    eventually("the load failure to show", || async { notice.is_displayed().await.ok()?.then_some(()) }).await;
    assert!(notice.text().await.unwrap().contains("could not load"));
    assert!(client.find(Locator::Id("date_of_birth")).await.is_err());
    browser.client.close().await.unwrap();
}
