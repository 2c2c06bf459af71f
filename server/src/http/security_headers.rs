//! Headers on every answer, pages, redirects, files and error pages alike: the
//! Content-Security-Policy (a page rendered by Leptos already carries it with its
//! nonce), no sniffing, no referrer to other sites (secret links sit in URLs), no framing, no
//! browser features we never use, a window of our own, HSTS behind HTTPS; and
//! pages behind a secret link are neither kept nor indexed.

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use crate::AppState;

/// Browser features no page of ours uses, turned off for us and anything we embed.
pub const PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), camera=(), \
    display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), \
    midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), usb=(), \
    browsing-topics=()";

/// Paths whose last segment is a secret (a token or a resume code).
const SECRET_PATHS: [&str; 4] = ["/aanvraag/", "/afspraak/mijn/", "/terugbellen/", "/verder/"];

/// Whether a path shows what only the holder of its secret may see.
pub fn behind_a_secret(path: &str) -> bool {
    SECRET_PATHS
        .iter()
        .any(|base| path.strip_prefix(base).is_some_and(|rest| !rest.is_empty()))
}

pub async fn add(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let secret = behind_a_secret(request.uri().path());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY)
        && let Ok(policy) = HeaderValue::from_str(&app::security::content_security_policy(None))
    {
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    let fixed: [(HeaderName, &'static str); 6] = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        // `same-origin`, not `no-referrer`: with `no-referrer` browsers send `Origin: null`
        // on our own form posts, which the cross-site check rightly refuses. Either way
        // no other site ever sees one of our addresses (secret links sit in them).
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("permissions-policy"),
            PERMISSIONS_POLICY,
        ),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
        (
            HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if state.secure_cookies {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    if secret {
        private(headers);
    }
    response
}

/// Never kept in a cache, never in a search engine.
fn private(headers: &mut HeaderMap) {
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        HeaderName::from_static("x-robots-tag"),
        HeaderValue::from_static("noindex, nofollow"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_pages_are_recognised_by_their_path() {
        assert!(behind_a_secret("/verder/7KQ4M2XD"));
        assert!(behind_a_secret("/aanvraag/abc"));
        assert!(behind_a_secret("/afspraak/mijn/abc"));
        assert!(behind_a_secret("/terugbellen/abc"));
        assert!(!behind_a_secret("/verder"));
        assert!(!behind_a_secret("/terugbellen"));
        assert!(!behind_a_secret("/afspraak/dag"));
    }
}
