//! The county read API: a ballot's whole history for the office phone, every list and filter with
//! its paging, CSV exports, and who may read what (clients by scope, staff by role and county),
//! with searches and exports in the audit log.

use serde_json::{Value, json};

use crate::helpers::{Backend, ELECTION, JOSE, TestApp, problem, spawn_app};
use crate::on_both_backends;

on_both_backends!(
    every_list_and_its_filters,
    a_ballots_history_says_what_the_voter_was_told,
    who_may_read_and_export,
    the_election_at_a_glance,
);

/// More Sacramento voters, one ballot each.
const MORE_VOTERS: &str = "\
voter_id,county,first_name,last_name,date_of_birth,zip,status
CA2001,34,Ana,Reyes,1970-01-01,95814,active
CA2002,34,Ben,Cho,1971-01-01,95814,active
CA2003,34,Cy,Dunn,1972-01-01,95814,active
CA2004,34,Di,Earl,1973-01-01,95814,active
CA2005,34,Ed,Fox,1974-01-01,95814,active
";

fn event(id: &str, ballot: &str, status: &str, at: &str) -> Value {
    json!({"event_id": id, "ballot_id": ballot, "status": status, "occurred_at": at})
}

/// Six Sacramento ballots, one at each condition a list looks for, on October 21; José (B1) has a
/// confirmed email and was told of his signature problem. Returns the county client's token.
async fn election_under_way(app: &TestApp) -> String {
    app.set_time("2026-10-01T16:00:00Z");
    app.import_voters(MORE_VOTERS).await;
    let ballots =
        [("B1", JOSE), ("B2", "CA2001"), ("B3", "CA2002"), ("B4", "CA2003"), ("B5", "CA2004"), ("B6", "CA2005")];
    let county = app.county_with_ballots(&ballots).await;
    app.jose_with_trusted_email("jose@example.org").await;
    let reason = |mut row: Value, reason: &str| {
        row["reason"] = json!(reason);
        row
    };
    let events = json!([
        event("m1", "B1", "mailed", "2026-10-06T16:00:00Z"),
        reason(event("r1", "B1", "in_review", "2026-10-20T16:00:00Z"), "signature_mismatch"),
        event("m2", "B2", "mailed", "2026-10-06T16:00:00Z"),
        event("m3", "B3", "mailed", "2026-10-18T16:00:00Z"),
        event("m4", "B4", "mailed", "2026-10-06T16:00:00Z"),
        event("u4", "B4", "undeliverable", "2026-10-09T16:00:00Z"),
        event("m5", "B5", "mailed", "2026-10-06T16:00:00Z"),
        event("d5", "B5", "delivered", "2026-10-09T16:00:00Z"),
        event("t5", "B5", "returned_by_voter", "2026-10-10T16:00:00Z"),
        event("m6", "B6", "mailed", "2026-10-06T16:00:00Z"),
        event("v6", "B6", "received", "2026-10-12T16:00:00Z"),
        reason(event("n6", "B6", "not_accepted", "2026-10-13T16:00:00Z"), "late"),
    ]);
    app.set_time("2026-10-21T16:00:00Z");
    let answer = app.post_json(&county, "34/ballot-events", &events).await;
    assert_eq!(answer["stored"], 12, "{answer}");
    app.deliver().await;
    county
}

async fn read_list(app: &TestApp, token: &str, list: &str, query: &str) -> Value {
    let response = app.staff_get(token, &format!("counties/34/lists/{list}?election={ELECTION}{query}")).await;
    assert_eq!(response.status().as_u16(), 200, "{list}{query}");
    response.json().await.unwrap()
}

fn ballot_ids(page: &Value) -> Vec<&str> {
    page["ballots"].as_array().unwrap().iter().map(|b| b["ballot_id"].as_str().unwrap()).collect()
}

async fn every_list_and_its_filters(backend: Backend) {
    let app = spawn_app(backend).await;
    election_under_way(&app).await;
    let (id, secret) = app.create_client(Some("34"), "ballots:read").await;
    let token = app.county_token(&id, &secret).await;

    let cure = read_list(&app, &token, "cure", "").await;
    assert_eq!(ballot_ids(&cure), ["B1"]);
    let jose = &cure["ballots"][0];
    assert_eq!((jose["voter_id"].as_str(), jose["reason"].as_str()), (Some(JOSE), Some("signature_mismatch")));
    assert_eq!(jose["last_notification"]["notice"], "in_review", "{cure}");
    assert_eq!(jose["last_notification"]["channel"], "email");
    assert_eq!(jose["last_notification"]["state"], "sent");
    assert!(jose["voter_seen_at"].is_null(), "José signed in before the problem, not since: {jose}");

    assert_eq!(ballot_ids(&read_list(&app, &token, "undeliverable", "").await), ["B4"]);
    // Mailed at least 7 days ago, not delivered: B2 (and B1's mailing is past that step).
    assert_eq!(ballot_ids(&read_list(&app, &token, "not_delivered", "").await), ["B2"]);
    assert_eq!(ballot_ids(&read_list(&app, &token, "not_delivered", "&days=2").await), ["B2", "B3"]);
    assert_eq!(ballot_ids(&read_list(&app, &token, "not_received", "").await), ["B5"]);
    assert!(ballot_ids(&read_list(&app, &token, "not_received", "&days=12").await).is_empty());
    assert_eq!(ballot_ids(&read_list(&app, &token, "not_accepted", "").await), ["B6"]);
    assert_eq!(ballot_ids(&read_list(&app, &token, "not_accepted", "&reason=late").await), ["B6"]);
    assert!(ballot_ids(&read_list(&app, &token, "not_accepted", "&reason=no_signature").await).is_empty());

    // Paging: one at a time, in the same order, each ballot once.
    let mut seen = Vec::new();
    let mut after = String::new();
    loop {
        let page = read_list(&app, &token, "not_delivered", &format!("&days=2&limit=1{after}")).await;
        seen.extend(ballot_ids(&page).into_iter().map(str::to_owned));
        match page["next"].as_str() {
            Some(next) => after = format!("&after={next}"),
            None => break,
        }
    }
    assert_eq!(seen, ["B2", "B3"]);

    // Questions it cannot answer get 4xx, naming the field.
    for (list, query, field) in [
        ("lost", "", "list"),
        ("not_delivered", "&days=-1", "days"),
        ("not_accepted", "&reason=bad_hair", "reason"),
        ("cure", "&after=abc", "after"),
        ("cure", "&limit=501", "limit"),
    ] {
        let response = app.staff_get(&token, &format!("counties/34/lists/{list}?election={ELECTION}{query}")).await;
        let body = problem(response, 422).await;
        assert_eq!(body["errors"][0]["field"], field, "{body}");
        assert!(!body["errors"][0]["message"].as_str().unwrap().is_empty());
    }
    let response = app.staff_get(&token, "counties/34/lists/cure?election=2020-11-03-general").await;
    problem(response, 404).await;
}

async fn a_ballots_history_says_what_the_voter_was_told(backend: Backend) {
    let app = spawn_app(backend).await;
    election_under_way(&app).await;
    let viewer = app.staff_member_token(Some("34"), "viewer").await;

    // Staff say why they look; the search is in the county's audit log.
    let response = app.staff_get(&viewer, "counties/34/ballots?ballot_id=B1").await;
    assert_eq!(problem(response, 422).await["errors"][0]["field"], "why");
    let found: Value =
        app.staff_get(&viewer, "counties/34/ballots?ballot_id=B1&why=voter%20called").await.json().await.unwrap();
    let history = &found[0];
    assert_eq!((history["ballot_id"].as_str(), history["election"].as_str()), (Some("B1"), Some(ELECTION)));
    let statuses: Vec<&str> =
        history["events"].as_array().unwrap().iter().map(|e| e["status"].as_str().unwrap()).collect();
    assert_eq!(statuses, ["mailed", "in_review"]);
    let told: Vec<(&str, &str)> = history["notifications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["notice"].as_str().unwrap(), n["state"].as_str().unwrap()))
        .collect();
    // One batch brought both events: the voter was told of the newest only.
    assert_eq!(told, [("in_review", "sent")], "{history}");
    assert_eq!(history["notifications"][0]["channel"], "email");

    // By voter ID, every ballot of the voter; nothing found is an empty list.
    let by_voter: Value = app
        .staff_get(&viewer, &format!("counties/34/ballots?voter_id={}&why=call", JOSE.to_lowercase()))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(by_voter.as_array().unwrap().len(), 1);
    let none: Value = app.staff_get(&viewer, "counties/34/ballots?ballot_id=B99&why=call").await.json().await.unwrap();
    assert_eq!(none, json!([]));
    let response = app.staff_get(&viewer, "counties/34/ballots?why=call").await;
    problem(response, 422).await;

    let admin = app.staff_member_token(Some("34"), "admin").await;
    let log: Value = app.staff_get(&admin, "staff/audit").await.json().await.unwrap();
    let searches: Vec<(&str, &str)> = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["action"] == "ballot_searched")
        .map(|l| (l["subject"].as_str().unwrap(), l["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(searches, [("ballot B99", "call"), ("voter CA1001", "call"), ("ballot B1", "voter called")]);
}

async fn who_may_read_and_export(backend: Backend) {
    let app = spawn_app(backend).await;
    let writer = election_under_way(&app).await;
    let sacramento_viewer = app.staff_member_token(Some("34"), "viewer").await;
    let sacramento_operator = app.staff_member_token(Some("34"), "operator").await;
    let la_operator = app.staff_member_token(Some("19"), "operator").await;
    let state_viewer = app.staff_member_token(None, "viewer").await;
    let la_client = {
        let (id, secret) = app.create_client(Some("19"), "ballots:read").await;
        app.county_token(&id, &secret).await
    };
    let stats_only = {
        let (id, secret) = app.create_client(Some("34"), "stats:read").await;
        app.county_token(&id, &secret).await
    };
    let cure = format!("counties/34/lists/cure?election={ELECTION}&why=cure%20calls");

    // The cure list is confidential: staff say why they open it (other lists need no reason).
    let unexplained = app.staff_get(&sacramento_viewer, &format!("counties/34/lists/cure?election={ELECTION}")).await;
    assert_eq!(problem(unexplained, 422).await["errors"][0]["field"], "why");
    let other =
        app.staff_get(&sacramento_viewer, &format!("counties/34/lists/undeliverable?election={ELECTION}")).await;
    assert_eq!(other.status().as_u16(), 200);

    // Reading: Sacramento's staff, the state's, and Sacramento's clients with ballots:read.
    for token in [&sacramento_viewer, &state_viewer] {
        assert_eq!(app.staff_get(token, &cure).await.status().as_u16(), 200);
    }
    // Not another county's staff or client, not a token without ballots:read (the feed's
    // writing token lacks it too), not a voter, not without a token.
    for token in [&la_operator, &la_client, &stats_only, &writer] {
        problem(app.staff_get(token, &cure).await, 403).await;
    }
    let voter = app.sign_in_jose().await;
    problem(app.staff_get(&voter, &cure).await, 401).await;
    problem(app.get(&format!("/api/v1/{cure}")).await, 401).await;

    // Exporting: operators (with a reason), not viewers.
    let export = format!("counties/34/exports/cure?election={ELECTION}");
    problem(app.staff_get(&sacramento_viewer, &format!("{export}&why=cure%20calls")).await, 403).await;
    problem(app.staff_get(&sacramento_operator, &export).await, 422).await;
    let response = app.staff_get(&sacramento_operator, &format!("{export}&why=cure%20calls")).await;
    assert_eq!(response.status().as_u16(), 200);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let disposition = response.headers()["content-disposition"].to_str().unwrap().to_owned();
    assert!(disposition.contains("CONFIDENTIAL-cure-county-34-2026-11-03-general.csv"), "{disposition}");
    let text = response.text().await.unwrap();
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let headers = rows.headers().unwrap().clone();
    let records: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 1);
    let field = |name: &str| records[0].get(headers.iter().position(|h| h == name).unwrap()).unwrap().to_owned();
    assert_eq!(
        (field("ballot_id"), field("voter_id"), field("last_notice")),
        ("B1".into(), JOSE.into(), "in_review".into())
    );
    // Another list's file is not marked confidential.
    let response = app
        .staff_get(
            &sacramento_operator,
            &format!("counties/34/exports/undeliverable?election={ELECTION}&why=mail%20check"),
        )
        .await;
    assert!(!response.headers()["content-disposition"].to_str().unwrap().contains("CONFIDENTIAL"));

    let admin = app.staff_member_token(Some("34"), "admin").await;
    let log: Value = app.staff_get(&admin, "staff/audit").await.json().await.unwrap();
    let exports: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["action"] == "list_exported")
        .map(|l| l["reason"].as_str().unwrap())
        .collect();
    assert_eq!(exports, ["mail check", "cure calls"]);
    // Who opened Sacramento's cure list, the state's staff included, is Sacramento's to know.
    let mut viewers: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["action"] == "list_viewed")
        .map(|l| l["staff"].as_str().unwrap())
        .collect();
    viewers.sort_unstable();
    assert_eq!(viewers, ["viewer.34@elections.example.gov", "viewer.state@elections.example.gov"]);
}

async fn the_election_at_a_glance(backend: Backend) {
    let app = spawn_app(backend).await;
    election_under_way(&app).await;
    let viewer = app.staff_member_token(Some("34"), "viewer").await;
    let response = app.staff_get(&viewer, &format!("counties/34/summary?election={ELECTION}")).await;
    assert_eq!(response.status().as_u16(), 200);
    let summary: Value = response.json().await.unwrap();
    assert_eq!(summary["ballots"], 6);
    let funnel: Vec<(&str, i64)> = summary["funnel"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["step"].as_str().unwrap(), s["ballots"].as_i64().unwrap()))
        .collect();
    // B4 undeliverable; B5 returned; B6 received and not accepted; B1 in review (received).
    assert_eq!(
        funnel,
        [
            ("issued", 6),
            ("mailed", 6),
            ("delivered", 3),
            ("returned", 3),
            ("received", 2),
            ("accepted", 0),
            ("not_accepted", 1)
        ]
    );
    let count = |field: &str, name: &str| {
        summary[field]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .map_or(0, |c| c["count"].as_i64().unwrap())
    };
    assert_eq!(count("not_accepted_reasons", "late"), 1);
    assert_eq!(
        ["cure", "undeliverable", "not_delivered", "not_received"].map(|list| count("stuck", list)),
        [1, 1, 1, 1]
    );
    assert_eq!((count("signed_up", "email"), summary["ballots_with_sign_up"].as_i64()), (1, Some(1)));
    let delivered = summary["deliveries"].as_array().unwrap();
    assert!(
        delivered.iter().any(|d| d["notice"] == "in_review" && d["state"] == "sent" && d["messages"] == 1),
        "{summary}"
    );
    let days: i64 = summary["per_day"].as_array().unwrap().iter().map(|d| d["events"].as_i64().unwrap()).sum();
    assert_eq!(days, 12);
    // Another county's staff cannot see it.
    let la = app.staff_member_token(Some("19"), "viewer").await;
    problem(app.staff_get(&la, &format!("counties/34/summary?election={ELECTION}")).await, 403).await;
}
