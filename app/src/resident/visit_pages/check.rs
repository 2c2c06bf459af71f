//! "Controleer uw afspraak": what was chosen, with change links, and the
//! form that books.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::{Description, Layout, SummaryList};
use crate::i18n::t;
use crate::i18n::weekday_and_date;
use crate::journey::SummaryRow;
use crate::page_context::page_context;
use crate::visit::{CHECK_PATH, VisitDraft, VisitStep, clock_range};

use super::*;

pub(super) fn summary(draft: &VisitDraft, can_share: bool) -> Vec<SummaryRow> {
    let row = |question: &str, answer: Option<Vec<String>>, step: VisitStep| SummaryRow {
        question: question.into(),
        answer,
        change_path: Some(step.path()),
    };
    let products = draft.products().iter().map(|p| p.name()).collect();
    let location = draft
        .location()
        .map(|l| vec![l.name.to_string(), l.address.to_string()]);
    let optional = |v: &str| (!v.trim().is_empty()).then(|| vec![v.trim().to_string()]);
    vec![
        row(&t("label-what-for"), Some(products), VisitStep::Products),
        row(&t("label-where"), location, VisitStep::Location),
        row(
            &t("label-day"),
            draft.day().map(|d| vec![weekday_and_date(d)]),
            VisitStep::Day,
        ),
        row(
            &t("label-time"),
            draft.start().map(|s| vec![clock_range(s, draft.minutes())]),
            VisitStep::Time,
        ),
        row(&t("label-name"), optional(&draft.name), VisitStep::Contact),
        row(
            &t("label-email-short"),
            optional(&draft.email),
            VisitStep::Contact,
        ),
        row(
            &t("label-phone-short"),
            optional(&draft.phone),
            VisitStep::Contact,
        ),
    ]
    .into_iter()
    .chain(std::iter::once(row(
        &t("label-survey-mail"),
        Some(vec![t(if draft.survey_mail { "yes" } else { "no" })]),
        VisitStep::Contact,
    )))
    .chain(can_share.then(|| {
        let answer = t(if draft.share_answers { "yes" } else { "no" });
        row(
            &t("label-share-answers"),
            Some(vec![answer]),
            VisitStep::Contact,
        )
    }))
    .collect()
}

#[component]
pub fn VisitCheckPage() -> impl IntoView {
    let context = page_context().visit.unwrap_or_default();
    let moving = context.draft.replacing.is_some();
    let button = t(if moving {
        "visit-move-button"
    } else {
        "visit-book-button"
    });
    view! {
        <Title text=page_title(&t("visit-check-title"))/>
        <Description text=t("visit-start-lead")/>
        <Layout>
            <a class="lk-back-link" href=VisitStep::Contact.path()>{t("button-back")}</a>
            <h1 class="lk-heading-xl">{t("visit-check-title")}</h1>
            <SummaryList rows=summary(&context.draft, context.can_share_answers) change_links=true/>
            <form method="post" action=CHECK_PATH class="lk-form">
                <input type="hidden" name="formulier" value=context.nonce/>
                <button type="submit" class="lk-button">{button}</button>
            </form>
        </Layout>
    }
}
