//! "Bel mij terug": the request form and the page behind its secret link.

use crate::wording::Worded;
use leptos::prelude::*;
use leptos_meta::Title;

use super::error::NotFoundPage;
use crate::callback::{MAX_NOTE_CHARS, Origin, PATH, weekday_and_date};
use crate::components::{
    Checkbox, Description, ErrorSummary, HelperNote, Layout, RadioOption, Radios, SummaryList,
    SurveyInvite, TextInput, Textarea, error_for,
};
use crate::i18n::{self, t, t_args};
use crate::journey::SummaryRow;
use crate::page_context::page_context;

#[component]
pub fn CallbackPage() -> impl IntoView {
    let form = page_context().callback_form.unwrap_or_default();
    let draft = form.draft;
    let errors = draft.errors.clone();
    let message = |field: &str| error_for(&errors, field).map(|e| e.message());
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
    let name = t("callback-name");
    let title = i18n::form_title(&[&name], !errors.is_empty());
    let options = form
        .slots
        .iter()
        .map(|s| RadioOption::new(s.value(), s.label()))
        .collect::<Vec<_>>();
    let topic_hint = if origin.product.is_some() {
        t("callback-topic-hint-prefilled")
    } else {
        t("callback-topic-hint")
    };
    view! {
        <Title text=title/>
        <Description text=t("callback-lead")/>
        <Layout>
            <h1 class="lk-heading-xl">{name}</h1>
            <p class="lk-lead">{t("callback-lead")}</p>
            <ErrorSummary errors=errors.clone()/>
            <form method="post" action=PATH novalidate=true class="lk-form">
                <input type="hidden" name="vanaf" value=draft.from.clone()/>
                <input type="hidden" name="formulier" value=form.nonce/>
                <TextInput id="naam" label=t("label-your-name") value=draft.name error=name_error autocomplete="name"/>
                <TextInput
                    id="telefoon"
                    label=t("label-your-phone")
                    hint=t("callback-phone-hint")
                    value=draft.phone
                    error=phone_error
                    input_type="tel"
                    autocomplete="tel"
                />
                <TextInput id="onderwerp" label=t("callback-topic") hint=topic_hint value=topic error=topic_error/>
                <Radios name="dagdeel" legend=t("callback-slot") options=options selected=draft.slot error=slot_error/>
                <Textarea
                    id="opmerking"
                    label=t("callback-note")
                    hint=t_args("hint-max-chars", &[("max", MAX_NOTE_CHARS.into())])
                    value=draft.note
                    error=note_error
                />
                <TextInput
                    id="email"
                    label=t("label-your-email-optional")
                    hint=t("callback-email-hint")
                    value=draft.email
                    error=email_error
                    input_type="email"
                    autocomplete="email"
                />
                <HelperNote value=draft.helper_note/>
                {form.can_share_answers.then(|| view! {
                    <Checkbox
                        id="antwoorden-meesturen"
                        label=t("share-answers")
                        hint=t("share-answers-hint")
                        value="ja"
                        checked=draft.share_answers
                    />
                })}
                <button type="submit" class="lk-button">{t("button-send")}</button>
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
        row(&t("label-name"), Some(view.name.clone())),
        row(&t("label-phone-short"), Some(view.phone.clone())),
        row(&t("label-topic"), Some(view.topic.clone())),
        row(&t("label-when"), Some(view.slot.label())),
        row(&t("label-note"), view.note.clone()),
        row(
            &t("label-answers-shared"),
            Some(t(if view.shared_answers { "yes" } else { "no" })),
        ),
    ];
    let heading = if view.cancelled {
        t("callback-cancelled-heading")
    } else {
        t("callback-status-heading")
    };
    view! {
        <Title text=i18n::title(&[&t_args("callback-status-title", &[("reference", view.reference.clone().into())])])/>
        <Description text=t("callback-lead")/>
        <Layout>
            <div class="lk-panel">
                <h1 class="lk-panel__title">{heading}</h1>
                <p class="lk-panel__body">
                    {t("reference-is")}<br/>
                    <strong class="lk-panel__reference">{view.reference.clone()}</strong>
                </p>
            </div>
            {if view.cancelled {
                view! { <p>{t("callback-cancelled-text")}</p> }.into_any()
            } else {
                view! {
                    <h2 class="lk-heading-m">{t("what-happens-now")}</h2>
                    <p>{t_args("callback-status-when", &[("slot", view.slot.label().into()), ("due", weekday_and_date(view.due).into())])}</p>
                    <p>{t("callback-status-number")}</p>
                    <p>{t("callback-status-keep")}</p>
                    <form method="post" action=format!("{PATH}/{}/annuleren", view.token) class="lk-form">
                        <button type="submit" class="lk-button lk-button--secondary">{t("callback-cancel")}</button>
                    </form>
                }
                .into_any()
            }}
            <SurveyInvite path=view.survey_path.clone()/>
            <h2 class="lk-heading-m">{t("callback-your-request")}</h2>
            <SummaryList rows=rows/>
        </Layout>
    }
    .into_any()
}

fn row(question: &str, answer: Option<String>) -> SummaryRow {
    SummaryRow {
        question: question.into(),
        answer: answer.map(|a| vec![a]),
        change_path: None,
    }
}
