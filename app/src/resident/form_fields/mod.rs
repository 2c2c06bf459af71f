//! The inputs of one question, one file per kind or family of kinds, beside
//! the kind's parsing in `form/kinds/`.

mod address;
mod checkboxes;
mod choices;
mod consent;
mod date;
mod long_text;
mod one_input;
mod people;
mod photos;
mod pickup_day;
mod select;

use leptos::prelude::*;

use crate::components::error_for;
use crate::form::{FieldDef, FormDraft, Kind};
use crate::i18n::Lang;
use crate::journey::FieldError;
use crate::wording::Worded;

/// What every kind's view gets: the question, the draft and its problems, and
/// what `field_view` works out once (the label, hint, error and typed value).
pub(super) struct Question<'a> {
    pub field: &'a FieldDef,
    pub draft: &'a FormDraft,
    pub errors: &'a [FieldError],
    pub heading: bool,
    pub lang: Lang,
    pub pickup_days: &'a [(jiff::civil::Date, i64)],
    pub id: String,
    pub label: String,
    pub hint: Option<String>,
    pub error: Option<String>,
    pub value: String,
}

/// The inputs of one question, as its kind asks.
pub(super) fn field_view(
    field: &FieldDef,
    draft: &FormDraft,
    errors: &[FieldError],
    heading: bool,
    lang: Lang,
    pickup_days: &[(jiff::civil::Date, i64)],
) -> AnyView {
    let id = field.id.clone();
    let question = Question {
        field,
        draft,
        errors,
        heading,
        lang,
        pickup_days,
        label: field.label_in(lang),
        hint: field.hint.as_ref().map(|h| h.get(lang).to_string()),
        error: message(errors, &id),
        value: draft.value(&id),
        id,
    };
    match field.kind {
        Kind::Text
        | Kind::Email
        | Kind::Phone
        | Kind::Number
        | Kind::Amount
        | Kind::LicencePlate => one_input::view(question),
        Kind::LongText => long_text::view(question),
        Kind::Address => address::view(question),
        Kind::Date => date::view(question),
        Kind::Photos => photos::view(question),
        Kind::People => people::view(question),
        Kind::PickupDay => pickup_day::view(question),
        Kind::YesNo | Kind::Radios => choices::view(question),
        Kind::Checkboxes => checkboxes::view(question),
        Kind::Select => select::view(question),
        Kind::Consent => consent::view(question),
    }
}

/// The words of the problem with this field, if there is one.
pub(crate) fn message(errors: &[FieldError], field: &str) -> Option<String> {
    error_for(errors, field).map(|e| e.message())
}

pub(super) fn legend_view(label: String, heading: bool) -> AnyView {
    if heading {
        view! { <legend class="lk-fieldset__legend lk-fieldset__legend--l"><h1 class="lk-heading-l">{label}</h1></legend> }.into_any()
    } else {
        view! { <legend class="lk-fieldset__legend lk-fieldset__legend--m">{label}</legend> }
            .into_any()
    }
}
