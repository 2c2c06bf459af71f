//! A single checkbox for consent, with a hint that says what ticking it means.

use leptos::prelude::*;

#[component]
pub fn Checkbox(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] hint: String,
    #[prop(into)] value: String,
    checked: bool,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="lk-form-group">
            <div class="lk-checkboxes__item">
                <input class="lk-checkboxes__input" type="checkbox" id=id.clone() name=id.clone() value=value checked=checked aria-describedby=hint_id.clone()/>
                <label class="lk-label lk-checkboxes__label" for=id>{label}</label>
            </div>
            <div id=hint_id class="lk-hint lk-checkboxes__hint">{hint}</div>
        </div>
    }
}
