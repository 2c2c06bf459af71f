//! "Hulp nodig?": the personal route, in the same place on every page (WCAG 3.2.6).

use leptos::prelude::*;

#[component]
pub fn HelpBlock() -> impl IntoView {
    view! {
        <aside id="hulp" class="lk-help" aria-labelledby="hulp-titel">
            <h2 id="hulp-titel" class="lk-help__title">"Hulp nodig?"</h2>
            <p>"Lukt het niet online? Wij helpen u graag."</p>
            <ul class="lk-help__list">
                <li>
                    "Bel ons op " <a href="tel:+31140123" class="lk-help__phone">"14 0123"</a>
                    ". Dat kan op maandag tot en met vrijdag van 8.30 tot 17.00 uur."
                </li>
                <li>
                    "Kom langs in het Stadhuis, Marktplein 1. Dat kan op maandag tot en met vrijdag van 9.00 tot 17.00 uur."
                </li>
            </ul>
        </aside>
    }
}
