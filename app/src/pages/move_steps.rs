//! The questions of each step of "Verhuizing doorgeven".

use jiff::ToSpan;
use jiff::civil::Date;
use leptos::prelude::*;

use crate::components::{DateInput, RadioOption, Radios, TextInput, error_for};
use crate::domain::CalendarDate;
use crate::i18n::{t, t_args};
use crate::move_journey::{FieldError, MAX_PEOPLE, MoveDraft, RawPerson, Step, person_id};

fn message(errors: &[FieldError], field: &str) -> Option<String> {
    error_for(errors, field).map(|e| e.message())
}

#[component]
pub fn StepFields(
    step: Step,
    draft: MoveDraft,
    errors: Vec<FieldError>,
    today: Date,
) -> impl IntoView {
    match step {
        Step::Address => view! {
            <fieldset class="lk-fieldset" aria-describedby="adres-hint">
                <legend class="lk-fieldset__legend lk-fieldset__legend--l"><h1 class="lk-heading-l">{t("move-address-question")}</h1></legend>
                <div id="adres-hint" class="lk-hint">{t("move-address-hint")}</div>
                <TextInput id="postcode" label=t("label-postcode") hint=t("hint-postcode") value=draft.postcode error=message(&errors, "postcode") autocomplete="postal-code" width="lk-input--w6"/>
                <TextInput id="huisnummer" label=t("label-house-number") value=draft.house_number error=message(&errors, "huisnummer") inputmode="numeric" width="lk-input--w5"/>
                <TextInput id="toevoeging" label=t("label-addition") hint=t("hint-addition") value=draft.addition error=message(&errors, "toevoeging") width="lk-input--w4"/>
            </fieldset>
        }
        .into_any(),
        Step::MoveDate => {
            let example = CalendarDate::from_date(today.saturating_add(7.days())).date();
            let hint = t_args(
                "move-date-hint",
                &[(
                    "example",
                    format!("{} {} {}", example.day(), example.month(), example.year()).into(),
                )],
            );
            view! {
                <DateInput
                    id="verhuisdatum"
                    legend=t("move-date-question")
                    hint=hint
                    values=[draft.move_day, draft.move_month, draft.move_year]
                    error=error_for(&errors, "verhuisdatum")
                    heading=true
                />
            }
            .into_any()
        }
        Step::Companions => view! {
            <Radios
                name="meeverhuizers"
                legend=t("move-companions-question")
                hint=t("move-companions-hint")
                options=vec![
                    RadioOption::new("nee", t("move-companions-no")),
                    RadioOption::new("ja", t("move-companions-yes")),
                ]
                selected=draft.companions
                error=message(&errors, "meeverhuizers")
                heading=true
            />
        }
        .into_any(),
        Step::People => {
            let mut people = draft.people.clone();
            if people.is_empty() {
                people.push(RawPerson::default());
            }
            let can_add = people.len() < MAX_PEOPLE;
            view! {
                <h1 class="lk-heading-l">{t("move-people-question")}</h1>
                <p class="lk-hint" id="personen-hint">
                    {t("move-people-hint")}
                </p>
                {people
                    .into_iter()
                    .enumerate()
                    .map(|(i, person)| view! { <PersonRow index=i person=person errors=errors.clone()/> })
                    .collect_view()}
                {if can_add {
                    view! {
                        <button type="submit" class="lk-button lk-button--secondary" name="actie" value="toevoegen">
                            {t("move-people-add")}
                        </button>
                    }
                    .into_any()
                } else {
                    view! { <p>{t("move-people-max")}</p> }.into_any()
                }}
            }
            .into_any()
        }
        Step::Contact => view! {
            <h1 class="lk-heading-l">{t("move-contact-question")}</h1>
            <p class="lk-hint">{t("move-contact-hint")}</p>
            <TextInput id="email" label=t("label-email-optional") value=draft.email error=message(&errors, "email") input_type="email" autocomplete="email"/>
            <TextInput id="telefoon" label=t("label-phone-optional") hint=t("hint-phone") value=draft.phone error=message(&errors, "telefoon") input_type="tel" autocomplete="tel"/>
        }
        .into_any(),
    }
}

#[component]
fn PersonRow(index: usize, person: RawPerson, errors: Vec<FieldError>) -> impl IntoView {
    let name_id = person_id(index, "naam");
    let birth_id = person_id(index, "geboortedatum");
    view! {
        <fieldset class="lk-fieldset lk-person">
            <legend class="lk-fieldset__legend lk-fieldset__legend--m">{t_args("move-person", &[("number", (index + 1).into())])}</legend>
            <TextInput id=name_id.clone() label=t("label-full-name") value=person.name error=message(&errors, &name_id)/>
            <DateInput
                id=birth_id.clone()
                legend=t("label-birth-date")
                hint=t("hint-birth-date")
                values=[person.day, person.month, person.year]
                error=error_for(&errors, &birth_id)
            />
        </fieldset>
    }
}
