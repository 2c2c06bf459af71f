//! The character count of a long text, as an island (after GOV.UK's character
//! count). Without JavaScript the limit stands in the hint and the server says
//! when an answer is too long; with it, the resident sees how many characters
//! are left while typing, and a screen reader hears it once typing pauses
//! (a visually hidden polite live region, updated after one second).

use leptos::prelude::*;

#[island]
pub fn CharacterCount(
    /// The id of the textarea counted.
    target: String,
    max: usize,
) -> impl IntoView {
    let (count, set_count) = signal(None::<usize>);
    let (spoken, set_spoken) = signal(String::new());
    let words = Words::here(&target);
    let id = format!("{target}-telling");
    let words_visible = words.clone();
    let message = move || {
        count
            .get()
            .map(|n| words_visible.say(n, max))
            .unwrap_or_default()
    };
    // Effects run in the browser only: the server renders the elements empty and hidden.
    let target_id = target.clone();
    let count_id = id.clone();
    Effect::new(move |_| {
        browser::watch(&target_id, &count_id, move |n| {
            set_count.set(Some(n));
        });
    });
    // The live region speaks a second after the last keystroke, not at every key.
    let words_spoken = words.clone();
    Effect::new(move |handle: Option<Option<TimeoutHandle>>| {
        if let Some(Some(h)) = handle {
            h.clear();
        }
        let n = count.get()?;
        let text = words_spoken.say(n, max);
        set_timeout_with_handle(
            move || set_spoken.set(text),
            std::time::Duration::from_secs(1),
        )
        .ok()
    });
    view! {
        <div
            class="lk-character-count"
            data-left-one=words.left_one.clone()
            data-left=words.left.clone()
            data-over-one=words.over_one.clone()
            data-over=words.over.clone()
            hidden=move || count.get().is_none()
        >
            <p id=id class=move || if count.get().is_some_and(|n| n > max) { "lk-error-message lk-character-count__message" } else { "lk-hint lk-character-count__message" }>
                {message}
            </p>
            <p class="lk-visually-hidden" aria-live="polite">{move || spoken.get()}</p>
        </div>
    }
}

/// The island's words, with `{n}` where the number goes: from the translation
/// files on the server, from the server-rendered element in the browser.
#[derive(Clone, Default)]
struct Words {
    left_one: String,
    left: String,
    over_one: String,
    over: String,
}

impl Words {
    fn say(&self, count: usize, max: usize) -> String {
        let (template, n) = if count <= max {
            (
                if max - count == 1 {
                    &self.left_one
                } else {
                    &self.left
                },
                max - count,
            )
        } else {
            (
                if count - max == 1 {
                    &self.over_one
                } else {
                    &self.over
                },
                count - max,
            )
        };
        template.replace("{n}", &n.to_string())
    }

    #[cfg(not(feature = "hydrate"))]
    fn here(_target: &str) -> Self {
        use crate::i18n::{t, t_args};
        let n = || ("n", "{n}".into());
        Words {
            left_one: t("form-count-left-one"),
            left: t_args("form-count-left", &[n()]),
            over_one: t("form-count-over-one"),
            over: t_args("form-count-over", &[n()]),
        }
    }

    #[cfg(feature = "hydrate")]
    fn here(target: &str) -> Self {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&format!("{target}-telling")))
            .and_then(|e| e.parent_element());
        let word = |name: &str| {
            element
                .as_ref()
                .and_then(|e| e.get_attribute(name))
                .unwrap_or_default()
        };
        Words {
            left_one: word("data-left-one"),
            left: word("data-left"),
            over_one: word("data-over-one"),
            over: word("data-over"),
        }
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;

    /// Counts the textarea's characters now and on every input; ties the count
    /// to the textarea's description.
    pub fn watch(target: &str, count_id: &str, on_count: impl Fn(usize) + 'static) {
        let Some(area) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(target))
            .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        else {
            return;
        };
        let described = area.get_attribute("aria-describedby").unwrap_or_default();
        if !described.split(' ').any(|id| id == count_id) {
            let _ =
                area.set_attribute("aria-describedby", format!("{described} {count_id}").trim());
        }
        on_count(area.value().chars().count());
        let watched = area.clone();
        let listener = Closure::<dyn Fn()>::new(move || on_count(watched.value().chars().count()));
        let _ = area.add_event_listener_with_callback("input", listener.as_ref().unchecked_ref());
        listener.forget();
    }
}

#[cfg(not(feature = "hydrate"))]
mod browser {
    pub fn watch(_target: &str, _count_id: &str, _on_count: impl Fn(usize) + 'static) {}
}
