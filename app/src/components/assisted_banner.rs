//! The banner of the assisted mode, above every page's content: who helps,
//! from which library, that the resident types their own details, and
//! "Klaar: alles wissen" (a form that posts). It is part of the page, not a
//! live region: a screen reader reads it once with the page. With scripts,
//! a small script of its own (`assisted_banner.js`, about 0.6 KB, with the
//! page's nonce) warns after 8 minutes without activity and lets the
//! resident go on (WCAG 2.2.1); it is not an island, as one with gloo's
//! timers would push the single island bundle over the 60 KB budget (the
//! waiting room measured 2.1 to 3.7 KB for such code; README).

use leptos::prelude::*;

use crate::assisted::{self, Assisted, idle_seconds, warn_seconds};
use crate::i18n::{t, t_args};

const SCRIPT: &str = include_str!("assisted_banner.js");

#[component]
pub fn AssistedBanner(assisted: Assisted) -> impl IntoView {
    let who = t_args(
        "help-banner",
        &[
            ("helper", assisted.helper.clone().into()),
            ("library", assisted.library.clone().into()),
        ],
    );
    view! {
        <div
            class="lk-assisted"
            role="region"
            aria-label=t("help-banner-label")
            data-idle=idle_seconds().to_string()
            data-warn=warn_seconds().to_string()
            data-still=assisted::STILL_HERE
            data-end=assisted::DONE
        >
            <p class="lk-assisted__who">{who}</p>
            <form method="post" action=assisted::DONE class="lk-assisted__done">
                <button type="submit" class="lk-button lk-button--secondary">{t("help-done")}</button>
            </form>
            <div class="lk-assisted__warning" role="alert" hidden=true>
                <p>{t_args("help-idle-warning", &[("minutes", ((idle_seconds() - warn_seconds() + 59) / 60).into())])}</p>
                <form method="post" action=assisted::STILL_HERE>
                    <button type="submit" class="lk-button">{t("help-still-here")}</button>
                </form>
            </div>
            <script nonce=leptos::nonce::use_nonce()>{SCRIPT}</script>
        </div>
    }
}
