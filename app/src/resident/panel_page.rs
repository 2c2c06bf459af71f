//! `/inwonerpanel`: what the inwonerpanel is, how often members are asked,
//! what is kept and how to leave, in plain words; then the form (name, how
//! to be reached, consent as its own tick). After joining: how to leave.
//! `/inwonerpanel/afmelden/<token>`: a button that removes the member (a
//! link alone never does: mail scanners open links). Works without scripts.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::{
    Checkbox, Description, ErrorSummary, Layout, RadioOption, Radios, TextInput, error_for,
};
use crate::i18n::{self, t, t_args};
use crate::page_context::page_context;
use crate::panel::{self, PanelState, TIMES_A_YEAR};
use crate::wording::Worded;

/// What taking part means, in short sentences.
fn explanation() -> impl IntoView {
    view! {
        <h2 class="lk-heading-m">{t("panel-what-heading")}</h2>
        <ul class="lk-list lk-list--bullet">
            <li>{t_args("panel-what-often", &[("times", TIMES_A_YEAR.into())])}</li>
            <li>{t("panel-what-choice")}</li>
            <li>{t("panel-what-everyone")}</li>
            <li>{t("panel-what-kept")}</li>
        </ul>
        <h2 class="lk-heading-m">{t("panel-leave-heading")}</h2>
        <p>{t("panel-leave-how")}</p>
    }
}

#[component]
pub fn PanelPage() -> impl IntoView {
    let Some(view) = page_context().panel else {
        return view! { <super::error::NotFoundPage/> }.into_any();
    };
    let name = t("panel-title");
    let (title, body) = match view.state {
        PanelState::Joined { leave, mailed } => {
            let title = t("panel-joined-title");
            let how = if mailed {
                t("panel-joined-mailed")
            } else {
                t("panel-joined-keep")
            };
            (
                i18n::title(&[&title]),
                view! {
                    <h1 class="lk-heading-xl">{title.clone()}</h1>
                    <div class="lk-panel" role="status"><p class="lk-panel__body">{t("panel-joined")}</p></div>
                    <h2 class="lk-heading-m">{t("panel-leave-heading")}</h2>
                    <p>{how}</p>
                    <p><a href=leave.clone()>{t("panel-leave-link")}</a></p>
                    <p class="lk-print-hidden"><a href="/">{t("survey-home")}</a></p>
                }
                .into_any(),
            )
        }
        PanelState::Leave { token } => {
            let title = t("panel-leave-title");
            (
                i18n::title(&[&title]),
                view! {
                    <h1 class="lk-heading-xl">{title.clone()}</h1>
                    <p>{t("panel-leave-sure")}</p>
                    <form method="post" action=panel::leave_path(&token) class="lk-form">
                        <button type="submit" class="lk-button">{t("panel-leave-button")}</button>
                    </form>
                    <p><a href="/">{t("panel-leave-stay")}</a></p>
                }
                .into_any(),
            )
        }
        PanelState::Left => {
            let title = t("panel-left-title");
            (
                i18n::title(&[&title]),
                view! {
                    <h1 class="lk-heading-xl">{title.clone()}</h1>
                    <div class="lk-panel" role="status"><p class="lk-panel__body">{t("panel-left")}</p></div>
                    <p><a href="/">{t("survey-home")}</a></p>
                }
                .into_any(),
            )
        }
        PanelState::Form => {
            let draft = view.draft;
            let errors = draft.errors.clone();
            let message = |field: &str| error_for(&errors, field).map(|e| e.message());
            let reach = vec![
                RadioOption::new("e-mail", t("panel-reach-email")),
                RadioOption::new("telefoon", t("panel-reach-phone")),
            ];
            (
                i18n::form_title(&[&name], !errors.is_empty()),
                view! {
                    <h1 class="lk-heading-xl">{name.clone()}</h1>
                    <p class="lk-lead">{t("panel-lead")}</p>
                    <ErrorSummary errors=errors.clone()/>
                    {explanation()}
                    <h2 class="lk-heading-m">{t("panel-form-heading")}</h2>
                    <form method="post" action=panel::BASE novalidate=true class="lk-form">
                        <input type="hidden" name="formulier" value=view.nonce.clone()/>
                        <TextInput id="naam" label=t("label-your-name") hint=t("panel-name-hint") value=draft.name.clone() error=message("naam") autocomplete="name"/>
                        <Radios name="bereikbaar" legend=t("panel-reach") hint=t("panel-reach-hint") options=reach selected=draft.reach.clone() error=message("bereikbaar")/>
                        <TextInput id="email" label=t("panel-email") hint=t("panel-email-hint") value=draft.email.clone() error=message("email") input_type="email" autocomplete="email"/>
                        <TextInput id="telefoon" label=t("panel-phone") hint=t("panel-phone-hint") value=draft.phone.clone() error=message("telefoon") input_type="tel" autocomplete="tel"/>
                        <Checkbox id="meedoen" label=t("panel-consent") hint=t("panel-consent-hint") value="ja" checked=draft.consent error=message("meedoen")/>
                        <button type="submit" class="lk-button">{t("panel-send")}</button>
                    </form>
                }
                .into_any(),
            )
        }
    };
    view! {
        <Title text=title/>
        <Description text=t("panel-lead")/>
        <Layout>{body}</Layout>
    }
    .into_any()
}
