//! "Weergave": the display switch, in the same place on every page. Without
//! scripts it is a form in a disclosure that posts and returns to the same page
//! at the switch, opened, with a polite "saved" message. With scripts (an
//! island) a change applies at once, is saved in the background, and is
//! announced politely.

use leptos::prelude::*;

use super::{Checkbox, RadioOption, Radios, ReadAloud, cached};
use crate::display::{self, ANCHOR, Contrast, Display, PATH, SAVED_QUERY, TextSize};
use crate::i18n::t;
use crate::page_context::request_path_and_query;

/// The bar under the header: read-aloud, the language switch and the display
/// switch, in one row where they fit (on a 390 px phone: read-aloud and the
/// language on the first, the display switch on the second).
#[component]
pub fn DisplayBar() -> impl IntoView {
    let here = request_path_and_query().unwrap_or_else(|| "/".into());
    let other = crate::i18n::current().other();
    // The same page in the other language (the display marker is not carried along).
    let back = display::local_path(&here)
        .replace(&format!("?{}", display::SAVED_QUERY), "")
        .replace(&format!("&{}", display::SAVED_QUERY), "");
    let switch_href = format!(
        "{}/{}?{}",
        crate::i18n::PATH,
        other.code(),
        serde_urlencoded::to_string([("terug", back.as_str())]).unwrap_or_default()
    );
    let saved = here
        .split_once('?')
        .is_some_and(|(_, q)| q.split('&').any(|p| p == SAVED_QUERY));
    view! {
        <div class="lk-width lk-display-bar">
            <ReadAloud/>
            <a class="lk-language-switch" href=switch_href lang=other.code() hreflang=other.code()>{other.own_name()}</a>
            <DisplaySwitch current=display::current() here=here saved=saved/>
        </div>
    }
    .into_any()
}

#[component]
fn DisplaySwitch(current: Display, here: String, saved: bool) -> impl IntoView {
    // The choices are the same on every page in one language and display mode.
    let key = format!(
        "display.{}.{}",
        crate::i18n::current().code(),
        current.to_cookie()
    );
    let choices = cached(key, move || choices(current));
    view! {
        <details id=ANCHOR class="lk-display" open=saved>
            <summary class="lk-display__summary">{t("display-summary")}</summary>
            <div class="lk-display__panel">
                {saved.then(|| view! { <p class="lk-display__saved" role="status">{t("display-saved")}</p> })}
                <DisplayLive>
                    <form method="post" action=PATH class="lk-form" data-changed=t("display-changed")>
                        <input type="hidden" name="terug" value=here/>
                        {choices}
                        <button type="submit" class="lk-button lk-button--secondary">{t("display-save")}</button>
                    </form>
                </DisplayLive>
            </div>
        </details>
    }
    .into_any()
}

/// The switch's questions, with `current` chosen.
fn choices(current: Display) -> impl IntoView {
    let sizes = TextSize::ALL
        .iter()
        .map(|s| RadioOption::new(s.slug(), t(&format!("display-size-{}", s.slug()))))
        .collect();
    let contrasts = Contrast::ALL
        .iter()
        .map(|c| RadioOption::new(c.slug(), t(&format!("display-contrast-{}", c.slug()))))
        .collect();
    view! {
        <Radios name="tekstgrootte" legend=t("display-size") options=sizes selected=current.text.slug() error=None/>
        <Radios name="contrast" legend=t("display-contrast") options=contrasts selected=current.contrast.slug() error=None/>
        <Checkbox
            id="ruimte"
            label=t("display-spacing")
            hint=t("display-spacing-hint")
            value="ja"
            checked=current.spacing
        />
        <Checkbox
            id="beweging"
            label=t("display-calm")
            hint=t("display-calm-hint")
            value="ja"
            checked=current.calm
        />
    }
}

/// The island around the switch's form: no props (the form is server-rendered
/// children), so the WebAssembly carries no deserialiser for it.
#[island]
fn DisplayLive(children: Children) -> impl IntoView {
    let (said, say) = signal(String::new());
    let changed = move |event: leptos::ev::Event| {
        if let Some(text) = live::apply(&event) {
            say.set(text);
        }
    };
    view! {
        <div on:change=changed>
            <p class="lk-display__live" role="status">{move || said.get()}</p>
            {children()}
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod live {
    use wasm_bindgen::JsCast;

    use crate::display::{Display, PATH};

    /// Applies the form's choice to the page at once, saves it in the background
    /// (the same post as without scripts), and returns what to announce.
    pub fn apply(event: &web_sys::Event) -> Option<String> {
        let target: web_sys::Element = event.target()?.dyn_into().ok()?;
        let form: web_sys::HtmlFormElement = target.closest("form").ok()??.dyn_into().ok()?;
        let data = web_sys::FormData::new_with_form(&form).ok()?;
        let value = |name: &str| data.get(name).as_string().unwrap_or_default();
        let pairs: Vec<(String, String)> = ["tekstgrootte", "contrast", "ruimte", "beweging"]
            .iter()
            .map(|name| (name.to_string(), value(name)))
            .collect();
        let display = Display::from_form(&pairs);
        let window = web_sys::window()?;
        let document = window.document()?;
        document
            .document_element()?
            .set_class_name(&display.classes());
        let body = web_sys::UrlSearchParams::new().ok()?;
        for (name, value) in &pairs {
            body.append(name, value);
        }
        body.append("terug", "/");
        // A URLSearchParams body is sent as application/x-www-form-urlencoded.
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        init.set_body(&body);
        // Only the cookie matters: the redirect it answers is not followed.
        init.set_redirect(web_sys::RequestRedirect::Manual);
        let _ = window.fetch_with_str_and_init(PATH, &init);
        // Said in the page's language, from the form's own words: the prefix on
        // the form, then the label of each chosen option (checked boxes too).
        let mut said = form.get_attribute("data-changed").unwrap_or_default();
        let chosen = form.query_selector_all("input:checked").ok()?;
        let mut first = true;
        for i in 0..chosen.length() {
            let Some(input) = chosen
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let label = form
                .query_selector(&format!("label[for=\"{}\"]", input.id()))
                .ok()
                .flatten()
                .and_then(|l| l.text_content())
                .unwrap_or_default();
            // A radio is said with its question ("Tekstgrootte: Groot").
            let question = (input.get_attribute("type").as_deref() == Some("radio"))
                .then(|| input.closest("fieldset").ok().flatten())
                .flatten()
                .and_then(|f| f.query_selector("legend").ok().flatten())
                .and_then(|l| l.text_content());
            said.push_str(if first { " " } else { ", " });
            if let Some(question) = question {
                said.push_str(question.trim());
                said.push_str(": ");
            }
            said.push_str(label.trim());
            first = false;
        }
        said.push('.');
        Some(said)
    }
}

#[cfg(not(feature = "hydrate"))]
mod live {
    pub fn apply<T>(_event: &T) -> Option<String> {
        None
    }
}
