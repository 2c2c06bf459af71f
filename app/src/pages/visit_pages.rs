//! "Afspraak aan de balie": start, the five questions, check, and the page
//! behind the secret link (view, calendar file, reschedule, cancel).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::error::NotFoundPage;
use crate::MUNICIPALITY;
use crate::callback::weekday_and_date;
use crate::components::{
    Checkbox, ErrorMessage, ErrorSummary, Layout, RadioOption, Radios, SummaryList, TextInput,
    described_by, error_for, group_class,
};
use crate::move_journey::{FieldError, SummaryRow};
use crate::page_context::{VisitContext, page_context};
use crate::visit::{
    BASE, CHECK_PATH, LOCATIONS, MANAGE_BASE, TOTAL_STEPS, VISIT_PRODUCTS, VisitDraft, VisitStep,
    VisitView, clock, clock_range, day_part,
};

const NAME: &str = "Afspraak aan de balie";

fn page_title(name: &str) -> String {
    format!("{name} - {NAME} - {MUNICIPALITY}")
}

#[component]
pub fn VisitStartPage() -> impl IntoView {
    view! {
        <Title text=format!("{NAME} - {MUNICIPALITY}")/>
        <Layout>
            <h1 class="lk-heading-xl">{NAME}</h1>
            <p class="lk-lead">"Sommige zaken regelt u aan de balie. Bijvoorbeeld een paspoort of een rijbewijs. Maak hier een afspraak, dan hoeft u niet te wachten."</p>
            <h2 class="lk-heading-m">"Zo werkt het"</h2>
            <ul class="lk-list">
                <li>"U kiest waarvoor u komt."</li>
                <li>"U kiest waar, op welke dag en hoe laat."</li>
                <li>"U krijgt een bevestiging. Daarin staat wat u moet meenemen."</li>
            </ul>
            <p>"Het kost ongeveer 3 minuten. Een afspraak maken is gratis."</p>
            <a href=VisitStep::Products.path() class="lk-button lk-button--start">"Maak een afspraak"</a>
        </Layout>
    }
}

/// Stap n van 5, the form of one question, and its error summary.
#[component]
pub fn VisitStepPage() -> impl IntoView {
    let slug = use_params_map()
        .get_untracked()
        .get("step")
        .unwrap_or_default();
    let Some(step) = VisitStep::from_slug(&slug) else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let context = page_context().visit.unwrap_or_default();
    let back_to_check =
        use_query_map().get_untracked().get("terug").as_deref() == Some("controleren");
    let errors = context.draft.errors.get(&step).cloned().unwrap_or_default();
    let prefix = if errors.is_empty() { "" } else { "Fout: " };
    let title = format!(
        "{prefix}{}",
        page_title(&format!(
            "Stap {} van {TOTAL_STEPS}: {}",
            step.number(),
            step.title()
        ))
    );
    let back_href = if back_to_check {
        CHECK_PATH.to_string()
    } else {
        step.previous()
            .map(VisitStep::path)
            .unwrap_or_else(|| BASE.to_string())
    };
    let action = if back_to_check {
        format!("{}?terug=controleren", step.path())
    } else {
        step.path()
    };
    view! {
        <Title text=title/>
        <Layout>
            <a class="lk-back-link" href=back_href>"Terug"</a>
            <p class="lk-caption">{format!("Stap {} van {TOTAL_STEPS}", step.number())}</p>
            <ErrorSummary errors=errors.clone()/>
            <form method="post" action=action novalidate=true class="lk-form">
                <VisitFields step=step context=context errors=errors/>
                <button type="submit" class="lk-button">"Doorgaan"</button>
            </form>
        </Layout>
    }
    .into_any()
}

fn message(errors: &[FieldError], field: &str) -> Option<String> {
    error_for(errors, field).map(|e| e.message)
}

#[component]
fn VisitFields(step: VisitStep, context: VisitContext, errors: Vec<FieldError>) -> impl IntoView {
    let draft = context.draft;
    match step {
        VisitStep::Products => {
            view! { <ProductChoice chosen=draft.products.clone() error=message(&errors, "product")/> }
                .into_any()
        }
        VisitStep::Location => {
            let options = LOCATIONS
                .iter()
                .map(|l| RadioOption::new(l.slug, format!("{}, {}", l.name, l.address)))
                .collect();
            view! {
                <Radios
                    name="locatie"
                    legend="Waar wilt u naartoe komen?"
                    hint="Het Stadhuis is elke werkdag open. Wijkpunt Noord is open op dinsdagochtend en donderdagmiddag."
                    options=options
                    selected=draft.location.clone()
                    error=message(&errors, "locatie")
                    heading=true
                />
            }
            .into_any()
        }
        VisitStep::Day => {
            let options: Vec<RadioOption> = context
                .free_days
                .iter()
                .map(|d| RadioOption::new(d.day.to_string(), d.label()))
                .collect();
            let hint = format!(
                "U ziet de dagen van de komende 4 weken waarop nog tijd vrij is. Uw afspraak duurt {} minuten.",
                draft.minutes()
            );
            if options.is_empty() {
                view! {
                    <h1 class="lk-heading-l">"Op welke dag wilt u komen?"</h1>
                    <p>"Op deze locatie is de komende 4 weken geen tijd meer vrij."</p>
                    <p><a href=VisitStep::Location.path()>"Kies een andere locatie"</a>" of vraag onder Hulp nodig of wij u bellen."</p>
                }
                .into_any()
            } else {
                view! {
                    <Radios
                        name="dag"
                        legend="Op welke dag wilt u komen?"
                        hint=hint
                        options=options
                        selected=draft.day.clone()
                        error=message(&errors, "dag")
                        heading=true
                    />
                }
                .into_any()
            }
        }
        VisitStep::Time => view! { <TimeChoice draft=draft.clone() free=context.free_times.clone() error=message(&errors, "tijd")/> }
            .into_any(),
        VisitStep::Contact => view! {
            <fieldset class="lk-fieldset">
                <legend class="lk-fieldset__legend lk-fieldset__legend--l"><h1 class="lk-heading-l">"Uw gegevens"</h1></legend>
                <TextInput id="naam" label="Uw naam" hint="Zo weet de medewerker wie er komt." value=draft.name.clone() error=message(&errors, "naam") autocomplete="name"/>
                <TextInput
                    id="email"
                    label="Uw e-mailadres (optioneel)"
                    hint="Dan sturen wij u een bevestiging, en de dag ervoor een herinnering."
                    value=draft.email.clone()
                    error=message(&errors, "email")
                    input_type="email"
                    autocomplete="email"
                />
                <TextInput
                    id="telefoon"
                    label="Uw telefoonnummer (optioneel)"
                    hint="Dan kunnen wij u bellen als de afspraak niet door kan gaan."
                    value=draft.phone.clone()
                    error=message(&errors, "telefoon")
                    input_type="tel"
                    autocomplete="tel"
                />
            </fieldset>
            {context.can_share_answers.then(|| view! {
                <Checkbox
                    id="antwoorden-meesturen"
                    label="Stuur mijn antwoorden tot nu toe mee"
                    hint="Dan kan de medewerker aan de balie verder waar u bent gebleven. Wij sturen ze alleen mee als u dit aanvinkt."
                    value="ja"
                    checked=draft.share_answers
                />
            })}
        }
        .into_any(),
    }
}

/// The products as checkboxes: a visit can combine them, and the length adds up.
#[component]
fn ProductChoice(chosen: Vec<String>, error: Option<String>) -> impl IntoView {
    let error_id = error.as_ref().map(|_| "product-error".to_string());
    let describedby = described_by(&[Some("product-hint".into()), error_id.clone()]);
    let group = group_class(error.is_some());
    view! {
        <div class=group>
            <fieldset class="lk-fieldset" aria-describedby=describedby>
                <legend class="lk-fieldset__legend lk-fieldset__legend--l"><h1 class="lk-heading-l">"Waarvoor komt u?"</h1></legend>
                <div id="product-hint" class="lk-hint">"Kies alles wat u in één keer wilt regelen."</div>
                <ErrorMessage id=error_id message=error/>
                <div class="lk-checkboxes">
                    {VISIT_PRODUCTS
                        .iter()
                        .enumerate()
                        .map(|(i, p)| {
                            // The first box carries the group's id, so the error summary link lands on it.
                            let id = if i == 0 { "product".to_string() } else { format!("product-{}", p.slug) };
                            let checked = chosen.iter().any(|c| c == p.slug);
                            view! {
                                <div class="lk-checkboxes__item">
                                    <input class="lk-checkboxes__input" type="checkbox" id=id.clone() name="product" value=p.slug checked=checked/>
                                    <label class="lk-label lk-checkboxes__label" for=id>
                                        {p.name}<span class="lk-checkboxes__detail">{format!(" ({} minuten)", p.minutes)}</span>
                                    </label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}

/// The free times of the chosen day, a radio group per part of the day.
#[component]
fn TimeChoice(draft: VisitDraft, free: Vec<u16>, error: Option<String>) -> impl IntoView {
    let day = draft.day().map(weekday_and_date).unwrap_or_default();
    let minutes = draft.minutes();
    let error_id = error.as_ref().map(|_| "tijd-error".to_string());
    let describedby = described_by(&[Some("tijd-hint".into()), error_id.clone()]);
    let group = group_class(error.is_some());
    let mut parts: Vec<(&'static str, Vec<u16>)> = Vec::new();
    for start in free {
        let part = day_part(start);
        match parts.last_mut() {
            Some((p, starts)) if *p == part => starts.push(start),
            _ => parts.push((part, vec![start])),
        }
    }
    let mut first = true;
    let selected = draft.time.clone();
    let groups = parts
        .into_iter()
        .map(|(part, starts)| {
            let radios = starts
                .into_iter()
                .map(|start| {
                    let value = start.to_string();
                    // The first time carries the group's id, for the error summary link.
                    let id = if first {
                        "tijd".to_string()
                    } else {
                        format!("tijd-{value}")
                    };
                    first = false;
                    let checked = selected == value;
                    view! {
                        <div class="lk-radios__item">
                            <input class="lk-radios__input" type="radio" id=id.clone() name="tijd" value=value checked=checked/>
                            <label class="lk-label lk-radios__label" for=id>{clock(start)}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="lk-fieldset lk-fieldset--part">
                    <legend class="lk-fieldset__legend lk-fieldset__legend--s">{part}</legend>
                    <div class="lk-radios lk-radios--columns">{radios}</div>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <div class=group>
            <fieldset class="lk-fieldset" role="radiogroup" aria-describedby=describedby aria-invalid=error_id.as_ref().map(|_| "true")>
                <legend class="lk-fieldset__legend lk-fieldset__legend--l"><h1 class="lk-heading-l">"Hoe laat wilt u komen?"</h1></legend>
                <div id="tijd-hint" class="lk-hint">{format!("Dit zijn de vrije tijden op {day}. Uw afspraak duurt {minutes} minuten.")}</div>
                <ErrorMessage id=error_id.clone() message=error/>
                {groups}
            </fieldset>
        </div>
    }
}

fn summary(draft: &VisitDraft, can_share: bool) -> Vec<SummaryRow> {
    let row = |question: &str, answer: Option<Vec<String>>, step: VisitStep| SummaryRow {
        question: question.into(),
        answer,
        step: None,
        change_path: Some(step.path()),
    };
    let products = draft
        .products()
        .iter()
        .map(|p| p.name.to_string())
        .collect();
    let location = draft
        .location()
        .map(|l| vec![l.name.to_string(), l.address.to_string()]);
    let optional = |v: &str| (!v.trim().is_empty()).then(|| vec![v.trim().to_string()]);
    vec![
        row("Waarvoor", Some(products), VisitStep::Products),
        row("Waar", location, VisitStep::Location),
        row(
            "Dag",
            draft.day().map(|d| vec![weekday_and_date(d)]),
            VisitStep::Day,
        ),
        row(
            "Tijd",
            draft.start().map(|s| vec![clock_range(s, draft.minutes())]),
            VisitStep::Time,
        ),
        row("Naam", optional(&draft.name), VisitStep::Contact),
        row("E-mailadres", optional(&draft.email), VisitStep::Contact),
        row("Telefoonnummer", optional(&draft.phone), VisitStep::Contact),
    ]
    .into_iter()
    .chain(can_share.then(|| {
        let answer = if draft.share_answers { "Ja" } else { "Nee" };
        row(
            "Antwoorden meesturen",
            Some(vec![answer.to_string()]),
            VisitStep::Contact,
        )
    }))
    .collect()
}

#[component]
pub fn VisitCheckPage() -> impl IntoView {
    let context = page_context().visit.unwrap_or_default();
    let moving = context.draft.replacing.is_some();
    let button = if moving {
        "Afspraak verzetten"
    } else {
        "Afspraak maken"
    };
    view! {
        <Title text=page_title("Controleer uw afspraak")/>
        <Layout>
            <a class="lk-back-link" href=VisitStep::Contact.path()>"Terug"</a>
            <h1 class="lk-heading-xl">"Controleer uw afspraak"</h1>
            <SummaryList rows=summary(&context.draft, context.can_share_answers) change_links=true/>
            <form method="post" action=CHECK_PATH class="lk-form">
                <input type="hidden" name="formulier" value=context.nonce/>
                <button type="submit" class="lk-button">{button}</button>
            </form>
        </Layout>
    }
}

fn view_rows(view: &VisitView) -> Vec<SummaryRow> {
    let row = |question: &str, answer: Option<Vec<String>>| SummaryRow {
        question: question.into(),
        answer,
        step: None,
        change_path: None,
    };
    vec![
        row(
            "Waarvoor",
            Some(view.products.iter().map(|p| p.name.to_string()).collect()),
        ),
        row(
            "Waar",
            Some(vec![
                view.location.name.to_string(),
                view.location.address.to_string(),
            ]),
        ),
        row("Dag", Some(vec![weekday_and_date(view.day)])),
        row(
            "Tijd",
            Some(vec![clock_range(view.start, view.end - view.start)]),
        ),
        row("Naam", Some(vec![view.name.clone()])),
        row("E-mailadres", view.email.clone().map(|e| vec![e])),
        row("Telefoonnummer", view.phone.clone().map(|p| vec![p])),
    ]
}

/// The page behind the secret link: confirmation, what to bring, calendar file, move, cancel.
#[component]
pub fn VisitManagePage() -> impl IntoView {
    let Some(view) = page_context().visit.and_then(|v| v.view) else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let base = format!("{MANAGE_BASE}/{}", view.token);
    let rows = view_rows(&view);
    let heading = match (&view.moved_to, view.cancelled) {
        (Some(_), _) => "Deze afspraak is verzet",
        (None, true) => "Uw afspraak is geannuleerd",
        (None, false) => "Uw afspraak staat",
    };
    let bring = view.bring();
    let body = if let Some(new) = &view.moved_to {
        view! {
            <p>"U heeft deze afspraak verzet naar een andere tijd."</p>
            <p><a href=format!("{MANAGE_BASE}/{new}")>"Bekijk uw nieuwe afspraak"</a></p>
        }
        .into_any()
    } else if view.cancelled {
        view! {
            <p>"Wij verwachten u niet. Wilt u toch komen? Maak dan een nieuwe afspraak."</p>
            <p><a href=BASE>"Maak een nieuwe afspraak"</a></p>
            <p><a href=format!("{base}/agenda.ics") download="afspraak-geannuleerd.ics">"Haal de afspraak uit uw agenda (ics-bestand)"</a></p>
        }
        .into_any()
    } else {
        view! {
            <h2 class="lk-heading-m">"Wat neemt u mee?"</h2>
            <ul class="lk-list">{bring.into_iter().map(|b| view! { <li>{b}</li> }).collect_view()}</ul>
            <p>"Kom op tijd. Bent u meer dan 10 minuten te laat? Dan moet u misschien een nieuwe afspraak maken."</p>
            <h2 class="lk-heading-m">"In uw agenda"</h2>
            <p><a href=format!("{base}/agenda.ics") download="afspraak.ics">"Zet de afspraak in uw agenda (ics-bestand)"</a></p>
            <h2 class="lk-heading-m">"Kunt u niet komen?"</h2>
            <p>"Verzet de afspraak of annuleer hem. Dan kan iemand anders die tijd gebruiken. Bewaar deze pagina: met de link kunt u later terugkomen."</p>
            <div class="lk-button-group">
                <form method="post" action=format!("{base}/verzetten") class="lk-form">
                    <button type="submit" class="lk-button lk-button--secondary">"Afspraak verzetten"</button>
                </form>
                <form method="post" action=format!("{base}/annuleren") class="lk-form">
                    <button type="submit" class="lk-button lk-button--secondary">"Afspraak annuleren"</button>
                </form>
            </div>
        }
        .into_any()
    };
    view! {
        <Title text=format!("Afspraak {} - {MUNICIPALITY}", view.reference)/>
        <Layout>
            <div class="lk-panel">
                <h1 class="lk-panel__title">{heading}</h1>
                <p class="lk-panel__body">
                    "Uw referentienummer is"<br/>
                    <strong class="lk-panel__reference">{view.reference.clone()}</strong>
                </p>
            </div>
            {body}
            <h2 class="lk-heading-m">"Uw afspraak"</h2>
            <SummaryList rows=rows/>
        </Layout>
    }
    .into_any()
}
