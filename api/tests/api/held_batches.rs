//! Holds on suspicious county batches: the events are stored, their messages wait; an operator
//! releases (they go) or discards (none ever goes); viewers and other counties cannot decide.

use serde_json::{Value, json};

use crate::helpers::{Backend, JOSE, TestApp, problem, spawn_app_with};
use crate::on_both_backends;

on_both_backends!(a_held_batch_sends_nothing_until_released_and_nothing_at_all_when_discarded);

fn event(id: &str, ballot: &str, status: &str, at: &str) -> Value {
    json!({"event_id": id, "ballot_id": ballot, "status": status, "occurred_at": at})
}

async fn sent(app: &TestApp, notice: &str) -> i64 {
    app.count(&format!("SELECT COUNT(*) AS n FROM notifications WHERE notice = '{notice}' AND state = 'sent'")).await
}

async fn decide(app: &TestApp, token: &str, id: i64, what: &str) -> reqwest::Response {
    let url = app.url(&format!("/api/v1/counties/34/holds/{id}/{what}"));
    app.client.post(url).bearer_auth(token).send().await.unwrap()
}

async fn a_held_batch_sends_nothing_until_released_and_nothing_at_all_when_discarded(backend: Backend) {
    // A small county: half its ballots at once is suspicious, however few rows that is.
    let app = spawn_app_with(backend, |settings| {
        settings.hold_percent = 50;
        settings.hold_min_rows = 1;
    })
    .await;
    app.set_time("2026-10-01T16:00:00Z");
    let county = app.county_with_ballots(&[("B1", JOSE), ("B2", "CA1002"), ("B3", "CA1003")]).await;
    app.jose_with_trusted_email("jose@example.org").await;
    app.set_time("2026-10-06T18:00:00Z");
    let operator_login = app.enrolled_staff(Some("34"), "operator", "op@saccounty.example.gov").await;
    let viewer_login = app.enrolled_staff(Some("34"), "viewer", "viewer@saccounty.example.gov").await;
    let (operator, viewer) = (app.staff_token(&operator_login).await, app.staff_token(&viewer_login).await);

    // An ordinary batch goes as usual.
    let mailed = json!([
        event("m1", "B1", "mailed", "2026-10-06T16:00:00Z"),
        event("m2", "B2", "mailed", "2026-10-06T16:00:00Z"),
        event("m3", "B3", "mailed", "2026-10-06T16:00:00Z"),
    ]);
    app.post_json(&county, "34/ballot-events", &mailed).await;
    app.deliver().await;
    assert_eq!(sent(&app, "mailed").await, 1);

    // Events dated in the future (refused) make the rest of their batch suspect: stored, held.
    let wrong_clock = json!([
        {"event_id": "r1", "ballot_id": "B1", "status": "in_review", "reason": "signature_mismatch", "occurred_at": "2026-10-06T17:00:00Z"},
        event("x2", "B2", "delivered", "2026-10-09T16:00:00Z"),
    ]);
    let answer = app.post_json(&county, "34/ballot-events", &wrong_clock).await;
    assert_eq!((answer["stored"].as_i64(), answer["rejected"].as_i64()), (Some(1), Some(1)), "{answer}");
    app.deliver().await;
    assert_eq!(sent(&app, "in_review").await, 0, "held");
    let holds: Value = app.staff_get(&viewer, "counties/34/holds").await.json().await.unwrap();
    let first = &holds[0];
    assert_eq!((first["state"].as_str(), first["reasons"].clone()), (Some("held"), json!(["future_dates"])));
    assert_eq!(
        first["waiting"],
        json!([{"notice": "in_review", "channel": "email", "language": "en", "messages": 1}]),
        "{holds}"
    );
    let first = first["id"].as_i64().unwrap();

    // Discarded: nothing, ever; a decided batch cannot be decided again.
    let discarded: Value = decide(&app, &operator, first, "discard").await.json().await.unwrap();
    assert_eq!((discarded["state"].as_str(), discarded["messages"].as_i64()), (Some("discarded"), Some(1)));
    app.deliver().await;
    assert_eq!(sent(&app, "in_review").await, 0);
    problem(decide(&app, &operator, first, "release").await, 409).await;
    let status =
        app.staff_get(&viewer, "counties/34/ballots?ballot_id=B1&why=check").await.json::<Value>().await.unwrap();
    assert_eq!(status[0]["status"], "in_review", "the events themselves are stored");

    // The same file posted again changes nothing and tells no one: no new hold to look at.
    app.post_json(&county, "34/ballot-events", &wrong_clock).await;
    let holds: Value = app.staff_get(&viewer, "counties/34/holds").await.json().await.unwrap();
    assert_eq!(holds.as_array().unwrap().len(), 1, "{holds}");

    // Counted in one go, two thirds of the county: held for its share.
    app.set_time("2026-10-20T18:00:00Z");
    // Two weeks on, a new day's sessions.
    let (operator, viewer) = (app.staff_token(&operator_login).await, app.staff_token(&viewer_login).await);
    let la_operator = app.staff_member_token(Some("19"), "operator").await;
    let state_operator = app.staff_member_token(None, "operator").await;
    let counted = json!([
        event("a1", "B1", "accepted", "2026-10-20T16:00:00Z"),
        event("a2", "B2", "accepted", "2026-10-20T16:00:00Z"),
    ]);
    app.post_json(&county, "34/ballot-events", &counted).await;
    app.deliver().await;
    assert_eq!(sent(&app, "accepted").await, 0, "held");
    let holds: Value = app.staff_get(&operator, "counties/34/holds").await.json().await.unwrap();
    assert_eq!(holds[0]["reasons"], json!(["final_share"]), "{holds}");
    let second = holds[0]["id"].as_i64().unwrap();

    // Only an operator of the county, or the state's, decides.
    problem(decide(&app, &viewer, second, "release").await, 403).await;
    problem(decide(&app, &la_operator, second, "release").await, 403).await;
    problem(decide(&app, &county, second, "release").await, 401).await;
    let released: Value = decide(&app, &state_operator, second, "release").await.json().await.unwrap();
    assert_eq!((released["state"].as_str(), released["messages"].as_i64()), (Some("released"), Some(1)));
    app.deliver().await;
    assert_eq!(sent(&app, "accepted").await, 1);
    let all_sent = app.count("SELECT COUNT(*) AS n FROM notifications WHERE state = 'sent'").await;
    assert_eq!(all_sent, 2, "mailed, then accepted; never the discarded signature notice");

    // Both decisions are in Sacramento's audit log.
    let admin = app.staff_member_token(Some("34"), "admin").await;
    let log: Value = app.staff_get(&admin, "staff/audit").await.json().await.unwrap();
    let decisions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| l["action"].as_str().filter(|a| a.starts_with("hold_")))
        .collect();
    assert_eq!(decisions, ["hold_released", "hold_discarded"]);
}
