//! Confirmations, codes, change notices and keyword replies leave through the outbox like ballot
//! notices: a provider outage delays them but loses none and sends none twice, their sealed
//! content is erased once sent, and a code reaches the voter at once with the real worker.

use std::sync::Arc;
use std::time::{Duration, Instant};

use ballot_api::messaging::transport::{Outgoing, Recorder};

use serde_json::Value;

use crate::helpers::{
    Backend, FakeProvider, Outbox, PHONE, PHONE_E164, ROLL, SMS_TOKEN, TestApp, spawn_app_with,
    spawn_app_with_transport, spawn_sms_app,
};
use crate::on_both_backends;

on_both_backends!(
    every_account_message_survives_a_provider_outage,
    a_code_arrives_at_once_with_the_real_worker,
    only_what_is_still_of_use_is_sent,
    of_two_codes_only_the_newer_is_sent,
    a_number_that_says_stop_gets_only_the_reply_that_says_so,
    a_number_that_keeps_texting_gets_no_more_replies_than_the_budget,
    an_email_waits_out_a_transport_outage,
);

/// The worker meets the outage (503), the retry waits, then the message goes (201).
async fn sent_after_one_outage(app: &TestApp) {
    assert_eq!(app.send_account_messages().await, 1, "taken, and the provider was down");
    assert_eq!(app.send_account_messages().await, 0, "the retry waits");
    app.clock.advance(chrono::Duration::seconds(40));
    assert_eq!(app.send_account_messages().await, 1, "sent on the retry");
}

async fn every_account_message_survives_a_provider_outage(backend: Backend) {
    let provider = FakeProvider::start(&[503, 201, 503, 201, 503, 201, 503, 201]).await;
    let app = spawn_app_with(backend, |s| provider.configure(s)).await;
    app.import_voters(ROLL).await;
    let token = app.sign_in_jose().await;

    // The confirmation text: the voter's answer does not wait for the provider.
    let method = app.put_method(&token, "sms", PHONE, 200).await;
    assert_eq!(method["state"], "pending");
    sent_after_one_outage(&app).await;
    // The reply to YES.
    let yes = app.inbound_text_signed_with(SMS_TOKEN, PHONE_E164, "YES").await;
    assert_eq!(yes.status().as_u16(), 200);
    assert_eq!(app.sms_state(&token).await, "on");
    sent_after_one_outage(&app).await;
    // A one-time code, in a session begun a day after the number was confirmed.
    app.clock.advance(chrono::Duration::hours(25));
    let token = app.sign_in_jose().await;
    let code = app.request_code(&token, "sms").await;
    assert_eq!(code.status().as_u16(), 200);
    sent_after_one_outage(&app).await;
    // The notice of a change, to the confirmed number.
    let sent = provider.requests().last().unwrap().field("Body").to_owned();
    let code: String = sent.chars().filter(char::is_ascii_digit).take(6).collect();
    assert_eq!(app.verify(&token, &code).await.status().as_u16(), 200);
    assert_eq!(app.patch_preferences(&token, &serde_json::json!({"language": "es"})).await.status().as_u16(), 200);
    sent_after_one_outage(&app).await;

    let requests = provider.requests();
    assert_eq!(requests.len(), 8);
    for pair in requests.chunks(2) {
        assert!(pair[0].idempotency_key.is_some() && pair[0].idempotency_key == pair[1].idempotency_key);
    }
    let created = provider.created();
    let bodies: Vec<&str> = created.iter().map(|request| request.field("Body")).collect();
    assert_eq!(bodies.len(), 4, "each message reached the voter once");
    assert!(bodies[0].contains("reply YES"), "{}", bodies[0]);
    assert!(bodies[1].contains("you will now get texts"), "{}", bodies[1]);
    assert!(bodies[2].chars().filter(char::is_ascii_digit).count() >= 6, "{}", bodies[2]);
    assert!(bodies[3].contains("Español") && bodies[3].contains("/undo?token="), "{}", bodies[3]);
    // Settled messages keep no content: a copy of the database shows no code or link.
    let sent = "SELECT COUNT(*) AS n FROM account_messages WHERE state = 'sent' AND sealed = '' AND attempts = 2";
    assert_eq!(app.count(sent).await, 4);
}

async fn a_code_arrives_at_once_with_the_real_worker(backend: Backend) {
    // The workers look for due messages only every ten minutes: only the wake-up sends at once.
    let app = spawn_app_with(backend, |s| {
        s.notify.in_process = true;
        s.notify.poll_seconds = 600;
    })
    .await;
    app.import_voters(ROLL).await;
    let token = app.jose_with_trusted_email("jose@example.org").await;
    let asked = Instant::now();
    let response = app.request_code(&token, "email").await;
    assert_eq!(response.status().as_u16(), 200, "{:?}", response.json::<Value>().await);
    let code_email =
        || Outbox::read(&app).emails_to("jose@example.org").into_iter().any(|mail| mail.subject.contains("code"));
    while !code_email() {
        assert!(asked.elapsed() < Duration::from_secs(2), "no code within two seconds");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn only_what_is_still_of_use_is_sent(backend: Backend) {
    let app = spawn_sms_app(backend).await;
    app.import_voters(ROLL).await;
    let token = app.sign_in_jose().await;
    // A number changed before its confirmation went: only the new number hears from us.
    app.put_method(&token, "sms", PHONE, 200).await;
    app.put_method(&token, "sms", "(916) 555-0177", 200).await;
    assert!(app.outbox().await.texts_to(PHONE_E164).is_empty(), "the first number's confirmation was dropped");
    assert_eq!(app.outbox().await.texts_to("+19165550177").len(), 1);
    // A method removed before its confirmation went: nothing goes to it.
    app.put_method(&token, "sms", "(916) 555-0188", 200).await;
    app.voter_delete(&token, "/api/v1/voter/contact-methods/sms", 204).await;
    assert!(app.outbox().await.texts_to("+19165550188").is_empty());
    let dropped = "SELECT COUNT(*) AS n FROM account_messages WHERE state = 'dropped' AND outcome = 'superseded' \
                   AND sealed = ''";
    assert_eq!(app.count(dropped).await, 2);
}

async fn of_two_codes_only_the_newer_is_sent(backend: Backend) {
    let app = spawn_sms_app(backend).await;
    app.import_voters(ROLL).await;
    let token = app.jose_with_trusted_email("jose@example.org").await;
    assert_eq!(app.request_code(&token, "email").await.status().as_u16(), 200);
    app.clock.advance(chrono::Duration::seconds(61));
    assert_eq!(app.request_code(&token, "email").await.status().as_u16(), 200);
    let outbox = app.outbox().await;
    let codes = outbox.emails_to("jose@example.org").into_iter().filter(|mail| mail.subject.contains("code")).count();
    assert_eq!(codes, 1, "the older code no longer works, so it is not sent");
    let code = app.outbox().await.last_code_for("jose@example.org");
    assert_eq!(app.verify(&token, &code).await.status().as_u16(), 200);
}

async fn a_number_that_says_stop_gets_only_the_reply_that_says_so(backend: Backend) {
    let app = spawn_sms_app(backend).await;
    app.import_voters(ROLL).await;
    let token = app.sign_in_jose().await;
    app.put_method(&token, "sms", PHONE, 200).await;
    app.send_account_messages().await;
    app.inbound_text(PHONE_E164, "YES").await;
    let before = app.outbox().await.texts_to(PHONE_E164).len();
    // Adding a number for calls tells the confirmed number; STOP comes before that goes out.
    app.put_method(&token, "voice", "(916) 555-0199", 200).await;
    let stop = app.inbound_text_signed_with(SMS_TOKEN, PHONE_E164, "STOP").await;
    assert_eq!(stop.status().as_u16(), 200);
    let texts = app.outbox().await.texts_to(PHONE_E164);
    assert_eq!(texts.len(), before + 1, "{texts:?}");
    assert!(texts.last().unwrap()["body"].as_str().unwrap().contains("no more texts"), "{texts:?}");
    // "OK"-like answers in any language ("네", "YES", "はい ✔️") do not undo the STOP: only START does.
    for answer in ["네", "YES", "はい ✔\u{fe0f}", "ＹＥＳ"] {
        app.inbound_text(PHONE_E164, answer).await;
        assert_eq!(app.sms_state(&token).await, "off", "{answer}");
    }
    // A STOP as people type it on a phone: full-width letters, an emoji after it.
    app.inbound_text(PHONE_E164, "START").await;
    assert_eq!(app.sms_state(&token).await, "on");
    app.inbound_text(PHONE_E164, "ＳＴＯＰ ⛔\u{fe0f}").await;
    assert_eq!(app.sms_state(&token).await, "off");
}

async fn a_number_that_keeps_texting_gets_no_more_replies_than_the_budget(backend: Backend) {
    let app = spawn_sms_app(backend).await;
    let stranger = "+19165550142";
    for _ in 0..10 {
        let answer = app.inbound_text_signed_with(SMS_TOKEN, stranger, "HELP").await;
        assert_eq!(answer.status().as_u16(), 200);
    }
    assert_eq!(app.outbox().await.texts_to(stranger).len(), 6, "the hourly budget of any address");
}

/// The same with the in-memory transport in place of SMTP: an email confirmation that meets an
/// outage is sent on the retry, once, under the key it was first tried with.
async fn an_email_waits_out_a_transport_outage(backend: Backend) {
    let recorder = Arc::new(Recorder::default());
    recorder.fail_with(Some("the mail server is down"));
    let app = spawn_app_with_transport(backend, recorder.clone()).await;
    app.import_voters(ROLL).await;
    let token = app.sign_in_jose().await;
    let method = app.put_method(&token, "email", "jose@example.org", 200).await;
    assert_eq!(method["state"], "pending");
    assert_eq!(app.send_account_messages().await, 1, "taken, and the transport failed");
    assert!(recorder.sent().is_empty());
    recorder.fail_with(None);
    assert_eq!(app.send_account_messages().await, 0, "the retry waits");
    app.clock.advance(chrono::Duration::seconds(40));
    assert_eq!(app.send_account_messages().await, 1, "sent on the retry");
    assert_eq!(app.send_account_messages().await, 0, "and only once");
    let sent = recorder.sent();
    let [Outgoing::Email { email, .. }] = sent.as_slice() else { panic!("one email: {sent:?}") };
    assert_eq!(email.to, "jose@example.org");
    assert!(email.body.contains("/confirm-email?token="), "{}", email.body);
    assert!(email.idempotency_key.is_some());
}
