//! The built web front end (`web/dist`), served from memory: each file read once at start, with
//! the brotli and gzip copies `cargo xtask build-web` writes beside it, chosen by the browser's
//! `Accept-Encoding`. Files whose names carry a content hash never change, so browsers keep them
//! for a year; `index.html` and the language files are checked again each time (ETag). Every
//! answer carries the page's Content-Security-Policy, which allows the one inline script Trunk
//! writes into `index.html` by its hash.
//!
//! Any other method than GET or HEAD on a page answers 405.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, web};
use base64::Engine;
use sha2::{Digest, Sha256};

/// How long a browser keeps a file whose name changes with its content.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// A file that keeps its name: checked again on every use.
const REVALIDATE: &str = "no-cache";

/// One file, as stored and as compressed.
struct WebFile {
    content_type: &'static str,
    identity: web::Bytes,
    brotli: Option<web::Bytes>,
    gzip: Option<web::Bytes>,
    etag: String,
    cache_control: &'static str,
}

/// Every file of the built front end, and the policy its pages are loaded under.
pub struct WebFiles {
    files: HashMap<String, WebFile>,
    content_security_policy: String,
}

impl WebFiles {
    /// Reads every file under `dir` (the `.br` and `.gz` copies become the compressed forms of
    /// their originals). Hidden files and folders (`.git`, `.env`, Trunk's `.stage`) and symbolic
    /// links are never served; a file that cannot be read is left out, and said so in the log.
    pub fn load(dir: &Path) -> std::io::Result<Self> {
        let mut paths = Vec::new();
        walk(dir, &mut paths)?;
        let mut files = HashMap::new();
        for path in &paths {
            let name = path.to_string_lossy();
            if name.ends_with(".br") || name.ends_with(".gz") {
                continue;
            }
            let relative = path.strip_prefix(dir).expect("walked from dir").to_string_lossy().replace('\\', "/");
            let identity = match std::fs::read(path) {
                Ok(bytes) => web::Bytes::from(bytes),
                Err(error) => {
                    tracing::warn!(file = %relative, %error, "a file of the web front end cannot be read; not served");
                    continue;
                }
            };
            let companion = |suffix: &str| {
                let mut with_suffix = path.clone().into_os_string();
                with_suffix.push(suffix);
                std::fs::read(PathBuf::from(with_suffix)).ok().map(web::Bytes::from)
            };
            let digest = Sha256::digest(&identity);
            let etag = format!("\"{}\"", digest[..12].iter().map(|b| format!("{b:02x}")).collect::<String>());
            let file_name = relative.rsplit('/').next().unwrap_or_default();
            files.insert(
                relative.clone(),
                WebFile {
                    content_type: content_type(&relative),
                    brotli: companion(".br"),
                    gzip: companion(".gz"),
                    etag,
                    cache_control: if named_by_hash(file_name) { IMMUTABLE } else { REVALIDATE },
                    identity,
                },
            );
        }
        let inline_scripts =
            files.get("index.html").map(|index| inline_script_hashes(&index.identity)).unwrap_or_default();
        Ok(Self { files, content_security_policy: content_security_policy(&inline_scripts) })
    }

    /// The policy every page is loaded under (also sent with the API's answers, where it forbids
    /// everything a document could do).
    pub fn content_security_policy(&self) -> &str {
        &self.content_security_policy
    }

    /// The policy when no front end is served.
    pub fn no_page_policy() -> String {
        content_security_policy(&[])
    }

    /// The answer for a GET of `path`: the file; for a path of the page's own (no file name
    /// extension, such as `/undo`), `index.html`; else 404, so a missing script or language file is
    /// never answered with a page.
    pub fn answer(&self, request: &HttpRequest) -> HttpResponse {
        if !matches!(*request.method(), actix_web::http::Method::GET | actix_web::http::Method::HEAD) {
            return HttpResponse::MethodNotAllowed().insert_header((header::ALLOW, "GET, HEAD")).finish();
        }
        let path = request.path().trim_start_matches('/');
        let last_segment = path.rsplit('/').next().unwrap_or_default();
        let page_route = !last_segment.contains('.') && !path.starts_with("locales/");
        let file = self.files.get(path).or_else(|| page_route.then(|| self.files.get("index.html")).flatten());
        let Some(file) = file else {
            return HttpResponse::NotFound().finish();
        };
        let accepted = accepted_encodings(request);
        let (body, encoding) = match (&file.brotli, &file.gzip) {
            (Some(brotli), _) if accepted.brotli => (Some(brotli.clone()), Some("br")),
            (_, Some(gzip)) if accepted.gzip => (Some(gzip.clone()), Some("gzip")),
            _ => (None, None),
        };
        let etag = match encoding {
            Some(encoding) => format!("{}-{encoding}\"", file.etag.trim_end_matches('"')),
            None => file.etag.clone(),
        };
        let unchanged = request.headers().get(header::IF_NONE_MATCH).is_some_and(|tags| {
            tags.to_str().is_ok_and(|tags| tags.split(',').any(|tag| tag.trim().trim_start_matches("W/") == etag))
        });
        let mut response = if unchanged { HttpResponse::NotModified() } else { HttpResponse::Ok() };
        response
            .insert_header((header::CACHE_CONTROL, file.cache_control))
            .insert_header((header::ETAG, etag))
            .insert_header((header::VARY, "Accept-Encoding"));
        if unchanged {
            return response.finish();
        }
        response.insert_header((header::CONTENT_TYPE, file.content_type));
        if let Some(encoding) = encoding {
            // Already compressed: the server must not compress it again.
            response.insert_header((header::CONTENT_ENCODING, HeaderValue::from_static(encoding)));
        }
        response.body(body.unwrap_or_else(|| file.identity.clone()))
    }
}

/// Every regular file under `dir`, skipping hidden names and symbolic links.
fn walk(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let kind = entry.file_type()?;
        if kind.is_dir() {
            walk(&entry.path(), found)?;
        } else if kind.is_file() {
            found.push(entry.path());
        }
    }
    Ok(())
}

/// The compressed forms a request accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Accepted {
    brotli: bool,
    gzip: bool,
}

/// What `Accept-Encoding` accepts (`q=0` refuses an encoding).
fn accepted_encodings(request: &HttpRequest) -> Accepted {
    let header = request.headers().get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let accepts = |wanted: &str| {
        header.split(',').any(|entry| {
            let mut parts = entry.split(';').map(str::trim);
            let refused = |p: &str| {
                let p = p.to_ascii_lowercase();
                p.strip_prefix("q=").is_some_and(|q| q.trim().parse::<f32>().is_ok_and(|q| q <= 0.0))
            };
            parts.next().is_some_and(|name| name.eq_ignore_ascii_case(wanted)) && !parts.any(refused)
        })
    };
    Accepted { brotli: accepts("br"), gzip: accepts("gzip") }
}

/// Trunk names the files it builds `name-<16 hex digits>.ext`; copied folders keep their names.
fn named_by_hash(file_name: &str) -> bool {
    let stem = file_name.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| hash.len() == 16 && hash.chars().all(|c| c.is_ascii_hexdigit()))
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "ftl" => "text/plain; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// `'sha256-…'` of each inline `<script>` in a page (Trunk's loader), over its text as a browser
/// has it: line ends read as `\n`.
fn inline_script_hashes(html: &[u8]) -> Vec<String> {
    let html = String::from_utf8_lossy(html).replace("\r\n", "\n").replace('\r', "\n");
    let mut hashes = Vec::new();
    let mut rest = html.as_str();
    while let Some(start) = rest.find("<script") {
        let after_tag = &rest[start..];
        let Some(open_end) = after_tag.find('>') else { break };
        let opening = &after_tag[..open_end];
        let body_and_rest = &after_tag[open_end + 1..];
        let Some(close) = body_and_rest.find("</script>") else { break };
        if !opening.contains(" src=") {
            let digest = Sha256::digest(&body_and_rest.as_bytes()[..close]);
            hashes.push(format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest)));
        }
        rest = &body_and_rest[close..];
    }
    hashes
}

/// Scripts only from this origin (and the inline loader by its hash), wasm compiled, calls only
/// to this origin, nothing framed, no plugin, no third party.
fn content_security_policy(inline_scripts: &[String]) -> String {
    let scripts = std::iter::once("'self'".to_owned())
        .chain(inline_scripts.iter().cloned())
        .chain(std::iter::once("'wasm-unsafe-eval'".to_owned()))
        .collect::<Vec<_>>()
        .join(" ");
    format!(
        "default-src 'none'; script-src {scripts}; style-src 'self'; img-src 'self'; connect-src 'self'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunk_hashed_names_are_told_apart() {
        assert!(named_by_hash("ballot-web-2a61b7005aea01b4_bg.wasm"));
        assert!(named_by_hash("ballot-web-2a61b7005aea01b4.js"));
        assert!(named_by_hash("style-1e5e7ccbd933e2bc.css"));
        assert!(!named_by_hash("index.html"));
        assert!(!named_by_hash("ui.ftl"));
        assert!(!named_by_hash("zh-Hant"));
    }

    #[test]
    fn the_inline_loader_is_allowed_by_its_hash_only() {
        let html =
            b"<html><script type=\"module\">import init from '/a.js';</script><script src=\"/x.js\"></script></html>";
        let hashes = inline_script_hashes(html);
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"import init from '/a.js';"));
        assert_eq!(hashes, [format!("'sha256-{expected}'")]);
        let policy = content_security_policy(&hashes);
        assert!(policy.starts_with("default-src 'none'; script-src 'self' 'sha256-"), "{policy}");
        assert!(!policy.contains("unsafe-inline") && policy.contains("'wasm-unsafe-eval'"), "{policy}");
    }
}
