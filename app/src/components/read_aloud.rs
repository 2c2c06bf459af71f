//! "Lees voor": an island that reads the page's main content aloud with the
//! browser's speech synthesis, in the page's language. It never starts by
//! itself, offers pause and stop, reads only `<main>` (not the navigation or
//! the help block), and is absent where the browser has no speech synthesis
//! and without JavaScript (the stylesheet shows it only under `html[data-speech]`).

use leptos::prelude::*;

#[island]
pub fn ReadAloud() -> impl IntoView {
    let (speaking, set_speaking) = signal(false);
    let (paused, set_paused) = signal(false);
    // "Pauze" and "Stop" are hidden while nothing is read (their place kept):
    // focus on one of them goes back to "Lees voor" first.
    let done = move || {
        speech::focus_if_hiding();
        set_speaking.set(false);
        set_paused.set(false);
    };
    let start = move |_| {
        if speech::speak_main(done) {
            set_speaking.set(true);
            set_paused.set(false);
        }
    };
    let pause = move |_| {
        if paused.get_untracked() {
            speech::resume();
            set_paused.set(false);
        } else {
            speech::pause();
            set_paused.set(true);
        }
    };
    let stop = move |_| {
        speech::cancel();
        done();
    };
    let words = Words::here();
    let (pause_word, resume_word) = (words.pause.clone(), words.resume.clone());
    let (start_word, stop_word) = (words.start.clone(), words.stop.clone());
    // Shown by the stylesheet only where the browser can speak (`html[data-speech]`,
    // set by the island loader before the first paint), so nothing moves when the
    // island starts. The words are also kept on the element, so the browser side
    // reads them in the page's language.
    view! {
        <div
            class="lk-read-aloud"
            role="group"
            aria-label=words.group.clone()
            data-group=words.group
            data-start=words.start
            data-pause=words.pause
            data-resume=words.resume
            data-stop=words.stop
            data-speaking=move || speaking.get().then_some("ja")
        >
            <button type="button" class="lk-read-aloud__button" on:click=start>{start_word}</button>
            <button type="button" class="lk-read-aloud__button lk-read-aloud__more" on:click=pause>
                {move || if paused.get() { resume_word.clone() } else { pause_word.clone() }}
            </button>
            <button type="button" class="lk-read-aloud__button lk-read-aloud__more" on:click=stop>{stop_word}</button>
        </div>
    }
}

/// The island's words: from the translation files on the server, from the
/// server-rendered element in the browser (no strings in the WebAssembly).
struct Words {
    group: String,
    start: String,
    pause: String,
    resume: String,
    stop: String,
}

impl Words {
    #[cfg(not(feature = "hydrate"))]
    fn here() -> Self {
        use crate::i18n::t;
        Words {
            group: t("read-aloud-label"),
            start: t("read-aloud-start"),
            pause: t("read-aloud-pause"),
            resume: t("read-aloud-resume"),
            stop: t("read-aloud-stop"),
        }
    }

    #[cfg(feature = "hydrate")]
    fn here() -> Self {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(".lk-read-aloud").ok().flatten());
        let word = |name: &str| {
            element
                .as_ref()
                .and_then(|e| e.get_attribute(name))
                .unwrap_or_default()
        };
        Words {
            group: word("data-group"),
            start: word("data-start"),
            pause: word("data-pause"),
            resume: word("data-resume"),
            stop: word("data-stop"),
        }
    }
}

#[cfg(feature = "hydrate")]
mod speech {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;
    use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance};

    fn synthesis() -> Option<SpeechSynthesis> {
        let window = web_sys::window()?;
        let value = js_sys::Reflect::get(&window, &"speechSynthesis".into()).ok()?;
        (!value.is_undefined() && !value.is_null()).then(|| value.unchecked_into())
    }

    /// Moves focus to "Lees voor" (the group's first button) when it is on one of
    /// the buttons about to be hidden.
    pub fn focus_if_hiding() {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let hiding = document
            .active_element()
            .and_then(|a| a.get_attribute("class"))
            .is_some_and(|c| c.contains("lk-read-aloud__more"));
        let start = document
            .query_selector(".lk-read-aloud__button")
            .ok()
            .flatten()
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
        if let (true, Some(start)) = (hiding, start) {
            let _ = start.focus();
        }
    }

    /// Reads the text of `<main>` in the page's language; false when it cannot.
    pub fn speak_main(on_end: impl Fn() + 'static) -> bool {
        let Some(synth) = synthesis() else {
            return false;
        };
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return false;
        };
        let Some(main) = document
            .query_selector("main")
            .ok()
            .flatten()
            .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return false;
        };
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(&main.inner_text()) else {
            return false;
        };
        if let Some(lang) = document.document_element().map(|e| e.get_attribute("lang")) {
            utterance.set_lang(&lang.unwrap_or_else(|| "nl".into()));
        }
        let ended = Closure::<dyn Fn()>::new(on_end);
        utterance.set_onend(Some(ended.as_ref().unchecked_ref()));
        ended.forget();
        // A new start replaces what was being read.
        synth.cancel();
        synth.speak(&utterance);
        true
    }

    pub fn pause() {
        if let Some(s) = synthesis() {
            s.pause();
        }
    }

    pub fn resume() {
        if let Some(s) = synthesis() {
            s.resume();
        }
    }

    pub fn cancel() {
        if let Some(s) = synthesis() {
            s.cancel();
        }
    }
}

#[cfg(not(feature = "hydrate"))]
mod speech {
    pub fn focus_if_hiding() {}
    pub fn speak_main(_on_end: impl Fn() + 'static) -> bool {
        false
    }
    pub fn pause() {}
    pub fn resume() {}
    pub fn cancel() {}
}
