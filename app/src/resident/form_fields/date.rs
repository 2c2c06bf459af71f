//! The inputs of a question of kind Kind::Date.

use leptos::prelude::*;

use crate::components::{DateInput, error_for};
use crate::i18n::t;

use super::Question;

pub(super) fn view(question: Question<'_>) -> AnyView {
    let Question {
        field,
        draft,
        errors,
        heading,
        id,
        label,
        hint,
        error: _,
        value: _,
        ..
    } = question;
    let inputs = field.inputs();
    view! {
        <DateInput
            id=id.clone()
            legend=label
            hint=hint.unwrap_or_else(|| t("form-date-hint"))
            values=[draft.value(&inputs[0]), draft.value(&inputs[1]), draft.value(&inputs[2])]
            error=error_for(errors, &id)
            heading=heading
        />
    }
    .into_any()
}
