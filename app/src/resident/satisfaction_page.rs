//! `/tevredenheid/<token>`: the one satisfaction question for one contact.
//! The five answers are labelled radios; the text and "bel mij" are optional
//! and say so. After sending: thanks, on a page of its own title. An answered
//! or run-out invitation says so plainly. Works without scripts; with them,
//! the text's character count comes to life as on every long text.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::{
    CharacterCount, CharacterCounts, Description, ErrorSummary, Layout, RadioOption, Radios,
    Textarea, error_for,
};
use crate::i18n::{self, t, t_args};
use crate::page_context::page_context;
use crate::satisfaction::{self, MAX_IMPROVE_CHARS, SCORES, SurveyState};
use crate::wording::Worded;

#[component]
pub fn SatisfactionPage() -> impl IntoView {
    let Some(view) = page_context().survey else {
        return view! { <super::error::NotFoundPage/> }.into_any();
    };
    let name = t("survey-title");
    let kiosk = view.kiosk.clone();
    let again = satisfaction::path(&view.token);
    let (title, body) = match view.state {
        SurveyState::Thanks if kiosk.is_some() => (
            i18n::title(&[&t("survey-thanks-title")]),
            view! {
                <h1 class="lk-heading-xl">{t("survey-thanks-title")}</h1>
                <div class="lk-panel" role="status"><p class="lk-panel__body">{t("survey-thanks")}</p></div>
                <p><a class="lk-button lk-kiosk__next" href=again>{t("survey-kiosk-next")}</a></p>
            }
            .into_any(),
        ),
        SurveyState::Thanks => (
            i18n::title(&[&t("survey-thanks-title")]),
            view! {
                <h1 class="lk-heading-xl">{t("survey-thanks-title")}</h1>
                <div class="lk-panel" role="status"><p class="lk-panel__body">{t("survey-thanks")}</p></div>
                <p>{t("survey-thanks-next")}</p>
                <h2 class="lk-heading-m">{t("panel-invite-heading")}</h2>
                <p>{t("panel-invite")}</p>
                <p><a href=crate::panel::BASE>{t("panel-invite-link")}</a></p>
                <p><a href="/">{t("survey-home")}</a></p>
            }
            .into_any(),
        ),
        SurveyState::Answered | SurveyState::Gone => {
            let key = if view.state == SurveyState::Answered {
                "survey-answered"
            } else {
                "survey-gone"
            };
            (
                i18n::title(&[&name]),
                view! {
                    <h1 class="lk-heading-xl">{name.clone()}</h1>
                    <p>{t(key)}</p>
                    <p><a href="/">{t("survey-home")}</a></p>
                }
                .into_any(),
            )
        }
        SurveyState::Open => {
            let draft = view.draft;
            let errors = draft.errors.clone();
            let message = |field: &str| error_for(&errors, field).map(|e| e.message());
            let scale: Vec<RadioOption> = SCORES
                .iter()
                .map(|s| RadioOption::new(s.to_string(), t(&format!("survey-score-{s}"))))
                .collect();
            let call: Vec<RadioOption> = vec![
                RadioOption::new("ja", t("survey-call-yes")),
                RadioOption::new("nee", t("survey-call-no")),
            ];
            let hint = t_args("survey-improve-hint", &[("max", MAX_IMPROVE_CHARS.into())]);
            // On the counter tablet: which visit, anonymous, and no "bel mij".
            let lead = match &kiosk {
                Some(place) => t_args("survey-kiosk-lead", &[("location", place.clone().into())]),
                None => t("survey-lead"),
            };
            let call_me = kiosk.is_none().then(|| {
                view! { <Radios name="bellen" legend=t("survey-call") hint=t("survey-call-hint") options=call selected=draft.call_me.clone() error=message("bellen")/> }
            });
            (
                i18n::form_title(&[&name], !errors.is_empty()),
                view! {
                    <h1 class="lk-heading-xl">{name.clone()}</h1>
                    <p class="lk-lead">{lead}</p>
                    <ErrorSummary errors=errors.clone()/>
                    <form method="post" action=satisfaction::path(&view.token) novalidate=true class=if kiosk.is_some() { "lk-form lk-kiosk" } else { "lk-form" }>
                        <Radios name="tevredenheid" legend=t("survey-question") options=scale selected=draft.score.clone() error=message("tevredenheid")/>
                        <div data-wake="">
                            <Textarea id="beter" label=t("survey-improve") hint=hint value=draft.improve.clone() error=message("beter")/>
                            <CharacterCount target="beter" max=MAX_IMPROVE_CHARS value=draft.improve.clone()/>
                        </div>
                        <CharacterCounts/>
                        {call_me}
                        <button type="submit" class="lk-button">{t("survey-send")}</button>
                    </form>
                }
                .into_any(),
            )
        }
    };
    view! {
        <Title text=title/>
        <Description text=t("survey-lead")/>
        <Layout>{body}</Layout>
    }
    .into_any()
}
