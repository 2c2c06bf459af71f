//! "Toegankelijkheid": the accessibility statement, with a form to report a problem.

use crate::wording::Worded;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::accessibility::{MAX_DESCRIPTION_CHARS, PATH};
use crate::components::{Description, ErrorSummary, Layout, TextInput, Textarea, error_for};
use crate::i18n::{self, t, t_args};
use crate::page_context::page_context;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let form = page_context().report.unwrap_or_default();
    let draft = form.draft;
    let errors = draft.errors.clone();
    let message = |field: &str| error_for(&errors, field).map(|e| e.message());
    let (description_error, email_error) = (message("probleem"), message("email"));
    let reported = use_query_map()
        .get_untracked()
        .get("gemeld")
        .filter(|r| r.len() <= 20 && r.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    let page = if draft.page.is_empty() {
        use_query_map()
            .get_untracked()
            .get("vanaf")
            .and_then(|v| crate::domain::LocalPath::parse(&v))
            .map(crate::domain::LocalPath::into_string)
            .unwrap_or_default()
    } else {
        draft.page.clone()
    };
    // The page after sending is another state of the page: its own title (WCAG 2.4.2).
    let name = t("layout-footer-accessibility");
    let title = if reported.is_some() {
        i18n::title(&[&t("a11y-report-sent-title"), &name])
    } else {
        i18n::form_title(&[&name], !errors.is_empty())
    };
    view! {
        <Title text=title/>
        <Description text=t("a11y-lead")/>
        <Layout>
            <h1 class="lk-heading-xl">{name.clone()}</h1>
            <p class="lk-lead">{t("a11y-lead")}</p>
            <h2 class="lk-heading-m">{t("a11y-rules-heading")}</h2>
            <p>{t("a11y-rules-1")}</p>
            <p>{t("a11y-rules-2")}</p>
            <p>{t("a11y-privacy")}" "<a href=crate::resident::privacy_page::PATH>{t("privacy-title")}</a>"."</p>
            <h2 class="lk-heading-m">{t("a11y-check-heading")}</h2>
            <p>{t("a11y-check-intro")}</p>
            <ul class="lk-list">
                <li>{t("a11y-check-1")}</li>
                <li>{t("a11y-check-2")}</li>
                <li>{t("a11y-check-3")}</li>
                <li>{t("a11y-check-4")}</li>
                <li>{t("a11y-check-5")}</li>
                <li>{t("a11y-check-6")}</li>
            </ul>
            <p>{t("a11y-check-people")}</p>
            <h2 class="lk-heading-m">{t("a11y-gaps-heading")}</h2>
            <ul class="lk-list">
                <li>{t("a11y-gap-error-pages")}</li>
                <li>{t("a11y-gap-read-aloud")}</li>
                <li>{t("a11y-gap-people")}</li>
            </ul>
            <h2 class="lk-heading-m" id="melden">{t("a11y-report-heading")}</h2>
            {match reported {
                Some(reference) => view! {
                    <div class="lk-panel" role="status">
                        <p class="lk-panel__body">{t("a11y-report-thanks")}" "<strong>{reference}</strong>"."</p>
                    </div>
                    <p>{t("a11y-report-next")}</p>
                }
                .into_any(),
                None => view! {
                    <p>{t("a11y-report-intro")}</p>
                    <ErrorSummary errors=errors.clone()/>
                    <form method="post" action=PATH novalidate=true class="lk-form">
                        <input type="hidden" name="formulier" value=form.nonce/>
                        <Textarea
                            id="probleem"
                            label=t("a11y-report-problem")
                            hint=t_args("a11y-report-problem-hint", &[("max", MAX_DESCRIPTION_CHARS.into())])
                            value=draft.description.clone()
                            error=description_error
                        />
                        <TextInput
                            id="pagina"
                            label=t("a11y-report-page")
                            hint=t("a11y-report-page-hint")
                            value=page
                        />
                        <TextInput
                            id="email"
                            label=t("label-your-email-optional")
                            hint=t("a11y-report-email-hint")
                            value=draft.email.clone()
                            error=email_error
                            input_type="email"
                            autocomplete="email"
                        />
                        <button type="submit" class="lk-button">{t("a11y-report-send")}</button>
                    </form>
                }
                .into_any(),
            }}
        </Layout>
    }
}
