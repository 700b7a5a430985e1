use serde_json::{Value, json};

use crate::helpers::{Backend, problem, spawn_app};
use crate::on_both_backends;

on_both_backends!(
    every_invalid_field_is_listed_at_once,
    a_valid_form_reaches_the_lookup,
    bodies_that_are_not_the_form_get_a_clear_4xx,
);

fn codes_by_field(body: &Value) -> Vec<(String, String)> {
    body["errors"]
        .as_array()
        .expect("errors is a list")
        .iter()
        .map(|e| {
            assert!(e["message"].as_str().is_some_and(|m| !m.is_empty()), "{e}");
            (e["field"].as_str().unwrap().to_owned(), e["code"].as_str().unwrap().to_owned())
        })
        .collect()
}

async fn every_invalid_field_is_listed_at_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let body = problem(app.post_voter_session(&json!({})).await, 422).await;
    assert_eq!(body["type"], "/problems/invalid-fields");
    let expected =
        [("first_name", "required"), ("last_name", "required"), ("date_of_birth", "required"), ("zip", "required")];
    assert_eq!(codes_by_field(&body), expected.map(|(f, c)| (f.to_owned(), c.to_owned())));

    let body = problem(
        app.post_voter_session(&json!({
            "first_name": "Ana", "last_name": "L0pez", "date_of_birth": "01-01-1899", "zip": "SW1A 1AA", "voter_id": "CA-123"
        }))
        .await,
        422,
    )
    .await;
    let expected = [
        ("last_name", "characters"),
        ("date_of_birth", "too_early"),
        ("zip", "not_california"),
        ("voter_id", "format"),
    ];
    assert_eq!(codes_by_field(&body), expected.map(|(f, c)| (f.to_owned(), c.to_owned())));
    // The API speaks the shared crate's words, the ones the web form shows.
    let dob_message = body["errors"][1]["message"].as_str().unwrap();
    assert!(dob_message.contains("01-01-1900"), "{dob_message}");
}

async fn a_valid_form_reaches_the_lookup(backend: Backend) {
    let app = spawn_app(backend).await;
    for form in [
        json!({"first_name": "José", "last_name": "O'Brien-Smith", "date_of_birth": "01-23-1980", "zip": "95814-1234"}),
        json!({"first_name": "Ana", "last_name": "Lopez", "birth_year": "1980", "zip": "90001", "voter_id": "ca12345"}),
    ] {
        // The roll is empty, so a valid form is looked up and not found.
        let body = problem(app.post_voter_session(&form).await, 404).await;
        assert_eq!(body["type"], "/problems/voter-not-found");
    }
}

async fn bodies_that_are_not_the_form_get_a_clear_4xx(backend: Backend) {
    let app = spawn_app(backend).await;
    let url = app.url("/api/v1/voter/session");
    let send = |content_type: &'static str, body: String| {
        app.client.post(&url).header("content-type", content_type).body(body).send()
    };

    let body = problem(send("application/json", "{not json".into()).await.unwrap(), 400).await;
    assert_eq!(body["type"], "/problems/malformed-body");
    let body =
        problem(send("application/json", r#"{"first_name": "Ana", "shoe_size": 9}"#.into()).await.unwrap(), 400).await;
    assert!(body["detail"].as_str().unwrap().contains("shoe_size"), "{body}");
    let body = problem(send("application/json", r#"{"birth_year": 1980}"#.into()).await.unwrap(), 400).await;
    assert!(body["detail"].as_str().unwrap().contains("string"), "{body}");
    problem(send("text/plain", "first_name=Ana".into()).await.unwrap(), 415).await;
    let huge = format!(r#"{{"first_name": "{}"}}"#, "a".repeat(100_000));
    problem(send("application/json", huge).await.unwrap(), 413).await;
}
