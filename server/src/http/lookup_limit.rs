//! Secrets that cannot be brute-forced: failed look-ups of a resume code or of a
//! link with a token are counted per network address and in total, in the
//! database (so the limit holds across several servers and restarts). Over the
//! limit, the resident gets a plain page that says when to try again (429 with
//! `Retry-After`), never a CAPTCHA.
//!
//! With 8 characters of 25 (1.5 * 10^11 codes) and 1,000 saved forms live, the
//! total limit lets all guessers together try 96,000 codes a day: about one
//! chance in 1,600 per day of hitting any saved form, instead of certainty in hours.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

use crate::AppState;
use crate::store::{Store, lookups};

/// The window over which failures are counted.
pub const WINDOW_SECS: i64 = 15 * 60;
/// Failed look-ups one network address may make in the window.
pub const PER_ADDRESS: i64 = 10;
/// Failed look-ups all addresses together may make in the window.
pub const IN_TOTAL: i64 = 1_000;

/// Marks an answer as a failed look-up (a wrong resume code); the guard counts it.
#[derive(Clone, Copy, Debug)]
pub struct LookupFailed;

/// Whether a request looks up a secret: the resume form, or a path ending in a token.
fn looks_up_a_secret(method: &Method, path: &str) -> bool {
    (method == Method::POST && path == app::form::RESUME_PATH)
        || crate::http::security_headers::behind_a_secret(path)
}

fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

/// Seconds until this address may try again, or `None` when it may now.
pub async fn wait_for(store: &Store, address: &str, now: i64) -> Result<Option<i64>, sqlx::Error> {
    let since = now - WINDOW_SECS;
    let (mine, oldest_mine) = lookups::of_address(store, address, since).await?;
    if mine >= PER_ADDRESS {
        return Ok(Some(oldest_mine.unwrap_or(now) + WINDOW_SECS - now));
    }
    let (all, oldest) = lookups::in_total(store, since).await?;
    Ok((all >= IN_TOTAL).then(|| oldest.unwrap_or(now) + WINDOW_SECS - now))
}

/// Counts one failed look-up, and forgets those older than the window.
pub async fn record_failure(store: &Store, address: &str, now: i64) -> Result<(), sqlx::Error> {
    lookups::record(store, address, now, now - WINDOW_SECS).await
}

/// The network address of the request (only kept for the window of the limit).
fn address_of(request: &Request) -> String {
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(peer)| peer.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// Middleware: refuses look-ups over the limit, counts the ones that fail
/// (a 404 behind a secret path, or an answer marked [`LookupFailed`]).
pub async fn guard(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if !looks_up_a_secret(request.method(), request.uri().path()) {
        return next.run(request).await;
    }
    let address = address_of(&request);
    let lang = app::i18n::lang_of(request.headers());
    let display = app::display::from_headers(request.headers());
    let now = now();
    match wait_for(&state.store, &address, now).await {
        Err(e) => return crate::http::errors::unexpected(e),
        Ok(Some(seconds)) => {
            tracing::warn!("secret look-ups over the limit");
            let page = app::render_error_page(429, &state.stylesheet, lang, display);
            let mut answer = (StatusCode::TOO_MANY_REQUESTS, Html(page)).into_response();
            answer
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds.max(1)));
            return answer;
        }
        Ok(None) => {}
    }
    let response = next.run(request).await;
    let failed = response.status() == StatusCode::NOT_FOUND
        || response.extensions().get::<LookupFailed>().is_some();
    if failed && let Err(e) = record_failure(&state.store, &address, now).await {
        return crate::http::errors::unexpected(e);
    }
    response
}
