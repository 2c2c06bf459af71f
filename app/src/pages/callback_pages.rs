//! "Bel mij terug": the request form and the page behind its secret link.

use leptos::prelude::*;
use leptos_meta::Title;

use super::error::NotFoundPage;
use crate::MUNICIPALITY;
use crate::callback::{MAX_NOTE_CHARS, Origin, PATH};
use crate::components::{
    Checkbox, ErrorSummary, Layout, RadioOption, Radios, SummaryList, TextInput, Textarea,
    error_for,
};
use crate::move_journey::SummaryRow;
use crate::page_context::page_context;

#[component]
pub fn CallbackPage() -> impl IntoView {
    let form = page_context().callback_form.unwrap_or_default();
    let draft = form.draft;
    let errors = draft.errors.clone();
    let message = |field: &str| error_for(&errors, field).map(|e| e.message);
    let (name_error, phone_error, topic_error, slot_error, note_error, email_error) = (
        message("naam"),
        message("telefoon"),
        message("onderwerp"),
        message("dagdeel"),
        message("opmerking"),
        message("email"),
    );
    let origin = Origin::from_path(&draft.from);
    let topic = if draft.topic.is_empty() {
        origin.topic()
    } else {
        draft.topic.clone()
    };
    let prefix = if errors.is_empty() { "" } else { "Fout: " };
    let options = form
        .slots
        .iter()
        .map(|s| RadioOption::new(s.value(), s.label()))
        .collect::<Vec<_>>();
    let topic_hint = if origin.product.is_some() {
        "Wij hebben ingevuld waar u was. U mag dit aanpassen."
    } else {
        "Bijvoorbeeld: vraag over mijn verhuizing."
    };
    view! {
        <Title text=format!("{prefix}Bel mij terug - {MUNICIPALITY}")/>
        <Layout>
            <h1 class="lk-heading-xl">"Bel mij terug"</h1>
            <p class="lk-lead">"Wij bellen u binnen 2 werkdagen. U kiest zelf wanneer dat het beste uitkomt."</p>
            <ErrorSummary errors=errors.clone()/>
            <form method="post" action=PATH novalidate=true class="lk-form">
                <input type="hidden" name="vanaf" value=draft.from.clone()/>
                <input type="hidden" name="formulier" value=form.nonce/>
                <TextInput id="naam" label="Uw naam" value=draft.name error=name_error autocomplete="name"/>
                <TextInput
                    id="telefoon"
                    label="Uw telefoonnummer"
                    hint="Bijvoorbeeld 06 12345678. Wij gebruiken dit alleen om u te bellen."
                    value=draft.phone
                    error=phone_error
                    input_type="tel"
                    autocomplete="tel"
                />
                <TextInput id="onderwerp" label="Waarover wilt u gebeld worden?" hint=topic_hint value=topic error=topic_error/>
                <Radios name="dagdeel" legend="Wanneer kunnen wij u het beste bellen?" options=options selected=draft.slot error=slot_error/>
                <Textarea
                    id="opmerking"
                    label="Wilt u nog iets kwijt? (optioneel)"
                    hint=format!("Hoogstens {MAX_NOTE_CHARS} tekens.")
                    value=draft.note
                    error=note_error
                />
                <TextInput
                    id="email"
                    label="Uw e-mailadres (optioneel)"
                    hint="Dan sturen wij u een bevestiging van dit verzoek."
                    value=draft.email
                    error=email_error
                    input_type="email"
                    autocomplete="email"
                />
                {form.can_share_answers.then(|| view! {
                    <Checkbox
                        id="antwoorden-meesturen"
                        label="Stuur mijn antwoorden tot nu toe mee"
                        hint="Dan kan de medewerker verder waar u bent gebleven. Wij sturen ze alleen mee als u dit aanvinkt."
                        value="ja"
                        checked=draft.share_answers
                    />
                })}
                <button type="submit" class="lk-button">"Verstuur"</button>
            </form>
        </Layout>
    }
}

#[component]
pub fn CallbackStatusPage() -> impl IntoView {
    let Some(view) = page_context().callback_view else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let rows = vec![
        row("Naam", Some(view.name.clone())),
        row("Telefoonnummer", Some(view.phone.clone())),
        row("Onderwerp", Some(view.topic.clone())),
        row("Wanneer", Some(view.slot.clone())),
        row("Opmerking", view.note.clone()),
        row(
            "Antwoorden meegestuurd",
            Some(if view.shared_answers { "Ja" } else { "Nee" }.to_string()),
        ),
    ];
    let heading = if view.cancelled {
        "Uw terugbelverzoek is geannuleerd"
    } else {
        "Wij bellen u terug"
    };
    view! {
        <Title text=format!("Terugbelverzoek {} - {MUNICIPALITY}", view.reference)/>
        <Layout>
            <div class="lk-panel">
                <h1 class="lk-panel__title">{heading}</h1>
                <p class="lk-panel__body">
                    "Uw referentienummer is"<br/>
                    <strong class="lk-panel__reference">{view.reference.clone()}</strong>
                </p>
            </div>
            {if view.cancelled {
                view! { <p>"Wij bellen u niet. Heeft u toch hulp nodig? Vraag dan opnieuw om een belletje."</p> }.into_any()
            } else {
                view! {
                    <h2 class="lk-heading-m">"Wat gebeurt er nu?"</h2>
                    <p>{format!("Wij bellen u op {}. Lukt dat niet? Dan bellen wij u uiterlijk op {}.", view.slot, view.due)}</p>
                    <p>"Wij bellen met een nummer dat begint met 14. Neemt u niet op? Dan proberen wij het nog een keer."</p>
                    <p>"Bewaar deze pagina. Met de link kunt u uw verzoek later bekijken of annuleren."</p>
                    <form method="post" action=format!("{PATH}/{}/annuleren", view.token) class="lk-form">
                        <button type="submit" class="lk-button lk-button--secondary">"Verzoek annuleren"</button>
                    </form>
                }
                .into_any()
            }}
            <h2 class="lk-heading-m">"Uw verzoek"</h2>
            <SummaryList rows=rows/>
        </Layout>
    }
    .into_any()
}

fn row(question: &str, answer: Option<String>) -> SummaryRow {
    SummaryRow {
        question: question.into(),
        answer: answer.map(|a| vec![a]),
        step: None,
        change_path: None,
    }
}
