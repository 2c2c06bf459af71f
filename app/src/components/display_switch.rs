//! "Weergave": the display switch, in the same place on every page. Without
//! scripts it is a form in a disclosure that posts and returns to the same page
//! at the switch, opened, with a polite "saved" message. With scripts (an
//! island) a change applies at once, is saved in the background, and is
//! announced politely.

use leptos::prelude::*;

use super::{Checkbox, RadioOption, Radios, ReadAloud};
use crate::display::{self, ANCHOR, Contrast, Display, PATH, SAVED_QUERY, TextSize};
use crate::page_context::request_path_and_query;

/// The bar under the header: read-aloud and the display switch.
#[component]
pub fn DisplayBar() -> impl IntoView {
    let here = request_path_and_query().unwrap_or_else(|| "/".into());
    let saved = here
        .split_once('?')
        .is_some_and(|(_, q)| q.split('&').any(|p| p == SAVED_QUERY));
    view! {
        <div class="lk-width lk-display-bar">
            <ReadAloud/>
            <DisplaySwitch current=display::current() here=here saved=saved/>
        </div>
    }
    .into_any()
}

#[island]
fn DisplaySwitch(current: Display, here: String, saved: bool) -> impl IntoView {
    let sizes = TextSize::ALL
        .iter()
        .map(|s| RadioOption::new(s.slug(), s.label()))
        .collect();
    let contrasts = Contrast::ALL
        .iter()
        .map(|c| RadioOption::new(c.slug(), c.label()))
        .collect();
    let initial = if saved {
        "Uw weergave is opgeslagen.".to_string()
    } else {
        String::new()
    };
    let (said, say) = signal(initial);
    let form = NodeRef::<leptos::html::Form>::new();
    let changed = move |_| {
        if let Some(text) = live::apply(form.get_untracked()) {
            say.set(text);
        }
    };
    view! {
        <details id=ANCHOR class="lk-display" open=saved>
            <summary class="lk-display__summary">"Weergave aanpassen"</summary>
            <div class="lk-display__panel">
                <p class="lk-display__saved" role="status">{move || said.get()}</p>
                <form method="post" action=PATH class="lk-form" node_ref=form on:change=changed>
                    <input type="hidden" name="terug" value=here/>
                    <Radios name="tekstgrootte" legend="Tekstgrootte" options=sizes selected=current.text.slug() error=None/>
                    <Radios name="contrast" legend="Contrast" options=contrasts selected=current.contrast.slug() error=None/>
                    <Checkbox
                        id="ruimte"
                        label="Extra ruimte tussen regels en letters"
                        hint="Dat maakt lange teksten voor sommige mensen makkelijker te lezen."
                        value="ja"
                        checked=current.spacing
                    />
                    <Checkbox
                        id="beweging"
                        label="Minder beweging"
                        hint="Dan bewegen en knipperen er geen dingen op het scherm."
                        value="ja"
                        checked=current.calm
                    />
                    <button type="submit" class="lk-button lk-button--secondary">"Opslaan"</button>
                </form>
            </div>
        </details>
    }
    .into_any()
}

#[cfg(feature = "hydrate")]
mod live {
    use wasm_bindgen::JsValue;

    use crate::display::{Display, PATH};

    /// Applies the form's choice to the page at once, saves it in the background
    /// (the same post as without scripts), and returns what to announce.
    pub fn apply(form: Option<web_sys::HtmlFormElement>) -> Option<String> {
        let form = form?;
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
        let headers = web_sys::Headers::new().ok()?;
        headers
            .set("content-type", "application/x-www-form-urlencoded")
            .ok()?;
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        init.set_headers(headers.as_ref());
        init.set_body(&JsValue::from_str(&String::from(body.to_string())));
        // Only the cookie matters: the redirect it answers is not followed.
        init.set_redirect(web_sys::RequestRedirect::Manual);
        let _ = window.fetch_with_str_and_init(PATH, &init);
        let mut parts = vec![format!("tekst {}", display.text.label().to_lowercase())];
        parts.push(match display.contrast {
            crate::display::Contrast::High => "hoog contrast".into(),
            crate::display::Contrast::Standard => "standaard contrast".into(),
        });
        if display.spacing {
            parts.push("extra ruimte".into());
        }
        if display.calm {
            parts.push("minder beweging".into());
        }
        Some(format!("Aangepast: {}.", parts.join(", ")))
    }
}

#[cfg(not(feature = "hydrate"))]
mod live {
    pub fn apply<T>(_form: Option<T>) -> Option<String> {
        None
    }
}
