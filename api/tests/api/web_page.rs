//! How the server hands out the web front end: compressed copies, caching by name, the page's
//! Content-Security-Policy and the other headers a page needs to be safe to load. A small front end
//! is written into a temporary folder, laid out as `cargo xtask build-web` leaves `web/dist`.

use base64::Engine;
use sha2::{Digest, Sha256};

use crate::helpers::{Backend, spawn_app_with};
use crate::on_both_backends;

on_both_backends!(
    files_go_compressed_and_hash_named_ones_are_kept_for_a_year,
    every_page_has_a_strict_policy_that_allows_only_its_own_loader,
    voter_answers_are_never_stored_and_https_installations_ask_for_https,
    pages_answer_only_get_and_head,
);

const LOADER: &str = "\nimport init from '/app-0123456789abcdef.js';\nawait init();\n";

/// A front end as the build leaves it: `index.html` with Trunk's inline loader, a hash-named
/// script with its brotli and gzip copies, and a language's words.
fn built_front_end() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    };
    write(
        "index.html",
        format!("<!DOCTYPE html><html><head><script type=\"module\">{LOADER}</script></head></html>").as_bytes(),
    );
    write("app-0123456789abcdef.js", b"export default function init() {}");
    write("app-0123456789abcdef.js.br", b"brotli bytes");
    write("app-0123456789abcdef.js.gz", b"gzip bytes");
    write("locales/vi/ui.ftl", "signup-heading = Theo dõi lá phiếu".as_bytes());
    write(".env", b"SECRET=leaked");
    dir
}

async fn files_go_compressed_and_hash_named_ones_are_kept_for_a_year(backend: Backend) {
    let dist = built_front_end();
    let app = spawn_app_with(backend, |s| s.web_dir = dist.path().to_owned()).await;
    let get = |path: &'static str, encoding: &'static str| {
        app.client.get(app.url(path)).header("Accept-Encoding", encoding).send()
    };

    let brotli = get("/app-0123456789abcdef.js", "gzip, deflate, br").await.unwrap();
    assert_eq!(brotli.headers()["content-encoding"], "br");
    assert_eq!(brotli.headers()["cache-control"], "public, max-age=31536000, immutable");
    assert!(brotli.headers()["vary"].to_str().unwrap().contains("Accept-Encoding"));
    assert!(brotli.headers()["content-type"].to_str().unwrap().starts_with("text/javascript"));
    assert_eq!(brotli.bytes().await.unwrap(), "brotli bytes");

    let gzip = get("/app-0123456789abcdef.js", "gzip").await.unwrap();
    assert_eq!(gzip.headers()["content-encoding"], "gzip");
    assert_eq!(gzip.bytes().await.unwrap(), "gzip bytes");
    // Refused with q=0: the next best.
    let refused = get("/app-0123456789abcdef.js", "br;q=0, gzip").await.unwrap();
    assert_eq!(refused.headers()["content-encoding"], "gzip");
    let plain = get("/app-0123456789abcdef.js", "identity").await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    assert_eq!(plain.bytes().await.unwrap(), "export default function init() {}");

    // What keeps its name is checked again each time, and unchanged costs no body.
    let page = get("/", "identity").await.unwrap();
    assert_eq!(page.headers()["cache-control"], "no-cache");
    let etag = page.headers()["etag"].to_str().unwrap().to_owned();
    let again = app.client.get(app.url("/")).header("If-None-Match", &etag).send().await.unwrap();
    assert_eq!(again.status().as_u16(), 304);
    let words = get("/locales/vi/ui.ftl", "identity").await.unwrap();
    assert_eq!(words.headers()["cache-control"], "no-cache");
    assert!(words.text().await.unwrap().contains("lá phiếu"));

    // Only gzip: never brotli, and a file without a copy the client takes goes as it is.
    let only_gzip = get("/app-0123456789abcdef.js", "GZIP;Q=1, br;Q=0").await.unwrap();
    assert_eq!(only_gzip.headers()["content-encoding"], "gzip");

    // Hidden files are not served; a missing script or language file is a 404, never the page.
    for missing in ["/.env", "/app-ffffffffffffffff.js", "/locales/xx/ui.ftl", "/favicon.ico"] {
        let response = get(missing, "identity").await.unwrap();
        assert_eq!(response.status().as_u16(), 404, "{missing}");
        assert!(!response.text().await.unwrap().contains("SECRET"));
    }
    for api in ["/api", "/api/", "/api/v2/voter"] {
        assert_eq!(get(api, "identity").await.unwrap().status().as_u16(), 404, "{api}");
    }

    // The page's own routes (and links into it) get the page.
    let deep = get("/undo?token=abc", "identity").await.unwrap();
    assert_eq!(deep.status().as_u16(), 200);
    assert!(deep.text().await.unwrap().contains("import init"));
    // A path that climbs out of the folder gets the page too, never a file outside it.
    let climb = app.client.get(format!("{}/..%2F..%2Fetc%2Fpasswd", app.url(""))).send().await.unwrap();
    assert!(!climb.text().await.unwrap().contains("root:"));
}

async fn every_page_has_a_strict_policy_that_allows_only_its_own_loader(backend: Backend) {
    let dist = built_front_end();
    let app = spawn_app_with(backend, |s| s.web_dir = dist.path().to_owned()).await;
    let loader_hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(LOADER.as_bytes()));
    for path in ["/", "/confirm-email?token=x", "/app-0123456789abcdef.js", "/api/v1/site"] {
        let response = app.get(path).await;
        let policy = response.headers()["content-security-policy"].to_str().unwrap().to_owned();
        assert_eq!(
            policy,
            format!(
                "default-src 'none'; script-src 'self' 'sha256-{loader_hash}' 'wasm-unsafe-eval'; style-src 'self'; \
                 img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
            ),
            "{path}"
        );
        assert!(!policy.contains("unsafe-inline") && !policy.contains("http"), "no inline code, no third party");
        let permissions = response.headers()["permissions-policy"].to_str().unwrap();
        assert!(permissions.contains("camera=()") && permissions.contains("geolocation=()"), "{permissions}");
        assert_eq!(response.headers()["x-frame-options"], "DENY");
    }
}

async fn voter_answers_are_never_stored_and_https_installations_ask_for_https(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.public_url = Some("https://ballots.example.org".to_owned())).await;
    let session = app.post_voter_session(&serde_json::json!({"first_name": "Nobody"})).await;
    assert_eq!(session.status().as_u16(), 422);
    assert_eq!(session.headers()["cache-control"], "no-store", "errors too");
    for path in ["/api/v1/site", "/api/v1/voter/me", "/api/v1/no-such-thing"] {
        let response = app.get(path).await;
        assert_eq!(response.headers()["cache-control"], "no-store", "{path}");
        assert_eq!(response.headers()["strict-transport-security"], "max-age=63072000", "{path}");
    }
    // Plain http (a county's own small installation): no HSTS that would lock its users out.
    let plain = spawn_app_with(backend, |s| s.public_url = Some("http://127.0.0.1:8080".to_owned())).await;
    assert!(plain.get("/api/v1/site").await.headers().get("strict-transport-security").is_none());
}

async fn pages_answer_only_get_and_head(backend: Backend) {
    let dist = built_front_end();
    let app = spawn_app_with(backend, |s| s.web_dir = dist.path().to_owned()).await;
    let posted = app.client.post(app.url("/undo")).body("x").send().await.unwrap();
    assert_eq!(posted.status().as_u16(), 405);
    assert_eq!(posted.headers()["allow"], "GET, HEAD");
    let head = app.client.head(app.url("/")).send().await.unwrap();
    assert_eq!(head.status().as_u16(), 200);
}
