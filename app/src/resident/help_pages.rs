//! The pages of the assisted mode: `/hulp` (the volunteer chooses the
//! library and gives a first name or code), `/hulp/afspraken` (the resident
//! reads what the volunteer does and does not do, and agrees or stops) and
//! `/hulp/klaar` (everything is wiped; one question for the resident about
//! the help, anonymous). Forms that post; no scripts needed.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::assisted::{self, Ended, HelpPage};
use crate::components::{
    Description, ErrorSummary, Layout, RadioOption, Radios, TextInput, error_for,
};
use crate::i18n::{self, t, t_args};
use crate::page_context::page_context;
use crate::wording::Worded;

/// The address of the question about the help at a library (anonymous, like the counter tablet).
pub fn question_path(library: &str) -> String {
    format!("{}/bibliotheek-{library}", crate::satisfaction::BASE)
}

#[component]
pub fn HelpPageView() -> impl IntoView {
    let context = page_context();
    let Some(page) = context.help else {
        return view! { <super::error::NotFoundPage/> }.into_any();
    };
    let (title, body) = match page {
        HelpPage::Start { draft, libraries } => {
            let title = t("help-start-title");
            let errors = draft.errors.clone();
            let message = |field: &str| error_for(&errors, field).map(|e| e.message());
            let [library_error, helper_error] = ["bibliotheek", "vrijwilliger"].map(message);
            let options: Vec<RadioOption> = libraries
                .into_iter()
                .map(|(slug, name)| {
                    RadioOption::new(slug, t_args("help-library", &[("name", name.into())]))
                })
                .collect();
            (
                i18n::form_title(&[&title], !errors.is_empty()),
                view! {
                    <h1 class="lk-heading-xl">{title.clone()}</h1>
                    <p class="lk-lead">{t("help-start-lead")}</p>
                    <ErrorSummary errors=errors.clone()/>
                    <form method="post" action=assisted::BASE novalidate=true class="lk-form">
                        <Radios name="bibliotheek" legend=t("help-start-library") options=options selected=draft.library.clone() error=library_error/>
                        <TextInput id="vrijwilliger" label=t("help-start-helper") hint=t("help-start-helper-hint") value=draft.helper.clone() error=helper_error autocomplete="off" width="lk-input--w20"/>
                        <button type="submit" class="lk-button">{t("help-start-button")}</button>
                    </form>
                }
                .into_any(),
            )
        }
        HelpPage::Agree => {
            let title = t("help-agree-title");
            let lead = context.assisted.as_ref().map(|a| {
                t_args(
                    "help-agree-lead",
                    &[
                        ("helper", a.helper.clone().into()),
                        ("library", a.library.clone().into()),
                    ],
                )
            });
            (
                i18n::title(&[&title]),
                view! {
                    <h1 class="lk-heading-xl">{title.clone()}</h1>
                    <p class="lk-lead">{lead}</p>
                    <h2 class="lk-heading-m">{t("help-agree-does")}</h2>
                    <ul class="lk-list lk-list--bullet">
                        <li>{t("help-agree-does-explain")}</li>
                        <li>{t("help-agree-does-look")}</li>
                    </ul>
                    <h2 class="lk-heading-m">{t("help-agree-not")}</h2>
                    <ul class="lk-list lk-list--bullet">
                        <li>{t("help-agree-not-sign-in")}</li>
                        <li>{t("help-agree-not-bsn")}</li>
                        <li>{t("help-agree-not-type")}</li>
                    </ul>
                    <h2 class="lk-heading-m">{t("help-agree-wipe-heading")}</h2>
                    <p>{t_args("help-agree-wipe", &[("minutes", assisted::IDLE_MINUTES.into())])}</p>
                    <form method="post" action=assisted::AGREE class="lk-form">
                        <button type="submit" class="lk-button">{t("help-agree-button")}</button>
                    </form>
                    <form method="post" action=assisted::DONE>
                        <button type="submit" class="lk-button lk-button--secondary">{t("help-agree-stop")}</button>
                    </form>
                }
                .into_any(),
            )
        }
        HelpPage::Ended { why, library } => {
            let title = t(match why {
                Ended::Done => "help-ended-title",
                Ended::Idle => "help-ended-idle-title",
            });
            let question = library.map(|(slug, name)| {
                view! {
                    <h2 class="lk-heading-m">{t("help-question-heading")}</h2>
                    <p>{t_args("help-question", &[("library", name.into())])}</p>
                    <p><a class="lk-button" href=question_path(&slug)>{t("help-question-link")}</a></p>
                }
            });
            (
                i18n::title(&[&title]),
                view! {
                    <h1 class="lk-heading-xl">{title.clone()}</h1>
                    <div class="lk-panel" role="status"><p class="lk-panel__body">{t("help-ended")}</p></div>
                    {question}
                    <p><a href=assisted::BASE>{t("help-again")}</a></p>
                }
                .into_any(),
            )
        }
    };
    view! {
        <Title text=title/>
        <Description text=t("help-start-lead")/>
        <Layout>{body}</Layout>
    }
    .into_any()
}
