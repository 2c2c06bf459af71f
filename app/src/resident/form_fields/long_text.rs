//! The inputs of a question of kind Kind::LongText.

use leptos::prelude::*;

use crate::components::{CharacterCount, Textarea};
use crate::i18n::t_args;

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
    let limit = t_args("hint-max-chars", &[("max", field.max_chars().into())]);
    let hint = match hint {
        Some(h) => format!("{h} {limit}"),
        None => limit,
    };
    let max = field.max_chars();
    // Typing here wakes the character count island (island_loader.js).
    view! {
            <div data-wake="">
                <Textarea id=id.clone() label=label hint=hint value=value.clone() error=error heading=heading/>
                <CharacterCount target=id max=max value=value/>
            </div>
        }
        .into_any()
}
