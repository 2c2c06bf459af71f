//! The pages of "Verhuizing doorgeven": start, questions, check, confirmation.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::error::NotFoundPage;
use super::move_steps::StepFields;
use crate::components::{ErrorSummary, Layout, SentCopy, SentPanel, SummaryList};
use crate::i18n::{self, t};
use crate::move_journey::{BASE, CHECK_PATH, Step, TOTAL_STEPS};
use crate::page_context::page_context;

fn page_title(name: &str) -> String {
    i18n::title(&[name, &t("move-name")])
}

fn step_of(step: Step) -> String {
    i18n::step_of(step.number(), TOTAL_STEPS)
}

#[component]
pub fn StartPage() -> impl IntoView {
    view! {
        <Title text=i18n::title(&[&t("move-name")])/>
        <Layout>
            <h1 class="lk-heading-xl">{t("move-name")}</h1>
            <p class="lk-lead">{t("move-start-lead")}</p>
            <h2 class="lk-heading-m">{t("start-what-you-need")}</h2>
            <ul class="lk-list">
                <li>{t("move-start-need-address")}</li>
                <li>{t("move-start-need-date")}</li>
                <li>{t("move-start-need-people")}</li>
            </ul>
            <p>{t("move-start-time")}</p>
            // WCAG 2.2.1: the time limit is said before it starts, and every answer renews it.
            <p>{t("move-start-kept")}</p>
            <a href=Step::Address.path() class="lk-button lk-button--start">{t("start-now")}</a>
            <h2 class="lk-heading-m">{t("start-rather-together")}</h2>
            <p>{t("start-together-text")} " " <a href="#hulp">{t("help-title")}</a> "."</p>
            <p>{t("move-start-abroad")}</p>
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
    let name = format!("{}: {}", step_of(step), step.title());
    let parts = [name.as_str(), &t("move-name")];
    let title = i18n::form_title(&parts, !errors.is_empty());
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
            <a class="lk-back-link" href=back_href>{t("button-back")}</a>
            <p class="lk-caption">{step_of(step)}</p>
            <ErrorSummary errors=errors.clone()/>
            <form method="post" action=action novalidate=true class="lk-form">
                <StepFields step=step draft=context.draft.clone() errors=errors today=context.today/>
                <button type="submit" class="lk-button" name="actie" value="doorgaan">{t("button-continue")}</button>
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
        <Title text=page_title(&t("check-title"))/>
        <Layout>
            <a class="lk-back-link" href=Step::Contact.path()>{t("button-back")}</a>
            <h1 class="lk-heading-xl">{t("check-title")}</h1>
            {match rows {
                Ok(rows) => view! {
                    <SummaryList rows=rows change_links=true/>
                    <h2 class="lk-heading-m">{t("check-send-now")}</h2>
                    <p>{t("check-declaration")}</p>
                    <form method="post" action=CHECK_PATH class="lk-form">
                        <button type="submit" class="lk-button">{t("move-name")}</button>
                    </form>
                }
                .into_any(),
                Err(step) => view! {
                    <p>{t("check-missing")}</p>
                    <p><a href=step.path()>{t("check-continue-questions")}</a></p>
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
    let received = i18n::date_time_in(i18n::current(), &submission.received_at);
    view! {
        <Title text=page_title(&t("sent-title"))/>
        <Layout>
            <SentPanel heading=t("move-sent-heading") reference=submission.reference.clone() status_path=submission.status_path.clone()/>
            <h2 class="lk-heading-m">{t("what-happens-now")}</h2>
            <p>{t("move-sent-next")}</p>
            <p>{t("move-sent-question")}</p>
            <SentCopy reference=submission.reference.clone() received=received rows=submission.answers.summary.clone()/>
        </Layout>
    }
    .into_any()
}
