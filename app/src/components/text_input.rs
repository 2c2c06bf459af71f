//! A labelled text input with optional hint and error, tied by `aria-describedby`.

use leptos::prelude::*;

use super::{ErrorMessage, described_by, group_class, label_or_heading};

#[component]
pub fn TextInput(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: String,
    #[prop(optional_no_strip, into)] hint: Option<String>,
    #[prop(default = None)] error: Option<String>,
    #[prop(optional_no_strip, into)] autocomplete: Option<&'static str>,
    #[prop(optional_no_strip, into)] input_type: Option<&'static str>,
    #[prop(optional_no_strip, into)] inputmode: Option<&'static str>,
    /// A width modifier such as "lk-input--w5" (about 5 characters).
    #[prop(optional_no_strip, into)]
    width: Option<&'static str>,
    /// The label is the page heading (one question per page).
    #[prop(optional)]
    heading: bool,
) -> impl IntoView {
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let error_id = error.as_ref().map(|_| format!("{id}-error"));
    let describedby = described_by(&[hint_id.clone(), error_id.clone()]);
    let group = group_class(error.is_some());
    let autocomplete = super::autocomplete_here(autocomplete);
    let input_class = format!(
        "lk-input {}{}",
        width.unwrap_or(""),
        if error.is_some() {
            " lk-input--error"
        } else {
            ""
        }
    );
    view! {
        <div class=group>
            {label_or_heading(&id, label, heading)}
            {hint.map(|h| view! { <div id=hint_id.clone() class="lk-hint">{h}</div> })}
            <ErrorMessage id=error_id.clone() message=error.clone()/>
            <input
                class=input_class
                id=id.clone()
                name=id
                type=input_type.unwrap_or("text")
                value=value
                autocomplete=autocomplete
                inputmode=inputmode
                spellcheck="false"
                aria-describedby=describedby
                aria-invalid=error_id.as_ref().map(|_| "true")
            />
        </div>
    }
}
