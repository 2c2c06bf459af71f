//! A labelled multi-line text field. Its limit is stated in the hint, so it
//! works without scripts (a live character count may be added as an island).

use leptos::prelude::*;

use super::{ErrorMessage, described_by, group_class, label_or_heading};

#[component]
pub fn Textarea(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: String,
    #[prop(into)] hint: String,
    #[prop(default = None)] error: Option<String>,
    /// The label is the page heading (one question per page).
    #[prop(optional)]
    heading: bool,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = error.as_ref().map(|_| format!("{id}-error"));
    let describedby = described_by(&[Some(hint_id.clone()), error_id.clone()]);
    let group = group_class(error.is_some());
    // Leptos writes a text area's content as raw text, unescaped (as it does for
    // `<script>` and `<style>`): escaped here, or a typed `</textarea>` would end it
    // and run what follows. Only the server renders this component.
    #[cfg(feature = "ssr")]
    let value = html_escape::encode_text(&value).into_owned();
    let class = if error.is_some() {
        "lk-textarea lk-input--error"
    } else {
        "lk-textarea"
    };
    view! {
        <div class=group>
            {label_or_heading(&id, label, heading)}
            <div id=hint_id class="lk-hint">{hint}</div>
            <ErrorMessage id=error_id.clone() message=error.clone()/>
            <textarea
                class=class
                id=id.clone()
                name=id
                rows="5"
                aria-describedby=describedby
                aria-invalid=error_id.as_ref().map(|_| "true")
            >{value}</textarea>
        </div>
    }
}
