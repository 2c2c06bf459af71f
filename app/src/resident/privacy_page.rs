//! "Privacyverklaring": what the portal keeps, why, and how long. The periods
//! are the ones the server purges by (`crate::retention`), so the page cannot
//! promise something the server does not do.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::{Description, Layout};
use crate::i18n::{self, Arg, t, t_args};
use crate::retention;

/// The address of the privacy statement.
pub const PATH: &str = "/privacy";

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let keep = retention::current();
    let days = |key: &str, n: u32| t_args(key, &[("days", Arg::Number(i64::from(n)))]);
    let lang = i18n::current();
    let own_periods: Vec<String> = crate::catalogue::all()
        .iter()
        .filter_map(|p| {
            p.keep_handled_days.map(|n| {
                t_args(
                    "privacy-keep-product",
                    &[
                        ("product", p.texts(lang).name.clone().into()),
                        ("days", Arg::Number(i64::from(n))),
                    ],
                )
            })
        })
        .collect();
    let name = t("privacy-title");
    view! {
        <Title text=i18n::title(&[&name])/>
        <Description text=t("privacy-lead")/>
        <Layout>
            <h1 class="lk-heading-xl">{name.clone()}</h1>
            <p class="lk-lead">{t("privacy-lead")}</p>
            <h2 class="lk-heading-m">{t("privacy-what-heading")}</h2>
            <p>{t("privacy-what-text")}</p>
            <h2 class="lk-heading-m">{t("privacy-cookies-heading")}</h2>
            <p>{t("privacy-cookies-text")}</p>
            <h2 class="lk-heading-m">{t("privacy-how-long-heading")}</h2>
            <ul class="lk-list">
                <li>{t_args("privacy-keep-drafts", &[("hours", Arg::Number(i64::from(retention::DRAFT_HOURS)))])}</li>
                <li>{days("privacy-keep-saved", retention::SAVED_DAYS)}</li>
                <li>{days("privacy-keep-photos", retention::UNSENT_PHOTO_DAYS)}</li>
                <li>{days("privacy-keep-messages", keep.outbox_days)}</li>
                <li>{days("privacy-keep-callbacks", keep.callback_days)}</li>
                <li>{days("privacy-keep-visits", keep.visit_days)}</li>
                <li>{days("privacy-keep-handled", keep.handled_days)}</li>
                {own_periods.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            <p>{t("privacy-keep-reports")}</p>
            <h2 class="lk-heading-m">{t("privacy-rights-heading")}</h2>
            <p>{t("privacy-rights-text")}</p>
        </Layout>
    }
}
