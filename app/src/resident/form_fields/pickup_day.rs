//! The inputs of a question of kind Kind::PickupDay.

use leptos::prelude::*;

use crate::components::{RadioOption, Radios};
use crate::i18n::{t, t_args};

use super::Question;
use super::legend_view;

pub(super) fn view(question: Question<'_>) -> AnyView {
    let Question {
        heading,
        lang,
        pickup_days,
        id,
        label,
        hint,
        error,
        value,
        ..
    } = question;
    if pickup_days.is_empty() {
        return view! {
            {legend_view(label, heading)}
            <p>{t("form-pickup-none")}</p>
        }
        .into_any();
    }
    let options = pickup_days
        .iter()
        .map(|(day, free)| {
            RadioOption::new(
                day.to_string(),
                t_args(
                    "form-pickup-day",
                    &[
                        ("day", crate::i18n::weekday_and_date_in(lang, *day).into()),
                        ("free", (*free).into()),
                    ],
                ),
            )
        })
        .collect();
    view! {
            <Radios name=id legend=label hint=hint options=options selected=value error=error heading=heading/>
        }
        .into_any()
}
