//! The character count of a long text (after GOV.UK's character count).
//! Without JavaScript the limit stands in the hint and the server says when an
//! answer is too long. With it, the resident sees how many characters are left
//! while typing, and a screen reader hears it once typing pauses (a visually
//! hidden polite live region, updated one second after the last key).
//!
//! The server renders each count with the words for the answer as it stands
//! and its templates and limit as data attributes; the stylesheet shows it only
//! where scripts run (`html[data-scripts]`, set by the island loader before the
//! first paint), so nothing moves when the island starts. One island without
//! props (`CharacterCounts`) brings all counts of the page to life when the
//! resident first types (the field and its count sit in a `data-wake` part). Island props would be deserialised in the browser,
//! which costs the WebAssembly a JSON parser (about 25 KB brotli, measured).

use leptos::prelude::*;

/// The count under one long text, rendered hidden on the server.
#[component]
pub fn CharacterCount(
    /// The id of the textarea counted.
    #[prop(into)]
    target: String,
    max: usize,
    /// The answer as the server shows it (its characters are counted).
    #[prop(into)]
    value: String,
) -> impl IntoView {
    use crate::i18n::{t, t_args};
    let n = || ("n", "{n}".into());
    let templates = [
        t("form-count-left-one"),
        t_args("form-count-left", &[n()]),
        t("form-count-over-one"),
        t_args("form-count-over", &[n()]),
    ];
    // A line break counts once, as the browser counts it in the field.
    let count = value.replace("\r\n", "\n").chars().count();
    let now = say(
        [&templates[0], &templates[1], &templates[2], &templates[3]],
        count,
        max,
    );
    let class = if count > max {
        "lk-error-message lk-character-count__message"
    } else {
        "lk-hint lk-character-count__message"
    };
    let [left_one, left, over_one, over] = templates;
    view! {
        <div
            class="lk-character-count"
            data-for=target.clone()
            data-max=max.to_string()
            data-left-one=left_one
            data-left=left
            data-over-one=over_one
            data-over=over
        >
            <p id=format!("{target}-telling") class=class>{now}</p>
            <p class="lk-visually-hidden" aria-live="polite"></p>
        </div>
    }
}

/// Brings every character count on the page to life; renders nothing itself.
#[island]
pub fn CharacterCounts() -> impl IntoView {
    Effect::new(move |_| browser::start());
}

/// The words for `count` characters of `max`, from templates with `{n}`.
fn say(templates: [&str; 4], count: usize, max: usize) -> String {
    let [left_one, left, over_one, over] = templates;
    let (template, n) = if count <= max {
        (if max - count == 1 { left_one } else { left }, max - count)
    } else {
        (if count - max == 1 { over_one } else { over }, count - max)
    };
    template.replace("{n}", &n.to_string())
}

#[cfg(feature = "hydrate")]
mod browser {
    use std::cell::Cell;
    use std::rc::Rc;

    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;
    use web_sys::{Element, HtmlTextAreaElement};

    pub fn start() {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(boxes) = document.query_selector_all(".lk-character-count[data-for]") else {
            return;
        };
        for i in 0..boxes.length() {
            if let Some(count) = boxes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                watch(&document, count);
            }
        }
    }

    fn watch(document: &web_sys::Document, count: Element) {
        let data = |name: &str| count.get_attribute(name).unwrap_or_default();
        let Some(area) = document
            .get_element_by_id(&data("data-for"))
            .and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok())
        else {
            return;
        };
        let max: usize = data("data-max").parse().unwrap_or(0);
        let templates = [
            data("data-left-one"),
            data("data-left"),
            data("data-over-one"),
            data("data-over"),
        ];
        let (Some(visible), Some(live)) = (count.first_element_child(), count.last_element_child())
        else {
            return;
        };
        // The count becomes part of the textarea's description.
        let described = area.get_attribute("aria-describedby").unwrap_or_default();
        let _ = area.set_attribute(
            "aria-describedby",
            format!("{described} {}", visible.id()).trim(),
        );
        let timer = Rc::new(Cell::new(None::<i32>));
        let update = move |area: &HtmlTextAreaElement, speak: bool| {
            let n = area.value().chars().count();
            let words = super::say(
                [&templates[0], &templates[1], &templates[2], &templates[3]],
                n,
                max,
            );
            let class = if n > max {
                "lk-error-message"
            } else {
                "lk-hint"
            };
            let _ = visible.set_attribute("class", &format!("{class} lk-character-count__message"));
            visible.set_text_content(Some(&words));
            if !speak {
                return;
            }
            let Some(window) = web_sys::window() else {
                return;
            };
            if let Some(previous) = timer.take() {
                window.clear_timeout_with_handle(previous);
            }
            let live = live.clone();
            let later = Closure::once_into_js(move || live.set_text_content(Some(&words)));
            if let Ok(handle) = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), 1000)
            {
                timer.set(Some(handle));
            }
        };
        update(&area, false);
        let watched = area.clone();
        let listener = Closure::<dyn Fn()>::new(move || update(&watched, true));
        let _ = area.add_event_listener_with_callback("input", listener.as_ref().unchecked_ref());
        listener.forget();
    }
}

#[cfg(not(feature = "hydrate"))]
mod browser {
    pub fn start() {}
}

#[cfg(test)]
mod tests {
    use super::say;

    #[test]
    fn counts_left_and_over_with_one_and_many() {
        let t = ["nog 1", "nog {n}", "1 te veel", "{n} te veel"];
        assert_eq!(say(t, 0, 10), "nog 10");
        assert_eq!(say(t, 9, 10), "nog 1");
        assert_eq!(say(t, 10, 10), "nog 0");
        assert_eq!(say(t, 11, 10), "1 te veel");
        assert_eq!(say(t, 15, 10), "5 te veel");
    }
}
