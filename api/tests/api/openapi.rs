use std::collections::BTreeSet;

use serde_json::Value;

use crate::helpers::{Backend, spawn_app};
use crate::on_both_backends;

const COMMITTED: &str = include_str!("../../../openapi.yaml");

#[test]
fn committed_openapi_matches_the_routes() {
    let generated = ballot_api::http::openapi::document_yaml();
    if generated != COMMITTED {
        let first_difference = generated.lines().zip(COMMITTED.lines()).position(|(a, b)| a != b);
        panic!(
            "openapi.yaml differs from the routes' document (first differing line: {first_difference:?}); \
             run `cargo xtask openapi` and commit the result"
        );
    }
}

/// Every operation in the committed document, as (method, path) with path parameters filled in.
fn documented_operations() -> BTreeSet<(String, String)> {
    let document: Value = serde_norway::from_str(COMMITTED).expect("openapi.yaml is YAML");
    let paths = document["paths"].as_object().expect("paths");
    assert!(!paths.is_empty());
    paths
        .iter()
        .flat_map(|(path, item)| {
            item.as_object().unwrap().keys().map(move |method| (method.to_uppercase(), path.replace(['{', '}'], "")))
        })
        .collect()
}

on_both_backends!(every_documented_operation_is_served);

async fn every_documented_operation_is_served(backend: Backend) {
    let app = spawn_app(backend).await;
    // A redirect is an answer of the documented route itself; where it leads is another matter.
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    for (method, path) in documented_operations() {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let response = client
            .request(method.clone(), app.url(&path))
            .header("content-type", "application/json")
            .body("{}")
            .send()
            .await
            .unwrap();
        let status = response.status();
        let body = response.text().await.unwrap();
        let problem_type = serde_json::from_str::<serde_json::Value>(&body).ok().map(|b| b["type"].clone());
        assert!(
            problem_type.as_ref().and_then(|t| t.as_str()) != Some("/problems/no-such-endpoint"),
            "{method} {path} is documented but not routed ({status})"
        );
    }
}
