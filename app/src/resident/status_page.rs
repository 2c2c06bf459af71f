//! "Mijn aanvraag": the status of a request and its history, behind the secret
//! link from the confirmation page and the receipt. Without the secret the page
//! does not exist (404), so nothing personal is shown.

use leptos::prelude::*;
use leptos_meta::Title;

use super::error::NotFoundPage;
use crate::components::{Description, Layout};
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
    let history = view
        .history
        .iter()
        .rev()
        .map(|(at, status, note)| {
            view! {
                <li class="lk-timeline__item">
                    <p class="lk-timeline__title"><strong>{t(&status.key())}</strong></p>
                    <p class="lk-timeline__date">{i18n::date_time_in(lang, at)}</p>
                    {note.clone().map(|n| view! { <p>{n}</p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=i18n::title(&[&t_args("status-title", &[("reference", view.reference.clone().into())])])/>
        <Description text=t("home-lead")/>
        <Layout>
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
            <h2 class="lk-heading-m">{t("status-history")}</h2>
            <ol class="lk-timeline">{history}</ol>
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
