//! "Weergave": the display switch, in the same place on every page. Without
//! scripts it is a form in a disclosure that posts and returns to the same page
//! at the switch, opened, with a polite "saved" message.

use leptos::prelude::*;

use super::{Checkbox, RadioOption, Radios, ReadAloud};
use crate::display::{self, ANCHOR, Contrast, PATH, SAVED_QUERY, TextSize};
use crate::page_context::request_path_and_query;

#[component]
pub fn DisplaySwitch() -> impl IntoView {
    let current = display::current();
    let here = request_path_and_query().unwrap_or_else(|| "/".into());
    let saved = here
        .split_once('?')
        .is_some_and(|(_, q)| q.split('&').any(|p| p == SAVED_QUERY));
    let sizes = TextSize::ALL
        .iter()
        .map(|s| RadioOption::new(s.slug(), s.label()))
        .collect();
    let contrasts = Contrast::ALL
        .iter()
        .map(|c| RadioOption::new(c.slug(), c.label()))
        .collect();
    view! {
        <div class="lk-width lk-display-bar">
            <ReadAloud/>
            <details id=ANCHOR class="lk-display" open=saved>
                <summary class="lk-display__summary">"Weergave aanpassen"</summary>
                <div class="lk-display__panel">
                    {saved.then(|| view! { <p class="lk-display__saved" role="status">"Uw weergave is opgeslagen."</p> })}
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
                </div>
            </details>
        </div>
    }
    .into_any()
}
