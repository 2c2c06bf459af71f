//! {t("help-title")}: the personal route, in the same place on every page (WCAG 3.2.6).

use leptos::prelude::*;

use super::cached;
use crate::callback::PATH as CALLBACK_PATH;
use crate::i18n::t;
use crate::page_context::request_path;
use crate::visit::BASE as VISIT_PATH;

#[component]
pub fn HelpBlock() -> impl IntoView {
    // The callback form learns where the resident was, to prefill the topic.
    let (callback_href, visit_href) = match request_path() {
        Some(path) if crate::catalogue::for_path(&path).is_some() => (
            format!("{CALLBACK_PATH}?vanaf={path}"),
            format!("{VISIT_PATH}?vanaf={path}"),
        ),
        _ => (CALLBACK_PATH.to_string(), VISIT_PATH.to_string()),
    };
    // The same for every page with the same links in one language (the cache is
    // bounded: past its size a block is rendered anew).
    let key = format!("help.{}.{callback_href}", crate::i18n::current().code());
    cached(key, move || {
        view! {
            <aside id="hulp" class="lk-help" aria-labelledby="hulp-titel">
                <h2 id="hulp-titel" class="lk-help__title">{t("help-title")}</h2>
                <p>{t("help-intro")}</p>
                <ul class="lk-help__list">
                    <li><a href=callback_href>{t("help-callback")}</a>". " {t("help-callback-text")}</li>
                    <li>
                        {t("help-phone")} " " <a href="tel:+31140123" class="lk-help__phone">"14 0123"</a>
                        ". " {t("help-phone-hours")}
                    </li>
                    <li>
                        <a href=visit_href>{t("help-visit")}</a>
                        ". " {t("help-visit-text")}
                    </li>
                </ul>
            </aside>
        }
    })
}
