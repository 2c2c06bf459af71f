//! The questions of each step of "Verhuizing doorgeven".

use jiff::ToSpan;
use jiff::civil::Date;
use leptos::prelude::*;

use crate::components::{DateInput, RadioOption, Radios, TextInput, error_for};
use crate::domain::CalendarDate;
use crate::move_journey::{FieldError, MAX_PEOPLE, MoveDraft, RawPerson, Step, person_id};

fn message(errors: &[FieldError], field: &str) -> Option<String> {
    error_for(errors, field).map(|e| e.message)
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
                <legend class="lk-fieldset__legend lk-fieldset__legend--l"><h1 class="lk-heading-l">"Wat is uw nieuwe adres?"</h1></legend>
                <div id="adres-hint" class="lk-hint">"Met de postcode en het huisnummer zoeken wij de straat en de plaats op."</div>
                <TextInput id="postcode" label="Postcode" hint="Bijvoorbeeld 1234 AB" value=draft.postcode error=message(&errors, "postcode") autocomplete="postal-code" width="lk-input--w6"/>
                <TextInput id="huisnummer" label="Huisnummer" value=draft.house_number error=message(&errors, "huisnummer") inputmode="numeric" width="lk-input--w5"/>
                <TextInput id="toevoeging" label="Toevoeging (optioneel)" hint="Bijvoorbeeld A of 2" value=draft.addition error=message(&errors, "toevoeging") width="lk-input--w4"/>
            </fieldset>
        }
        .into_any(),
        Step::MoveDate => {
            let example = CalendarDate::from_date(today.saturating_add(7.days())).date();
            let hint = format!(
                "De dag waarop u op het nieuwe adres gaat wonen. Dat mag 5 dagen geleden zijn, of hoogstens 4 weken vooruit. Bijvoorbeeld {} {} {}",
                example.day(), example.month(), example.year()
            );
            view! {
                <DateInput
                    id="verhuisdatum"
                    legend="Wanneer verhuist u?"
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
                legend="Verhuist er iemand met u mee?"
                hint="Bijvoorbeeld uw partner of uw kinderen. Dan hoeven zij dit niet zelf door te geven."
                options=vec![
                    RadioOption::new("nee", "Nee, ik verhuis alleen"),
                    RadioOption::new("ja", "Ja, er verhuist iemand mee"),
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
                <h1 class="lk-heading-l">"Wie verhuist er met u mee?"</h1>
                <p class="lk-hint" id="personen-hint">
                    "Vul van iedereen de naam en de geboortedatum in. Dan weten wij wie wij moeten inschrijven. Iemand weghalen? Maak de naam en de datum leeg."
                </p>
                {people
                    .into_iter()
                    .enumerate()
                    .map(|(i, person)| view! { <PersonRow index=i person=person errors=errors.clone()/> })
                    .collect_view()}
                {if can_add {
                    view! {
                        <button type="submit" class="lk-button lk-button--secondary" name="actie" value="toevoegen">
                            "Nog iemand toevoegen"
                        </button>
                    }
                    .into_any()
                } else {
                    view! { <p>"U kunt hier 8 personen doorgeven. Verhuizen er meer mensen mee? Bel ons dan."</p> }.into_any()
                }}
            }
            .into_any()
        }
        Step::Contact => view! {
            <h1 class="lk-heading-l">"Hoe kunnen wij u bereiken?"</h1>
            <p class="lk-hint">"Wij gebruiken dit alleen als wij een vraag hebben over uw verhuizing. U mag dit leeg laten."</p>
            <TextInput id="email" label="E-mailadres (optioneel)" value=draft.email error=message(&errors, "email") input_type="email" autocomplete="email"/>
            <TextInput id="telefoon" label="Telefoonnummer (optioneel)" hint="Bijvoorbeeld 06 12345678" value=draft.phone error=message(&errors, "telefoon") input_type="tel" autocomplete="tel"/>
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
            <legend class="lk-fieldset__legend lk-fieldset__legend--m">{format!("Persoon {}", index + 1)}</legend>
            <TextInput id=name_id.clone() label="Volledige naam" value=person.name error=message(&errors, &name_id)/>
            <DateInput
                id=birth_id.clone()
                legend="Geboortedatum"
                hint="Bijvoorbeeld 27 3 2012"
                values=[person.day, person.month, person.year]
                error=error_for(&errors, &birth_id)
            />
        </fieldset>
    }
}
