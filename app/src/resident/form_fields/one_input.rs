//! The inputs of a question of kind Kind::Text or Kind::Email or Kind::Phone or Kind::Number or Kind::Amount or Kind::LicencePlate.

use leptos::prelude::*;

use crate::components::TextInput;
use crate::form::Kind;
use crate::i18n::t;

use super::Question;

pub(super) fn view(question: Question<'_>) -> AnyView {
    let Question {
        field,
        heading,
        id,
        label,
        hint,
        error,
        value,
        ..
    } = question;
    let (input_type, inputmode, width) = match field.kind {
        Kind::Email => (Some("email"), None, None),
        Kind::Phone => (Some("tel"), None, Some("lk-input--w10")),
        Kind::Number => (None, Some("numeric"), Some("lk-input--w5")),
        Kind::Amount => (None, Some("decimal"), Some("lk-input--w10")),
        Kind::LicencePlate => (None, None, Some("lk-input--w6")),
        _ => (None, None, None),
    };
    let hint = hint.or_else(|| match field.kind {
        Kind::Phone => Some(t("hint-phone")),
        Kind::Amount => Some(t("form-amount-hint")),
        Kind::LicencePlate => Some(t("form-plate-hint")),
        _ => None,
    });
    view! {
        <TextInput
            id=id
            label=label
            hint=hint
            value=value
            error=error
            autocomplete=field.autocomplete_token()
            input_type=input_type
            inputmode=inputmode
            width=width
            heading=heading
        />
    }
    .into_any()
}
