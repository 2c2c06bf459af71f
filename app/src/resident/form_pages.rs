//! The pages the form engine renders from a product file: a question page per
//! step, check your answers, a copy before sending, and the confirmation with
//! the copy after sending. Every page works without JavaScript.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::error::NotFoundPage;
use super::form_fields::field_view;
use crate::catalogue::{self, Product};
use crate::components::{
    CharacterCounts, Description, ErrorSummary, Layout, SentCopy, SentPanel, SummaryList,
    SurveyInvite, TextInput,
};
use crate::form::{self, FieldDef, FormDef, FormDraft, Kind, StepDef};
use crate::i18n::{self, t, t_args};
use crate::journey::FieldError;
use crate::page_context::page_context;

/// The product of this page, if it has questions.
fn product_with_form() -> Option<(&'static Product, &'static FormDef)> {
    let slug = use_params_map()
        .get_untracked()
        .get("product")
        .unwrap_or_default();
    let product = catalogue::by_slug(&slug)?;
    Some((product, product.form.as_ref()?))
}

#[component]
pub fn FormStepPage() -> impl IntoView {
    let step_slug = use_params_map()
        .get_untracked()
        .get("step")
        .unwrap_or_default();
    let Some((product, form, step)) = product_with_form().and_then(|(p, f)| {
        let step = f.steps.iter().find(|s| s.slug == step_slug)?;
        Some((p, f, step))
    }) else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let lang = i18n::current();
    let context = page_context().form.unwrap_or_default();
    let draft = context.draft;
    let pickup_days = context.pickup_days;
    let back_to_check =
        use_query_map().get_untracked().get("terug").as_deref() == Some(form::CHECK);
    let errors = draft.errors.get(&step.slug).cloned().unwrap_or_default();
    let steps = draft.steps(form);
    let number = steps.iter().position(|s| s.slug == step.slug).unwrap_or(0) + 1;
    let step_of = i18n::step_of(
        u8::try_from(number).unwrap_or(u8::MAX),
        u8::try_from(steps.len()).unwrap_or(u8::MAX),
    );
    let name = format!("{step_of}: {}", step.title.get(lang));
    let texts = product.texts(lang);
    let title = i18n::form_title(&[&name, &texts.name], !errors.is_empty());
    let back_href = if back_to_check {
        form::path(&product.slug, form::CHECK)
    } else {
        steps
            .iter()
            .take_while(|s| s.slug != step.slug)
            .last()
            .map(|s| form::path(&product.slug, &s.slug))
            .unwrap_or_else(|| product.path())
    };
    let mut action = form::path(&product.slug, &step.slug);
    if back_to_check {
        action.push_str("?terug=controleren");
    }
    let fields: Vec<&FieldDef> = step
        .fields
        .iter()
        .filter(|f| draft.field_applies(form, f))
        .collect();
    // One question on the page: its label is the page heading.
    let single = fields.len() == 1;
    // Photos go up with the answers: the form is then sent as multipart.
    let enctype = fields
        .iter()
        .any(|f| f.kind == Kind::Photos)
        .then_some("multipart/form-data");
    // One island brings every character count of the page to life.
    let counts = fields
        .iter()
        .any(|f| f.kind == Kind::LongText)
        .then(|| view! { <CharacterCounts/> });
    let heading = (!single)
        .then(|| view! { <h1 class="lk-heading-l">{step.title.get(lang).to_string()}</h1> });
    let intro = step
        .intro
        .as_ref()
        .map(|i| view! { <p class="lk-body">{i.get(lang).to_string()}</p> });
    let inputs = fields
        .into_iter()
        .map(|f| field_view(f, &draft, &errors, single, lang, &pickup_days))
        .collect_view();
    let banner = registrar_banner(&draft);
    // An agent on the phone sends or stops; saving for later is the resident's.
    let save = draft.registrar.is_none().then(|| {
        view! { <button type="submit" class="lk-button lk-button--secondary" name="actie" value="opslaan">{t("form-save")}</button> }
    });
    view! {
        <Title text=title/>
        <Description text=texts.summary.clone()/>
        <Layout>
            {banner}
            // Back and the step counter share one row where they fit.
            <div class="lk-step-bar">
                <a class="lk-back-link" href=back_href>{t("button-back")}</a>
                <p class="lk-caption">{step_of}</p>
            </div>
            <ErrorSummary errors=errors.clone()/>
            <form method="post" action=action novalidate=true class="lk-form" enctype=enctype>
                {heading}
                {intro}
                {inputs}
                {counts}
                <div class="lk-button-group">
                    <button type="submit" class="lk-button">{t("button-continue")}</button>
                    {save}
                </div>
            </form>
        </Layout>
    }
    .into_any()
}

/// On a form a KCC agent completes with the resident on the phone: whose
/// request it becomes, and the way back to the callback request.
fn registrar_banner(draft: &FormDraft) -> Option<impl IntoView + use<>> {
    let registrar = draft.registrar.as_ref()?;
    let text = t_args(
        "form-registrar-banner",
        &[("reference", registrar.callback.clone().into())],
    );
    let back = crate::staff::paths::callback(&registrar.callback);
    Some(view! {
        <div class="lk-notice">
            <p>{text}</p>
            <p><a href=back>{t("form-registrar-back")}</a></p>
        </div>
    })
}

/// The last question page that applies, for the check page's back link.
fn last_step<'a>(draft: &FormDraft, form: &'a FormDef) -> Option<&'a StepDef> {
    draft.steps(form).into_iter().last()
}

#[component]
pub fn FormCheckPage() -> impl IntoView {
    let Some((product, form)) = product_with_form() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let lang = i18n::current();
    let context = page_context();
    let draft = context.form.map(|c| c.draft).unwrap_or_default();
    let texts = product.texts(lang);
    let back = last_step(&draft, form)
        .map(|s| form::path(&product.slug, &s.slug))
        .unwrap_or_else(|| product.path());
    let banner = registrar_banner(&draft);
    let body = match draft.to_answers(product, context.today) {
        Ok(answers) => view! {
            <SummaryList rows=form::summary(product, &answers, lang) change_links=true/>
            <p class="lk-print-hidden"><a href=form::path(&product.slug, form::COPY)>{t("form-copy-link")}</a></p>
            <h2 class="lk-heading-m">{t("check-send-now")}</h2>
            <p>{t("check-declaration")}</p>
            <form method="post" action=form::path(&product.slug, form::CHECK) class="lk-form">
                <button type="submit" class="lk-button">{t("form-send")}</button>
            </form>
        }
        .into_any(),
        Err(step) => view! {
            <p>{t("check-missing")}</p>
            <p><a href=form::path(&product.slug, &step)>{t("check-continue-questions")}</a></p>
        }
        .into_any(),
    };
    view! {
        <Title text=i18n::title(&[&t("check-title"), &texts.name])/>
        <Description text=texts.summary.clone()/>
        <Layout>
            {banner}
            <a class="lk-back-link" href=back>{t("button-back")}</a>
            <h1 class="lk-heading-xl">{t("check-title")}</h1>
            {body}
        </Layout>
    }
    .into_any()
}

/// A copy of the answers before sending (Wmebv): to print or save.
#[component]
pub fn FormCopyPage() -> impl IntoView {
    let Some((product, _)) = product_with_form() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let lang = i18n::current();
    let context = page_context();
    let draft = context.form.map(|c| c.draft).unwrap_or_default();
    let texts = product.texts(lang);
    let rows = draft
        .to_answers(product, context.today)
        .map(|answers| form::summary(product, &answers, lang))
        .unwrap_or_default();
    view! {
        <Title text=i18n::title(&[&t("form-copy-title"), &texts.name])/>
        <Description text=texts.summary.clone()/>
        <Layout>
            <a class="lk-back-link lk-print-hidden" href=form::path(&product.slug, form::CHECK)>{t("button-back")}</a>
            <h1 class="lk-heading-xl">{t("form-copy-title")}</h1>
            <p class="lk-lead">{texts.name.clone()}</p>
            <p><strong>{t("form-copy-not-sent")}</strong></p>
            <p class="lk-print-hidden lk-hint">{t("copy-print-hint")}</p>
            <SummaryList rows=rows/>
            <p class="lk-print-hidden"><a href=form::path(&product.slug, form::CHECK)>{t("form-copy-back")}</a></p>
        </Layout>
    }
    .into_any()
}

#[component]
pub fn FormConfirmationPage() -> impl IntoView {
    let Some((product, form)) = product_with_form() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let Some(submission) = page_context().form.and_then(|c| c.submission) else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let lang = i18n::current();
    let texts = product.texts(lang);
    let received = i18n::date_time_in(lang, &submission.received_at);
    let mail = submission.email.map(|email| {
        view! { <p>{t_args("form-receipt-sent", &[("email", email.into())])}</p> }
    });
    view! {
        <Title text=i18n::title(&[&t("sent-title"), &texts.name])/>
        <Description text=texts.summary.clone()/>
        <Layout>
            <SentPanel heading=t("form-sent-heading") reference=submission.reference.clone() status_path=submission.status_path/>
            {mail}
            <h2 class="lk-heading-m">{t("what-happens-now")}</h2>
            <p>{form.next.get(lang).to_string()}</p>
            <SurveyInvite path=submission.survey_path/>
            <SentCopy reference=submission.reference.clone() received=received product=texts.name.clone() rows=submission.summary/>
        </Layout>
    }
    .into_any()
}

/// After "Opslaan en later verder": the code, until when, and how to come back.
#[component]
pub fn FormSavedPage() -> impl IntoView {
    let Some((product, _)) = product_with_form() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let Some(saved) = page_context().form.and_then(|c| c.saved) else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let lang = i18n::current();
    let texts = product.texts(lang);
    let until = crate::domain::CalendarDate::from_date(saved.until).long(lang);
    let mail = match saved.mailed_to {
        Some(email) => t_args("form-saved-mailed", &[("email", email.into())]),
        // At the library: print it (nothing is mailed there).
        None if page_context().assisted.is_some() => t("help-saved-print"),
        None => t("form-saved-no-mail"),
    };
    view! {
        <Title text=i18n::title(&[&t("form-saved-title"), &texts.name])/>
        <Description text=texts.summary.clone()/>
        <Layout>
            <div class="lk-panel">
                <h1 class="lk-panel__title">{t("form-saved-title")}</h1>
                <p class="lk-panel__body">
                    {t("form-saved-code-is")}<br/>
                    <strong class="lk-panel__reference">{saved.code.clone()}</strong>
                </p>
            </div>
            <p>{t_args("form-saved-until", &[("date", until.into())])}</p>
            <p>{mail}</p>
            <h2 class="lk-heading-m">{t("form-saved-how")}</h2>
            <p>{t("form-saved-how-text")} " " <a href=form::RESUME_PATH>{t("form-resume-title")}</a>"."</p>
            <p><a href=product.path()>{t_args("form-saved-continue", &[("product", texts.name.clone().into())])}</a></p>
        </Layout>
    }
    .into_any()
}

/// "Verder met een opgeslagen aanvraag": the code, typed or from the emailed link.
#[component]
pub fn ResumePage() -> impl IntoView {
    let from_link = use_params_map()
        .get_untracked()
        .get("code")
        .unwrap_or_default();
    let query = use_query_map().get_untracked();
    let typed = query.get("code").unwrap_or(from_link);
    let typed: String = typed.chars().take(20).collect();
    let error = query.get("fout").map(|_| t("form-resume-error"));
    let errors: Vec<FieldError> = error
        .iter()
        .map(|_| FieldError::single("code", "form-resume-error"))
        .collect();
    view! {
        <Title text=i18n::form_title(&[&t("form-resume-title")], error.is_some())/>
        <Description text=t("home-lead")/>
        <Layout>
            <ErrorSummary errors=errors/>
            <form method="post" action=form::RESUME_PATH novalidate=true class="lk-form">
                <TextInput
                    id="code"
                    label=t("form-resume-title")
                    hint=t("form-resume-hint")
                    value=typed
                    error=error
                    width="lk-input--w10"
                    heading=true
                />
                <button type="submit" class="lk-button">{t("form-resume-button")}</button>
            </form>
        </Layout>
    }
}
