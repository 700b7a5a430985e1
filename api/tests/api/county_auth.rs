//! County clients: the client-credentials grant and every way a county request is refused.

use jsonwebtoken::Algorithm;
use serde_json::{Value, json};

use crate::helpers::{Backend, ELECTION, TestApp, jwt, problem, spawn_app};
use crate::on_both_backends;

on_both_backends!(the_token_flow_and_its_refusals, county_tokens_are_fully_checked, scope_county_and_revocation);

fn election() -> Value {
    json!([{"id": ELECTION, "name": "General Election", "election_day": "2026-11-03"}])
}

async fn post_elections(app: &TestApp, token: &str, county: &str) -> reqwest::Response {
    app.post_batch(token, &format!("{county}/elections"), "application/json", election().to_string()).await
}

async fn the_token_flow_and_its_refusals(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, secret) = app.create_client(Some("34"), "ballots:write,stats:read").await;

    // Form fields.
    let response = app
        .request_token(&[("grant_type", "client_credentials"), ("client_id", &id), ("client_secret", &secret)])
        .await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers().get("cache-control").unwrap(), "no-store");
    let body: Value = response.json().await.unwrap();
    assert_eq!((body["token_type"].as_str(), body["expires_in"].as_i64()), (Some("Bearer"), Some(900)));
    assert_eq!(body["scope"], "ballots:write stats:read");

    // HTTP Basic, asking for fewer scopes.
    let response = app
        .client
        .post(app.url("/api/v1/oauth/token"))
        .basic_auth(&id, Some(&secret))
        .form(&[("grant_type", "client_credentials"), ("scope", "stats:read")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.json::<Value>().await.unwrap()["scope"], "stats:read");

    type Refusal<'a> = (&'a str, Vec<(&'a str, &'a str)>, u16, &'a str);
    let refusals: [Refusal; 6] = [
        ("wrong secret", vec![("client_id", &id), ("client_secret", "not-the-secret")], 401, "invalid_client"),
        ("unknown client", vec![("client_id", "btc_nobody"), ("client_secret", &secret)], 401, "invalid_client"),
        ("no credentials", vec![], 401, "invalid_client"),
        (
            "scope the client lacks",
            vec![("client_id", &id), ("client_secret", &secret), ("scope", "voters:write")],
            400,
            "invalid_scope",
        ),
        (
            "unknown scope",
            vec![("client_id", &id), ("client_secret", &secret), ("scope", "admin")],
            400,
            "invalid_scope",
        ),
        (
            "no grant type",
            vec![("client_id", &id), ("client_secret", &secret), ("grant_type", "")],
            400,
            "invalid_request",
        ),
    ];
    for (why, fields, status, error) in refusals {
        let mut form = fields.clone();
        if !form.iter().any(|(name, _)| *name == "grant_type") {
            form.push(("grant_type", "client_credentials"));
        }
        let form: Vec<(&str, &str)> = form.into_iter().filter(|(_, value)| !value.is_empty()).collect();
        let response = app.request_token(&form).await;
        if status == 401 {
            assert!(
                response.headers().get("www-authenticate").unwrap().to_str().unwrap().starts_with("Basic"),
                "{why}"
            );
        }
        let body = problem(response, status).await;
        assert_eq!(body["error"], error, "{why}: {body}");
    }
    let password_grant = app.request_token(&[("grant_type", "password"), ("client_id", &id)]).await;
    assert_eq!(problem(password_grant, 400).await["error"], "unsupported_grant_type");
    let both = app
        .client
        .post(app.url("/api/v1/oauth/token"))
        .basic_auth(&id, Some(&secret))
        .form(&[("grant_type", "client_credentials"), ("client_id", id.as_str()), ("client_secret", secret.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(problem(both, 400).await["error"], "invalid_request");
    let json_body = app.client.post(app.url("/api/v1/oauth/token")).json(&json!({"grant_type": "client_credentials"}));
    problem(json_body.send().await.unwrap(), 415).await;

    // The secret is stored hashed, never as given.
    let listed = app.ballot_tracker(&["clients", "list"]).await;
    assert!(listed.contains(&id) && !listed.contains(&secret), "{listed}");
}

async fn county_tokens_are_fully_checked(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, secret) = app.create_client(Some("34"), "ballots:write").await;
    let good = app.county_token(&id, &secret).await;
    assert_eq!(post_elections(&app, &good, "34").await.status().as_u16(), 200);

    let claims = jwt::claims(&good);
    assert_eq!((claims["sub"].as_str(), claims["county"].as_i64()), (Some(id.as_str()), Some(34)));
    let key = std::fs::read_to_string(app.data_dir.path().join("token-secret")).unwrap();
    let sign = |claims: &Value, key: &[u8]| jwt::sign(claims, key, Algorithm::HS256);
    let with = |field: &str, value: Value| jwt::with(&claims, field, value);
    let now = ballot_api::clock::Clock::system().now().timestamp();
    let unsigned = jwt::unsigned(&claims);
    let hs384 = jwt::sign(&claims, key.as_bytes(), Algorithm::HS384);
    // A voter's session token is signed by the same server but is for voters.
    app.import_voters(crate::helpers::ROLL).await;
    let voter_session = app
        .post_voter_session(
            &json!({"first_name": "José", "last_name": "O'Brien-Smith", "date_of_birth": "01-23-1980", "zip": "95814"}),
        )
        .await
        .json::<Value>()
        .await
        .unwrap();
    let refused = [
        ("expired", sign(&with("exp", json!(now - 3600)), key.as_bytes())),
        ("voter audience", sign(&with("aud", json!("ballot-tracker:voter")), key.as_bytes())),
        ("a voter's session token", voter_session["token"].as_str().unwrap().to_owned()),
        ("wrong issuer", sign(&with("iss", json!("someone-else")), key.as_bytes())),
        ("wrong key", sign(&claims, b"not-the-server-secret-not-the-server-secret")),
        ("alg none", unsigned),
        ("another algorithm", hs384),
        ("county changed in the token", sign(&with("county", json!(19)), key.as_bytes())),
        ("garbage", "not.a.token".to_owned()),
    ];
    for (why, token) in refused {
        let response = post_elections(&app, &token, "34").await;
        assert_eq!(response.status().as_u16(), 401, "{why}");
        problem(response, 401).await;
    }
    let no_token = app.client.post(app.url("/api/v1/counties/34/elections")).json(&election()).send().await.unwrap();
    problem(no_token, 401).await;
    // Re-signed with a fresh expiry, the same claims work: the refusals were for the reasons given.
    let resigned = sign(&with("exp", json!(now + 600)), key.as_bytes());
    assert_eq!(post_elections(&app, &resigned, "34").await.status().as_u16(), 200);
}

async fn scope_county_and_revocation(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, secret) = app.create_client(Some("34"), "ballots:write stats:read").await;
    let token = app.county_token(&id, &secret).await;

    // Another county's endpoints are not this client's.
    let body = problem(post_elections(&app, &token, "19").await, 403).await;
    assert!(body["detail"].as_str().unwrap().contains("county 34 only"), "{body}");
    problem(post_elections(&app, &token, "99").await, 404).await;
    problem(post_elections(&app, &token, "sacramento").await, 404).await;

    // A token asked for with fewer scopes has only those.
    let response = app
        .request_token(&[
            ("grant_type", "client_credentials"),
            ("client_id", &id),
            ("client_secret", &secret),
            ("scope", "stats:read"),
        ])
        .await;
    let stats_only = response.json::<Value>().await.unwrap()["access_token"].as_str().unwrap().to_owned();
    let body = problem(post_elections(&app, &stats_only, "34").await, 403).await;
    assert!(body["detail"].as_str().unwrap().contains("ballots:write"), "{body}");
    // A voters:write-only client cannot post ballots either.
    let (voters_id, voters_secret) = app.create_client(Some("34"), "voters:write").await;
    let voters_token = app.county_token(&voters_id, &voters_secret).await;
    problem(post_elections(&app, &voters_token, "34").await, 403).await;

    // The state-level client acts for every county.
    let (state_id, state_secret) = app.create_client(None, "ballots:write").await;
    let state_token = app.county_token(&state_id, &state_secret).await;
    for county in ["01", "34", "58"] {
        assert_eq!(post_elections(&app, &state_token, county).await.status().as_u16(), 200, "{county}");
    }

    // Revoking a client stops its current tokens and its token requests at once.
    assert_eq!(post_elections(&app, &token, "34").await.status().as_u16(), 200);
    let printed = app.ballot_tracker(&["clients", "revoke", &id]).await;
    assert!(printed.contains("revoked"), "{printed}");
    problem(post_elections(&app, &token, "34").await, 401).await;
    let response = app
        .request_token(&[("grant_type", "client_credentials"), ("client_id", &id), ("client_secret", &secret)])
        .await;
    problem(response, 401).await;
    // Other clients are untouched.
    assert_eq!(post_elections(&app, &state_token, "34").await.status().as_u16(), 200);
}
