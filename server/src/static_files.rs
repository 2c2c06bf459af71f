//! The built CSS, island bundle and public files. A path that no file of ours
//! can have (a segment longer than a file name may be, a control character) is
//! answered 404 before it reaches the file system, which would fail with 500.

use std::convert::Infallible;

use axum::body::Body;
use axum::http::{Request, StatusCode};
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

pub fn service(root: &str) -> BoxCloneSyncService<Request<Body>, Response, Infallible> {
    let files = ServeDir::new(root).append_index_html_on_directories(false);
    BoxCloneSyncService::new(tower::service_fn(move |request: Request<Body>| {
        let files = files.clone();
        async move {
            if !plausible(request.uri().path()) {
                return Ok(StatusCode::NOT_FOUND.into_response());
            }
            match files.oneshot(request).await {
                Ok(response) => Ok(response.map(Body::new)),
                Err(never) => match never {},
            }
        }
    }))
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
