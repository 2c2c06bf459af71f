//! The inputs of a question of kind Kind::Select.

use leptos::prelude::*;

use crate::components::{ErrorMessage, described_by, group_class, label_or_heading};
use crate::i18n::t;

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
    let options = field
            .options
            .iter()
            .map(|o| {
                let selected = o.value == value;
                view! { <option value=o.value.clone() selected=selected>{o.label(lang).to_string()}</option> }
            })
            .collect_view();
    view! {
            <div class=group_class(error.is_some())>
                {label_or_heading(&id, label, heading)}
                {hint.map(|h| view! { <div id=hint_id.clone() class="lk-hint">{h}</div> })}
                <ErrorMessage id=error_id.clone() message=error.clone()/>
                <select class="lk-select" id=id.clone() name=id aria-describedby=describedby aria-invalid=error_id.as_ref().map(|_| "true")>
                    <option value="">{t("form-select-choose")}</option>
                    {options}
                </select>
            </div>
        }
        .into_any()
}
