//! The Content-Security-Policy, in one place: the server sends it on every
//! answer; a page rendered by Leptos gets it with the nonce of its own inline
//! scripts (the island loader and the streamed resources), so no other script
//! can run, even if markup were ever to slip through unescaped.

/// The policy; `nonce` is the one this page's inline scripts carry, if any.
pub fn content_security_policy(nonce: Option<&str>) -> String {
    let scripts = match nonce {
        Some(nonce) => format!("script-src 'self' 'wasm-unsafe-eval' 'nonce-{nonce}'"),
        None => "script-src 'self' 'wasm-unsafe-eval'".to_string(),
    };
    format!(
        "default-src 'self'; {scripts}; style-src 'self'; img-src 'self'; \
         connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

/// Puts the policy with this page's nonce on the answer (called by the shell,
/// which renders before the first byte is sent).
#[cfg(feature = "ssr")]
pub fn set_page_policy() {
    let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() else {
        return;
    };
    let nonce = leptos::nonce::use_nonce();
    if let Ok(value) = http::HeaderValue::from_str(&content_security_policy(nonce.as_deref())) {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_allows_no_inline_script_without_a_nonce() {
        let plain = content_security_policy(None);
        assert!(!plain.contains("unsafe-inline"), "{plain}");
        assert!(!plain.contains("nonce-"), "{plain}");
        for part in [
            "default-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "'wasm-unsafe-eval'",
        ] {
            assert!(plain.contains(part), "{part} in {plain}");
        }
        assert!(content_security_policy(Some("abc")).contains("'nonce-abc'"));
    }
}
