//! The inputs of a question of kind Kind::Address.

use leptos::prelude::*;

use crate::components::TextInput;
use crate::i18n::t;

use super::Question;
use super::{legend_view, message};

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
    let legend = legend_view(label, heading);
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let described = hint_id.clone();
    view! {
            <fieldset class="lk-fieldset" aria-describedby=described>
                {legend}
                {hint.map(|h| view! { <div id=hint_id class="lk-hint">{h}</div> })}
                <TextInput id=inputs[0].clone() label=t("label-postcode") hint=t("hint-postcode") value=draft.value(&inputs[0]) error=message(errors, &inputs[0]) autocomplete="postal-code" width="lk-input--w6"/>
                <TextInput id=inputs[1].clone() label=t("label-house-number") value=draft.value(&inputs[1]) error=message(errors, &inputs[1]) inputmode="numeric" width="lk-input--w5"/>
                <TextInput id=inputs[2].clone() label=t("label-addition") hint=t("hint-addition") value=draft.value(&inputs[2]) error=message(errors, &inputs[2]) width="lk-input--w4"/>
            </fieldset>
        }
        .into_any()
}
