//! The frame of every page: skip link, header, navigation, main, help, footer.
//! The order never changes (WCAG 3.2.3 consistent navigation, 3.2.6 consistent help).

use leptos::prelude::*;

use super::{DisplayBar, HelpBlock};
use crate::MUNICIPALITY;
use crate::accessibility::PATH as ACCESSIBILITY_PATH;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <a href="#inhoud" class="lk-skip-link">"Ga direct naar de inhoud"</a>
        <header class="lk-header">
            <div class="lk-width lk-header__inner">
                <a href="/" class="lk-header__logo">{MUNICIPALITY}</a>
                <nav class="lk-nav" aria-label="Hoofdmenu">
                    <ul class="lk-nav__list">
                        <li><a class="lk-nav__link" href="/">"Alle onderwerpen"</a></li>
                        <li><a class="lk-nav__link" href="#hulp">"Hulp en contact"</a></li>
                    </ul>
                </nav>
            </div>
        </header>
        <DisplayBar/>
        <div class="lk-width lk-page">
            // tabindex -1 lets the skip link move focus into main in every browser.
            <main id="inhoud" class="lk-main" tabindex="-1">{children()}</main>
            <HelpBlock/>
        </div>
        <footer class="lk-footer">
            <div class="lk-width">
                <p class="lk-footer__text">
                    {MUNICIPALITY} ". Dit is een demonstratie. Namen, nummers en bedragen zijn voorbeelden."
                </p>
                <p class="lk-footer__text"><a href=ACCESSIBILITY_PATH>"Toegankelijkheid"</a></p>
            </div>
        </footer>
    }
}
