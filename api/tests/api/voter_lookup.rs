use std::num::NonZeroU32;

use jsonwebtoken::Algorithm;
use serde_json::{Value, json};

use crate::helpers::{Backend, ROLL, TestApp, jwt, problem, spawn_app, spawn_app_with};
use crate::on_both_backends;

on_both_backends!(
    one_match_starts_a_session,
    a_miss_never_says_which_detail_differed,
    several_matches_ask_for_the_voter_id,
    year_only_records_and_counties,
    lookups_are_rate_limited,
    voter_tokens_are_fully_checked,
);

async fn app_with_roll(backend: Backend) -> TestApp {
    let app = spawn_app(backend).await;
    app.import_voters(ROLL).await;
    app
}

fn form(first: &str, last: &str, dob: &str, zip: &str) -> Value {
    json!({"first_name": first, "last_name": last, "date_of_birth": dob, "zip": zip})
}

async fn one_match_starts_a_session(backend: Backend) {
    let app = app_with_roll(backend).await;
    // Case, accents, punctuation and spacing do not matter; ZIP+4 is fine.
    let response = app.post_voter_session(&form("JOSE", "obrien  smith", "01-23-1980", "95814-0001")).await;
    assert_eq!(response.status().as_u16(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["expires_in"], 1800);
    assert_eq!(body["voter"], json!({"name": "José O'Brien-Smith", "county": {"number": 34, "name": "Sacramento"}}));

    let token = body["token"].as_str().unwrap();
    let me = app.get_me(token).await;
    assert_eq!(me.status().as_u16(), 200);
    assert_eq!(me.json::<Value>().await.unwrap()["name"], "José O'Brien-Smith");

    // The token names an opaque id and the county, nothing personal.
    let claims = jwt::claims(token);
    assert_eq!(claims["county"], 34);
    let sub = claims["sub"].as_str().unwrap();
    assert!(!sub.contains("CA1001") && !token.contains("O'Brien"));
    let mut keys: Vec<&str> = claims.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(keys, ["aud", "county", "exp", "iat", "iss", "sid", "sub"]);
}

async fn a_miss_never_says_which_detail_differed(backend: Backend) {
    let app = app_with_roll(backend).await;
    let wrong_zip =
        problem(app.post_voter_session(&form("José", "O'Brien-Smith", "01-23-1980", "95815")).await, 404).await;
    assert_eq!(wrong_zip["type"], "/problems/voter-not-found");
    assert_eq!(wrong_zip["help_url"], "https://voterstatus.sos.ca.gov");
    let detail = wrong_zip["detail"].as_str().unwrap();
    assert!(detail.contains("exactly as") && detail.contains("few days"), "{detail}");

    let misses = [
        form("José", "O'Brien-Smith", "01-24-1980", "95814"),
        // Nicknames are not names: Jim is not James.
        form("Jim", "Kim", "02-02-1990", "90012"),
        // Inactive and cancelled registrations answer exactly like a miss.
        form("Robert", "Lee", "03-03-1960", "90012"),
        form("Li", "Wei", "05-05-1985", "90012"),
    ];
    for miss in misses {
        let body = problem(app.post_voter_session(&miss).await, 404).await;
        assert_eq!(body, wrong_zip, "{miss}");
    }
    let james = app.post_voter_session(&form("James", "Kim", "02-02-1990", "90012")).await;
    assert_eq!(james.status().as_u16(), 200);
}

async fn several_matches_ask_for_the_voter_id(backend: Backend) {
    let app = app_with_roll(backend).await;
    let maria = form("Maria", "Garcia", "06-01-1975", "95816");
    let body = problem(app.post_voter_session(&maria).await, 409).await;
    assert_eq!(body["type"], "/problems/voter-id-needed");
    assert!(body["detail"].as_str().unwrap().contains("voter notification card"), "{body}");
    assert!(body.get("help_url").is_none(), "no county contacts on record yet: {body}");

    // Once the county's elections office has contacts on record, the answer names them.
    app.ballot_tracker(&[
        "counties",
        "set",
        "34",
        "--phone",
        "(916) 555-0100",
        "--website",
        "https://example.org/vote",
    ])
    .await;
    let body = problem(app.post_voter_session(&maria).await, 409).await;
    let detail = body["detail"].as_str().unwrap();
    assert!(
        detail.contains("Sacramento County elections office: phone (916) 555-0100, website https://example.org/vote."),
        "{body}"
    );
    assert_eq!(body["help_url"], "https://example.org/vote");

    let mut with_id = maria.clone();
    with_id["voter_id"] = json!("ca1003");
    let response = app.post_voter_session(&with_id).await;
    assert_eq!(response.status().as_u16(), 200);

    with_id["voter_id"] = json!("CA1001");
    let body = problem(app.post_voter_session(&with_id).await, 404).await;
    assert_eq!(body["type"], "/problems/voter-not-found");
}

async fn year_only_records_and_counties(backend: Backend) {
    let app = app_with_roll(backend).await;
    // The county holds only Ann's birth year: any date in that year, or the year alone, finds her.
    assert_eq!(app.post_voter_session(&form("Ann", "Marsh", "07-04-1950", "96120")).await.status().as_u16(), 200);
    let by_year = json!({"first_name": "Ann", "last_name": "Marsh", "birth_year": "1950", "zip": "96120"});
    assert_eq!(app.post_voter_session(&by_year).await.status().as_u16(), 200);
    // A year alone is not enough where the county holds the full date…
    let tom = json!({"first_name": "Tom", "last_name": "Ford", "birth_year": "1970", "zip": "96120"});
    problem(app.post_voter_session(&tom).await, 404).await;
    // …unless the county asks only for the year (set by the operator's command).
    app.ballot_tracker(&["counties", "set", "02", "--birth-date-precision", "year"]).await;
    assert_eq!(app.post_voter_session(&tom).await.status().as_u16(), 200);
    let listing = app.ballot_tracker(&["counties", "list"]).await;
    assert!(listing.lines().any(|l| l.starts_with("02  Alpine") && l.contains("year")), "{listing}");
}

async fn lookups_are_rate_limited(backend: Backend) {
    let app = spawn_app_with(backend, |s| {
        s.lookups_per_identity_hour = NonZeroU32::new(2).unwrap();
        s.lookups_per_client_hour = NonZeroU32::new(5).unwrap();
    })
    .await;
    app.import_voters(ROLL).await;
    // Trying voter IDs for one person runs out after two attempts, whatever the ID.
    for voter_id in ["CA1", "CA2"] {
        let mut attempt = form("Maria", "Garcia", "06-01-1975", "95816");
        attempt["voter_id"] = json!(voter_id);
        problem(app.post_voter_session(&attempt).await, 404).await;
    }
    let mut third = form("Maria", "Garcia", "06-01-1975", "95816");
    third["voter_id"] = json!("CA1002");
    let response = app.post_voter_session(&third).await;
    let retry_after: u64 = response.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!(retry_after > 0);
    let body = problem(response, 429).await;
    assert_eq!(body["type"], "/problems/too-many-requests");

    // One client address runs out after five lookups of anyone.
    for _ in 0..2 {
        problem(app.post_voter_session(&form("Someone", "Else", "01-01-1990", "95814")).await, 404).await;
    }
    problem(app.post_voter_session(&form("José", "O'Brien-Smith", "01-23-1980", "95814")).await, 429).await;
}

async fn voter_tokens_are_fully_checked(backend: Backend) {
    let app = app_with_roll(backend).await;
    let response = app.post_voter_session(&form("José", "O'Brien-Smith", "01-23-1980", "95814")).await;
    let good: Value = response.json().await.unwrap();
    let claims = jwt::claims(good["token"].as_str().unwrap());
    let secret = std::fs::read_to_string(app.data_dir.path().join("token-secret")).unwrap();

    let sign = |claims: &Value, key: &[u8]| jwt::sign(claims, key, Algorithm::HS256);
    let with = |field: &str, value: Value| jwt::with(&claims, field, value);
    let now = ballot_api::clock::Clock::system().now().timestamp();
    let unsigned = jwt::unsigned(&claims);
    let hs512 = jwt::sign(&claims, secret.as_bytes(), Algorithm::HS512);
    let refused = [
        ("expired", sign(&with("exp", json!(now - 3600)), secret.as_bytes())),
        ("wrong audience", sign(&with("aud", json!("ballot-tracker:county")), secret.as_bytes())),
        ("wrong issuer", sign(&with("iss", json!("someone-else")), secret.as_bytes())),
        ("wrong key", sign(&claims, b"not-the-server-secret-not-the-server-secret")),
        ("alg none", unsigned),
        ("another algorithm", hs512),
        ("garbage", "not.a.token".to_owned()),
    ];
    for (why, token) in refused {
        let response = app.get_me(&token).await;
        assert_eq!(response.headers().get("www-authenticate").map(|v| v.to_str().unwrap()), Some("Bearer"), "{why}");
        problem(response, 401).await;
    }
    let missing = app.client.get(app.url("/api/v1/voter/me")).send().await.unwrap();
    problem(missing, 401).await;
    // A correctly signed, current token still works, so the refusals above were for the reasons given.
    let resigned = sign(&with("exp", json!(now + 600)), secret.as_bytes());
    assert_eq!(app.get_me(&resigned).await.status().as_u16(), 200);
}
