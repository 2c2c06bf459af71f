//! "Mijn aanvraag": the status of a request and its history, behind the secret
//! link from the confirmation page and the receipt. Without the secret the page
//! does not exist (404), so nothing personal is shown.

use leptos::prelude::*;
use leptos_meta::Title;

use super::error::NotFoundPage;
use crate::components::{Description, History, Layout};
use crate::i18n::{self, t, t_args};
use crate::page_context::page_context;

/// The base of the secret links.
pub const BASE: &str = "/aanvraag";

#[component]
pub fn RequestStatusPage() -> impl IntoView {
    let Some(view) = page_context().request_status else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let lang = i18n::current();
    let product = crate::catalogue::by_slug(&view.product)
        .map(|p| p.texts(lang).name.clone())
        .unwrap_or_else(|| view.product.clone());
    let now = t(&view.status.key());
    let explain = t(&format!("{}-text", view.status.key()));
    let addition = view.addition.clone().map(|(missing, path)| {
        view! {
            <div class="lk-panel lk-panel--action">
                <h2 class="lk-heading-m">{t("status-addition-heading")}</h2>
                <p class="lk-pre">{missing}</p>
                <p><a class="lk-button" href=path>{t("status-addition-start")}</a></p>
            </div>
        }
    });
    // Who looked (the access log), by team and role: the resident's own view of it.
    let looked = if view.looked.is_empty() {
        view! { <p>{t("status-looked-none")}</p> }.into_any()
    } else {
        view! {
            <ul class="lk-list">
                {view.looked.iter().map(|(at, team, role)| view! {
                    <li>{t_args("status-looked", &[
                        ("team", team.clone().into()),
                        ("role", t(&role.key()).to_lowercase().into()),
                        ("at", i18n::date_time_in(lang, at).into()),
                    ])}</li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let added = view
        .added
        .then(|| view! { <div class="lk-notice" role="status"><p>{t("status-added")}</p></div> });
    view! {
        <Title text=i18n::title(&[&t_args("status-title", &[("reference", view.reference.clone().into())])])/>
        <Description text=t("home-lead")/>
        <Layout>
            {added}
            <h1 class="lk-heading-xl">{t("status-heading")}</h1>
            <dl class="lk-summary-list">
                <div class="lk-summary-list__row">
                    <dt class="lk-summary-list__key">{t("label-product")}</dt>
                    <dd class="lk-summary-list__value">{product}</dd>
                </div>
                <div class="lk-summary-list__row">
                    <dt class="lk-summary-list__key">{t("label-reference")}</dt>
                    <dd class="lk-summary-list__value">{view.reference.clone()}</dd>
                </div>
                <div class="lk-summary-list__row">
                    <dt class="lk-summary-list__key">{t("label-status")}</dt>
                    <dd class="lk-summary-list__value"><strong>{now}</strong></dd>
                </div>
            </dl>
            <p>{explain}</p>
            {addition}
            <h2 class="lk-heading-m">{t("status-history")}</h2>
            <History history=view.history.clone()/>
            <h2 class="lk-heading-m">{t("status-looked-heading")}</h2>
            {looked}
            <p>{t("status-keep")}</p>
        </Layout>
    }
    .into_any()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use crate::domain::RequestStatus;
    use crate::i18n::{Lang, file_keys};

    /// The names are looked up with keys built from the status, which the key
    /// scan cannot see: every status has its name and explanation in both languages.
    #[test]
    fn every_status_has_its_words() {
        for lang in [Lang::Nl, Lang::En] {
            let keys = file_keys(lang);
            for status in RequestStatus::ALL {
                let key = status.key();
                assert!(keys.contains(&key), "{key} in {lang:?}");
                assert!(
                    keys.contains(&format!("{key}-text")),
                    "{key}-text in {lang:?}"
                );
            }
        }
    }
}
