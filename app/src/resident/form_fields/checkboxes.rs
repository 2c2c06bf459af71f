//! The inputs of a question of kind Kind::Checkboxes.

use leptos::prelude::*;

use crate::components::{ErrorMessage, described_by, group_class};
use crate::i18n::t;

use super::Question;
use super::legend_view;

pub(super) fn view(question: Question<'_>) -> AnyView {
    let Question {
        field,
        draft,
        heading,
        lang,
        id,
        label,
        hint,
        error,
        value: _,
        ..
    } = question;
    let chosen = draft.values(&id);
    let hint = hint.unwrap_or_else(|| t("form-checkboxes-hint"));
    let hint_id = format!("{id}-hint");
    let error_id = error.as_ref().map(|_| format!("{id}-error"));
    let describedby = described_by(&[Some(hint_id.clone()), error_id.clone()]);
    let boxes = field
            .options
            .iter()
            .enumerate()
            .map(|(i, option)| {
                // The first box carries the group's id, so the error summary link lands on it.
                let box_id = if i == 0 { id.clone() } else { format!("{id}-{}", option.value) };
                let checked = chosen.contains(&option.value);
                view! {
                    <div class="lk-checkboxes__item">
                        <input class="lk-checkboxes__input" type="checkbox" id=box_id.clone() name=id.clone() value=option.value.clone() checked=checked/>
                        <label class="lk-label lk-checkboxes__label" for=box_id>{option.label(lang).to_string()}</label>
                    </div>
                }
            })
            .collect_view();
    view! {
        <div class=group_class(error.is_some())>
            <fieldset class="lk-fieldset" aria-describedby=describedby>
                {legend_view(label, heading)}
                <div id=hint_id class="lk-hint">{hint}</div>
                <ErrorMessage id=error_id message=error.clone()/>
                <div class="lk-checkboxes">{boxes}</div>
            </fieldset>
        </div>
    }
    .into_any()
}
