use crate::helpers::{Backend, problem, spawn_app, spawn_app_with};
use crate::on_both_backends;

on_both_backends!(
    health_answers_ok,
    ready_checks_the_database,
    site_names_the_installation,
    unknown_routes_answer_with_a_problem,
    database_is_created_and_migrated_at_start,
    cors_allows_only_configured_origins,
);

async fn health_answers_ok(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app.get("/api/v1/health").await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
}

async fn ready_checks_the_database(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app.get("/api/v1/ready").await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.json::<serde_json::Value>().await.unwrap()["status"], "ok");
}

async fn site_names_the_installation(backend: Backend) {
    let app = spawn_app(backend).await;
    let body: serde_json::Value = app.get("/api/v1/site").await.json().await.unwrap();
    assert_eq!(body["name"], "Test Ballot Tracker");
}

async fn unknown_routes_answer_with_a_problem(backend: Backend) {
    let app = spawn_app(backend).await;
    let body = problem(app.get("/api/v1/no-such-thing").await, 404).await;
    assert_eq!(body["type"], "/problems/no-such-endpoint");
    let wrong_method = app.client.put(app.url("/api/v1/voter/session")).send().await.unwrap();
    assert!(wrong_method.status().is_client_error());
    problem(wrong_method, 404).await;
}

async fn database_is_created_and_migrated_at_start(backend: Backend) {
    let app = spawn_app(backend).await;
    // The development signing secret was generated into the data folder, readable by its owner only.
    let secret = app.data_dir.path().join("token-secret");
    assert_eq!(std::fs::read_to_string(&secret).unwrap().len(), 64);
    if backend == Backend::Sqlite {
        // A SQLite file in a folder that does not exist yet is created, and a restart on it re-migrates nothing.
        let dir = tempfile::tempdir().unwrap();
        let db_path = dir.path().join("nested/folder/tracker.db");
        let url = format!("sqlite://{}", db_path.display());
        for _ in 0..2 {
            let app = spawn_app_with(backend, |s| s.database.database_url = url.clone()).await;
            assert_eq!(app.get("/api/v1/ready").await.status().as_u16(), 200);
        }
        assert!(db_path.is_file());
    }
}

async fn cors_allows_only_configured_origins(backend: Backend) {
    let app = spawn_app(backend).await;
    let preflight = |origin: &'static str| {
        app.client
            .request(reqwest::Method::OPTIONS, app.url("/api/v1/voter/session"))
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type")
            .send()
    };
    let allowed = preflight("https://partner.example.org").await.unwrap();
    assert_eq!(allowed.headers()["access-control-allow-origin"], "https://partner.example.org");
    let refused = preflight("https://elsewhere.example.com").await.unwrap();
    assert!(refused.headers().get("access-control-allow-origin").is_none());
}
