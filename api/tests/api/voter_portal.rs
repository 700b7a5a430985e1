//! The voter portal: ballot status, contact methods and their confirmation, one-time codes guarding
//! changes, preferences, unsubscribing, and replies to texts.

use serde_json::{Value, json};

use crate::helpers::{
    Backend, ELECTION, JOSE, PHONE, PHONE_E164, SMS_TOKEN, problem, spawn_app, spawn_app_with, spawn_sms_app,
};
use crate::on_both_backends;

on_both_backends!(
    the_status_page_shows_each_ballot_with_its_timeline_and_cure_steps,
    an_email_address_is_on_once_its_link_is_followed,
    text_replies_confirm_stop_restart_and_help,
    removing_a_confirmed_method_or_turning_off_needs_a_code,
    a_new_method_is_announced_and_email_unsubscribes_in_one_click,
    preferences_are_validated_and_kept,
    confirmations_are_rate_limited_and_texts_go_through_the_provider_api,
);

async fn the_status_page_shows_each_ballot_with_its_timeline_and_cure_steps(backend: Backend) {
    let app = spawn_app(backend).await;
    let county = app.county_with_ballots(&[("B1", JOSE)]).await;
    app.sacramento_cure_details(&county).await;
    // B1 comes back undeliverable; B2 replaces it and goes all the way to review.
    let reissue = json!([{"ballot_id": "B2", "voter_id": JOSE, "election": ELECTION, "delivery_method": "mail",
                          "supersedes": "B1"}]);
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

    let token = app.sign_in_jose().await;
    let view = app.voter_get(&token, "/api/v1/voter/ballots").await;
    let ballots = view["ballots"].as_array().unwrap();
    assert_eq!(ballots.len(), 2, "{view}");
    let (current, replaced) = (&ballots[0], &ballots[1]);
    assert_eq!(current["replaced"], false);
    assert_eq!(current["election"]["id"], ELECTION);
    assert_eq!(current["county"], "Sacramento");
    assert_eq!(current["current"]["status"], "in_review");
    assert_eq!(current["current"]["reason"], "signature_mismatch");
    let explanation = current["current"]["explanation"].as_str().unwrap();
    assert!(explanation.contains("signature"), "{explanation}");
    let timeline: Vec<&str> =
        current["timeline"].as_array().unwrap().iter().map(|e| e["status"].as_str().unwrap()).collect();
    assert_eq!(timeline, ["mailed", "in_transit", "delivered", "received", "in_review"]);
    // Delivered: the expected date no longer matters.
    assert!(current.get("expected_delivery").is_none(), "{current}");
    let cure = &current["cure"];
    assert_eq!(cure["deadline"], "2026-12-01");
    assert_eq!(cure["form_url"], "https://elections.example.org/cure");
    assert!(cure["county_contact"].as_str().unwrap().contains("(916) 875-6451"), "{cure}");
    let steps = cure["steps"].as_array().unwrap();
    assert!(steps.iter().any(|s| s.as_str().unwrap().contains("signature verification statement")), "{cure}");
    assert!(steps.iter().any(|s| s.as_str().unwrap().contains("Tuesday, December 1, 2026")), "{cure}");

    assert_eq!(replaced["replaced"], true);
    assert_eq!(replaced["current"]["status"], "superseded");
    assert!(replaced.get("cure").is_none());

    // In the voter's language.
    let answer = app.patch_preferences(&token, &json!({"language": "es"})).await;
    assert_eq!(answer.status().as_u16(), 200);
    let view = app.voter_get(&token, "/api/v1/voter/ballots").await;
    let current = &view["ballots"][0];
    assert!(current["current"]["explanation"].as_str().unwrap().contains("verificación de firma"), "{current}");
    let steps = current["cure"]["steps"].to_string();
    assert!(steps.contains("martes 1 de diciembre de 2026"), "{steps}");
    assert!(current["cure"]["county_contact"].as_str().unwrap().starts_with("Oficina electoral"), "{current}");

    // Without a session: nothing.
    let response = app.get("/api/v1/voter/ballots").await;
    problem(response, 401).await;
}

async fn an_email_address_is_on_once_its_link_is_followed(backend: Backend) {
    let app = spawn_app(backend).await;
    app.import_voters(crate::helpers::ROLL).await;
    let token = app.sign_in_jose().await;

    let method = app.put_method(&token, "email", "Jose.OBrien@Example.ORG", 200).await;
    assert_eq!(method["state"], "pending");
    assert_eq!(method["address"], "J•••@example.org");
    let mail = app.outbox().await.only_email_to("Jose.OBrien@example.org");
    assert!(mail.subject.contains("Confirm your email"), "{}", mail.subject);
    assert!(mail.body.contains("Hello José"), "{}", mail.body);
    let link = mail.link_containing("/confirm-email?token=");
    let confirmation = link.split("token=").nth(1).unwrap().to_owned();

    // Putting the same address again sends nothing new.
    app.put_method(&token, "email", "jose.obrien@example.org", 200).await;
    assert_eq!(app.outbox().await.emails_to("Jose.OBrien@example.org").len(), 1);
    assert_eq!(app.method_state(&token, "email").await, "pending");

    // An expired link says so; a new one can be sent.
    app.sql("UPDATE contact_methods SET confirmation_expires_at = '2020-01-01 00:00:00', confirmation_sent_at = '2020-01-01 00:00:00'").await;
    problem(app.confirm_email(&confirmation).await, 410).await;
    let resent = app.resend_confirmation(&token, "email").await;
    assert_eq!(resent.status().as_u16(), 200);
    let mail = app.outbox().await.emails_to("Jose.OBrien@example.org").pop().unwrap();
    let link = mail.link_containing("/confirm-email?token=");
    let fresh = link.split("token=").nth(1).unwrap().to_owned();
    // The first link was replaced.
    problem(app.confirm_email(&confirmation).await, 404).await;

    let answer = app.confirm_email(&fresh).await;
    assert_eq!(answer.status().as_u16(), 204);
    let preferences = app.voter_get(&token, "/api/v1/voter/preferences").await;
    assert_eq!(preferences["methods"][0]["state"], "on");
    assert!(preferences["senders"]["email"].as_str().unwrap().contains('@'), "{preferences}");
    // A link works once; a made-up one never.
    problem(app.confirm_email(&fresh).await, 404).await;
    problem(app.confirm_email("not-a-token").await, 404).await;

    // A voice number is confirmed by the code a call reads out; until then it is never called
    // with ballot news.
    let voice = app.put_method(&token, "voice", PHONE, 200).await;
    assert_eq!(voice["state"], "pending");
    assert_eq!(voice["address"], "(•••) •••-0123");
    let code = app.call_code(PHONE_E164).await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let answer = problem(app.confirm_call_code(&token, wrong).await, 422).await;
    assert!(answer["errors"][0]["message"].as_str().unwrap().contains("Tries left: 4"), "{answer}");
    assert_eq!(app.method_state(&token, "voice").await, "pending");
    let answer = app.confirm_call_code(&token, &code).await;
    assert_eq!(answer.status().as_u16(), 200);
    assert_eq!(app.method_state(&token, "voice").await, "on");
    // Confirmed once: no more guesses.
    problem(app.confirm_call_code(&token, &code).await, 409).await;

    // Bad addresses are explained next to the field.
    let body = app.put_method(&token, "email", "jose@localhost", 422).await;
    assert_eq!(body["errors"][0]["field"], "address");
    let body = app.put_method(&token, "sms", "555-0123", 422).await;
    assert_eq!(body["errors"][0]["field"], "address");
}

async fn text_replies_confirm_stop_restart_and_help(backend: Backend) {
    let app = spawn_sms_app(backend).await;
    app.import_voters(crate::helpers::ROLL).await;
    app.ballot_tracker(&["counties", "set", "34", "--phone", "916-875-6451"]).await;
    let token = app.sign_in_jose().await;

    let method = app.put_method(&token, "sms", PHONE, 200).await;
    assert_eq!(method["state"], "pending");
    let outbox = app.outbox().await;
    let texts = outbox.texts_to(PHONE_E164);
    assert_eq!(texts.len(), 1);
    assert!(texts[0]["body"].as_str().unwrap().contains("reply YES"), "{}", texts[0]);

    // Signature checks come first.
    let unsigned =
        app.client.post(app.url("/api/v1/webhooks/sms/inbound")).form(&[("From", PHONE_E164), ("Body", "YES")]);
    problem(unsigned.send().await.unwrap(), 403).await;
    let forged = app.inbound_text_signed_with("wrong-token", PHONE_E164, "YES").await;
    problem(forged, 403).await;
    assert_eq!(app.sms_state(&token).await, "pending");

    let reply = app.inbound_text(PHONE_E164, "  Yes! ").await;
    assert!(reply.contains("you will now get texts"), "{reply}");
    assert_eq!(app.sms_state(&token).await, "on");

    let reply = app.inbound_text(PHONE_E164, "opt out").await;
    assert!(reply.contains("no more texts"), "{reply}");
    assert_eq!(app.sms_state(&token).await, "off");
    // The number said STOP: it cannot be added again until it says START.
    app.voter_delete(&token, "/api/v1/voter/contact-methods/sms", 204).await;
    let refused = app.put_method(&token, "sms", PHONE, 409).await;
    assert!(refused["detail"].as_str().unwrap().contains("START"), "{refused}");

    let reply = app.inbound_text(PHONE_E164, "start").await;
    assert!(reply.contains("Help"), "nothing to restart: {reply}");
    let method = app.put_method(&token, "sms", PHONE, 200).await;
    assert_eq!(method["state"], "pending");
    // STOP to a request never answered declines it: START does not turn it on.
    app.inbound_text(PHONE_E164, "STOP").await;
    app.inbound_text(PHONE_E164, "START").await;
    assert_eq!(app.sms_state(&token).await, "off");
    app.voter_delete(&token, "/api/v1/voter/contact-methods/sms", 204).await;
    app.put_method(&token, "sms", PHONE, 200).await;
    app.inbound_text(PHONE_E164, "YES").await;
    assert_eq!(app.sms_state(&token).await, "on");
    for stop in ["STOP", "end", "Cancel.", "UNSUBSCRIBE", "quit", "revoke", "stopall", "parar"] {
        app.inbound_text(PHONE_E164, stop).await;
        assert_eq!(app.sms_state(&token).await, "off", "{stop}");
        let reply = app.inbound_text(PHONE_E164, "UNSTOP").await;
        assert!(reply.contains("back on"), "{reply}");
        assert_eq!(app.sms_state(&token).await, "on", "{stop}");
    }

    let help = app.inbound_text(PHONE_E164, "help").await;
    assert!(help.contains("(916) 875-6451") && help.contains("STOP"), "{help}");

    // Anyone gets HELP and STOP answers, in the language they wrote in.
    let stranger = "+14155550199";
    let help = app.inbound_text(stranger, "AYUDA").await;
    assert!(help.contains("ALTO") && help.contains("1-800-232-VOTA"), "{help}");
    let stop = app.inbound_text(stranger, "STOP").await;
    assert!(stop.contains("no more texts"), "{stop}");
    let unknown = app.inbound_text(stranger, "what is this").await;
    assert!(unknown.contains("HELP") || unknown.contains("Help"), "{unknown}");
}

async fn removing_a_confirmed_method_or_turning_off_needs_a_code(backend: Backend) {
    let app = spawn_app(backend).await;
    app.import_voters(crate::helpers::ROLL).await;
    let token = app.sign_in_jose().await;
    // No confirmed method yet: nothing is protected.
    app.put_method(&token, "email", "jose@example.org", 200).await;
    app.voter_delete(&token, "/api/v1/voter/contact-methods/email", 204).await;
    app.confirmed_email(&token, "jose@example.org").await;
    // The session that confirmed it may go on setting things up; no code could come yet.
    let view = app.voter_get(&token, "/api/v1/voter/preferences").await;
    assert_eq!((view["protected"].as_bool(), view["verified"].as_bool()), (Some(false), Some(false)));
    assert_eq!(view["methods"][0]["may_receive_codes"], false, "confirmed in this very session");
    assert_eq!(app.patch_preferences(&token, &json!({"language": "en"})).await.status().as_u16(), 200);

    // Another session, with no code, may change nothing but add.
    let other = app.sign_in_jose().await;
    assert_eq!(app.voter_get(&other, "/api/v1/voter/preferences").await["protected"], true);
    let needed = problem(app.voter_delete_raw(&other, "/api/v1/voter/contact-methods/email").await, 403).await;
    assert_eq!(needed["type"], "/problems/verification-needed");
    for change in [
        json!({"notifications_on": false}),
        json!({"language": "es"}),
        json!({"contact_hours": {"from": "08:00", "until": "11:00", "time_zone": "America/Los_Angeles"}}),
    ] {
        let refused = problem(app.patch_preferences(&other, &change).await, 403).await;
        assert_eq!(refused["type"], "/problems/verification-needed", "{change}");
    }
    problem(app.put_method_raw(&other, "email", "someone.else@example.org").await, 403).await;

    // Codes go to confirmed methods only, confirmed a day before the session began.
    problem(app.request_code(&other, "sms").await, 409).await;
    let too_new = problem(app.request_code(&other, "email").await, 403).await;
    assert_eq!(too_new["type"], "/problems/method-too-new");
    assert!(too_new["detail"].as_str().unwrap().contains("24 hours"), "{too_new}");
    app.clock.advance(chrono::Duration::hours(25));
    let token = app.sign_in_jose().await;
    let view = app.voter_get(&token, "/api/v1/voter/preferences").await;
    assert_eq!(view["methods"][0]["may_receive_codes"], true);
    let sent = app.request_code(&token, "email").await;
    assert_eq!(sent.status().as_u16(), 200);
    let sent: Value = sent.json().await.unwrap();
    assert_eq!(sent["sent_to"], "j•••@example.org");
    let code = app.outbox().await.last_code_for("jose@example.org");
    // A second code within a minute is refused.
    problem(app.request_code(&token, "email").await, 429).await;
    // A code works only in the session that asked for it.
    let elsewhere = app.sign_in_jose().await;
    let answer = problem(app.verify(&elsewhere, &code).await, 422).await;
    assert!(answer["errors"][0]["message"].as_str().unwrap().contains("No code is waiting"), "{answer}");

    let wrong = if code == "000000" { "111111" } else { "000000" };
    let answer = problem(app.verify(&token, wrong).await, 422).await;
    assert!(answer["errors"][0]["message"].as_str().unwrap().contains("Tries left: 4"), "{answer}");
    problem(app.verify(&token, "12ab").await, 422).await;
    let verified = app.verify(&token, &format!("{} {}", &code[..3], &code[3..])).await;
    assert_eq!(verified.status().as_u16(), 200);
    // The code worked once.
    problem(app.verify(&token, &code).await, 422).await;

    let preferences = app.voter_get(&token, "/api/v1/voter/preferences").await;
    assert_eq!(preferences["verified"], true);
    let answer = app.patch_preferences(&token, &json!({"notifications_on": false})).await;
    assert_eq!(answer.status().as_u16(), 200);
    assert_eq!(answer.json::<Value>().await.unwrap()["notifications_on"], false);
    // Turning back on is a change like any other.
    problem(app.patch_preferences(&elsewhere, &json!({"notifications_on": true})).await, 403).await;
    // Contact hours are at least three hours long, and say so beside the field.
    let short = json!({"contact_hours": {"from": "08:00", "until": "09:00", "time_zone": "America/Los_Angeles"}});
    let answer = problem(app.patch_preferences(&token, &short).await, 422).await;
    assert!(answer["errors"][0]["message"].as_str().unwrap().contains("at least 3 hours"), "{answer}");
    app.voter_delete(&token, "/api/v1/voter/contact-methods/email", 204).await;

    // Five wrong tries use a code up.
    app.confirmed_email(&token, "jose@example.org").await;
    app.clock.advance(chrono::Duration::hours(25));
    let token = app.sign_in_jose().await;
    app.request_code(&token, "email").await;
    for _ in 0..5 {
        problem(app.verify(&token, "999999").await, 422).await;
    }
    let real = app.outbox().await.last_code_for("jose@example.org");
    let answer = problem(app.verify(&token, &real).await, 422).await;
    assert!(answer["errors"][0]["message"].as_str().unwrap().contains("new one"), "{answer}");
}

async fn a_new_method_is_announced_and_email_unsubscribes_in_one_click(backend: Backend) {
    let app = spawn_app(backend).await;
    app.import_voters(crate::helpers::ROLL).await;
    let token = app.sign_in_jose().await;
    app.confirmed_email(&token, "jose@example.org").await;

    let voice = app.put_method(&token, "voice", PHONE, 200).await;
    assert_eq!(voice["state"], "pending");
    let notice = app.outbox().await.emails_to("jose@example.org").pop().unwrap();
    assert!(notice.subject.contains("A change to how"), "{}", notice.subject);
    assert!(notice.body.contains("(•••) •••-0123"), "{}", notice.body);
    assert!(notice.body.contains("/undo?token="), "{}", notice.body);
    assert_eq!(notice.header("List-Unsubscribe-Post").as_deref(), Some("List-Unsubscribe=One-Click"));
    let unsubscribe = notice.header("List-Unsubscribe").unwrap();
    let url = unsubscribe.trim_start_matches('<').trim_end_matches('>').to_owned();
    assert!(url.starts_with(&app.url("/api/v1/unsubscribe/")), "{url}");
    assert!(notice.body.contains(&url), "the footer repeats the link");

    // Opening the link shows the page; only the POST unsubscribes.
    let no_redirects = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let opened = no_redirects.get(&url).send().await.unwrap();
    assert_eq!(opened.status().as_u16(), 303);
    assert!(opened.headers()["location"].to_str().unwrap().starts_with("/unsubscribe?token="));
    assert_eq!(app.method_state(&token, "email").await, "on");

    let clicked = app
        .client
        .post(&url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(clicked.status().as_u16(), 204);
    assert_eq!(app.method_state(&token, "email").await, "off");
    assert_eq!(app.method_state(&token, "voice").await, "pending", "only the email's own method stops");
    // Twice is fine; a forged link is not.
    assert_eq!(app.client.post(&url).send().await.unwrap().status().as_u16(), 204);
    let forged = app.client.post(app.url("/api/v1/unsubscribe/eyJhbGciOiJub25lIn0.e30.")).send().await.unwrap();
    problem(forged, 404).await;
    // A voter session token is not an unsubscribe token.
    problem(app.client.post(app.url(&format!("/api/v1/unsubscribe/{token}"))).send().await.unwrap(), 404).await;
}

async fn preferences_are_validated_and_kept(backend: Backend) {
    let app = spawn_app(backend).await;
    app.import_voters(crate::helpers::ROLL).await;
    let token = app.sign_in_jose().await;
    let defaults = app.voter_get(&token, "/api/v1/voter/preferences").await;
    assert_eq!(defaults["notifications_on"], true);
    assert_eq!(defaults["language"], "en");
    assert_eq!(
        defaults["contact_hours"],
        json!({"from": "08:00", "until": "20:00", "time_zone": "America/Los_Angeles"})
    );
    let tags: Vec<&str> =
        defaults["languages"].as_array().unwrap().iter().map(|l| l["tag"].as_str().unwrap()).collect();
    assert_eq!(tags, ["en", "es", "hi", "ja", "km", "ko", "th", "tl", "vi", "zh-Hant"]);
    assert_eq!(defaults["senders"]["sms"], "(916) 555-0100");
    assert_eq!(defaults["senders"]["calls_in_english"], false);
    // A tag in any case is the offered one; calls to a Khmer-speaking voter are in English.
    let khmer =
        app.patch_preferences(&token, &json!({"language": "KM"})).await.json::<serde_json::Value>().await.unwrap();
    assert_eq!((khmer["language"].as_str(), khmer["senders"]["calls_in_english"].as_bool()), (Some("km"), Some(true)));
    let chinese =
        app.patch_preferences(&token, &json!({"language": "zh-hant"})).await.json::<serde_json::Value>().await.unwrap();
    assert_eq!(
        (chinese["language"].as_str(), chinese["senders"]["calls_in_english"].as_bool()),
        (Some("zh-Hant"), Some(false))
    );
    assert_eq!(app.patch_preferences(&token, &json!({"language": "en"})).await.status().as_u16(), 200);

    let bad =
        json!({"language": "fr", "contact_hours": {"from": "25:00", "until": "8pm", "time_zone": "Mars/Olympus"}});
    let answer = problem(app.patch_preferences(&token, &bad).await, 422).await;
    let fields: Vec<&str> = answer["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["language", "contact_hours.from", "contact_hours.until", "contact_hours.time_zone"]);
    problem(app.patch_preferences(&token, &json!({"colour": "blue"})).await, 400).await;
    let unchanged = app.voter_get(&token, "/api/v1/voter/preferences").await;
    assert_eq!(unchanged["language"], "en");

    let good =
        json!({"language": "ES", "contact_hours": {"from": "21:30", "until": "07:00", "time_zone": "Europe/Madrid"}});
    let answer = app.patch_preferences(&token, &good).await;
    assert_eq!(answer.status().as_u16(), 200);
    let kept = app.voter_get(&token, "/api/v1/voter/preferences").await;
    assert_eq!(kept["language"], "es");
    assert_eq!(kept["contact_hours"], json!({"from": "21:30", "until": "07:00", "time_zone": "Europe/Madrid"}));

    // Messages follow the language.
    app.put_method(&token, "email", "jose@example.org", 200).await;
    let mail = app.outbox().await.only_email_to("jose@example.org");
    assert!(mail.subject.starts_with("Confirme su correo"), "{}", mail.subject);
    assert!(mail.body.contains("Hola, José"), "{}", mail.body);
}

async fn confirmations_are_rate_limited_and_texts_go_through_the_provider_api(backend: Backend) {
    let provider = crate::helpers::FakeProvider::start(&[201, 400]).await;
    let app = spawn_app_with(backend, |s| {
        provider.configure(s);
    })
    .await;
    app.import_voters(crate::helpers::ROLL).await;
    let token = app.sign_in_jose().await;

    let method = app.put_method(&token, "sms", PHONE, 200).await;
    assert_eq!(method["state"], "pending");
    assert_eq!(app.send_account_messages().await, 1);
    let requests = provider.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.path, "/2010-04-01/Accounts/AC123/Messages.json");
    assert_eq!(request.basic_auth.as_deref(), Some(("AC123", SMS_TOKEN)).map(|(a, b)| format!("{a}:{b}")).as_deref());
    assert_eq!(request.field("To"), PHONE_E164);
    assert_eq!(request.field("From"), "+19165550100");
    assert!(request.field("Body").contains("reply YES"));

    // A resend within the minute is refused, with a time to wait.
    let resend = app.resend_confirmation(&token, "sms").await;
    assert!(resend.headers().get("retry-after").is_some(), "{}: {:?}", resend.status(), resend.headers());
    problem(resend, 429).await;
    app.sql("UPDATE contact_methods SET confirmation_sent_at = '2020-01-01 00:00:00'").await;
    // The provider refuses the number this time: once the worker has tried, the method is failed.
    let resend = app.resend_confirmation(&token, "sms").await;
    assert_eq!(resend.status().as_u16(), 200);
    assert_eq!(resend.json::<Value>().await.unwrap()["state"], "pending");
    assert_eq!(app.send_account_messages().await, 1);
    assert_eq!(app.sms_state(&token).await, "failed");
    // Confirming a method that is not pending is a conflict.
    let again = app.resend_confirmation(&token, "voice").await;
    problem(again, 409).await;
}
