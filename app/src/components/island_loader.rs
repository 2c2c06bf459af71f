//! The islands, loaded when first used. Instead of Leptos's `HydrationScripts`
//! (which preloads the JavaScript bundle and the WebAssembly on every page and
//! starts them when the browser is idle), the page's `<head>` carries one small
//! inline script, `island_loader.js`: it marks the page as having scripts (and
//! speech, where the browser has it) before the first paint, and loads the
//! bundle only when the resident first uses an island, replaying that first
//! press or change once the islands run. A page that is only read transfers
//! HTML and CSS alone.
//!
//! The file names come from [`crate::assets`] (read once at start), so a page
//! render reads no file.

use leptos::prelude::*;
use std::sync::LazyLock;

/// The loader without its comment lines and indentation, as sent.
static LOADER: LazyLock<String> = LazyLock::new(|| compact(include_str!("island_loader.js")));

/// Drops whole-line `//` comments and leading spaces (the file has no comments
/// after code on a line, and no string that spans lines).
fn compact(source: &str) -> String {
    source
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The inline loader script, with this page's nonce and the bundle's names.
#[component]
pub fn IslandLoader() -> impl IntoView {
    // Islands mode: the server renders islands without hydration ids (as
    // `HydrationScripts` sets it).
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let assets = crate::assets::current();
    let script = format!("{}({:?},{:?});", LOADER.as_str(), assets.js, assets.wasm);
    let nonce = leptos::nonce::use_nonce();
    view! { <script nonce=nonce>{script}</script> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sent_loader_keeps_every_statement_and_no_comment() {
        let source = include_str!("island_loader.js");
        let sent = compact(source);
        assert!(!sent.contains("//"), "{sent}");
        assert!(sent.lines().all(|l| !l.starts_with(' ')), "{sent}");
        // Every line of code is still there, in order.
        let code: Vec<&str> = source
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with("//"))
            .collect();
        assert_eq!(sent.lines().collect::<Vec<_>>(), code);
        assert!(sent.starts_with("(function (js, wasm) {"));
        assert!(sent.ends_with("})"));
    }
}
