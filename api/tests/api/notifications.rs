//! Ballot notifications, from a county event posted through the API to a message in the outbox
//! (or at the SMS provider's test double): each notice, contact hours, coalescing, no step back,
//! reminders, retries and the dead letter, delivery reports, and exactly once with two workers.

use chrono::Timelike;
use serde_json::{Value, json};

use crate::helpers::{
    Backend, ELECTION, FakeProvider, JOSE, PHONE, PHONE_E164, ProviderRequest, SMS_TOKEN, TestApp, spawn_app,
    spawn_app_with, spawn_sms_app,
};
use crate::on_both_backends;

on_both_backends!(
    each_step_reaches_the_voter_by_email_and_call,
    a_ballot_not_counted_or_undeliverable_says_why_and_what_to_do,
    a_2am_event_waits_for_the_voters_hours_and_joins_the_next_ones,
    contact_hours_hold_a_signature_notice_at_most_a_day,
    no_step_back_no_repeat_and_a_replaced_ballot_goes_quiet,
    reminders_go_once_to_voters_whose_ballot_is_still_out,
    a_failing_provider_is_retried_then_given_up_and_refusals_mark_the_method,
    delivery_reports_mark_numbers_that_cannot_take_texts,
    turned_off_notifications_are_not_sent,
    a_message_put_back_for_a_retry_gives_way_to_newer_news,
    two_workers_send_each_of_thousands_of_messages_once,
    two_worker_processes_with_two_threads_each_send_each_message_once,
    the_server_sends_by_itself_with_its_worker_on,
    a_worker_killed_mid_batch_loses_nothing_and_doubles_nothing,
    words_a_newer_version_wrote_neither_stop_the_queue_nor_the_page,
);

const JOSE_EMAIL: &str = "jose@example.org";

/// A morning in October in California: inside the default contact hours (8 a.m. to 8 p.m.).
const MORNING: &str = "2026-10-05T10:00:00-07:00";

/// Posts one status event for `ballot` at `at`.
async fn event(app: &TestApp, county: &str, id: &str, ballot: &str, status: &str, at: &str, extra: Value) {
    let mut row = json!({"event_id": id, "ballot_id": ballot, "status": status, "occurred_at": at});
    row.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
    let answer = app.post_json(county, "34/ballot-events", &json!([row])).await;
    assert_eq!(answer["results"][0]["outcome"], "accepted", "{answer}");
}

async fn subjects(app: &TestApp, address: &str) -> Vec<String> {
    app.outbox().await.emails_to(address).into_iter().map(|m| m.subject).collect()
}

/// Jose, signed up by email (confirmed) and voice, with ballot B1 in Sacramento's election.
async fn jose_signed_up(app: &TestApp) -> (String, String) {
    app.set_time(MORNING);
    let county = app.county_with_ballots(&[("B1", JOSE)]).await;
    let token = app.sign_in_jose().await;
    app.confirmed_email(&token, JOSE_EMAIL).await;
    app.confirmed_voice(&token, PHONE, PHONE_E164).await;
    (county, token)
}

async fn each_step_reaches_the_voter_by_email_and_call(backend: Backend) {
    let app = spawn_app(backend).await;
    let (county, _) = jose_signed_up(&app).await;
    app.sacramento_cure_details(&county).await;
    let before = subjects(&app, JOSE_EMAIL).await.len();
    // "Issued" is not news: voters hated hearing "mailed" before the ballot was.
    event(&app, &county, "e0", "B1", "issued", "2026-10-05T09:00:00-07:00", json!({})).await;
    assert_eq!(app.deliver().await, 0);

    let steps = [
        ("e1", "mailed", json!({}), "Your ballot is in the mail"),
        (
            "e2",
            "expected_delivery",
            json!({"expected_delivery_date": "2026-10-09"}),
            "Your ballot should arrive Friday, October 9, 2026",
        ),
        ("e3", "delivered", json!({}), "Your ballot was delivered"),
        ("e4", "received", json!({}), "Your county has your ballot (not counted yet)"),
        (
            "e5",
            "in_review",
            json!({"reason": "signature_mismatch"}),
            "Action needed: your ballot cannot be counted yet",
        ),
        ("e6", "accepted", json!({}), "Your ballot was counted"),
    ];
    for (hour, (id, status, extra, subject)) in (11..).zip(steps) {
        let at = format!("2026-10-{:02}T{hour}:00:00-07:00", 5);
        app.set_time(&format!("2026-10-05T{hour}:05:00-07:00"));
        event(&app, &county, id, "B1", status, &at, extra).await;
        // One email and one call per step.
        assert_eq!(app.deliver().await, 2, "{status}");
        let mail = app.outbox().await.emails_to(JOSE_EMAIL).pop().unwrap();
        assert_eq!(mail.subject, format!("Test Ballot Tracker: {subject}"));
        assert!(mail.body.starts_with("Hello José,"), "{}", mail.body);
        assert!(mail.body.contains("Sacramento"), "{}", mail.body);
        assert!(mail.header("List-Unsubscribe").is_some() && mail.header("List-Unsubscribe-Post").is_some());
        let call = app.outbox().await.calls_to(PHONE_E164).pop().unwrap();
        let script = call["body"].as_str().unwrap();
        assert!(
            script.starts_with(
                "Hello, this is Test Ballot Tracker, with news about your mail ballot from Sacramento County."
            ),
            "{script}"
        );
        assert!(script.contains("call (916) 875-6451"), "a callback number: {script}");
        match status {
            "expected_delivery" => assert!(script.contains("Friday, October 9, 2026"), "{script}"),
            "received" => {
                assert!(mail.body.contains("has not been counted yet"), "{}", mail.body);
                assert!(!mail.body.contains("was counted"), "{}", mail.body);
            }
            "in_review" => {
                assert!(mail.body.contains("signature verification statement"), "{}", mail.body);
                assert!(mail.body.contains("https://elections.example.org/cure"), "{}", mail.body);
                assert!(mail.body.contains("Tuesday, December 1, 2026"), "{}", mail.body);
            }
            _ => {}
        }
    }
    assert_eq!(subjects(&app, JOSE_EMAIL).await.len(), before + 6);
    // Everything sent is recorded as sent.
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM notifications WHERE state <> 'sent'").await, 0);
}

async fn a_ballot_not_counted_or_undeliverable_says_why_and_what_to_do(backend: Backend) {
    let app = spawn_sms_app(backend).await;
    app.set_time(MORNING);
    let county = app.county_with_ballots(&[("B1", JOSE), ("M1", "CA1002")]).await;
    // Maria Garcia shares her name, birth date and ZIP with another voter: her voter ID tells them apart.
    let maria = app.sign_in(json!({"first_name": "Maria", "last_name": "Garcia", "date_of_birth": "06-01-1975", "zip": "95816", "voter_id": "CA1002"}),
    )
    .await;
    app.put_method(&maria, "sms", PHONE, 200).await;
    assert!(app.inbound_text(PHONE_E164, "YES").await.contains("you will now get texts"));
    let jose = app.sign_in_jose().await;
    app.confirmed_email(&jose, JOSE_EMAIL).await;

    event(&app, &county, "m1", "M1", "undeliverable", "2026-10-05T09:00:00-07:00", json!({})).await;
    event(&app, &county, "b1", "B1", "not_accepted", "2026-10-05T09:00:00-07:00", json!({"reason": "no_signature"}))
        .await;
    assert_eq!(app.deliver().await, 2);
    let text = app.outbox().await.texts_to(PHONE_E164).pop().unwrap();
    let body = text["body"].as_str().unwrap();
    assert!(body.starts_with("Test Ballot Tracker: your Sacramento County ballot could not be delivered."), "{body}");
    assert!(body.chars().count() <= 160, "one segment: {body}");
    let mail = app.outbox().await.emails_to(JOSE_EMAIL).pop().unwrap();
    assert_eq!(mail.subject, "Test Ballot Tracker: Your ballot was not counted");
    assert!(mail.body.contains("The envelope was not signed."), "the reason: {}", mail.body);
    assert!(mail.body.contains("unsigned ballot statement"), "how to fix it: {}", mail.body);
}

async fn a_2am_event_waits_for_the_voters_hours_and_joins_the_next_ones(backend: Backend) {
    // Any session begun after the email was confirmed may verify by it (the cooling-off has its own tests).
    let app = spawn_app_with(backend, |s| s.cooling_off_hours = 0).await;
    let (county, _) = jose_signed_up(&app).await;
    // 2 a.m. in California: mailed, then a delivery date, then delivered, all before dawn.
    app.set_time("2026-10-06T02:00:00-07:00");
    event(&app, &county, "e1", "B1", "mailed", "2026-10-06T01:55:00-07:00", json!({})).await;
    app.set_time("2026-10-06T03:00:00-07:00");
    event(
        &app,
        &county,
        "e2",
        "B1",
        "in_transit",
        "2026-10-06T02:55:00-07:00",
        json!({"expected_delivery_date": "2026-10-07"}),
    )
    .await;
    app.set_time("2026-10-06T07:59:00-07:00");
    assert_eq!(app.deliver().await, 0, "nothing before 8 a.m.");
    event(&app, &county, "e3", "B1", "delivered", "2026-10-06T07:58:00-07:00", json!({})).await;
    assert_eq!(app.deliver().await, 0, "nothing before 8 a.m.");
    assert!(
        subjects(&app, JOSE_EMAIL).await.iter().all(|s| !s.contains("ballot")),
        "{:?}",
        subjects(&app, JOSE_EMAIL).await
    );
    // At 8: one message per method, with the latest news only.
    app.set_time("2026-10-06T08:00:00-07:00");
    assert_eq!(app.deliver().await, 2);
    let notices: Vec<String> = subjects(&app, JOSE_EMAIL).await.into_iter().filter(|s| s.contains("ballot")).collect();
    assert_eq!(notices, ["Test Ballot Tracker: Your ballot was delivered"]);
    assert_eq!(app.outbox().await.calls_to(PHONE_E164).len(), 2, "the confirmation call, and this one");

    // Hours are the voter's own, in their time zone: 8 a.m. in New York is 5 a.m. in California.
    let token = app.sign_in_jose().await;
    let token = app.verified_by_email(token, JOSE_EMAIL).await;
    let response = app
        .patch_preferences(
            &token,
            &json!({"contact_hours": {"from": "08:00", "until": "20:00", "time_zone": "America/New_York"}}),
        )
        .await;
    assert_eq!(response.status().as_u16(), 200);
    app.set_time("2026-10-07T04:30:00-07:00");
    event(&app, &county, "e4", "B1", "received", "2026-10-07T04:00:00-07:00", json!({})).await;
    assert_eq!(app.deliver().await, 0, "7:30 in New York");
    app.set_time("2026-10-07T05:00:00-07:00");
    assert_eq!(app.deliver().await, 2, "8:00 in New York");
    assert_eq!(
        subjects(&app, JOSE_EMAIL).await.last().unwrap(),
        "Test Ballot Tracker: Your county has your ballot (not counted yet)"
    );
}

/// How many "action needed" (signature) notices José was emailed.
async fn action_needed(app: &TestApp) -> usize {
    subjects(app, JOSE_EMAIL).await.iter().filter(|s| s.contains("Action needed")).count()
}

async fn contact_hours_hold_a_signature_notice_at_most_a_day(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.cooling_off_hours = 0).await;
    let (county, _) = jose_signed_up(&app).await;
    let token = app.sign_in_jose().await;
    let token = app.verified_by_email(token, JOSE_EMAIL).await;
    let hours = |from: &str, until: &str| json!({"contact_hours": {"from": from, "until": until, "time_zone": "America/Los_Angeles"}});
    assert_eq!(app.patch_preferences(&token, &hours("08:00", "11:00")).await.status().as_u16(), 200);
    // Written after the window closed: it waits for tomorrow's.
    app.set_time("2026-10-05T11:30:00-07:00");
    let mismatch = json!({"reason": "signature_mismatch"});
    event(&app, &county, "e1", "B1", "in_review", "2026-10-05T11:20:00-07:00", mismatch).await;
    app.deliver().await;
    assert_eq!(action_needed(&app).await, 0);
    // Whoever holds a verified session moves the window away just before it opens, again and again…
    app.set_time("2026-10-06T07:59:00-07:00");
    assert_eq!(app.patch_preferences(&token, &hours("12:00", "15:00")).await.status().as_u16(), 200);
    app.set_time("2026-10-06T08:00:00-07:00");
    app.deliver().await;
    app.set_time("2026-10-06T11:00:00-07:00");
    assert_eq!(app.patch_preferences(&token, &hours("16:00", "19:00")).await.status().as_u16(), 200);
    app.deliver().await;
    assert_eq!(action_needed(&app).await, 0);
    // …but a notice with a deadline goes a day after it was written, whatever the hour.
    app.set_time("2026-10-06T11:30:00-07:00");
    app.deliver().await;
    assert_eq!(action_needed(&app).await, 1, "{:?}", subjects(&app, JOSE_EMAIL).await);
}

async fn no_step_back_no_repeat_and_a_replaced_ballot_goes_quiet(backend: Backend) {
    let app = spawn_app(backend).await;
    let (county, _) = jose_signed_up(&app).await;
    event(&app, &county, "e1", "B1", "received", "2026-10-05T09:00:00-07:00", json!({})).await;
    assert_eq!(app.deliver().await, 2);
    // A late scan from the way out, and the same event posted again: no message.
    event(&app, &county, "e2", "B1", "delivered", "2026-10-04T09:00:00-07:00", json!({})).await;
    let again = app
        .post_json(&county, "34/ballot-events", &json!([{"event_id": "e1", "ballot_id": "B1", "status": "received", "occurred_at": "2026-10-05T09:00:00-07:00"}]))
        .await;
    assert_eq!(again["results"][0]["outcome"], "duplicate");
    assert_eq!(app.deliver().await, 0);
    // A status message waiting when a later one was already sent (written by hand here: the feed
    // never writes one) is dropped, not sent.
    app.sql(
        "INSERT INTO notifications (voter_record_id, ballot_id, channel, notice, status_rank, state, due_at, attempts, created_at) \
         SELECT voter_record_id, ballot_id, channel, 'mailed', 2, 'pending', created_at, 0, created_at FROM notifications WHERE channel = 'email'",
    )
    .await;
    assert_eq!(app.deliver().await, 1);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM notifications WHERE state = 'dropped' AND outcome = 'stale'").await,
        1
    );
    assert_eq!(subjects(&app, JOSE_EMAIL).await.iter().filter(|s| s.contains("ballot")).count(), 1);

    // A ballot replaced while its message waits for the morning: only the new ballot is told.
    app.set_time("2026-10-06T01:00:00-07:00");
    event(&app, &county, "e3", "B1", "in_review", "2026-10-06T00:40:00-07:00", json!({"reason": "signature_mismatch"}))
        .await;
    let reissue = json!([{"ballot_id": "B2", "voter_id": JOSE, "election": ELECTION, "delivery_method": "mail", "supersedes": "B1"}]);
    let answer = app.post_json(&county, "34/ballots", &reissue).await;
    assert_eq!(answer["results"][0]["outcome"], "created", "{answer}");
    event(&app, &county, "e4", "B2", "mailed", "2026-10-06T00:50:00-07:00", json!({})).await;
    app.set_time("2026-10-06T09:00:00-07:00");
    assert_eq!(app.deliver().await, 2);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM notifications WHERE state = 'dropped' AND outcome = 'superseded'").await,
        2
    );
    assert_eq!(subjects(&app, JOSE_EMAIL).await.last().unwrap(), "Test Ballot Tracker: Your ballot is in the mail");
    assert!(subjects(&app, JOSE_EMAIL).await.iter().all(|s| !s.contains("Action needed")));
}

async fn reminders_go_once_to_voters_whose_ballot_is_still_out(backend: Backend) {
    let app = spawn_app(backend).await;
    let (county, _) = jose_signed_up(&app).await;
    app.post_json(
        &county,
        "34/ballots",
        &json!([{"ballot_id": "M1", "voter_id": "CA1002", "election": ELECTION, "delivery_method": "mail"}]),
    )
    .await;
    let maria = app.sign_in(json!({"first_name": "Maria", "last_name": "Garcia", "date_of_birth": "06-01-1975", "zip": "95816", "voter_id": "CA1002"}),
    )
    .await;
    app.confirmed_email(&maria, "maria@example.org").await;
    // Ann Marsh, in Alpine County (02), votes in another election, weeks later.
    let alpine = app.county_client_token("02").await;
    let special = json!([{"id": "2026-12-15-special", "name": "Special Election", "election_day": "2026-12-15"}]);
    app.post_json(&alpine, "02/elections", &special).await;
    let ann_ballot =
        json!([{"ballot_id": "A1", "voter_id": "CA1005", "election": "2026-12-15-special", "delivery_method": "mail"}]);
    app.post_json(&alpine, "02/ballots", &ann_ballot).await;
    let ann =
        app.sign_in(json!({"first_name": "Ann", "last_name": "Marsh", "birth_year": "1950", "zip": "96120"})).await;
    app.confirmed_email(&ann, "ann@example.org").await;
    // Tom Ford, also of Alpine, signed up but has no ballot in either election.
    let tom = app
        .sign_in(json!({"first_name": "Tom", "last_name": "Ford", "date_of_birth": "08-08-1970", "zip": "96120"}))
        .await;
    app.confirmed_email(&tom, "tom@example.org").await;
    let mailed = |id: &str, ballot: &str| json!({"event_id": id, "ballot_id": ballot, "status": "mailed", "occurred_at": "2026-10-05T09:00:00-07:00"});
    app.post_json(&county, "34/ballot-events", &json!([mailed("j1", "B1"), mailed("m1", "M1")])).await;
    app.post_json(&alpine, "02/ballot-events", &json!([mailed("a1", "A1")])).await;
    app.deliver().await;
    // Maria's ballot comes back; Jose's does not.
    app.set_time("2026-10-20T10:00:00-07:00");
    event(&app, &county, "m2", "M1", "received", "2026-10-20T09:00:00-07:00", json!({})).await;
    app.deliver().await;

    // Sacramento reminds 4 days before election day (the default): not on the 29th.
    app.set_time("2026-10-29T10:00:00-07:00");
    assert_eq!(app.worker.schedule_reminders().await.unwrap(), 0);
    app.set_time("2026-10-30T10:00:00-07:00");
    assert_eq!(app.worker.schedule_reminders().await.unwrap(), 2, "Jose's email and call");
    assert_eq!(app.deliver().await, 2);
    let reminder = app.outbox().await.emails_to(JOSE_EMAIL).pop().unwrap();
    assert_eq!(reminder.subject, "Test Ballot Tracker: Reminder: return your ballot by Tuesday, November 3, 2026");
    assert!(reminder.body.contains("arrives by Tuesday, November 10, 2026"), "{}", reminder.body);
    assert!(app.outbox().await.emails_to("maria@example.org").iter().all(|m| !m.subject.contains("Reminder")));
    assert!(app.outbox().await.emails_to("ann@example.org").iter().all(|m| !m.subject.contains("Reminder")));
    assert!(app.outbox().await.emails_to("tom@example.org").iter().all(|m| !m.subject.contains("Reminder")));
    // Once: not again that day, nor the next.
    assert_eq!(app.worker.schedule_reminders().await.unwrap(), 0);
    app.set_time("2026-10-31T10:00:00-07:00");
    assert_eq!(app.worker.schedule_reminders().await.unwrap(), 0);
    assert_eq!(app.deliver().await, 0);
    let reminders =
        app.outbox().await.emails_to(JOSE_EMAIL).into_iter().filter(|m| m.subject.contains("Reminder")).count();
    assert_eq!(reminders, 1);
    // A county can send none.
    app.ballot_tracker(&["counties", "set", "02", "--reminder-days", "0"]).await;
    app.set_time("2026-12-14T10:00:00-08:00");
    assert_eq!(app.worker.schedule_reminders().await.unwrap(), 0);
}

async fn a_failing_provider_is_retried_then_given_up_and_refusals_mark_the_method(backend: Backend) {
    // Down twice, then up; later down for good; then refusing the number.
    let provider = FakeProvider::start(&[503, 503, 201, 503, 503, 503, 400]).await;
    let app = spawn_app_with(backend, |s| {
        provider.configure(s);
        s.notify.max_attempts = 3;
    })
    .await;
    app.set_time(MORNING);
    let county = app.county_with_ballots(&[("B1", JOSE)]).await;
    let token = app.sign_in_jose().await;
    app.voice_confirmed_out_of_band(&token, PHONE).await;
    event(&app, &county, "e1", "B1", "mailed", "2026-10-05T09:00:00-07:00", json!({})).await;
    assert_eq!(app.deliver().await, 1);
    assert_eq!(app.deliver().await, 0, "the retry waits");
    app.clock.advance(chrono::Duration::seconds(40));
    assert_eq!(app.deliver().await, 1);
    app.clock.advance(chrono::Duration::seconds(80));
    assert_eq!(app.deliver().await, 1);
    let calls = provider.requests();
    assert_eq!(calls.len(), 3);
    assert!(calls.iter().all(|c| c.path.ends_with("/Calls.json") && c.idempotency_key == calls[0].idempotency_key));
    assert_eq!(provider.created().len(), 1, "one call reached the voter");
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM notifications WHERE state = 'sent' AND attempts = 3").await, 1);

    // Three failures in a row: kept as dead, not retried for ever.
    event(&app, &county, "e2", "B1", "delivered", "2026-10-05T09:30:00-07:00", json!({})).await;
    for _ in 0..3 {
        app.deliver().await;
        app.clock.advance(chrono::Duration::minutes(10));
    }
    assert_eq!(app.deliver().await, 0);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM notifications WHERE state = 'dead' AND attempts = 3").await, 1);
    assert_eq!(app.method_state(&token, "voice").await, "on", "a provider outage is not the voter's fault");

    // A refused number: the method is marked failed, and the voter's page says so.
    event(&app, &county, "e3", "B1", "received", "2026-10-05T09:40:00-07:00", json!({})).await;
    assert_eq!(app.deliver().await, 1);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM notifications WHERE state = 'failed'").await, 1);
    assert_eq!(app.method_state(&token, "voice").await, "failed");
}

/// The provider refuses our account for a while (a rotated token, say): that is not the voter's
/// fault, and while the message waits to be tried again, newer news replaces it.
async fn a_message_put_back_for_a_retry_gives_way_to_newer_news(backend: Backend) {
    let provider = FakeProvider::start(&[401]).await;
    let app = provider_app(backend, &provider, 200).await;
    app.set_time(MORNING);
    let county = app.county_with_ballots(&[("B1", JOSE)]).await;
    let token = app.sign_in_jose().await;
    app.voice_confirmed_out_of_band(&token, PHONE).await;
    event(&app, &county, "e1", "B1", "received", "2026-10-05T09:00:00-07:00", json!({})).await;
    assert_eq!(app.deliver().await, 1);
    assert_eq!(app.method_state(&token, "voice").await, "on", "our account's problem, not the voter's number");
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM notifications WHERE state = 'pending' AND outcome = 'retrying'").await,
        1
    );
    // The ballot is counted before the retry: the voter hears only that.
    event(&app, &county, "e2", "B1", "accepted", "2026-10-05T09:30:00-07:00", json!({})).await;
    app.clock.advance(chrono::Duration::minutes(2));
    assert_eq!(app.deliver().await, 2);
    let created = provider.created();
    assert_eq!(created.len(), 1, "{created:?}");
    assert!(created[0].field("Twiml").contains("has counted your ballot"), "{:?}", created[0]);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM notifications WHERE state = 'dropped' AND outcome = 'replaced'").await,
        1
    );
}

async fn delivery_reports_mark_numbers_that_cannot_take_texts(backend: Backend) {
    let provider = FakeProvider::start(&[]).await;
    let app = spawn_app_with(backend, |s| {
        provider.configure(s);
    })
    .await;
    app.set_time(MORNING);
    let county = app.county_with_ballots(&[("B1", JOSE)]).await;
    let token = app.sign_in_jose().await;
    app.put_method(&token, "sms", PHONE, 200).await;
    app.inbound_text_signed_with(SMS_TOKEN, PHONE_E164, "YES").await;
    event(&app, &county, "e1", "B1", "mailed", "2026-10-05T09:00:00-07:00", json!({})).await;
    assert_eq!(app.deliver().await, 1);
    let text = provider.requests().into_iter().rfind(|r| r.path.ends_with("/Messages.json")).unwrap();
    assert!(text.field("Body").starts_with("Test Ballot Tracker: Sacramento County mailed your ballot."), "{text:?}");
    // The report's address names the message, so a report that comes early still finds it.
    let callback = text.field("StatusCallback").to_owned();
    assert!(callback.starts_with(&app.url("/api/v1/webhooks/sms/status?notification=")), "{callback}");
    let sid = text.sid.clone().unwrap();

    let report = |status: &str, code: &str| {
        vec![
            ("MessageSid".to_owned(), sid.clone()),
            ("MessageStatus".to_owned(), status.to_owned()),
            ("ErrorCode".to_owned(), code.to_owned()),
        ]
    };
    let post = |form: Vec<(String, String)>, key: &str| {
        let signature = ballot_api::messaging::telephony::sign(&key.into(), &callback, &form);
        app.client.post(&callback).header("X-Twilio-Signature", signature).form(&form).send()
    };
    // A forged report changes nothing.
    assert_eq!(post(report("undelivered", "21610"), "wrong-token").await.unwrap().status().as_u16(), 403);
    assert_eq!(app.sms_state(&token).await, "on");
    assert_eq!(post(report("delivered", ""), SMS_TOKEN).await.unwrap().status().as_u16(), 204);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM notifications WHERE outcome = 'delivered'").await, 1);
    // The carrier says the voter opted out: the method is failed, and the page says why.
    assert_eq!(post(report("undelivered", "21610"), SMS_TOKEN).await.unwrap().status().as_u16(), 204);
    assert_eq!(app.sms_state(&token).await, "failed");
    let preferences = app.voter_get(&token, "/api/v1/voter/preferences").await;
    let sms = preferences["methods"].as_array().unwrap().iter().find(|m| m["kind"] == "sms").unwrap().clone();
    assert_eq!(sms["failure"], "opted_out", "{preferences}");
}

async fn turned_off_notifications_are_not_sent(backend: Backend) {
    let app = spawn_app(backend).await;
    let (county, _) = jose_signed_up(&app).await;
    event(&app, &county, "e1", "B1", "mailed", "2026-10-05T09:00:00-07:00", json!({})).await;
    // Notifications turned off (directly, as the code-guarded switch would) after the message was written.
    app.sql("INSERT INTO voter_preferences (voter_record_id, notifications_on, language, time_zone, contact_from, contact_until, updated_at) \
             SELECT id, FALSE, 'en', 'America/Los_Angeles', '08:00', '20:00', '2026-10-05 17:00:00' FROM voter_records WHERE voter_id = 'CA1001'").await;
    assert_eq!(app.deliver().await, 2);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM notifications WHERE state = 'dropped' AND outcome = 'turned_off'").await,
        2
    );
    // And nothing new is written while they are off.
    event(&app, &county, "e2", "B1", "delivered", "2026-10-05T09:30:00-07:00", json!({})).await;
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM notifications").await, 2);
}

/// `voters` voters of Sacramento who take calls, each with a ballot just mailed: one call each
/// waits in the outbox. Their contact hours are the three hours around now (UTC), so that a
/// worker on the system clock may call them too.
async fn many_calls_waiting(app: &TestApp, voters: usize) {
    let mut roll = String::from("voter_id,county,first_name,last_name,date_of_birth,zip,status\n");
    for i in 0..voters {
        // Names are letters: the number written in letters a to j.
        let name: String = format!("{i:05}").bytes().map(|d| char::from(b'a' + d - b'0')).collect();
        roll.push_str(&format!("V{i:05},34,Voter,Z{name},1980-01-01,95814,active\n"));
    }
    assert_eq!(app.import_voters(&roll).await.counts.inserted, voters as u64);
    // Signing up thousands through the API is not the point here: methods and hours written directly.
    app.sql("INSERT INTO contact_methods (voter_record_id, kind, address, state, confirmed_at, created_at, updated_at) \
             SELECT id, 'voice', '+191655' || SUBSTR(voter_id, 2), 'on', updated_at, updated_at, updated_at FROM voter_records WHERE voter_id LIKE 'V%'").await;
    let hour =
        |h: i64| format!("{:02}:00", (ballot_api::clock::Clock::system().now().hour() as i64 + h).rem_euclid(24));
    app.sql(&format!(
        "INSERT INTO voter_preferences (voter_record_id, notifications_on, language, time_zone, contact_from, contact_until, updated_at) \
         SELECT id, TRUE, 'en', 'UTC', '{}', '{}', updated_at FROM voter_records WHERE voter_id LIKE 'V%'",
        hour(-1),
        hour(2)
    ))
    .await;
    let county = app.county_client_token("34").await;
    let election = json!([{"id": ELECTION, "name": "General Election", "election_day": "2026-11-03"}]);
    app.post_json(&county, "34/elections", &election).await;
    let ballots: Vec<Value> = (0..voters)
        .map(|i| json!({"ballot_id": format!("B{i}"), "voter_id": format!("V{i:05}"), "election": ELECTION, "delivery_method": "mail"}))
        .collect();
    app.post_json(&county, "34/ballots", &Value::Array(ballots)).await;
    let mailed = (ballot_api::clock::Clock::system().now() - chrono::Duration::hours(1)).to_rfc3339();
    let events: Vec<Value> = (0..voters)
        .map(|i| json!({"event_id": format!("e{i}"), "ballot_id": format!("B{i}"), "status": "mailed", "occurred_at": mailed}))
        .collect();
    app.post_json(&county, "34/ballot-events", &Value::Array(events)).await;
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM notifications WHERE state = 'pending'").await, voters as i64);
}

async fn provider_app(backend: Backend, provider: &FakeProvider, batch: u16) -> TestApp {
    spawn_app_with(backend, |s| {
        provider.configure(s);
        s.notify.batch = batch;
    })
    .await
}

/// Thousands of messages, two workers at once: each message reaches the provider once.
async fn two_workers_send_each_of_thousands_of_messages_once(backend: Backend) {
    const VOTERS: usize = 2_000;
    let provider = FakeProvider::start(&[]).await;
    let app = provider_app(backend, &provider, 50).await;
    many_calls_waiting(&app, VOTERS).await;
    let (first, second) = (app.worker.clone(), app.worker.clone());
    let drain = |worker: ballot_api::notify::worker::Worker| async move {
        let mut taken = 0;
        while let n @ 1.. = worker.run_once().await.unwrap() {
            taken += n;
        }
        taken
    };
    let (a, b) = tokio::join!(drain(first), drain(second));
    assert_eq!(a + b, VOTERS);
    let requests = provider.requests();
    assert_eq!(requests.len(), VOTERS, "no message was taken twice");
    let numbers: std::collections::HashSet<&str> = requests.iter().map(|r| r.field("To")).collect();
    assert_eq!(numbers.len(), VOTERS, "every voter was called once");
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM notifications WHERE state = 'sent'").await, VOTERS as i64);
    if backend == Backend::Postgres {
        // On PostgreSQL both workers had work (SQLite's single writer may let one take it all).
        assert!(a > 0 && b > 0, "{a} and {b}");
    }
}

/// Thousands of messages, two `ballot-tracker worker` processes with two worker threads each (on
/// SQLite, one each: two processes then take turns at the one writer): each message reaches the
/// provider once.
async fn two_worker_processes_with_two_threads_each_send_each_message_once(backend: Backend) {
    const VOTERS: usize = 2_000;
    let provider = FakeProvider::start(&[]).await;
    let app = provider_app(backend, &provider, 50).await;
    many_calls_waiting(&app, VOTERS).await;
    let workers = [worker_process(&app, &provider, 300, 2), worker_process(&app, &provider, 300, 2)];
    all_sent_within(&app, 120, "the workers did not finish").await;
    drop(workers);
    each_called_once(&provider.requests(), VOTERS);
}

/// `serve` as deployed by default: its own worker sends what is due, with no one asking.
async fn the_server_sends_by_itself_with_its_worker_on(backend: Backend) {
    const VOTERS: usize = 20;
    let provider = FakeProvider::start(&[]).await;
    let app = spawn_app_with(backend, |s| {
        provider.configure(s);
        s.notify.in_process = true;
        s.notify.workers = 2;
        s.notify.poll_seconds = 1;
    })
    .await;
    many_calls_waiting(&app, VOTERS).await;
    all_sent_within(&app, 30, "the server's worker did not send").await;
    each_called_once(&provider.requests(), VOTERS);
}

/// Waits until every message in the outbox is sent, failing after `seconds` with `what`.
async fn all_sent_within(app: &TestApp, seconds: u64, what: &str) {
    let waited = std::time::Instant::now();
    while app.count("SELECT COUNT(*) AS n FROM notifications WHERE state <> 'sent'").await > 0 {
        assert!(waited.elapsed() < std::time::Duration::from_secs(seconds), "{what}");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// The provider was asked to call each of `voters` numbers exactly once.
fn each_called_once(requests: &[ProviderRequest], voters: usize) {
    let numbers: std::collections::HashSet<&str> = requests.iter().map(|r| r.field("To")).collect();
    assert_eq!((requests.len(), numbers.len()), (voters, voters), "every voter called, once");
}

/// `ballot-tracker worker`, as its own process with `threads` workers, against this app's database
/// and provider.
fn worker_process(app: &TestApp, provider: &FakeProvider, lease_seconds: u32, threads: u16) -> tokio::process::Child {
    tokio::process::Command::new(env!("CARGO_BIN_EXE_ballot-tracker"))
        .arg("worker")
        .env("BALLOT_TRACKER_NOTIFY_WORKERS", threads.to_string())
        .env("DATABASE_URL", &app.database_url)
        .env("BALLOT_TRACKER_DATA_DIR", app.data_dir.path())
        .env("BALLOT_TRACKER_PUBLIC_URL", &app.address)
        .env("BALLOT_TRACKER_SMS_API_URL", &provider.url)
        .env("BALLOT_TRACKER_SMS_ACCOUNT", "AC123")
        .env("BALLOT_TRACKER_SMS_AUTH_TOKEN", SMS_TOKEN)
        .env("BALLOT_TRACKER_NOTIFY_BATCH", "50")
        .env("BALLOT_TRACKER_NOTIFY_CONCURRENCY", "8")
        .env("BALLOT_TRACKER_NOTIFY_POLL_SECONDS", "1")
        .env("BALLOT_TRACKER_NOTIFY_LEASE_SECONDS", lease_seconds.to_string())
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("ballot-tracker worker starts")
}

/// A worker killed in the middle of a batch, then started again: every message reaches the
/// provider as one message; those it was sending when it died go again with the same key.
async fn a_worker_killed_mid_batch_loses_nothing_and_doubles_nothing(backend: Backend) {
    const VOTERS: usize = 300;
    let provider = FakeProvider::start_with_delay(&[], std::time::Duration::from_millis(150)).await;
    let app = provider_app(backend, &provider, 50).await;
    many_calls_waiting(&app, VOTERS).await;
    let mut worker = worker_process(&app, &provider, 300, 1);
    // Killed (SIGKILL: no goodbye) part-way through its second batch of 50: eight calls at a time,
    // 150 ms each, leave about a second between its 60th call and the end of that batch.
    let waited = std::time::Instant::now();
    while provider.requests().len() < 60 {
        assert!(waited.elapsed() < std::time::Duration::from_secs(60), "the worker did not start sending");
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    worker.kill().await.unwrap();
    let held = app.count("SELECT COUNT(*) AS n FROM notifications WHERE state = 'sending'").await;
    assert!(held > 0, "killed while holding messages");
    let sent_before = app.count("SELECT COUNT(*) AS n FROM notifications WHERE state = 'sent'").await;
    assert!(sent_before < VOTERS as i64);

    // Started again, with a lease of 3 s rather than 5 minutes (so the test need not wait for the
    // dead worker's to run out), still longer than the second it takes to send a batch.
    let mut worker = worker_process(&app, &provider, 3, 1);
    all_sent_within(&app, 120, "the restarted worker did not finish").await;
    worker.kill().await.unwrap();
    each_called_once(&provider.created(), VOTERS);
    assert!(provider.requests().len() > VOTERS, "the calls in flight at the kill were asked for again");
}

/// A newer version (during a rolling update, say) may write a notice or a status this one does
/// not know: the message waits for a worker that knows it, the others still go, and the voter's
/// page leaves out only that step.
async fn words_a_newer_version_wrote_neither_stop_the_queue_nor_the_page(backend: Backend) {
    let app = spawn_app(backend).await;
    let (county, token) = jose_signed_up(&app).await;
    event(&app, &county, "e1", "B1", "mailed", "2026-10-05T09:00:00-07:00", json!({})).await;
    app.sql("UPDATE notifications SET notice = 'picked_up_by_drone' WHERE channel = 'voice'").await;
    app.sql(
        "INSERT INTO ballot_events (county_id, event_id, ballot_id, status, status_rank, occurred_at, occurred_on, \
         source, received_at) SELECT county_id, 'future', ballot_id, 'hovering', 3, occurred_at, occurred_on, source, \
         received_at FROM ballot_events",
    )
    .await;
    assert_eq!(app.deliver().await, 2);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM notifications WHERE state = 'sent'").await, 1);
    let waiting = "SELECT COUNT(*) AS n FROM notifications WHERE state = 'pending' AND notice = 'picked_up_by_drone' \
                   AND attempts = 0";
    assert_eq!(app.count(waiting).await, 1, "put back, its tries untouched");
    assert_eq!(app.deliver().await, 0, "not again before a while");
    let ballots = app.voter_get(&token, "/api/v1/voter/ballots").await;
    let timeline = ballots["ballots"][0]["timeline"].as_array().unwrap();
    assert_eq!(timeline.len(), 1, "{ballots}");
    assert_eq!(timeline[0]["status"], "mailed");

    // The ballot's own status a word this version does not know: its page shows the newest step
    // it does, and its messages wait.
    app.sql("UPDATE ballot_statuses SET status = 'hovering'").await;
    let ballots = app.voter_get(&token, "/api/v1/voter/ballots").await;
    assert_eq!(ballots["ballots"][0]["current"]["status"], "mailed", "{ballots}");
    event(&app, &county, "e2", "B1", "delivered", "2026-10-05T09:30:00-07:00", json!({})).await;
    app.sql("UPDATE ballot_statuses SET status = 'hovering'").await;
    let before = app.count("SELECT COUNT(*) AS n FROM notifications WHERE state = 'pending'").await;
    assert!(before >= 1);
    app.deliver().await;
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM notifications WHERE state = 'pending'").await, before);
}
