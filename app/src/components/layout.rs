//! The frame of every page: skip link, header, navigation, main, help, footer.
//! The order never changes (WCAG 3.2.3 consistent navigation, 3.2.6 consistent help).

use leptos::prelude::*;

use super::{DisplayBar, HelpBlock, cached};
use crate::accessibility::PATH as ACCESSIBILITY_PATH;
use crate::i18n::t;
use crate::resident::privacy_page::PATH as PRIVACY_PATH;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let lang = crate::i18n::current().code();
    view! {
        {cached(format!("header.{lang}"), header)}
        <DisplayBar/>
        <div class="lk-width lk-page">
            // tabindex -1 lets the skip link move focus into main in every browser.
            <main id="inhoud" class="lk-main" tabindex="-1">
                // Helped at the library: who helps, above every page's content.
                {crate::page_context::page_context()
                    .assisted
                    .filter(|a| a.agreed)
                    .map(|assisted| view! { <super::AssistedBanner assisted=assisted/> })}
                {children()}
            </main>
            <HelpBlock/>
        </div>
        {cached(format!("footer.{lang}"), footer)}
    }
}

/// The skip link and the header: the same on every page in one language.
fn header() -> impl IntoView {
    view! {
        <a href="#inhoud" class="lk-skip-link">{t("layout-skip-link")}</a>
        <header class="lk-header">
            <div class="lk-width lk-header__inner">
                <a href="/" class="lk-header__logo">{t("municipality")}</a>
                <nav class="lk-nav" aria-label=t("layout-nav-label")>
                    <ul class="lk-nav__list">
                        <li><a class="lk-nav__link" href="/">{t("layout-nav-topics")}</a></li>
                        <li><a class="lk-nav__link" href="#hulp">{t("layout-nav-help")}</a></li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}

/// The footer: the same on every page in one language.
fn footer() -> impl IntoView {
    view! {
        <footer class="lk-footer">
            <div class="lk-width">
                <p class="lk-footer__text">
                    {t("municipality")} ". " {t("layout-footer-demo")}
                </p>
                <p class="lk-footer__text">
                    <a href=ACCESSIBILITY_PATH>{t("layout-footer-accessibility")}</a>
                    " · "
                    <a href=PRIVACY_PATH>{t("layout-footer-privacy")}</a>
                </p>
            </div>
        </footer>
    }
}
