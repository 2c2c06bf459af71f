//! A single checkbox for consent, with a hint that says what ticking it means.

use leptos::prelude::*;

#[component]
pub fn Checkbox(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] hint: String,
    #[prop(into)] value: String,
    checked: bool,
    /// What is wrong (a tick that is needed, such as consent).
    #[prop(default = None)]
    error: Option<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = error.as_ref().map(|_| format!("{id}-error"));
    let describedby = super::described_by(&[Some(hint_id.clone()), error_id.clone()]);
    view! {
        <div class=super::group_class(error.is_some())>
            <super::ErrorMessage id=error_id.clone() message=error.clone()/>
            <div class="lk-checkboxes__item">
                <input class="lk-checkboxes__input" type="checkbox" id=id.clone() name=id.clone() value=value checked=checked aria-describedby=describedby aria-invalid=error_id.as_ref().map(|_| "true")/>
                <label class="lk-label lk-checkboxes__label" for=id>{label}</label>
            </div>
            <div id=hint_id class="lk-hint lk-checkboxes__hint">{hint}</div>
        </div>
    }
}
