//! The built CSS, island bundle and public files. A path that no file of ours
//! can have (a segment longer than a file name may be, a control character) is
//! answered 404 before it reaches the file system, which would fail with 500.
//!
//! Files are sent compressed when the browser accepts it: the `.br` and `.gz`
//! files that `cargo leptos build --release --precompress` writes beside each
//! asset are sent as they are (compressed once, at build time, at the highest
//! level); without them the compression layer of the router compresses on the
//! fly. The CSS, JS and WebAssembly under their hashed names
//! (`app::assets`) are cached for a year as immutable; every other file for a
//! day, because its name stays when its content changes.

use std::convert::Infallible;

use axum::body::Body;
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tower::ServiceExt;
use tower::util::BoxCloneSyncService;
use tower_http::services::ServeDir;

/// Longest path segment, in bytes as sent (a file name is at most 255 bytes).
const MAX_SEGMENT: usize = 255;
const MAX_PATH: usize = 1024;

/// Whether a path could name one of our files at all.
pub fn plausible(path: &str) -> bool {
    path.len() <= MAX_PATH
        && path.split('/').all(|segment| {
            segment.len() <= MAX_SEGMENT && !segment.bytes().any(|b| b < 0x20 || b == 0x7f)
        })
}

/// A year: what a file whose name changes with its content may be cached for.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Every other file (the logo, the favicon): kept for a day without asking, so a
/// repeat visit the same day downloads only the HTML; a changed logo shows within
/// a day (its name does not change with its content).
const A_DAY: &str = "public, max-age=86400";

pub fn service(root: &str) -> BoxCloneSyncService<Request<Body>, Response, Infallible> {
    let files = ServeDir::new(root)
        .append_index_html_on_directories(false)
        .precompressed_br()
        .precompressed_gzip();
    BoxCloneSyncService::new(tower::service_fn(move |request: Request<Body>| {
        let files = files.clone();
        async move {
            if !plausible(request.uri().path()) {
                return Ok(StatusCode::NOT_FOUND.into_response());
            }
            let immutable = app::assets::current().is_immutable(request.uri().path());
            match files.oneshot(request).await {
                Ok(response) => {
                    let mut response = response.map(Body::new);
                    if response.status().is_success() {
                        let policy = if immutable { IMMUTABLE } else { A_DAY };
                        response
                            .headers_mut()
                            .insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
                    }
                    // A precompressed file is one of two answers for the same URL: a
                    // cache must keep them apart (ServeDir does not say so itself).
                    if response.headers().contains_key(header::CONTENT_ENCODING) {
                        response
                            .headers_mut()
                            .append(header::VARY, HeaderValue::from_static("accept-encoding"));
                    }
                    Ok(response)
                }
                Err(never) => match never {},
            }
        }
    }))
}

/// The names of the built files: hashed when cargo-leptos wrote `hash.txt`
/// beside this binary (as Leptos itself looks for it) and the hashed CSS is in
/// the site; otherwise (the tests, a build without `hash-files`) the plain names.
pub fn built_names(site_root: &str, pkg_dir: &str, name: &str) -> app::assets::Assets {
    let hash_file = std::env::var("LEPTOS_HASH_FILE_NAME").unwrap_or_else(|_| "hash.txt".into());
    let beside_binary = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join(&hash_file)));
    let hashed = beside_binary
        .and_then(|path| std::fs::read_to_string(path).ok())
        .and_then(|text| app::assets::Assets::from_hashes(pkg_dir, name, &text))
        .filter(|assets| {
            let there = std::path::Path::new(site_root).join(assets.css.trim_start_matches('/'));
            if !there.is_file() {
                tracing::warn!(css = %assets.css, "hash.txt names files the site does not have; serving plain names");
            }
            there.is_file()
        });
    hashed.unwrap_or_else(|| app::assets::Assets::plain(pkg_dir, name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_a_file_system_cannot_hold_are_not_looked_up() {
        assert!(plausible("/pkg/loket.css"));
        assert!(!plausible(&format!("/{}", "a".repeat(256))));
        assert!(!plausible("/pkg/\u{0}.css"));
        assert!(!plausible("/pkg/\t.css"));
        assert!(!plausible(&"/a".repeat(600)));
    }
}
