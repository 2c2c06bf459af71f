//! Parts of a page that are the same for every request with the same key (the
//! header and footer per language, the help block per language and its links,
//! the display switch's questions per language and display mode): rendered once,
//! then written as they are. A page render is mostly small allocations for text
//! that never changes; caching these served 10 to 13 % more pages per core
//! (measured side by side: README, "Throughput"), with byte-identical HTML.
//!
//! The key must name everything the part depends on. The cache holds at most
//! `MAX_ENTRIES` parts; past that a part is rendered anew each time, so no
//! request can make it grow without bound.

use leptos::prelude::*;

/// How many parts the cache keeps (each a few KB, kept for the life of the process).
#[cfg(feature = "ssr")]
pub const MAX_ENTRIES: usize = 256;

/// `render()`'s HTML, rendered once per `key` on the server.
pub fn cached<V, F>(key: String, render: F) -> AnyView
where
    V: IntoView + 'static,
    F: FnOnce() -> V,
{
    #[cfg(feature = "ssr")]
    {
        use leptos::tachys::html::InertElement;
        if let Some(html) = store::get(&key) {
            return InertElement::new(html).into_any();
        }
        let html = render().into_view().to_html();
        match store::put(key, html) {
            Ok(kept) => InertElement::new(kept).into_any(),
            Err(html) => InertElement::new(html).into_any(),
        }
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = key;
        render().into_any()
    }
}

#[cfg(feature = "ssr")]
mod store {
    use std::collections::HashMap;
    use std::sync::{LazyLock, RwLock};

    static PARTS: LazyLock<RwLock<HashMap<String, &'static str>>> =
        LazyLock::new(|| RwLock::new(HashMap::new()));

    pub fn get(key: &str) -> Option<&'static str> {
        PARTS.read().ok()?.get(key).copied()
    }

    /// Keeps `html` under `key` (leaked: the cache lives as long as the process and
    /// is bounded), or hands it back when the cache is full.
    pub fn put(key: String, html: String) -> Result<&'static str, String> {
        let Ok(mut parts) = PARTS.write() else {
            return Err(html);
        };
        if let Some(kept) = parts.get(&key) {
            return Ok(kept);
        }
        if parts.len() >= super::MAX_ENTRIES {
            return Err(html);
        }
        let kept: &'static str = Box::leak(html.into_boxed_str());
        parts.insert(key, kept);
        Ok(kept)
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn a_part_is_rendered_once_per_key_and_the_cache_stays_bounded() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static RENDERS: AtomicUsize = AtomicUsize::new(0);
        let part = |key: &str, text: &'static str| {
            cached(key.to_string(), move || {
                RENDERS.fetch_add(1, Ordering::SeqCst);
                view! { <p class="x">{text}</p> }
            })
            .to_html()
        };
        let first = part("test.a", "een");
        assert!(first.contains("<p class=\"x\">een</p>"), "{first}");
        // The same key: the first HTML, without rendering again.
        assert_eq!(part("test.a", "twee"), first);
        assert_eq!(RENDERS.load(Ordering::SeqCst), 1);
        // Past the bound, parts are still right, just rendered each time.
        for i in 0..MAX_ENTRIES + 5 {
            let html = part(&format!("test.many.{i}"), "drie");
            assert!(html.contains("drie"), "{html}");
        }
        let before = RENDERS.load(Ordering::SeqCst);
        let again = part(&format!("test.many.{}", MAX_ENTRIES + 4), "vier");
        assert!(again.contains("vier"), "{again}");
        assert_eq!(RENDERS.load(Ordering::SeqCst), before + 1);
    }
}
