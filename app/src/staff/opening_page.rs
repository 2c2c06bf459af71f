//! `/medewerker/openingstijden` (role `beheer`): the usual hours of each
//! location (from its file), the changes to come, and a form to close a day
//! or open it other hours. Closing a day with bookings never cancels them:
//! the page lists those visits for the clerks to contact, and offers to send
//! the residents with an e-mail address a plain message with a link to
//! choose another time.

use leptos::prelude::*;
use leptos_meta::Title;

use super::context::StaffUser;
use super::layout::StaffLayout;
use super::opening_views::{Affected, OpeningView};
use super::paths;
use crate::components::{ErrorSummary, RadioOption, Radios, TextInput};
use crate::i18n::{self, bare_clock, clock_in, t, t_args};
use crate::journey::posted;
use crate::wording::Worded;

fn hours_words(hours: Option<(u16, u16)>) -> String {
    match hours {
        Some((open, close)) => t_args(
            "staff-opening-hours",
            &[
                ("open", bare_clock(open).into()),
                ("close", bare_clock(close).into()),
            ],
        ),
        None => t("staff-opening-closed"),
    }
}

fn affected_view(affected: &Affected) -> impl IntoView + use<> {
    let lang = i18n::current();
    let heading = t_args(
        "staff-opening-affected",
        &[
            ("count", (affected.visits.len() as i64).into()),
            ("location", affected.location_name.clone().into()),
            ("day", i18n::weekday_and_date(affected.day).into()),
        ],
    );
    let rows = affected
        .visits
        .iter()
        .map(|v| {
            view! {
                <tr>
                    <td>{clock_in(lang, v.start)}</td>
                    <td>{v.reference.clone()}</td>
                    <td>{v.name.clone()}</td>
                    <td>{v.phone.clone().unwrap_or_else(|| t("summary-empty"))}</td>
                    <td>{v.email.clone().unwrap_or_else(|| t("summary-empty"))}</td>
                </tr>
            }
        })
        .collect_view();
    let with_email = affected.visits.iter().filter(|v| v.email.is_some()).count() as i64;
    let action = match affected.messaged {
        Some(n) => view! { <div class="lk-notice" role="status"><p>{t_args("staff-opening-messaged", &[("count", n.into())])}</p></div> }.into_any(),
        None if with_email > 0 => view! {
            <form method="post" action=paths::OPENING_NOTIFY>
                <input type="hidden" name="locatie" value=affected.location.clone()/>
                <input type="hidden" name="datum" value=affected.day.to_string()/>
                <button type="submit" class="lk-button">{t_args("staff-opening-send", &[("count", with_email.into())])}</button>
            </form>
        }
        .into_any(),
        None => ().into_any(),
    };
    view! {
        <div class="lk-notice">
            <h2 class="lk-heading-m" id="getroffen">{heading}</h2>
            <p>{t("staff-opening-affected-hint")}</p>
        </div>
        <div class="lk-table-wrap" tabindex="0" role="region" aria-labelledby="getroffen">
            <table class="lk-table">
                <caption class="lk-visually-hidden">{t("staff-opening-affected-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("staff-counter-time")}</th>
                        <th scope="col">{t("label-reference")}</th>
                        <th scope="col">{t("label-name")}</th>
                        <th scope="col">{t("label-phone-short")}</th>
                        <th scope="col">{t("staff-search-email")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {action}
    }
}

#[component]
pub fn OpeningPage(user: StaffUser, view: OpeningView) -> impl IntoView {
    let weekdays: Vec<String> = (1..=7).map(|n| t(&format!("weekday-{n}"))).collect();
    let weeks = view
        .weeks
        .iter()
        .map(|w| {
            let lines = w
                .hours
                .iter()
                .zip(weekdays.iter())
                .map(|(h, day)| view! { <li>{day.clone()} ": " {hours_words(*h)}</li> })
                .collect_view();
            view! {
                <h3 class="lk-heading-s">{w.name.clone()} " (" {t_args("staff-opening-counters", &[("count", i64::from(w.counters).into())])} ")"</h3>
                <ul class="lk-list">{lines}</ul>
            }
        })
        .collect_view();
    let changes = if view.changes.is_empty() {
        view! { <p>{t("staff-opening-no-changes")}</p> }.into_any()
    } else {
        let rows = view
            .changes
            .iter()
            .map(|c| {
                view! {
                    <tr>
                        <td>{i18n::weekday_and_date(c.day)} " " {c.day.year()}</td>
                        <td>{c.location.clone()}</td>
                        <td>{hours_words(c.hours)}</td>
                        <td>{c.reason.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="lk-table-wrap" tabindex="0" role="region" aria-labelledby="wijzigingen-titel">
                <table class="lk-table">
                    <caption id="wijzigingen-titel" class="lk-table__caption">{t("staff-opening-changes")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("staff-search-when")}</th>
                            <th scope="col">{t("staff-opening-location")}</th>
                            <th scope="col">{t("staff-opening-hours-heading")}</th>
                            <th scope="col">{t("staff-opening-reason")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let (fields, errors) = (view.typed.clone(), view.errors.clone());
    let typed = move |name: &str| posted(&fields, name).unwrap_or("").to_string();
    let error = move |field: &str| {
        errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message())
    };
    let places = view
        .locations
        .iter()
        .map(|(slug, name)| RadioOption::new(slug.clone(), name.clone()))
        .collect();
    let kinds = vec![
        RadioOption::new("dicht", t("staff-opening-kind-closed")),
        RadioOption::new("open", t("staff-opening-kind-open")),
    ];
    let [location, day, kind, opens, closes, reason] =
        super::opening_views::FIELDS.map(|f| (typed(f), error(f)));
    let saved = view.saved.then(
        || view! { <div class="lk-notice" role="status"><p>{t("staff-opening-saved")}</p></div> },
    );
    let affected = view.affected.as_ref().map(affected_view);
    view! {
        <Title text=i18n::title(&[&t("staff-opening-title")])/>
        <StaffLayout user=Some(user)>
            <ErrorSummary errors=view.errors.clone()/>
            <h1 class="lk-heading-xl">{t("staff-opening-title")}</h1>
            {saved}
            {affected}
            <h2 class="lk-heading-m">{t("staff-opening-changes")}</h2>
            {changes}
            <h2 class="lk-heading-m">{t("staff-opening-new")}</h2>
            <form method="post" action=paths::OPENING novalidate=true>
                <Radios name="locatie" legend=t("staff-opening-location") options=places selected=location.0 error=location.1/>
                <TextInput id="datum" label=t("staff-opening-date") hint=t("staff-opening-date-hint") value=day.0 error=day.1 width="lk-input--w10"/>
                <Radios name="soort" legend=t("staff-opening-kind") options=kinds selected=kind.0 error=kind.1/>
                <TextInput id="open" label=t("staff-opening-opens") hint=t("staff-opening-times-hint") value=opens.0 error=opens.1 width="lk-input--w5"/>
                <TextInput id="dicht" label=t("staff-opening-closes") value=closes.0 error=closes.1 width="lk-input--w5"/>
                <TextInput id="reden" label=t("staff-opening-reason") hint=t("staff-opening-reason-hint") value=reason.0 error=reason.1/>
                <button type="submit" class="lk-button">{t("staff-opening-save")}</button>
            </form>
            <h2 class="lk-heading-m">{t("staff-opening-usual")}</h2>
            <p>{t("staff-opening-usual-hint")}</p>
            {weeks}
        </StaffLayout>
    }
}
