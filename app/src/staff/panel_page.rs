//! `/medewerker/inwonerpanel` (team leads): how many members signed up each
//! way and the members, each with "Verwijderen" (for a member who asks by
//! phone to stop). `/medewerker/inwonerpanel/aanmelden` (KCC, counter, team
//! leads): sign a resident up on the phone or at the counter, with their
//! consent. Everything works without scripts: links and forms that post.

use leptos::prelude::*;
use leptos_meta::Title;

use super::context::StaffUser;
use super::layout::StaffLayout;
use super::panel_views::{PanelListView, PanelSignUpView, STAFF_VIA};
use super::paths;
use crate::components::{Checkbox, ErrorSummary, RadioOption, Radios, TextInput, error_for};
use crate::i18n::{self, t, t_args};
use crate::wording::Worded;

#[component]
pub fn PanelListPage(user: StaffUser, view: PanelListView) -> impl IntoView {
    let lang = i18n::current();
    let title = t("staff-panel-title");
    let total = view.total();
    let counts = view
        .counts
        .iter()
        .map(|(via, n)| {
            let share = crate::staff::kpi_views::share(*n, total)
                .map_or_else(|| t("summary-empty"), |p| format!("{p} %"));
            view! { <tr><th scope="row">{t(&via.key())}</th><td class="lk-table__number">{*n}</td><td class="lk-table__number">{share}</td></tr> }
        })
        .collect_view();
    let notice = view.removed.then(|| {
        view! { <div class="lk-notice" role="status"><p>{t("staff-panel-removed")}</p></div> }
    });
    let members = if view.members.is_empty() {
        view! { <p>{t("staff-panel-none")}</p> }.into_any()
    } else {
        let rows = view
            .members
            .iter()
            .map(|m| {
                let label = t_args("staff-panel-remove-label", &[("name", m.name.clone().into())]);
                view! {
                    <tr>
                        <th scope="row">{m.name.clone()}</th>
                        <td>{m.reach.clone()}</td>
                        <td>{t(&m.via.key())}</td>
                        <td>{i18n::date_in(lang, m.joined)}</td>
                        <td>
                            <form method="post" action=paths::panel_remove(m.id)>
                                <button type="submit" class="lk-button lk-button--secondary" aria-label=label>{t("staff-panel-remove")}</button>
                            </form>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="lk-table-wrap" tabindex="0" role="region" aria-labelledby="ledenlijst">
                <table class="lk-table">
                    <caption class="lk-table__caption" id="ledenlijst">{t("staff-panel-members")}</caption>
                    <thead><tr>
                        <th scope="col">{t("label-name")}</th>
                        <th scope="col">{t("staff-panel-reach")}</th>
                        <th scope="col">{t("staff-panel-via")}</th>
                        <th scope="col">{t("staff-panel-since")}</th>
                        <th scope="col">{t("staff-panel-action")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <Title text=i18n::title(&[&title])/>
        <StaffLayout user=Some(user)>
            <h1 class="lk-heading-xl">{title.clone()}</h1>
            {notice}
            <p class="lk-lead">{t_args("staff-panel-total", &[("n", total.into())])}</p>
            <p>{t("staff-panel-why")}</p>
            <p><a href=paths::PANEL_SIGN_UP>{t("staff-panel-sign-up-link")}</a></p>
            <div class="lk-table-wrap" tabindex="0" role="region" aria-labelledby="aanmeldwegen">
                <table class="lk-table">
                    <caption class="lk-table__caption" id="aanmeldwegen">{t("staff-panel-counts")}</caption>
                    <thead><tr>
                        <th scope="col">{t("staff-panel-via")}</th>
                        <th scope="col" class="lk-table__number">{t("staff-council-count")}</th>
                        <th scope="col" class="lk-table__number">{t("staff-panel-share")}</th>
                    </tr></thead>
                    <tbody>{counts}</tbody>
                </table>
            </div>
            <h2 class="lk-heading-m">{t("staff-panel-members")}</h2>
            {members}
        </StaffLayout>
    }
}

#[component]
pub fn PanelSignUpPage(user: StaffUser, view: PanelSignUpView) -> impl IntoView {
    let title = t("staff-panel-sign-up-title");
    let draft = view.draft;
    let errors = draft.errors.clone();
    let message = |field: &str| error_for(&errors, field).map(|e| e.message());
    let [
        via_error,
        name_error,
        reach_error,
        email_error,
        phone_error,
        consent_error,
    ] = ["via", "naam", "bereikbaar", "email", "telefoon", "meedoen"].map(message);
    let notice = view.done.map(|mailed| {
        let key = if mailed {
            "staff-panel-signed-up-mailed"
        } else {
            "staff-panel-signed-up"
        };
        view! { <div class="lk-notice" role="status"><p>{t(key)}</p></div> }
    });
    let via: Vec<RadioOption> = STAFF_VIA
        .iter()
        .map(|v| RadioOption::new(v.slug(), t(&v.key())))
        .collect();
    let reach = vec![
        RadioOption::new("e-mail", t("panel-reach-email")),
        RadioOption::new("telefoon", t("panel-reach-phone")),
    ];
    view! {
        <Title text=i18n::form_title(&[&title], !errors.is_empty())/>
        <StaffLayout user=Some(user)>
            <h1 class="lk-heading-xl">{title.clone()}</h1>
            {notice}
            <ErrorSummary errors=errors.clone()/>
            <p>{t("staff-panel-sign-up-intro")}</p>
            <form method="post" action=paths::PANEL_SIGN_UP novalidate=true class="lk-form">
                <Radios name="via" legend=t("staff-panel-via-question") options=via selected=view.via.clone() error=via_error/>
                <TextInput id="naam" label=t("staff-panel-name") value=draft.name.clone() error=name_error autocomplete="off"/>
                <Radios name="bereikbaar" legend=t("staff-panel-reach-question") options=reach selected=draft.reach.clone() error=reach_error/>
                <TextInput id="email" label=t("panel-email") hint=t("panel-email-hint") value=draft.email.clone() error=email_error input_type="email" autocomplete="off"/>
                <TextInput id="telefoon" label=t("panel-phone") hint=t("panel-phone-hint") value=draft.phone.clone() error=phone_error input_type="tel" autocomplete="off"/>
                <Checkbox id="meedoen" label=t("staff-panel-consent") hint=t("staff-panel-consent-hint") value="ja" checked=draft.consent error=consent_error/>
                <button type="submit" class="lk-button">{t("panel-send")}</button>
            </form>
        </StaffLayout>
    }
}
