//! The inputs of a question of kind Kind::YesNo or Kind::Radios.

use leptos::prelude::*;

use crate::components::{RadioOption, Radios};
use crate::form::Kind;
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
    let options = if field.kind == Kind::YesNo {
        vec![
            RadioOption::new("ja", t("answer-yes")),
            RadioOption::new("nee", t("answer-no")),
        ]
    } else {
        field
            .options
            .iter()
            .map(|o| RadioOption::new(o.value.clone(), o.label(lang)))
            .collect()
    };
    view! {
            <Radios name=id legend=label hint=hint options=options selected=value error=error heading=heading/>
        }
        .into_any()
}
