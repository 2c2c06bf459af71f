//! The inputs of a question of kind Kind::Consent.

use leptos::prelude::*;

use crate::components::{ErrorMessage, described_by, group_class};

use super::Question;

pub(super) fn view(question: Question<'_>) -> AnyView {
    let Question {
        field,
        heading,
        lang,
        id,
        label,
        hint,
        error,
        value,
        ..
    } = question;
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let error_id = error.as_ref().map(|_| format!("{id}-error"));
    let describedby = described_by(&[hint_id.clone(), error_id.clone()]);
    let heading_view =
        heading.then(|| view! { <h1 class="lk-heading-l">{field.short_in(lang)}</h1> });
    view! {
            {heading_view}
            <div class=group_class(error.is_some())>
                <ErrorMessage id=error_id.clone() message=error.clone()/>
                <div class="lk-checkboxes__item">
                    <input class="lk-checkboxes__input" type="checkbox" id=id.clone() name=id.clone() value="ja" checked=value == "ja" aria-describedby=describedby aria-invalid=error_id.as_ref().map(|_| "true")/>
                    <label class="lk-label lk-checkboxes__label" for=id>{label}</label>
                </div>
                {hint.map(|h| view! { <div id=hint_id class="lk-hint lk-checkboxes__hint">{h}</div> })}
            </div>
        }
        .into_any()
}
