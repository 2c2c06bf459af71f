//! The invitation to the one satisfaction question on a confirmation page:
//! optional, after the receipt and one click away, never in its way.

use leptos::prelude::*;

use crate::i18n::t;

#[component]
pub fn SurveyInvite(path: Option<String>) -> impl IntoView {
    path.map(|path| {
        view! {
            <section class="lk-survey-invite lk-print-hidden" aria-labelledby="tevredenheid-vraag">
                <h2 class="lk-heading-m" id="tevredenheid-vraag">{t("survey-invite-heading")}</h2>
                <p>{t("survey-invite-text")}</p>
                <p><a href=path>{t("survey-invite-link")}</a></p>
            </section>
        }
    })
}
