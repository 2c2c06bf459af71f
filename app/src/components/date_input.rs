//! A date as three inputs (day, month, year) in a fieldset, the GOV.UK pattern:
//! easier to type and to correct than a date picker, and it works everywhere.

use crate::wording::Worded;
use leptos::prelude::*;

use super::{ErrorMessage, described_by, group_class};
use crate::domain::DateField;
use crate::i18n::t;
use crate::journey::{FieldError, date_input_id};

#[component]
pub fn DateInput(
    #[prop(into)] id: String,
    #[prop(into)] legend: String,
    #[prop(into)] hint: String,
    values: [String; 3],
    error: Option<FieldError>,
    /// "bday" for a date of birth (autocomplete bday-day, ...).
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    #[prop(optional)] heading: bool,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let off = super::autocomplete_here(autocomplete) == Some("off");
    let error_id = error.as_ref().map(|_| format!("{id}-error"));
    let describedby = described_by(&[Some(hint_id.clone()), error_id.clone()]);
    let group = group_class(error.is_some());
    let parts = [
        (DateField::Day, t("date-day"), "day", "lk-input--w2"),
        (DateField::Month, t("date-month"), "month", "lk-input--w2"),
        (DateField::Year, t("date-year"), "year", "lk-input--w4"),
    ];
    let invalid: Vec<String> = error
        .as_ref()
        .map(|e| e.invalid_inputs.clone())
        .unwrap_or_default();
    let legend_view = if heading {
        view! { <legend class="lk-fieldset__legend lk-fieldset__legend--l"><h1 class="lk-heading-l">{legend}</h1></legend> }.into_any()
    } else {
        view! { <legend class="lk-fieldset__legend">{legend}</legend> }.into_any()
    };
    view! {
        <div class=group>
            <fieldset class="lk-fieldset" role="group" aria-describedby=describedby>
                {legend_view}
                <div id=hint_id class="lk-hint">{hint}</div>
                <ErrorMessage id=error_id.clone() message=error.clone().map(|e| e.message())/>
                <div class="lk-date-input">
                    {parts
                        .into_iter()
                        .zip(values)
                        .map(|((part, label, suffix, width), value)| {
                            let input_id = date_input_id(&id, part);
                            let is_invalid = invalid.contains(&input_id);
                            let class = format!("lk-input {width}{}", if is_invalid { " lk-input--error" } else { "" });
                            view! {
                                <div class="lk-date-input__item">
                                    <label class="lk-label lk-date-input__label" for=input_id.clone()>{label}</label>
                                    <input
                                        class=class
                                        id=input_id.clone()
                                        name=input_id
                                        type="text"
                                        inputmode="numeric"
                                        value=value
                                        autocomplete=if off { Some("off".to_string()) } else { autocomplete.map(|a| format!("{a}-{suffix}")) }
                                        aria-invalid=is_invalid.then_some("true")
                                    />
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}
