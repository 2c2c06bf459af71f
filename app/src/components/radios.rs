//! A radio group in a fieldset whose legend is the question.

use leptos::prelude::*;

use super::{ErrorMessage, described_by, group_class};

#[derive(Clone, Debug)]
pub struct RadioOption {
    pub value: String,
    pub label: String,
}

impl RadioOption {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            value: value.into(),
            label: label.into(),
        }
    }
}

#[component]
pub fn Radios(
    #[prop(into)] name: String,
    #[prop(into)] legend: String,
    #[prop(optional_no_strip, into)] hint: Option<String>,
    options: Vec<RadioOption>,
    #[prop(into)] selected: String,
    error: Option<String>,
    /// The legend is the page heading (one question per page).
    #[prop(optional)]
    heading: bool,
) -> impl IntoView {
    let hint_id = hint.as_ref().map(|_| format!("{name}-hint"));
    let error_id = error.as_ref().map(|_| format!("{name}-error"));
    let describedby = described_by(&[hint_id.clone(), error_id.clone()]);
    let group = group_class(error.is_some());
    view! {
        <div class=group>
            // role radiogroup (allowed on fieldset) is what can carry aria-invalid for the group.
            <fieldset class="lk-fieldset" role="radiogroup" aria-describedby=describedby aria-invalid=error_id.as_ref().map(|_| "true")>
                {if heading {
                    view! { <legend class="lk-fieldset__legend lk-fieldset__legend--l"><h1 class="lk-heading-l">{legend}</h1></legend> }.into_any()
                } else {
                    view! { <legend class="lk-fieldset__legend lk-fieldset__legend--m">{legend}</legend> }.into_any()
                }}
                {hint.map(|h| view! { <div id=hint_id.clone() class="lk-hint">{h}</div> })}
                <ErrorMessage id=error_id.clone() message=error.clone()/>
                <div class="lk-radios">
                    {options
                        .into_iter()
                        .enumerate()
                        .map(|(i, option)| {
                            // The first radio carries the group's id, so the error summary link lands on it.
                            let is_checked = selected == option.value;
                            let id = if i == 0 { name.clone() } else { format!("{name}-{}", option.value) };
                            view! {
                                <div class="lk-radios__item">
                                    <input
                                        class="lk-radios__input"
                                        type="radio"
                                        id=id.clone()
                                        name=name.clone()
                                        value=option.value
                                        checked=is_checked
                                    />
                                    <label class="lk-label lk-radios__label" for=id>{option.label}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}
