//! What every confirmation page shows: the panel with the reference, and the
//! copy of what was sent (Wmebv "afschrift") with the time it was received.

use leptos::prelude::*;

use crate::components::SummaryList;
use crate::i18n::{t, t_args};
use crate::journey::SummaryRow;

/// The green panel: the page's heading and the reference to quote; under it the
/// secret link to "Mijn aanvraag", when the request has one.
#[component]
pub fn SentPanel(
    #[prop(into)] heading: String,
    #[prop(into)] reference: String,
    #[prop(optional_no_strip, into)] status_path: Option<String>,
) -> impl IntoView {
    view! {
        <div class="lk-panel">
            <h1 class="lk-panel__title">{heading}</h1>
            <p class="lk-panel__body">
                {t("reference-is")}<br/>
                <strong class="lk-panel__reference">{reference}</strong>
            </p>
        </div>
        {status_path.map(|href| view! {
            <p>{t("form-status-link-text")} " " <a href=href>{t("form-status-link")}</a></p>
        })}
    }
}

/// The copy: when it was received, the reference (and the product), and every answer.
#[component]
pub fn SentCopy(
    #[prop(into)] reference: String,
    /// "28 november 2026 om 13.45 uur".
    #[prop(into)]
    received: String,
    /// The product's name, where the page serves more than one.
    #[prop(optional, into)]
    product: Option<String>,
    rows: Vec<SummaryRow>,
) -> impl IntoView {
    let row = |key: &str, value: String| {
        view! {
            <div class="lk-summary-list__row">
                <dt class="lk-summary-list__key">{t(key)}</dt>
                <dd class="lk-summary-list__value">{value}</dd>
            </div>
        }
    };
    view! {
        <h2 class="lk-heading-m">{t("copy-heading")}</h2>
        <p>{t_args("copy-received", &[("at", received.clone().into())])} " " {t("copy-below")}</p>
        <p class="lk-print-hidden lk-hint">{t("copy-print-hint")}</p>
        <dl class="lk-summary-list">
            {product.map(|name| row("label-product", name))}
            {row("label-reference", reference)}
            {row("label-received-at", received)}
        </dl>
        <SummaryList rows=rows/>
    }
}
