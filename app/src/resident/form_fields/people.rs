//! The inputs of a question of kind Kind::People.

use leptos::prelude::*;

use crate::components::{DateInput, TextInput, error_for};
use crate::form::{self};
use crate::i18n::{t, t_args};

use super::Question;
use super::message;

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
    let rows = draft.people_rows(field);
    let max = field.max_rows();
    let can_add = rows.len() < max;
    let title = if heading {
        view! { <h1 class="lk-heading-l">{label}</h1> }.into_any()
    } else {
        view! { <h2 class="lk-heading-m">{label}</h2> }.into_any()
    };
    let people = rows
            .into_iter()
            .enumerate()
            .map(|(row, [name, day, month, year])| {
                let name_id = field.person_input(row, "naam");
                let birth_id = field.person_input(row, "geboortedatum");
                view! {
                    <fieldset class="lk-fieldset lk-person">
                        <legend class="lk-fieldset__legend lk-fieldset__legend--m">{t_args("form-person", &[("number", (row + 1).into())])}</legend>
                        <TextInput id=name_id.clone() label=t("label-full-name") value=name error=message(errors, &name_id)/>
                        <DateInput
                            id=birth_id.clone()
                            legend=t("label-birth-date")
                            hint=t("hint-birth-date")
                            values=[day, month, year]
                            error=error_for(errors, &birth_id)
                        />
                    </fieldset>
                }
            })
            .collect_view();
    let more = if can_add {
        view! {
                <button type="submit" class="lk-button lk-button--secondary" name="actie" value=form::ADD_ROW>
                    {t("form-people-add")}
                </button>
            }
            .into_any()
    } else {
        view! { <p>{t_args("form-people-max", &[("max", max.into())])}</p> }.into_any()
    };
    view! {
        {title}
        {hint.map(|h| view! { <p class="lk-hint" id=format!("{id}-hint")>{h}</p> })}
        {people}
        {more}
    }
    .into_any()
}
