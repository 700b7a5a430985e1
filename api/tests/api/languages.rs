//! A voter whose browser asks for Spanish reads no English: every answer of the voter's journey,
//! problems included, is checked for English sentences (those of the English Fluent files) and for
//! English words in the fields people read.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::helpers::{Backend, JOSE, TestApp, english_in, english_sentences, problem, spawn_app};
use crate::on_both_backends;

on_both_backends!(a_spanish_speaking_voter_reads_no_english);

/// Answer fields that hold words for people (the rest are data: names, addresses, codes, URLs).
const PROSE_FIELDS: &[&str] = &["title", "detail", "message", "explanation", "steps", "county_contact"];

/// Fails on any English in the fields of `answer` that people read.
fn assert_no_english(answer: &Value, sentences: &BTreeSet<String>, context: &str) {
    let mut prose = Vec::new();
    collect_prose(answer, false, &mut prose);
    for text in prose {
        if let Some(english) = english_in(text, sentences) {
            panic!("{context}: English {english} in {text:?}");
        }
    }
}

fn collect_prose<'a>(value: &'a Value, is_prose: bool, out: &mut Vec<&'a str>) {
    match value {
        Value::String(text) if is_prose => out.push(text),
        Value::Array(items) => items.iter().for_each(|item| collect_prose(item, is_prose, out)),
        Value::Object(fields) => {
            for (name, field) in fields {
                collect_prose(field, is_prose || PROSE_FIELDS.contains(&name.as_str()), out);
            }
        }
        _ => {}
    }
}

/// A client whose every request asks for Spanish, as the web app does for a Spanish page.
fn spanish_client() -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::ACCEPT_LANGUAGE, "es-MX,es;q=0.9,en;q=0.5".parse().unwrap());
    reqwest::Client::builder().default_headers(headers).build().unwrap()
}

async fn a_spanish_speaking_voter_reads_no_english(backend: Backend) {
    let sentences = english_sentences();
    let mut app: TestApp = spawn_app(backend).await;
    let county = app.county_with_ballots(&[("B1", JOSE)]).await;
    app.sacramento_cure_details(&county).await;
    let event = |id: &str, status: &str, at: &str, extra: Value| {
        let mut row = json!({"event_id": id, "ballot_id": "B1", "status": status, "occurred_at": at});
        row.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        row
    };
    let events = json!([
        event("e1", "mailed", "2026-10-06T09:00:00-07:00", json!({})),
        event("e2", "in_review", "2026-10-20T09:00:00-07:00", json!({"reason": "signature_mismatch"})),
    ]);
    app.post_json(&county, "34/ballot-events", &events).await;
    app.client = spanish_client();
    let check = |answer: &Value, context: &str| assert_no_english(answer, &sentences, context);

    // Looking oneself up: not found, several matches, fields not filled in right.
    let miss =
        json!({"first_name": "José", "last_name": "O'Brien-Smith", "date_of_birth": "01-23-1980", "zip": "95815"});
    let answer = problem(app.post_voter_session(&miss).await, 404).await;
    assert!(answer["title"].as_str().unwrap().contains("padrón"), "{answer}");
    check(&answer, "not found");
    let twins = json!({"first_name": "Maria", "last_name": "Garcia", "date_of_birth": "06-01-1975", "zip": "95816"});
    check(&problem(app.post_voter_session(&twins).await, 409).await, "voter ID needed");
    let bad = json!({"first_name": "", "last_name": "Garcia", "date_of_birth": "13-45-1975", "zip": "1234"});
    let answer = problem(app.post_voter_session(&bad).await, 422).await;
    assert_eq!(answer["errors"].as_array().unwrap().len(), 3, "{answer}");
    check(&answer, "invalid fields");
    let both = json!({"first_name": "Ann", "last_name": "Marsh", "date_of_birth": "01-01-1950", "birth_year": "1950",
                      "zip": "96120"});
    check(&problem(app.post_voter_session(&both).await, 422).await, "date and year of birth");
    let future = json!({"first_name": "Ann", "last_name": "Marsh", "birth_year": "2999", "zip": "96120"});
    check(&problem(app.post_voter_session(&future).await, 422).await, "year of birth");
    // Written in Spanish, the answer keeps what its headers said.
    let unauthorized = app.get_me("not-a-token").await;
    let header = |response: &reqwest::Response, name: &str| {
        response.headers().get(name).map(|value| value.to_str().unwrap().to_owned()).unwrap_or_default()
    };
    assert_eq!(header(&unauthorized, "www-authenticate"), "Bearer");
    assert_eq!(header(&unauthorized, "content-language"), "es");
    assert!(header(&unauthorized, "vary").contains("Accept-Language"));
    check(&problem(unauthorized, 401).await, "unauthorized");

    // Signed in: the ballot with its signature problem, the preferences.
    let token = app.sign_in_jose().await;
    // The page's language (the request's) before the voter's own preference says Spanish.
    check(&app.voter_get(&token, "/api/v1/voter/ballots").await, "ballots, preference still English");
    let answer = app.client.get(app.url("/api/v1/voter/ballots")).bearer_auth(&token).send().await.unwrap();
    assert!(header(&answer, "vary").contains("Accept-Language"), "the answer depends on the language asked for");
    assert_eq!(app.patch_preferences(&token, &json!({"language": "es"})).await.status().as_u16(), 200);
    check(&app.voter_get(&token, "/api/v1/voter/me").await, "me");
    let ballots = app.voter_get(&token, "/api/v1/voter/ballots").await;
    assert!(!ballots["ballots"][0]["cure"]["steps"].as_array().unwrap().is_empty(), "{ballots}");
    check(&ballots, "ballots");
    check(&app.voter_get(&token, "/api/v1/voter/preferences").await, "preferences");

    // Changes the portal refuses, each with its reason.
    check(&problem(app.put_method_raw(&token, "email", "not-an-address").await, 422).await, "bad email");
    check(&problem(app.put_method_raw(&token, "sms", "555").await, 422).await, "bad number");
    let path = "/api/v1/voter/contact-methods/voice";
    check(&problem(app.voter_delete_raw(&token, path).await, 404).await, "no such method");
    check(&problem(app.request_code(&token, "email").await, 409).await, "code to an unconfirmed method");
    check(&problem(app.verify(&token, "12").await, 422).await, "code format");
    let answer = problem(app.patch_preferences(&token, &json!({"language": "xx"})).await, 422).await;
    check(&answer, "unsupported language");
    app.put_method(&token, "email", "jose@example.org", 200).await;
    let too_soon = app.resend_confirmation(&token, "email").await;
    assert!(header(&too_soon, "retry-after").parse::<u64>().unwrap() > 0);
    check(&problem(too_soon, 429).await, "confirmation sent too soon");
    check(&problem(app.confirm_email("not-a-real-token").await, 404).await, "confirmation link");
    let unsubscribe = app.client.post(app.url("/api/v1/unsubscribe/not-a-token")).send().await.unwrap();
    check(&problem(unsubscribe, 404).await, "unsubscribe link");
    check(&problem(app.get("/api/v1/no-such-thing").await, 404).await, "no such endpoint");
}

#[test]
fn the_check_finds_english() {
    let sentences = english_sentences();
    let english = json!({"title": "Not allowed", "detail": "Your session has ended or is not valid."});
    let caught = std::panic::catch_unwind(|| assert_no_english(&english, &sentences, "English"));
    assert!(caught.is_err());
    let spanish = json!({"title": "No permitido", "detail": "Su sesión terminó o no es válida.", "name": "The Name"});
    assert_no_english(&spanish, &sentences, "Spanish");
}
