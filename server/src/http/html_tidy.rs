//! Valid HTML from what Leptos writes: two artefacts of the framework that the
//! Nu HTML Checker reports on every page, removed after rendering. (A third,
//! `crossorigin="<the nonce>"` on the preload links of Leptos's
//! `HydrationScripts`, went with those links: the islands now load when first
//! used, see `app/src/components/island_loader.rs`.)
//!
//! - `<!>` (an empty "bogus comment"): tachys 0.2 writes one between text nodes
//!   and around dynamic parts, unconditionally, so that hydration can find them.
//!   Only islands are hydrated here, so outside `<leptos-island>` they go (about
//!   190 on the home page); inside they become `<!---->`, the valid spelling of
//!   the same empty comment: the browser builds the same DOM from both, which is
//!   all hydration reads.
//! - The `<script>` elements leptos_axum writes after `</html>` (the resolved
//!   resources and chunks of the streaming renderer): moved to just before
//!   `</body>`, where they run as before (same nonce, same order).
//!
//! No Leptos setting turns these off (tachys `view/strings.rs`, `tuples.rs`;
//! leptos `hydration/mod.rs`); the fix belongs upstream, and this pass goes when
//! it lands. It works on our own rendered text, never on anything a resident
//! typed: their text is escaped, so `<!>` and `</html>` cannot come from it.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;

/// Larger pages pass untouched (ours are about 10 to 40 KB).
const MAX_PAGE: usize = 2 * 1024 * 1024;
const ISLAND_OPEN: &str = "<leptos-island";
const ISLAND_CLOSE: &str = "</leptos-island>";

/// The text with the three artefacts removed.
pub fn tidy(html: &str) -> String {
    let (document, trailing) = match html.rfind("</html>") {
        Some(end) => html.split_at(end + "</html>".len()),
        None => (html, ""),
    };
    let mut out = String::with_capacity(document.len());
    strip_markers_outside_islands(document, &mut out);
    let trailing = trailing.replace("<!>", "");
    let trailing = trailing.trim();
    if trailing.is_empty() {
        return out;
    }
    match out.rfind("</body>") {
        Some(body_end) => format!("{}{trailing}{}", &out[..body_end], &out[body_end..]),
        None => format!("{out}{trailing}"),
    }
}

/// Copies `html` to `out` without `<!>` outside islands and with `<!---->` for it
/// inside them (nested islands counted). One pass from `<` to `<` (a byte search),
/// so the cost grows with the page, not with the page times its markers.
fn strip_markers_outside_islands(html: &str, out: &mut String) {
    let mut depth = 0usize;
    let mut copied = 0;
    let mut at = 0;
    while let Some(offset) = html[at..].find('<') {
        let here = at + offset;
        let rest = &html[here..];
        if rest.starts_with("<!>") {
            out.push_str(&html[copied..here]);
            if depth > 0 {
                out.push_str("<!---->");
            }
            copied = here + "<!>".len();
            at = copied;
        } else if rest.starts_with(ISLAND_OPEN) {
            depth += 1;
            at = here + ISLAND_OPEN.len();
        } else if rest.starts_with(ISLAND_CLOSE) {
            depth = depth.saturating_sub(1);
            at = here + ISLAND_CLOSE.len();
        } else {
            at = here + 1;
        }
    }
    out.push_str(&html[copied..]);
}

/// The middleware: HTML answers are read whole, tidied and sent on.
pub async fn layer(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match to_bytes(body, MAX_PAGE).await {
        Ok(bytes) => bytes,
        Err(e) => {
            tracing::error!(error = %e, "could not read a page to tidy it");
            return Response::from_parts(parts, Body::empty());
        }
    };
    let body = match std::str::from_utf8(&bytes) {
        Ok(text) => Body::from(tidy(text)),
        Err(_) => Body::from(bytes),
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_go_outside_islands_and_are_spelled_validly_inside() {
        let html = "<!DOCTYPE html><html><body><p>a<!>b</p><leptos-island data-component=\"X\"><b>c<!>d</b><leptos-island><i>e<!></i></leptos-island><!></leptos-island><p>f<!></p></body></html>";
        assert_eq!(
            tidy(html),
            "<!DOCTYPE html><html><body><p>ab</p><leptos-island data-component=\"X\"><b>c<!---->d</b><leptos-island><i>e<!----></i></leptos-island><!----></leptos-island><p>f</p></body></html>"
        );
    }

    #[test]
    fn scripts_after_the_document_move_into_the_body() {
        let html = "<html><head></head><body><p>x</p></body><!></html><!><script nonce=\"n\">a=[];</script><script nonce=\"n\">b=[];</script>";
        assert_eq!(
            tidy(html),
            "<html><head></head><body><p>x</p><script nonce=\"n\">a=[];</script><script nonce=\"n\">b=[];</script></body></html>"
        );
    }

    #[test]
    fn escaped_text_that_looks_like_markup_is_left_alone() {
        // What a resident typed arrives escaped: &lt;!&gt; is not a marker.
        let html = "<html><body><textarea>&lt;!&gt; &lt;/html&gt;</textarea></body></html>";
        assert_eq!(tidy(html), html);
    }
}
