//! The page of a booked visit behind its secret link: when, where, what to
//! bring, and moving, cancelling or adding it to a calendar.

use leptos::prelude::*;
use leptos_meta::Title;

use super::super::error::NotFoundPage;
use crate::components::{Description, Layout, SummaryList, SurveyInvite};
use crate::i18n::weekday_and_date;
use crate::i18n::{self, t, t_args};
use crate::journey::SummaryRow;
use crate::page_context::page_context;
use crate::visit::{BASE, MANAGE_BASE, VisitView, clock_range};

pub(super) fn view_rows(view: &VisitView) -> Vec<SummaryRow> {
    let row = |question: &str, answer: Option<Vec<String>>| SummaryRow {
        question: question.into(),
        answer,
        change_path: None,
    };
    vec![
        row(
            &t("label-what-for"),
            Some(view.products.iter().map(|p| p.name()).collect()),
        ),
        row(
            &t("label-where"),
            Some(vec![
                view.location.name.to_string(),
                view.location.address.to_string(),
            ]),
        ),
        row(&t("label-day"), Some(vec![weekday_and_date(view.day)])),
        row(
            &t("label-time"),
            Some(vec![clock_range(view.start, view.end - view.start)]),
        ),
        row(&t("label-name"), Some(vec![view.name.clone()])),
        row(&t("label-email-short"), view.email.clone().map(|e| vec![e])),
        row(&t("label-phone-short"), view.phone.clone().map(|p| vec![p])),
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
    let heading = t(match (&view.moved_to, view.cancelled) {
        (Some(_), _) => "visit-moved-heading",
        (None, true) => "visit-cancelled-heading",
        (None, false) => "visit-booked-heading",
    });
    let bring = view.bring(i18n::current());
    let body = if let Some(new) = &view.moved_to {
        view! {
            <p>{t("visit-moved-text")}</p>
            <p><a href=format!("{MANAGE_BASE}/{new}")>{t("visit-moved-link")}</a></p>
        }
        .into_any()
    } else if view.cancelled {
        view! {
            <p>{t("visit-cancelled-text")}</p>
            <p><a href=BASE>{t("visit-new-link")}</a></p>
            <p><a href=format!("{base}/agenda.ics") download="afspraak-geannuleerd.ics">{t("visit-ics-remove")}</a></p>
        }
        .into_any()
    } else {
        view! {
            <h2 class="lk-heading-m">{t("visit-bring-heading")}</h2>
            <ul class="lk-list">{bring.into_iter().map(|b| view! { <li>{b}</li> }).collect_view()}</ul>
            <p>{t("visit-on-time")}</p>
            <h2 class="lk-heading-m">{t("visit-calendar-heading")}</h2>
            <p><a href=format!("{base}/agenda.ics") download="afspraak.ics">{t("visit-ics-add")}</a></p>
            <h2 class="lk-heading-m">{t("visit-cannot-come-heading")}</h2>
            <p>{t("visit-cannot-come-text")}</p>
            <div class="lk-button-group">
                <form method="post" action=format!("{base}/verzetten") class="lk-form">
                    <button type="submit" class="lk-button lk-button--secondary">{t("visit-move-button")}</button>
                </form>
                <form method="post" action=format!("{base}/annuleren") class="lk-form">
                    <button type="submit" class="lk-button lk-button--secondary">{t("visit-cancel-button")}</button>
                </form>
            </div>
        }
        .into_any()
    };
    view! {
        <Title text=i18n::title(&[&t_args("visit-manage-title", &[("reference", view.reference.clone().into())])])/>
        <Description text=t("visit-start-lead")/>
        <Layout>
            <div class="lk-panel">
                <h1 class="lk-panel__title">{heading}</h1>
                <p class="lk-panel__body">
                    {t("reference-is")}<br/>
                    <strong class="lk-panel__reference">{view.reference.clone()}</strong>
                </p>
            </div>
            {body}
            <SurveyInvite path=view.survey_path.clone()/>
            <h2 class="lk-heading-m">{t("visit-your-visit")}</h2>
            <SummaryList rows=rows/>
        </Layout>
    }
    .into_any()
}
