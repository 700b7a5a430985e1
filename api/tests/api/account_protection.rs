//! Account protection, tried as an attacker would: anyone who knows a voter's public details
//! (name, date of birth, ZIP) can sign in as them. Each test is an attack, or a small hole of the
//! same family, and shows that it fails, that nothing of the voter's changes, and that the voter
//! hears of every change with a link that undoes it.

use serde_json::{Value, json};

use crate::helpers::{Backend, PHONE, PHONE_E164, TestApp, problem, spawn_app, spawn_sms_app};
use crate::on_both_backends;

on_both_backends!(
    a_fresh_session_with_its_own_methods_cannot_silence_the_voter,
    a_fresh_session_with_its_own_text_number_cannot_silence_the_voter,
    the_next_day_attack_waits_out_the_undo_notice_and_the_voter_can_undo_every_step,
    a_removed_method_cannot_bring_itself_back,
    sign_out_everywhere_ends_every_session,
    yes_confirms_only_the_newest_request_for_a_number,
    budgets_count_the_inbox_not_the_spelling,
    a_refused_stopped_number_costs_budget_like_any_addition,
    an_old_unsubscribe_link_stops_working_when_the_address_changes,
    twenty_parallel_wrong_guesses_spend_exactly_five_tries,
    a_cancelled_voter_gets_no_ballot_news,
);

const VICTIM: &str = "victim@example.org";
const ATTACKER_EMAIL: &str = "mallory@example.net";
const ATTACKER_PHONE: &str = "(415) 555-0166";
const ATTACKER_E164: &str = "+14155550166";

/// What of the voter's own the attack must leave alone: their methods but those the attacker
/// added, and their preferences.
async fn voters_own(app: &TestApp, token: &str) -> Value {
    let mut view = app.voter_get(token, "/api/v1/voter/preferences").await;
    let methods = view["methods"].as_array().unwrap().iter().filter(|m| m["kind"] == "sms").cloned().collect();
    view["methods"] = Value::Array(methods);
    for volatile in ["verified", "protected"] {
        view.as_object_mut().unwrap().remove(volatile);
    }
    view
}

/// José with a text number he confirmed (YES) yesterday: what an attacker finds today.
async fn voter_with_trusted_texts(app: &TestApp) {
    let token = app.sign_in_jose().await;
    app.put_method(&token, "sms", PHONE, 200).await;
    app.inbound_text(PHONE_E164, "YES").await;
    assert_eq!(app.sms_state(&token).await, "on");
    app.clock.advance(chrono::Duration::hours(25));
}

/// The undo links the change notices sent to `number` carry, oldest first.
async fn undo_links_texted_to(app: &TestApp, number: &str) -> Vec<String> {
    let texts = app.outbox().await.texts_to(number);
    texts
        .iter()
        .filter_map(|text| {
            let body = text["body"].as_str().unwrap();
            let at = body.find("/undo?token=")?;
            Some(body[at + "/undo?token=".len()..].split_whitespace().next().unwrap().to_owned())
        })
        .collect()
}

async fn undo(app: &TestApp, token: &str) -> reqwest::Response {
    app.client.post(app.url(&format!("/api/v1/account-changes/undo/{token}"))).send().await.unwrap()
}

async fn a_fresh_session_with_its_own_methods_cannot_silence_the_voter(backend: Backend) {
    let app = spawn_sms_app(backend).await;
    app.import_voters(crate::helpers::ROLL).await;
    voter_with_trusted_texts(&app).await;

    // The attacker signs in with the public details and adds an email and a phone of their own,
    // confirming each as the voter would (the link, the code the call reads out).
    let attacker = app.sign_in_jose().await;
    let before = voters_own(&app, &attacker).await;
    app.confirmed_email(&attacker, ATTACKER_EMAIL).await;
    app.confirmed_voice(&attacker, ATTACKER_PHONE, ATTACKER_E164).await;

    // Neither of the attacker's methods verifies the session: they were confirmed in it.
    for kind in ["email", "voice"] {
        let refused = problem(app.request_code(&attacker, kind).await, 403).await;
        assert_eq!(refused["type"], "/problems/method-too-new", "{kind}: {refused}");
    }
    // And without a verified session, nothing that would silence the voter is allowed.
    let refused = problem(app.voter_delete_raw(&attacker, "/api/v1/voter/contact-methods/sms").await, 403).await;
    assert_eq!(refused["type"], "/problems/verification-needed");
    problem(app.put_method_raw(&attacker, "sms", ATTACKER_PHONE).await, 403).await;
    for change in [
        json!({"notifications_on": false}),
        json!({"contact_hours": {"from": "03:00", "until": "06:00", "time_zone": "Pacific/Kiritimati"}}),
        json!({"language": "es"}),
    ] {
        let refused = problem(app.patch_preferences(&attacker, &change).await, 403).await;
        assert_eq!(refused["type"], "/problems/verification-needed", "{change}");
    }
    assert_eq!(voters_own(&app, &attacker).await, before, "nothing of the voter's changed");

    // The voter's number was told of each addition, with an undo link; the first one removes the
    // attacker's email and signs the attacker out.
    let links = undo_links_texted_to(&app, PHONE_E164).await;
    assert_eq!(links.len(), 2, "one notice per addition");
    let texts = app.outbox().await.texts_to(PHONE_E164);
    // Texts keep to GSM-7, where the hidden letters' dots are stars.
    assert!(texts.iter().any(|t| t["body"].as_str().unwrap().contains("m***@example.net")), "{texts:?}");
    let answer = undo(&app, &links[0]).await;
    assert_eq!(answer.status().as_u16(), 200);
    let undone: Value = answer.json().await.unwrap();
    assert_eq!(undone["kind"], "method_added");
    assert!(undone["summary"].as_str().unwrap().contains("m•••@example.net"), "{undone}");
    problem(app.voter_get_raw(&attacker, "/api/v1/voter/preferences").await, 401).await;
    let voter = app.sign_in_jose().await;
    let kinds: Vec<String> = app.voter_get(&voter, "/api/v1/voter/preferences").await["methods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["kind"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(kinds, ["sms", "voice"], "the email is gone; the second notice undoes the call number");
    // Each link works once; a made-up one never.
    assert_eq!(problem(undo(&app, &links[0]).await, 410).await["type"], "/problems/gone");
    problem(undo(&app, "not-a-token").await, 404).await;
}

async fn a_fresh_session_with_its_own_text_number_cannot_silence_the_voter(backend: Backend) {
    let app = spawn_sms_app(backend).await;
    app.import_voters(crate::helpers::ROLL).await;
    // José confirmed his email yesterday.
    let attacker = app.jose_with_trusted_email(VICTIM).await;
    let before = app.voter_get(&attacker, "/api/v1/voter/preferences").await;
    // The attacker adds their own number and confirms it from their phone.
    app.put_method(&attacker, "sms", ATTACKER_PHONE, 200).await;
    app.inbound_text(ATTACKER_E164, "YES").await;
    assert_eq!(app.sms_state(&attacker).await, "on");
    let refused = problem(app.request_code(&attacker, "sms").await, 403).await;
    assert_eq!(refused["type"], "/problems/method-too-new");
    let refused = problem(app.voter_delete_raw(&attacker, "/api/v1/voter/contact-methods/email").await, 403).await;
    assert_eq!(refused["type"], "/problems/verification-needed");
    for change in [json!({"notifications_on": false}), json!({"language": "es"})] {
        let refused = problem(app.patch_preferences(&attacker, &change).await, 403).await;
        assert_eq!(refused["type"], "/problems/verification-needed", "{change}");
    }
    let after = app.voter_get(&attacker, "/api/v1/voter/preferences").await;
    assert_eq!(after["methods"][0], before["methods"][0], "the voter's email is as it was");
    assert_eq!(
        (&after["notifications_on"], &after["language"], &after["contact_hours"]),
        (&before["notifications_on"], &before["language"], &before["contact_hours"])
    );
    // The voter's email was told, with its undo link.
    let notice = app.outbox().await.emails_to(VICTIM).pop().unwrap();
    assert!(notice.body.contains("(•••) •••-0166") && notice.body.contains("/undo?token="), "{}", notice.body);
}

async fn the_next_day_attack_waits_out_the_undo_notice_and_the_voter_can_undo_every_step(backend: Backend) {
    let app = spawn_sms_app(backend).await;
    app.import_voters(crate::helpers::ROLL).await;
    // José has texts and an email, both confirmed days ago.
    let token = app.sign_in_jose().await;
    app.confirmed_email(&token, VICTIM).await;
    voter_with_trusted_texts(&app).await;

    // Day 1: the attacker adds their own phone for calls. Both of the voter's methods hear of it.
    let first = app.sign_in_jose().await;
    app.confirmed_voice(&first, ATTACKER_PHONE, ATTACKER_E164).await;
    let emailed = app.outbox().await.emails_to(VICTIM).pop().unwrap();
    assert!(emailed.body.contains("(•••) •••-0166") && emailed.body.contains("/undo?token="), "{}", emailed.body);
    assert_eq!(undo_links_texted_to(&app, PHONE_E164).await.len(), 1);
    // Day 1, later: a new session still may not use it, while the voter's notice stands.
    app.clock.advance(chrono::Duration::hours(12));
    let second = app.sign_in_jose().await;
    let refused = problem(app.request_code(&second, "voice").await, 403).await;
    assert_eq!(refused["type"], "/problems/method-too-new");
    assert!(refused["detail"].as_str().unwrap().contains("about 12 hours"), "{refused}");
    problem(app.voter_delete_raw(&second, "/api/v1/voter/contact-methods/sms").await, 403).await;

    // Day 2: the voter ignored the notices; after the cooling-off the attacker's phone may verify a
    // session begun since, which then removes the voter's number.
    app.clock.advance(chrono::Duration::hours(13));
    let third = app.sign_in_jose().await;
    assert_eq!(app.request_code(&third, "voice").await.status().as_u16(), 200);
    let code = app.call_code(ATTACKER_E164).await;
    assert_eq!(app.verify(&third, &code).await.status().as_u16(), 200);
    app.voter_delete(&third, "/api/v1/voter/contact-methods/sms", 204).await;
    // Every method the voter had confirmed is told, the removed number itself included.
    let links = undo_links_texted_to(&app, PHONE_E164).await;
    assert_eq!(links.len(), 2);
    let removal = app.outbox().await.texts_to(PHONE_E164).pop().unwrap();
    assert!(removal["body"].as_str().unwrap().contains("was removed"), "{removal}");
    let emailed = app.outbox().await.emails_to(VICTIM).pop().unwrap();
    assert!(emailed.body.contains("was removed"), "{}", emailed.body);
    let emailed_link = emailed.link_containing("/undo?token=");
    let emailed_token = emailed_link.split("token=").nth(1).unwrap().to_owned();
    assert_ne!(emailed_token, links[1], "each method its own link");

    // The voter follows it: the number is back, confirmed as before, and every session has ended.
    let answer = undo(&app, &links[1]).await;
    assert_eq!(answer.status().as_u16(), 200);
    let undone: Value = answer.json().await.unwrap();
    assert_eq!(undone["kind"], "method_removed");
    // Undone once for all: the email's link for the same change is used up with it.
    assert_eq!(problem(undo(&app, &emailed_token).await, 410).await["type"], "/problems/gone");
    problem(app.voter_get_raw(&third, "/api/v1/voter/preferences").await, 401).await;
    let voter = app.sign_in_jose().await;
    assert_eq!(app.sms_state(&voter).await, "on");
    let view = app.voter_get(&voter, "/api/v1/voter/preferences").await;
    let sms = view["methods"].as_array().unwrap().iter().find(|m| m["kind"] == "sms").unwrap().clone();
    assert_eq!(sms["may_receive_codes"], true, "still trusted as before");
    // And the first notice's link still removes the attacker's phone (links last a week).
    let answer = undo(&app, &links[0]).await;
    assert_eq!(answer.status().as_u16(), 200);
    let voter = app.sign_in_jose().await;
    assert_eq!(app.method_state_raw(&voter, "voice").await, None);
    // A week later, an undo link has expired.
    app.clock.advance(chrono::Duration::days(8));
    let voter = app.sign_in_jose().await;
    let voter = app.verified_by_texts(voter, PHONE_E164).await;
    assert_eq!(app.patch_preferences(&voter, &json!({"language": "es"})).await.status().as_u16(), 200);
    let links = undo_links_texted_to(&app, PHONE_E164).await;
    app.clock.advance(chrono::Duration::days(8));
    assert_eq!(problem(undo(&app, links.last().unwrap()).await, 410).await["type"], "/problems/gone");
}

async fn a_removed_method_cannot_bring_itself_back(backend: Backend) {
    let app = spawn_sms_app(backend).await;
    app.import_voters(crate::helpers::ROLL).await;
    voter_with_trusted_texts(&app).await;
    // An attacker's email, added and confirmed; a week goes by before the voter acts.
    let attacker = app.sign_in_jose().await;
    app.confirmed_email(&attacker, ATTACKER_EMAIL).await;
    app.clock.advance(chrono::Duration::days(8));
    // The voter, verified by the number they confirmed long before, removes it.
    let voter = app.sign_in_jose().await;
    let voter = app.verified_by_texts(voter, PHONE_E164).await;
    app.voter_delete(&voter, "/api/v1/voter/contact-methods/email", 204).await;
    // The removed email is told too, with a link; but its trust is newer than the voter's number,
    // so its link cannot bring it back.
    let notice = app.outbox().await.emails_to(ATTACKER_EMAIL).pop().unwrap();
    assert!(notice.body.contains("was removed"), "{}", notice.body);
    let link = notice.link_containing("/undo?token=");
    let token = link.split("token=").nth(1).unwrap();
    let refused = problem(undo(&app, token).await, 403).await;
    assert_eq!(refused["type"], "/problems/forbidden");
    assert_eq!(app.method_state_raw(&voter, "email").await, None, "still removed; the voter still signed in");
}

async fn sign_out_everywhere_ends_every_session(backend: Backend) {
    let app = spawn_app(backend).await;
    app.import_voters(crate::helpers::ROLL).await;
    let (phone, laptop, library) = (app.sign_in_jose().await, app.sign_in_jose().await, app.sign_in_jose().await);
    // Signing out ends this session only.
    app.voter_delete(&library, "/api/v1/voter/session", 204).await;
    problem(app.voter_get_raw(&library, "/api/v1/voter/ballots").await, 401).await;
    app.voter_get(&phone, "/api/v1/voter/ballots").await;
    // Everywhere: every session, this one too, at once (no code needed: it can only protect).
    app.voter_delete(&laptop, "/api/v1/voter/sessions", 204).await;
    for token in [&phone, &laptop] {
        problem(app.voter_get_raw(token, "/api/v1/voter/ballots").await, 401).await;
        problem(app.get_me(token).await, 401).await;
    }
    // Signing in again works.
    let again = app.sign_in_jose().await;
    app.voter_get(&again, "/api/v1/voter/ballots").await;
}

async fn yes_confirms_only_the_newest_request_for_a_number(backend: Backend) {
    let app = spawn_sms_app(backend).await;
    app.import_voters(crate::helpers::ROLL).await;
    let jose = app.sign_in_jose().await;
    let james = app
        .sign_in(json!({"first_name": "James", "last_name": "Kim", "date_of_birth": "02-02-1990", "zip": "90012"}))
        .await;
    // Someone adds a number to José's account; then its owner, James, adds it to his own.
    app.put_method(&jose, "sms", PHONE, 200).await;
    app.clock.advance(chrono::Duration::minutes(5));
    app.put_method(&james, "sms", PHONE, 200).await;
    // The owner answers YES to the request in front of them: only that one is confirmed.
    let reply = app.inbound_text(PHONE_E164, "YES").await;
    assert!(reply.contains("you will now get texts"), "{reply}");
    assert_eq!(app.sms_state(&james).await, "on");
    assert_eq!(app.sms_state(&jose).await, "pending", "another YES would be needed, and none came");
    // A request older than its 48 hours cannot be confirmed any more.
    app.clock.advance(chrono::Duration::hours(49));
    let reply = app.inbound_text(PHONE_E164, "YES").await;
    assert!(!reply.contains("you will now get texts"), "{reply}");
    let jose = app.sign_in_jose().await;
    assert_eq!(app.sms_state(&jose).await, "pending");
}

async fn budgets_count_the_inbox_not_the_spelling(backend: Backend) {
    let app = spawn_app(backend).await;
    app.import_voters(crate::helpers::ROLL).await;
    let jose = app.sign_in_jose().await;
    let james = app
        .sign_in(json!({"first_name": "James", "last_name": "Kim", "date_of_birth": "02-02-1990", "zip": "90012"}))
        .await;
    // Six confirmations an hour reach one inbox, however its address is spelled and whoever asks.
    for (token, address) in [
        (&jose, "Victim@Example.org"),
        (&jose, "victim+1@example.org"),
        (&jose, "VICTIM+ballot@EXAMPLE.ORG"),
        (&james, "victim@example.org"),
        (&james, "victim+2@example.org"),
        (&james, "Victim+3@example.org"),
    ] {
        app.put_method(token, "email", address, 200).await;
    }
    let answer = app.put_method_raw(&james, "email", "victim+4@example.org").await;
    assert!(answer.headers().get("retry-after").is_some());
    assert_eq!(problem(answer, 429).await["type"], "/problems/too-many-messages");
    // James himself has budget left for another inbox.
    app.put_method(&james, "email", "james@example.org", 200).await;
    // The count is in the database, not in one process's memory.
    assert!(app.count("SELECT COUNT(*) AS n FROM message_budgets").await >= 3);
    let written = app.count("SELECT COUNT(*) AS n FROM account_messages WHERE kind = 'confirmation'").await;
    assert_eq!(written, 7, "six to the victim's inbox, one to James");
}

async fn a_refused_stopped_number_costs_budget_like_any_addition(backend: Backend) {
    let app = spawn_sms_app(backend).await;
    app.import_voters(crate::helpers::ROLL).await;
    app.inbound_text(PHONE_E164, "STOP").await;
    let token = app.sign_in_jose().await;
    // Asking whether a number said STOP costs what any addition costs: no free oracle.
    for _ in 0..6 {
        problem(app.put_method_raw(&token, "sms", PHONE).await, 409).await;
    }
    assert_eq!(
        problem(app.put_method_raw(&token, "sms", PHONE).await, 429).await["type"],
        "/problems/too-many-messages"
    );
}

async fn an_old_unsubscribe_link_stops_working_when_the_address_changes(backend: Backend) {
    let app = spawn_app(backend).await;
    app.import_voters(crate::helpers::ROLL).await;
    let token = app.jose_verified("old@example.org").await;
    // Any notice to the old address carries its unsubscribe link.
    app.put_method(&token, "voice", PHONE, 200).await;
    let notice = app.outbox().await.emails_to("old@example.org").pop().unwrap();
    let old_link = notice.header("List-Unsubscribe").unwrap().trim_matches(['<', '>']).to_owned();
    // The voter changes the address (a verified session), and confirms the new one.
    app.confirmed_email(&token, "new@example.org").await;
    let answer = app.client.post(&old_link).send().await.unwrap();
    assert_eq!(problem(answer, 410).await["type"], "/problems/gone");
    assert_eq!(app.method_state(&token, "email").await, "on", "the new address keeps its emails");
}

async fn twenty_parallel_wrong_guesses_spend_exactly_five_tries(backend: Backend) {
    let app = spawn_app(backend).await;
    app.import_voters(crate::helpers::ROLL).await;
    let token = app.jose_with_trusted_email(VICTIM).await;
    assert_eq!(app.request_code(&token, "email").await.status().as_u16(), 200);
    let code = app.outbox().await.last_code_for(VICTIM);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let guesses = (0..20).map(|_| app.verify(&token, wrong));
    let answers = futures_util::future::join_all(guesses).await;
    let mut messages = Vec::new();
    for answer in answers {
        let body = problem(answer, 422).await;
        messages.push(body["errors"][0]["message"].as_str().unwrap().to_owned());
    }
    let tried = messages.iter().filter(|m| m.contains("Tries left") || m.contains("cannot be tried again")).count();
    assert_eq!(tried, 5, "{messages:#?}");
    // The right code comes too late.
    let late = problem(app.verify(&token, &code).await, 422).await;
    assert!(late["errors"][0]["message"].as_str().unwrap().contains("new one"), "{late}");
    assert_eq!(app.voter_get(&token, "/api/v1/voter/preferences").await["verified"], false);
}

async fn a_cancelled_voter_gets_no_ballot_news(backend: Backend) {
    let app = spawn_app(backend).await;
    app.set_time("2026-10-05T10:00:00-07:00");
    let county = app.county_with_ballots(&[("B1", crate::helpers::JOSE)]).await;
    let token = app.sign_in_jose().await;
    app.confirmed_email(&token, VICTIM).await;
    let events =
        json!([{"event_id": "e1", "ballot_id": "B1", "status": "mailed", "occurred_at": "2026-10-05T09:00:00-07:00"}]);
    app.post_json(&county, "34/ballot-events", &events).await;
    // The registration is cancelled before the worker gets to the message.
    let header = "voter_id,county,first_name,last_name,date_of_birth,zip,status\n";
    let cancelled = format!("{header}CA1001,34,José,O'Brien-Smith,1980-01-23,95814,cancelled\n");
    let answer = app.post_batch(&county, "34/voter-records", "text/csv", cancelled).await;
    assert_eq!(answer.status().as_u16(), 200);
    app.set_time("2026-10-05T12:00:00-07:00");
    assert_eq!(app.deliver().await, 1, "taken, and dropped");
    let dropped =
        "SELECT COUNT(*) AS n FROM notifications WHERE state = 'dropped' AND outcome = 'registration_inactive'";
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM notifications").await, 1, "the mailed notice was written");
    assert_eq!(app.count(dropped).await, 1);
    assert!(app.outbox().await.emails_to(VICTIM).iter().all(|m| !m.subject.contains("ballot")));
    // The session ended with the registration.
    problem(app.voter_get_raw(&token, "/api/v1/voter/preferences").await, 401).await;
}
