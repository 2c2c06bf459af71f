//! The GOV.UK error summary: at the top of the form, focused on load, with a
//! link to each field that needs fixing.

use crate::wording::Worded;
use leptos::prelude::*;

use crate::i18n::t;
use crate::journey::FieldError;

#[component]
pub fn ErrorSummary(errors: Vec<FieldError>) -> impl IntoView {
    (!errors.is_empty()).then(|| {
        view! {
            // `autofocus` moves focus here as the page loads, also without
            // scripts, so screen readers (NVDA, VoiceOver) read the problems first.
            // No aria-labelledby: a plain div may not be named (ARIA in HTML, the
            // Nu HTML Checker says so); focused, its content is read, heading first,
            // as in GOV.UK Frontend's error summary.
            <div class="lk-error-summary" id="foutmeldingen" tabindex="-1" autofocus=true>
                <div role="alert">
                    <h2 class="lk-error-summary__title" id="foutmeldingen-titel">{t("error-summary-title")}</h2>
                    <ul class="lk-error-summary__list">
                        {errors
                            .into_iter()
                            .map(|e| view! { <li><a href=format!("#{}", e.anchor)>{e.message()}</a></li> })
                            .collect_view()}
                    </ul>
                </div>
            </div>
        }
    })
}
