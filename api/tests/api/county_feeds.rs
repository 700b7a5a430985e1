//! County feeds: elections, ballots and status events, in every body format, in any order, once.

use serde_json::{Value, json};

use crate::helpers::{Backend, ELECTION, by_status, outcomes, problem, spawn_app};
use crate::on_both_backends;

on_both_backends!(
    a_batch_with_duplicates_bad_rows_and_late_events,
    json_ndjson_and_csv_bodies_are_the_same_batch,
    reissued_ballots_and_review_reasons,
    elections_and_ballots_are_checked,
    a_voter_who_moves_county_keeps_their_sign_up,
    concurrent_identical_batches_store_each_event_once,
    usps_scans_are_matched_or_kept,
    counties_post_voter_records_and_every_write_is_audited,
);

fn event(id: &str, ballot: &str, status: &str, at: &str) -> Value {
    json!({"event_id": id, "ballot_id": ballot, "status": status, "occurred_at": at})
}

async fn a_batch_with_duplicates_bad_rows_and_late_events(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.county_with_ballots(&[("B1", "CA1001"), ("B2", "CA1002")]).await;
    let batch = json!([
        event("e1", "B1", "mailed", "2026-10-06T09:00:00-07:00"),
        event("e3", "B1", "received", "2026-10-20T10:00:00-07:00"),
        // A USPS scan from before the county received the ballot, arriving after: kept, status stays.
        {"event_id": "e2", "ballot_id": "B1", "status": "in_transit", "occurred_at": "2026-10-08T06:00:00-07:00",
         "source": "usps", "expected_delivery_date": "2026-10-09"},
        event("e1", "B1", "mailed", "2026-10-06T09:00:00-07:00"),
        event("e4", "B-unknown", "mailed", "2026-10-06T09:00:00-07:00"),
        event("e5", "B2", "counted", "2026-10-06T09:00:00-07:00"),
        {"event_id": "e6", "ballot_id": "B2", "status": "not_accepted", "occurred_at": "2026-10-06T09:00:00-07:00"},
        event("e7", "B2", "mailed", "2026-10-06 09:00"),
        event("e8", "B2", "mailed", "2099-01-01T00:00:00Z"),
        {"event_id": "e9", "ballot_id": "B2", "status": "mailed", "reason": "late", "occurred_at": "2026-10-06T09:00:00Z"},
        {"ballot_id": "B2", "status": 7},
        event("e10", "B2", "mailed", "2026-10-06T16:00:00Z"),
    ]);
    let answer = app.post_json(&token, "34/ballot-events", &batch).await;
    assert_eq!(
        outcomes(&answer),
        [
            "accepted",
            "accepted",
            "accepted",
            "duplicate",
            "rejected",
            "rejected",
            "rejected",
            "rejected",
            "rejected",
            "rejected",
            "rejected",
            "accepted"
        ],
        "{answer}"
    );
    let reason = |index: usize| {
        let errors = answer["results"][index]["errors"].as_array().unwrap();
        errors
            .iter()
            .map(|e| format!("{}:{}", e["field"].as_str().unwrap(), e["code"].as_str().unwrap()))
            .collect::<Vec<_>>()
    };
    assert_eq!(reason(4), ["ballot_id:unknown_ballot"]);
    assert_eq!(reason(5), ["status:unknown"]);
    assert_eq!(reason(6), ["reason:required"]);
    assert_eq!(reason(7), ["occurred_at:format"]);
    assert_eq!(reason(8), ["occurred_at:in_future"]);
    assert_eq!(reason(9), ["reason:not_allowed"]);
    assert_eq!(reason(10), ["row:unreadable"]);
    assert_eq!((answer["received"].as_i64(), answer["stored"].as_i64()), (Some(12), Some(4)));
    assert_eq!((answer["unchanged"].as_i64(), answer["rejected"].as_i64()), (Some(1), Some(7)));

    let stats = app.stats(&token, "34").await;
    assert_eq!(by_status(&stats), [("mailed".to_owned(), 1), ("received".to_owned(), 1)].into());
    let days: Vec<(String, String, i64)> = stats["per_day"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["date"].as_str().unwrap().to_owned(),
                d["status"].as_str().unwrap().to_owned(),
                d["events"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        days,
        [
            ("2026-10-06".to_owned(), "mailed".to_owned(), 2),
            ("2026-10-08".to_owned(), "in_transit".to_owned(), 1),
            ("2026-10-20".to_owned(), "received".to_owned(), 1),
        ]
    );

    // The same batch again changes nothing.
    let again = app.post_json(&token, "34/ballot-events", &batch).await;
    assert_eq!((again["stored"].as_i64(), again["unchanged"].as_i64()), (Some(0), Some(5)), "{again}");
    assert_eq!(by_status(&app.stats(&token, "34").await), by_status(&stats));
}

async fn json_ndjson_and_csv_bodies_are_the_same_batch(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.county_with_ballots(&[("B1", "CA1001"), ("B2", "CA1002"), ("B3", "CA1003")]).await;
    let json_body = json!([
        event("j1", "B1", "mailed", "2026-10-06T09:00:00-07:00"),
        {"event_id": "j2", "ballot_id": "B1", "status": "in_review", "reason": "no_signature", "occurred_at": "2026-10-21T09:00:00-07:00"},
        event("j3", "B1", "bogus", "2026-10-06T09:00:00-07:00"),
    ]);
    let ndjson: String = json_body
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let mut row = row.clone();
            row["event_id"] = json!(row["event_id"].as_str().unwrap().replace('j', "n"));
            row["ballot_id"] = json!("B2");
            format!("{row}\n")
        })
        .collect();
    let csv = "event_id,ballot_id,status,reason,occurred_at,source,expected_delivery_date\n\
               c1,B3,mailed,,2026-10-06T09:00:00-07:00,,\n\
               c2,B3,in_review,no_signature,2026-10-21T09:00:00-07:00,county,\n\
               c3,B3,bogus,,2026-10-06T09:00:00-07:00,,\n";
    let mut answers = Vec::new();
    for (content_type, body) in [
        ("application/json", json_body.to_string()),
        ("application/x-ndjson", ndjson),
        ("text/csv; charset=utf-8", csv.to_owned()),
    ] {
        let response = app.post_batch(&token, "34/ballot-events", content_type, body).await;
        assert_eq!(response.status().as_u16(), 200, "{content_type}");
        answers.push(response.json::<Value>().await.unwrap());
    }
    for answer in &answers {
        assert_eq!(outcomes(answer), ["accepted", "accepted", "rejected"], "{answer}");
    }
    let stats = app.stats(&token, "34").await;
    assert_eq!(by_status(&stats), [("in_review".to_owned(), 3)].into());
    assert_eq!(stats["by_reason"], json!([{"status": "in_review", "reason": "no_signature", "ballots": 3}]));

    let xml = app.post_batch(&token, "34/ballot-events", "application/xml", "<events/>".into()).await;
    problem(xml, 415).await;
    let not_an_array = app.post_batch(&token, "34/ballot-events", "application/json", "{\"a\":1}".into()).await;
    problem(not_an_array, 400).await;
    let rows: Vec<Value> =
        (0..10_001).map(|i| event(&format!("x{i}"), "B1", "mailed", "2026-10-06T09:00:00Z")).collect();
    let too_many = app.post_batch(&token, "34/ballot-events", "application/json", Value::Array(rows).to_string()).await;
    let body = problem(too_many, 413).await;
    assert!(body["detail"].as_str().unwrap().contains("10000"), "{body}");
    // Nothing of the refused batches was stored.
    assert_eq!(by_status(&app.stats(&token, "34").await), [("in_review".to_owned(), 3)].into());
}

async fn reissued_ballots_and_review_reasons(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.county_with_ballots(&[("B1", "CA1001")]).await;
    app.post_json(&token, "34/ballot-events", &json!([event("e1", "B1", "undeliverable", "2026-10-08T09:00:00Z")]))
        .await;
    let reissue = json!([{"ballot_id": "B1-R", "voter_id": "CA1001", "election": ELECTION, "delivery_method": "mail",
        "outbound_imb": "00 700 123456 123456789 95814123401", "supersedes": "B1"}]);
    let answer = app.post_json(&token, "34/ballots", &reissue).await;
    assert_eq!(outcomes(&answer), ["created"], "{answer}");
    // Posting it again is a no-op, and does not supersede twice.
    assert_eq!(outcomes(&app.post_json(&token, "34/ballots", &reissue).await), ["unchanged"]);
    let stats = app.stats(&token, "34").await;
    assert_eq!(by_status(&stats), [("issued".to_owned(), 1), ("superseded".to_owned(), 1)].into());

    // The replacement is counted after review; a late event for the old ballot cannot revive it.
    let answer = app
        .post_json(
            &token,
            "34/ballot-events",
            &json!([
                {"event_id": "r1", "ballot_id": "B1-R", "status": "in_review", "reason": "signature_mismatch", "occurred_at": "2026-10-25T09:00:00Z"},
                event("r2", "B1-R", "accepted", "2026-10-28T09:00:00Z"),
                event("late", "B1", "received", "2026-10-29T09:00:00Z"),
            ]),
        )
        .await;
    assert_eq!(outcomes(&answer), ["accepted", "accepted", "accepted"]);
    let stats = app.stats(&token, "34").await;
    assert_eq!(by_status(&stats), [("accepted".to_owned(), 1), ("superseded".to_owned(), 1)].into());
    assert_eq!(stats["by_reason"], json!([]));
}

async fn elections_and_ballots_are_checked(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.county_with_ballots(&[]).await;
    let elections = json!([
        {"id": "special-2027", "name": "Special Election", "election_day": "2027-03-02", "cure_deadline": "2027-03-30"},
        {"id": "bad-dates", "name": "Bad", "election_day": "03/02/2027", "return_deadline": "2027-01-01"},
        {"id": ELECTION, "name": "General Election", "election_day": "2026-11-03"},
        {"id": "typo", "name": "Typo", "election_day": "+20261-11-03"},
        {"id": "short", "name": "Short", "election_day": "2026-1-3"},
    ]);
    let answer = app.post_json(&token, "34/elections", &elections).await;
    assert_eq!(outcomes(&answer), ["created", "rejected", "unchanged", "rejected", "rejected"], "{answer}");
    for rejected in [1, 3, 4] {
        assert_eq!(answer["results"][rejected]["errors"][0]["code"], "format", "{answer}");
    }
    // Another county holds the general election too: then Sacramento alone cannot rename it.
    let la = app.county_client_token("19").await;
    let joined = app.post_json(&la, "19/elections", &json!([elections[2]])).await;
    assert_eq!(outcomes(&joined), ["updated"], "{joined}");
    let renamed = json!([{"id": ELECTION, "name": "Renamed", "election_day": "2026-11-03"}]);
    let answer = app.post_json(&token, "34/elections", &renamed).await;
    assert_eq!(answer["results"][0]["errors"][0]["code"], "shared_election", "{answer}");
    // The command line acts as the state: it may change a shared election, and add counties to it.
    let printed = app
        .ballot_tracker(&[
            "elections",
            "set",
            "--id",
            ELECTION,
            "--name",
            "Renamed",
            "--election-day",
            "2026-11-03",
            "--counties",
            "34,19,1",
        ])
        .await;
    assert!(printed.contains("3 counties"), "{printed}");
    assert_eq!(outcomes(&app.post_json(&token, "34/elections", &renamed).await), ["unchanged"]);
    let alameda = app.county_client_token("01").await;
    assert_eq!(outcomes(&app.post_json(&alameda, "01/elections", &renamed).await), ["unchanged"]);

    let ballots = json!([
        {"ballot_id": "B1", "voter_id": "CA1001", "election": ELECTION, "delivery_method": "mail", "outbound_imb": "00700123456123456789"},
        {"ballot_id": "B2", "voter_id": "CA1006", "election": ELECTION, "delivery_method": "mail"},
        {"ballot_id": "B3", "voter_id": "CA9999", "election": ELECTION, "delivery_method": "mail"},
        {"ballot_id": "B4", "voter_id": "CA1002", "election": "no-such-election", "delivery_method": "mail"},
        {"ballot_id": "B5", "voter_id": "CA1002", "election": ELECTION, "delivery_method": "pigeon", "return_imb": "123"},
        {"ballot_id": "B1", "voter_id": "CA1001", "election": ELECTION, "delivery_method": "email"},
    ]);
    let answer = app.post_json(&token, "34/ballots", &ballots).await;
    assert_eq!(outcomes(&answer), ["created", "rejected", "rejected", "rejected", "rejected", "updated"], "{answer}");
    let codes: Vec<Vec<String>> = answer["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["errors"]
                .as_array()
                .map_or(vec![], |e| e.iter().map(|e| e["code"].as_str().unwrap().to_owned()).collect())
        })
        .collect();
    assert_eq!(codes[1], ["other_county"]);
    assert_eq!(codes[2], ["unknown_voter"]);
    assert_eq!(codes[3], ["unknown_election"]);
    assert_eq!(codes[4], ["unknown", "format"]);
}

async fn a_voter_who_moves_county_keeps_their_sign_up(backend: Backend) {
    let app = spawn_app(backend).await;
    let sacramento = app.county_with_ballots(&[("B1", "CA1001")]).await;
    let found = app
        .post_voter_session(
            &json!({"first_name": "José", "last_name": "O'Brien-Smith", "date_of_birth": "01-23-1980", "zip": "95814"}),
        )
        .await
        .json::<Value>()
        .await
        .unwrap();
    let session = found["token"].as_str().unwrap().to_owned();

    // José moves to Los Angeles: the state voter ID stays, the county and ZIP change. Los Angeles
    // cannot take over a registration that is still active in Sacramento…
    let los_angeles = app.county_client_token("19").await;
    let header = "voter_id,county,first_name,last_name,date_of_birth,zip,status\n";
    let moved = format!("{header}CA1001,19,José,O'Brien-Smith,1980-01-23,90012,active\n");
    let response = app.post_batch(&los_angeles, "19/voter-records", "text/csv", moved.clone()).await;
    let answer: Value = response.json().await.unwrap();
    assert_eq!(answer["results"][0]["errors"][0]["code"], "active_elsewhere", "{answer}");
    // …until Sacramento cancels it (or the state feed moves him, below).
    let cancelled = format!("{header}CA1001,34,José,O'Brien-Smith,1980-01-23,95814,cancelled\n");
    let response = app.post_batch(&sacramento, "34/voter-records", "text/csv", cancelled).await;
    assert_eq!(outcomes(&response.json::<Value>().await.unwrap()), ["updated"]);
    let response = app.post_batch(&los_angeles, "19/voter-records", "text/csv", moved).await;
    assert_eq!(outcomes(&response.json::<Value>().await.unwrap()), ["updated"]);
    let me: Value = app.get_me(&session).await.json().await.unwrap();
    assert_eq!(me["county"]["name"], "Los Angeles", "the same sign-up, now in the new county: {me}");

    app.post_json(
        &los_angeles,
        "19/elections",
        &json!([{"id": ELECTION, "name": "General Election", "election_day": "2026-11-03"}]),
    )
    .await;
    let ballot = json!([{"ballot_id": "LA-1", "voter_id": "CA1001", "election": ELECTION, "delivery_method": "mail"}]);
    assert_eq!(outcomes(&app.post_json(&los_angeles, "19/ballots", &ballot).await), ["created"]);
    // The old county can no longer issue ballots to the voter.
    let ballot = json!([{"ballot_id": "B9", "voter_id": "CA1001", "election": ELECTION, "delivery_method": "mail"}]);
    assert_eq!(outcomes(&app.post_json(&sacramento, "34/ballots", &ballot).await), ["rejected"]);

    // The state feed moves a voter directly: Maria (CA1002) from Sacramento to Los Angeles.
    let (state_id, state_secret) = app.create_client(None, "voters:write").await;
    let state = app.county_token(&state_id, &state_secret).await;
    let maria = format!("{header}CA1002,19,Maria,Garcia,1975-06-01,90012,active\n");
    let response = app.post_batch(&state, "19/voter-records", "text/csv", maria).await;
    assert_eq!(outcomes(&response.json::<Value>().await.unwrap()), ["updated"]);
}

async fn concurrent_identical_batches_store_each_event_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let ballots: Vec<(String, &str)> = (0..200).map(|i| (format!("B{i}"), "CA1001")).collect();
    let refs: Vec<(&str, &str)> = ballots.iter().map(|(b, v)| (b.as_str(), *v)).collect();
    let token = app.county_with_ballots(&refs).await;
    let batch: Vec<Value> = (0..200)
        .flat_map(|i| {
            [
                event(&format!("m{i}"), &format!("B{i}"), "mailed", "2026-10-06T09:00:00Z"),
                event(&format!("d{i}"), &format!("B{i}"), "delivered", "2026-10-09T09:00:00Z"),
            ]
        })
        .collect();
    // The same new ballots and voters posted twice at once: stored once, no failure.
    let ballots: Vec<Value> = (0..300)
        .map(|i| json!({"ballot_id": format!("N{i}"), "voter_id": "CA1002", "election": ELECTION, "delivery_method": "mail"}))
        .collect();
    let ballots = Value::Array(ballots).to_string();
    let voters: String = std::iter::once("voter_id,county,first_name,last_name,date_of_birth,zip,status\n".to_owned())
        .chain((0..300).map(|i| format!("CA9{i:04},34,New,Voter,1990-01-01,95814,active\n")))
        .collect();
    let (a, b, c, d) = tokio::join!(
        app.post_batch(&token, "34/ballots", "application/json", ballots.clone()),
        app.post_batch(&token, "34/ballots", "application/json", ballots.clone()),
        app.post_batch(&token, "34/voter-records", "text/csv", voters.clone()),
        app.post_batch(&token, "34/voter-records", "text/csv", voters.clone()),
    );
    let mut totals = Vec::new();
    for response in [a, b, c, d] {
        assert_eq!(response.status().as_u16(), 200);
        let answer: Value = response.json().await.unwrap();
        totals.push((answer["stored"].as_i64().unwrap(), answer["unchanged"].as_i64().unwrap()));
    }
    totals.sort();
    assert_eq!(totals, [(0, 300), (0, 300), (300, 0), (300, 0)]);

    let body = Value::Array(batch).to_string();
    let post = || app.post_batch(&token, "34/ballot-events", "application/json", body.clone());
    let (first, second, third) = tokio::join!(post(), post(), post());
    let mut stored = 0;
    let mut unchanged = 0;
    for response in [first, second, third] {
        assert_eq!(response.status().as_u16(), 200);
        let answer: Value = response.json().await.unwrap();
        stored += answer["stored"].as_i64().unwrap();
        unchanged += answer["unchanged"].as_i64().unwrap();
    }
    assert_eq!((stored, unchanged), (400, 800));
    assert_eq!(
        by_status(&app.stats(&token, "34").await),
        [("delivered".to_owned(), 200), ("issued".to_owned(), 300)].into()
    );

    // Two different batches about the same ballots at once, one in reverse order: the later stage
    // wins on every ballot, whichever transaction commits last.
    let received: Vec<Value> =
        (0..200).map(|i| event(&format!("r{i}"), &format!("B{i}"), "received", "2026-10-20T09:00:00Z")).collect();
    let scans: Vec<Value> = (0..200)
        .rev()
        .map(|i| event(&format!("s{i}"), &format!("B{i}"), "in_transit", "2026-10-30T09:00:00Z"))
        .collect();
    let (a, b) = tokio::join!(
        app.post_batch(&token, "34/ballot-events", "application/json", Value::Array(received).to_string()),
        app.post_batch(&token, "34/ballot-events", "application/json", Value::Array(scans).to_string()),
    );
    assert_eq!((a.status().as_u16(), b.status().as_u16()), (200, 200));
    assert_eq!(
        by_status(&app.stats(&token, "34").await),
        [("issued".to_owned(), 300), ("received".to_owned(), 200)].into()
    );
}

/// A ballot's stored expected delivery date (the voter's status page will show it; not in the API yet).
async fn expected_delivery(app: &crate::helpers::TestApp, ballot: &str) -> Option<String> {
    use ballot_api::db::schema::{ballot_statuses, ballots};
    use diesel::prelude::*;
    let (url, ballot) = (app.database_url.clone(), ballot.to_owned());
    tokio::task::spawn_blocking(move || {
        let settings = ballot_api::config::DatabaseSettings { database_url: url, db_pool_size: 1 };
        let database = ballot_api::db::Database::connect(&settings).unwrap();
        let mut conn = database.get(std::time::Duration::from_secs(10)).unwrap();
        ballot_statuses::table
            .inner_join(ballots::table)
            .filter(ballots::ballot_id.eq(ballot))
            .select(ballot_statuses::expected_delivery)
            .first::<Option<chrono::NaiveDate>>(&mut *conn)
            .unwrap()
            .map(|date| date.to_string())
    })
    .await
    .unwrap()
}

async fn usps_scans_are_matched_or_kept(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.county_with_ballots(&[]).await;
    let ballots = json!([
        {"ballot_id": "B1", "voter_id": "CA1001", "election": ELECTION, "delivery_method": "mail",
         "outbound_imb": "00700123456000000001", "return_imb": "00702123456000000001"},
        {"ballot_id": "B2", "voter_id": "CA1002", "election": ELECTION, "delivery_method": "mail",
         "outbound_imb": "00700123456000000002"},
    ]);
    app.post_json(&token, "34/ballots", &ballots).await;
    let scan = |imb: &str, op: &str, at: &str| json!({"imb": imb, "facility_zip": "95813", "operation_code": op, "scanned_at": at});
    let mut expected = scan("0070012345600000000295814123401", "919", "2026-10-07T22:14:00-07:00");
    expected["expected_delivery_date"] = json!("2026-10-09");
    let batch = json!([
        scan("00700123456000000001", "919", "2026-10-07T22:14:00-07:00"),
        expected,
        scan("00702123456000000001", "918", "2026-10-20T08:00:00-07:00"),
        scan("00700999999000000077", "919", "2026-10-07T22:14:00-07:00"),
        scan("123", "919", "2026-10-07T22:14:00-07:00"),
        scan("00700123456000000001", "919", "2026-10-07T22:14:00-07:00"),
    ]);
    let answer = app.post_json(&token, "34/usps-scans", &batch).await;
    assert_eq!(
        outcomes(&answer),
        ["accepted", "accepted", "accepted", "unmatched", "rejected", "duplicate"],
        "{answer}"
    );
    assert_eq!(answer["results"][4]["errors"][0]["field"], "imb");
    let stats = app.stats(&token, "34").await;
    assert_eq!(by_status(&stats), [("expected_delivery".to_owned(), 1), ("returned_by_voter".to_owned(), 1)].into());

    // Sent again, nothing is new; the unmatched scan was kept, so it is a duplicate too.
    let again = app.post_json(&token, "34/usps-scans", &batch).await;
    assert_eq!(outcomes(&again), ["duplicate", "duplicate", "duplicate", "duplicate", "rejected", "duplicate"]);

    // An older scan posted later does not replace the expected delivery date; a newer one does.
    assert_eq!(expected_delivery(&app, "B2").await.as_deref(), Some("2026-10-09"));
    let mut older = scan("00700123456000000002", "911", "2026-10-07T08:00:00-07:00");
    older["expected_delivery_date"] = json!("2026-10-12");
    let mut newer = scan("00700123456000000002", "912", "2026-10-08T08:00:00-07:00");
    newer["expected_delivery_date"] = json!("2026-10-10");
    app.post_json(&token, "34/usps-scans", &json!([older])).await;
    assert_eq!(expected_delivery(&app, "B2").await.as_deref(), Some("2026-10-09"));
    app.post_json(&token, "34/usps-scans", &json!([newer])).await;
    assert_eq!(expected_delivery(&app, "B2").await.as_deref(), Some("2026-10-10"));

    // The unmatched scan applies once a ballot with its barcode arrives.
    let late = json!([{"ballot_id": "B3", "voter_id": "CA1003", "election": ELECTION, "delivery_method": "mail",
                       "outbound_imb": "00700999999000000077"}]);
    assert_eq!(outcomes(&app.post_json(&token, "34/ballots", &late).await), ["created"]);
    let stats = app.stats(&token, "34").await;
    assert_eq!(
        by_status(&stats),
        [("expected_delivery".to_owned(), 1), ("in_transit".to_owned(), 1), ("returned_by_voter".to_owned(), 1)].into()
    );
    // Counties cannot post events in the tracker's own id namespace.
    let forged = json!([event("usps:00700999999000000077:919:0:95813", "B3", "received", "2026-10-20T09:00:00Z")]);
    let answer = app.post_json(&token, "34/ballot-events", &forged).await;
    assert_eq!(answer["results"][0]["errors"][0]["code"], "reserved", "{answer}");
}

async fn counties_post_voter_records_and_every_write_is_audited(backend: Backend) {
    use ballot_api::db::schema::audit_log;
    use diesel::prelude::*;

    let app = spawn_app(backend).await;
    let token = app.county_with_ballots(&[("B1", "CA1001")]).await;
    let records = "voter_id,county,first_name,last_name,date_of_birth,zip,status\n\
                   CA2001,34,Nguyen,Tran,1990-04-04,95820,active\n\
                   CA1001,34,José,O'Brien-Smith,1980-01-23,95818,active\n\
                   CA1002,34,Maria,Garcia,1975-06-01,95816,cancelled\n\
                   CA1003,34,Maria,Garcia,1975-06-01,95816,active\n\
                   CA3001,19,Other,County,1990-04-04,90012,active\n\
                   CA3002,34,,Nameless,1990-04-04,95820,active\n";
    let response = app.post_batch(&token, "34/voter-records", "text/csv", records.to_owned()).await;
    let answer: Value = response.json().await.unwrap();
    assert_eq!(outcomes(&answer), ["created", "updated", "updated", "unchanged", "rejected", "rejected"], "{answer}");
    assert_eq!(answer["results"][4]["errors"][0]["code"], "other_county");
    assert_eq!(answer["results"][5]["errors"][0]["field"], "first_name");
    // The new voter can sign up; the cancelled one no longer matches, so Maria is no longer ambiguous.
    let found = app
        .post_voter_session(
            &json!({"first_name": "Nguyen", "last_name": "Tran", "date_of_birth": "04-04-1990", "zip": "95820"}),
        )
        .await;
    assert_eq!(found.status().as_u16(), 200);
    let maria = app
        .post_voter_session(
            &json!({"first_name": "Maria", "last_name": "Garcia", "date_of_birth": "06-01-1975", "zip": "95816"}),
        )
        .await;
    assert_eq!(maria.status().as_u16(), 200);

    // Too many bytes is refused before anything is read or stored.
    let huge = format!("{}\n", "x".repeat(17 * 1024 * 1024));
    problem(app.post_batch(&token, "34/voter-records", "text/csv", huge).await, 413).await;

    // A large batch is stored in transactions of up to 1,000 events, each with its audit entry.
    let events: Vec<Value> =
        (0..2_100).map(|i| event(&format!("a{i}"), "B1", "mailed", "2026-10-06T09:00:00Z")).collect();
    let answer = app.post_json(&token, "34/ballot-events", &Value::Array(events)).await;
    assert_eq!(answer["stored"], 2_100);
    assert_eq!(answer["results"][2_099]["index"], 2_099);

    // Every write is in the audit log, with its counts and no row data.
    let url = app.database_url.clone();
    let entries: Vec<(String, i32, i32, i32, i32)> = tokio::task::spawn_blocking(move || {
        let database = ballot_api::db::Database::connect(&ballot_api::config::DatabaseSettings {
            database_url: url,
            db_pool_size: 1,
        })
        .unwrap();
        let mut conn = database.get(std::time::Duration::from_secs(10)).unwrap();
        audit_log::table
            .order(audit_log::id)
            .select((
                audit_log::endpoint,
                audit_log::received,
                audit_log::accepted,
                audit_log::unchanged,
                audit_log::rejected,
            ))
            .load(&mut *conn)
            .unwrap()
    })
    .await
    .unwrap();
    assert_eq!(
        entries,
        [
            ("elections".to_owned(), 1, 1, 0, 0),
            ("ballots".to_owned(), 1, 1, 0, 0),
            ("voter-records".to_owned(), 6, 3, 1, 2),
            ("ballot-events".to_owned(), 1_000, 1_000, 0, 0),
            ("ballot-events".to_owned(), 1_000, 1_000, 0, 0),
            ("ballot-events".to_owned(), 100, 100, 0, 0),
        ]
    );
}
