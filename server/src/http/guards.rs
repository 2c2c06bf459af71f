//! Guards around every request: posts must come from our own pages, and every
//! error answer is a real page with the help block.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

use crate::AppState;

/// Refuses a POST whose `Origin` (or `Sec-Fetch-Site`) shows it came from another
/// site. The SameSite cookie already blocks most cross-site posts; this closes the rest.
pub async fn check_origin(request: Request, next: Next) -> Response {
    if request.method() == Method::POST && !same_origin(request.headers()) {
        tracing::warn!("cross-site POST refused");
        return StatusCode::FORBIDDEN.into_response();
    }
    next.run(request).await
}

fn same_origin(headers: &HeaderMap) -> bool {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(origin) = text("origin") {
        let host = text("host").unwrap_or("");
        let origin_host = origin.split_once("://").map(|(_, rest)| rest).unwrap_or("");
        return !host.is_empty() && origin_host == host;
    }
    // Without Origin (old browsers, tools), fall back to Fetch Metadata when present.
    !matches!(text("sec-fetch-site"), Some("cross-site"))
}

/// Turns any error answer that is not already a page (axum's rejections, a
/// too-large body, a wrong method, a panic) into our own page.
pub async fn error_pages(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let lang = app::i18n::lang_of(request.headers());
    let display = app::display::from_headers(request.headers());
    let response = next.run(request).await;
    let status = response.status();
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !(status.is_client_error() || status.is_server_error()) || is_html {
        return response;
    }
    if status.is_server_error() {
        tracing::error!(status = status.as_u16(), "request failed");
    }
    let page = app::render_error_page(status.as_u16(), &state.stylesheet, lang, display);
    let mut answer = (status, Html(page)).into_response();
    if let Some(allow) = response.headers().get(header::ALLOW) {
        answer.headers_mut().insert(header::ALLOW, allow.clone());
    }
    answer.map(Body::new)
}
