//! "Afspraak aan de balie": start, the five questions, check, and the page
//! behind the secret link (view, calendar file, reschedule, cancel).

use crate::wording::Worded;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::error::NotFoundPage;
use crate::components::{
    Checkbox, Description, ErrorSummary, Layout, RadioOption, Radios, TextInput, error_for,
};
use crate::i18n::{self, t, t_args};
use crate::journey::FieldError;
use crate::page_context::{VisitContext, page_context};
use crate::visit::{BASE, CHECK_PATH, TOTAL_STEPS, VisitStep, locations};

fn page_title(name: &str) -> String {
    i18n::title(&[name, &t("help-visit")])
}

fn step_of(step: VisitStep) -> String {
    i18n::step_of(step.number(), TOTAL_STEPS)
}

#[component]
pub fn VisitStartPage() -> impl IntoView {
    view! {
        <Title text=i18n::title(&[&t("help-visit")])/>
        <Description text=t("visit-start-lead")/>
        <Layout>
            <h1 class="lk-heading-xl">{t("help-visit")}</h1>
            <p class="lk-lead">{t("visit-start-lead")}</p>
            <h2 class="lk-heading-m">{t("visit-start-how")}</h2>
            <ul class="lk-list">
                <li>{t("visit-start-how-1")}</li>
                <li>{t("visit-start-how-2")}</li>
                <li>{t("visit-start-how-3")}</li>
            </ul>
            <p>{t("visit-start-time")}</p>
            <a href=VisitStep::Products.path() class="lk-button lk-button--start">{t("visit-start-button")}</a>
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
    let name = format!("{}: {}", step_of(step), step.title());
    let parts = [name.as_str(), &t("help-visit")];
    let title = i18n::form_title(&parts, !errors.is_empty());
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
        <Description text=t("visit-start-lead")/>
        <Layout>
            // Back and the step counter share one row where they fit.
            <div class="lk-step-bar">
                <a class="lk-back-link" href=back_href>{t("button-back")}</a>
                <p class="lk-caption">{step_of(step)}</p>
            </div>
            <ErrorSummary errors=errors.clone()/>
            <form method="post" action=action novalidate=true class="lk-form">
                <VisitFields step=step context=context errors=errors/>
                <button type="submit" class="lk-button">{t("button-continue")}</button>
            </form>
        </Layout>
    }
    .into_any()
}

fn message(errors: &[FieldError], field: &str) -> Option<String> {
    error_for(errors, field).map(|e| e.message())
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
            let options = locations()
                .iter()
                .map(|l| RadioOption::new(l.slug.clone(), format!("{}, {}", l.name, l.address)))
                .collect();
            view! {
                <Radios
                    name="locatie"
                    legend=t("visit-location-question")
                    hint=t("visit-location-hint")
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
            let hint = t_args("visit-day-hint", &[("minutes", i64::from(draft.minutes()).into())]);
            if options.is_empty() {
                view! {
                    <h1 class="lk-heading-l">{t("visit-day-question")}</h1>
                    <p>{t("visit-day-none")}</p>
                    <p><a href=VisitStep::Location.path()>{t("visit-day-other-location")}</a>" " {t("visit-day-or-call")}</p>
                }
                .into_any()
            } else {
                view! {
                    <Radios
                        name="dag"
                        legend=t("visit-day-question")
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
                <legend class="lk-fieldset__legend lk-fieldset__legend--l"><h1 class="lk-heading-l">{t("visit-step-gegevens")}</h1></legend>
                <TextInput id="naam" label=t("label-your-name") hint=t("visit-name-hint") value=draft.name.clone() error=message(&errors, "naam") autocomplete="name"/>
                <TextInput
                    id="email"
                    label=t("label-your-email-optional")
                    hint=t("visit-email-hint")
                    value=draft.email.clone()
                    error=message(&errors, "email")
                    input_type="email"
                    autocomplete="email"
                />
                <TextInput
                    id="telefoon"
                    label=t("label-your-phone-optional")
                    hint=t("visit-phone-hint")
                    value=draft.phone.clone()
                    error=message(&errors, "telefoon")
                    input_type="tel"
                    autocomplete="tel"
                />
            </fieldset>
            <crate::components::HelperNote value=draft.helper_note.clone().unwrap_or_default()/>
            <Checkbox
                id="na-bezoek-vragen"
                label=t("visit-survey-mail")
                hint=t("visit-survey-mail-hint")
                value="ja"
                checked=draft.survey_mail
            />
            {context.can_share_answers.then(|| view! {
                <Checkbox
                    id="antwoorden-meesturen"
                    label=t("share-answers")
                    hint=t("visit-share-answers-hint")
                    value="ja"
                    checked=draft.share_answers
                />
            })}
        }
        .into_any(),
    }
}

mod check;
mod choices;
mod manage;

pub use check::VisitCheckPage;
use choices::{ProductChoice, TimeChoice};
pub use manage::VisitManagePage;
