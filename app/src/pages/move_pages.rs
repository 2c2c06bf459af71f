//! The pages of "Verhuizing doorgeven": start, questions, check, confirmation.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::error::NotFoundPage;
use super::move_steps::StepFields;
use crate::MUNICIPALITY;
use crate::components::{ErrorSummary, Layout, SummaryList};
use crate::move_journey::{BASE, CHECK_PATH, PRODUCT_NAME, Step, TOTAL_STEPS};
use crate::page_context::page_context;

fn page_title(name: &str) -> String {
    format!("{name} - {PRODUCT_NAME} - {MUNICIPALITY}")
}

#[component]
pub fn StartPage() -> impl IntoView {
    view! {
        <Title text=format!("{PRODUCT_NAME} - {MUNICIPALITY}")/>
        <Layout>
            <h1 class="lk-heading-xl">{PRODUCT_NAME}</h1>
            <p class="lk-lead">"Gaat u verhuizen binnen Nederland? Geef uw nieuwe adres dan door aan ons. Dat kan vanaf 4 weken voor tot 5 dagen na de verhuizing."</p>
            <h2 class="lk-heading-m">"Wat heeft u nodig?"</h2>
            <ul class="lk-list">
                <li>"de postcode en het huisnummer van uw nieuwe adres"</li>
                <li>"de datum waarop u verhuist"</li>
                <li>"de namen en geboortedata van wie er met u meeverhuist"</li>
            </ul>
            <p>"Het kost ongeveer 5 minuten. Het is gratis."</p>
            // WCAG 2.2.1: the time limit is said before it starts, and every answer renews it.
            <p>"Wij bewaren uw antwoorden 24 uur na uw laatste antwoord. Daarna begint u opnieuw."</p>
            <a href=Step::Address.path() class="lk-button lk-button--start">"Start nu"</a>
            <h2 class="lk-heading-m">"Liever met iemand samen?"</h2>
            <p>"Bel ons of kom langs. Hoe dat kan, staat onder " <a href="#hulp">"Hulp nodig?"</a> "."</p>
            <p>"Verhuist u naar het buitenland? Dat kan niet online. Kom dan langs in het Stadhuis."</p>
        </Layout>
    }
}

#[component]
pub fn QuestionPage() -> impl IntoView {
    let slug = use_params_map()
        .get_untracked()
        .get("step")
        .unwrap_or_default();
    let Some(step) = Step::from_slug(&slug) else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let context = page_context();
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
            .map(Step::path)
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
                <StepFields step=step draft=context.draft.clone() errors=errors today=context.today/>
                <button type="submit" class="lk-button" name="actie" value="doorgaan">"Doorgaan"</button>
            </form>
        </Layout>
    }
    .into_any()
}

#[component]
pub fn CheckPage() -> impl IntoView {
    let context = page_context();
    let rows = context.draft.to_request(context.today).map(|r| r.summary());
    view! {
        <Title text=page_title("Controleer uw antwoorden")/>
        <Layout>
            <a class="lk-back-link" href=Step::Contact.path()>"Terug"</a>
            <h1 class="lk-heading-xl">"Controleer uw antwoorden"</h1>
            {match rows {
                Ok(rows) => view! {
                    <SummaryList rows=rows change_links=true/>
                    <h2 class="lk-heading-m">"Nu versturen"</h2>
                    <p>"Als u dit verstuurt, zegt u dat uw antwoorden kloppen."</p>
                    <form method="post" action=CHECK_PATH class="lk-form">
                        <button type="submit" class="lk-button">"Verhuizing doorgeven"</button>
                    </form>
                }
                .into_any(),
                Err(step) => view! {
                    <p>"Er ontbreekt nog een antwoord."</p>
                    <p><a href=step.path()>"Ga verder met de vragen"</a></p>
                }
                .into_any(),
            }}
        </Layout>
    }
}

#[component]
pub fn ConfirmationPage() -> impl IntoView {
    let Some(submission) = page_context().submission else {
        return view! { <NotFoundPage/> }.into_any();
    };
    view! {
        <Title text=page_title("Verstuurd")/>
        <Layout>
            <div class="lk-panel">
                <h1 class="lk-panel__title">"Uw verhuizing is doorgegeven"</h1>
                <p class="lk-panel__body">
                    "Uw referentienummer is"<br/>
                    <strong class="lk-panel__reference">{submission.reference.clone()}</strong>
                </p>
            </div>
            <h2 class="lk-heading-m">"Wat gebeurt er nu?"</h2>
            <p>"Wij verwerken uw verhuizing binnen 5 werkdagen. Daarna staat u op uw nieuwe adres ingeschreven."</p>
            <p>"Hebben wij een vraag? Dan nemen wij contact met u op. Belt u ons zelf? Noem dan uw referentienummer."</p>
            <h2 class="lk-heading-m">"Kopie van uw gegevens"</h2>
            <p>
                {format!("Wij hebben dit ontvangen op {}. ", submission.received_at)}
                "Hieronder staat wat u heeft verstuurd. U kunt deze pagina afdrukken of opslaan."
            </p>
            <p class="lk-print-hidden lk-hint">"Afdrukken gaat met de sneltoets Ctrl en P, of op een Mac met Cmd en P."</p>
            <dl class="lk-summary-list">
                <div class="lk-summary-list__row">
                    <dt class="lk-summary-list__key">"Referentienummer"</dt>
                    <dd class="lk-summary-list__value">{submission.reference.clone()}</dd>
                </div>
                <div class="lk-summary-list__row">
                    <dt class="lk-summary-list__key">"Ontvangen op"</dt>
                    <dd class="lk-summary-list__value">{submission.received_at.clone()}</dd>
                </div>
            </dl>
            <SummaryList rows=submission.answers.summary.clone()/>
        </Layout>
    }
    .into_any()
}
