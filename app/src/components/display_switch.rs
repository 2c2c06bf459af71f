//! "Weergave": the display switch, in the same place on every page. Without
//! scripts it is a form in a disclosure that posts and returns to the same page
//! at the switch, opened, with a polite "saved" message. With scripts (an
//! island) a change applies at once, is saved in the background, and is
//! announced politely.

use leptos::prelude::*;

use super::{Checkbox, RadioOption, Radios};
use crate::display::{self, ANCHOR, Contrast, Display, PATH, SAVED_QUERY, TextSize};
use crate::page_context::request_path_and_query;

/// The bar under the header with the display switch.
#[component]
pub fn DisplayBar() -> impl IntoView {
    let here = request_path_and_query().unwrap_or_else(|| "/".into());
    let saved = here
        .split_once('?')
        .is_some_and(|(_, q)| q.split('&').any(|p| p == SAVED_QUERY));
    view! {
        <div class="lk-width lk-display-bar">
            <DisplaySwitch current=display::current() here=here saved=saved/>
        </div>
    }
    .into_any()
}

#[component]
fn DisplaySwitch(current: Display, here: String, saved: bool) -> impl IntoView {
    let sizes = TextSize::ALL
        .iter()
        .map(|s| RadioOption::new(s.slug(), s.label()))
        .collect();
    let contrasts = Contrast::ALL
        .iter()
        .map(|c| RadioOption::new(c.slug(), c.label()))
        .collect();
    view! {
        <details id=ANCHOR class="lk-display" open=saved>
            <summary class="lk-display__summary">"Weergave aanpassen"</summary>
            <div class="lk-display__panel">
                {saved.then(|| view! { <p class="lk-display__saved" role="status">"Uw weergave is opgeslagen."</p> })}
                <DisplayLive>
                    <form method="post" action=PATH class="lk-form">
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
                </DisplayLive>
            </div>
        </details>
    }
    .into_any()
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
        let mut said = String::from("Aangepast: tekst ");
        // Static words, no to_lowercase(): its Unicode tables would weigh on the WebAssembly.
        said.push_str(match display.text {
            crate::display::TextSize::Standard => "standaard",
            crate::display::TextSize::Large => "groot",
            crate::display::TextSize::ExtraLarge => "extra groot",
        });
        said.push_str(match display.contrast {
            crate::display::Contrast::High => ", hoog contrast",
            crate::display::Contrast::Standard => ", standaard contrast",
        });
        if display.spacing {
            said.push_str(", extra ruimte");
        }
        if display.calm {
            said.push_str(", minder beweging");
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
