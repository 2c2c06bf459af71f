//! "Toegankelijkheid": the accessibility statement, with a form to report a problem.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::MUNICIPALITY;
use crate::accessibility::{MAX_DESCRIPTION_CHARS, PATH};
use crate::components::{ErrorSummary, Layout, TextInput, Textarea, error_for};
use crate::page_context::page_context;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let form = page_context().report.unwrap_or_default();
    let draft = form.draft;
    let errors = draft.errors.clone();
    let message = |field: &str| error_for(&errors, field).map(|e| e.message);
    let (description_error, email_error) = (message("probleem"), message("email"));
    let reported = use_query_map()
        .get_untracked()
        .get("gemeld")
        .filter(|r| r.len() <= 20 && r.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    let prefix = if errors.is_empty() { "" } else { "Fout: " };
    let page = if draft.page.is_empty() {
        use_query_map()
            .get_untracked()
            .get("vanaf")
            .unwrap_or_default()
    } else {
        draft.page.clone()
    };
    // The page after sending is another state of the page: its own title (WCAG 2.4.2).
    let title = if reported.is_some() {
        format!("Melding verstuurd - Toegankelijkheid - {MUNICIPALITY}")
    } else {
        format!("{prefix}Toegankelijkheid - {MUNICIPALITY}")
    };
    view! {
        <Title text=title/>
        <Layout>
            <h1 class="lk-heading-xl">"Toegankelijkheid"</h1>
            <p class="lk-lead">"Iedereen moet deze website kunnen gebruiken. Ook als u slecht ziet, slecht hoort of moeite heeft met lezen."</p>
            <h2 class="lk-heading-m">"Aan welke regels voldoen wij?"</h2>
            <p>"Wij houden ons aan de regels voor toegankelijke websites. Die regels heten WCAG 2.2, niveau AA."</p>
            <p>"De overheid moet zich aan deze regels houden. Wij vinden dat ook zelf belangrijk."</p>
            <h2 class="lk-heading-m">"Hoe controleren wij dat?"</h2>
            <p>"Een computer controleert elke pagina, elke keer dat wij iets aan de website veranderen. Dat gebeurt met en zonder JavaScript, en in elke weergave."</p>
            <ul class="lk-list">
                <li>"Werkt de pagina op een smal scherm, zonder opzij te schuiven?"</li>
                <li>"Kunt u de tekst twee keer zo groot maken?"</li>
                <li>"Kunt u alles met alleen het toetsenbord bedienen? En ziet u waar u bent?"</li>
                <li>"Zegt een fout duidelijk wat er mis is en hoe u het oplost?"</li>
                <li>"Is de taal eenvoudig? Zinnen hebben hoogstens 20 woorden."</li>
                <li>"Zijn de kleuren goed te lezen?"</li>
            </ul>
            <p>"Een computer kan niet alles controleren. Daarom testen mensen ook zelf. Zij gebruiken bijvoorbeeld een schermlezer of alleen hun stem."</p>
            <h2 class="lk-heading-m">"Wat werkt nog niet goed?"</h2>
            <ul class="lk-list">
                <li>"De website is nog alleen in het Nederlands."</li>
                <li>"Een knop om de tekst voor te lezen komt nog."</li>
            </ul>
            <h2 class="lk-heading-m" id="melden">"Meld een probleem"</h2>
            {match reported {
                Some(reference) => view! {
                    <div class="lk-panel" role="status">
                        <p class="lk-panel__body">"Bedankt voor uw melding. Het nummer van uw melding is "<strong>{reference}</strong>"."</p>
                    </div>
                    <p>"Wij kijken binnen 5 werkdagen naar uw melding. Gaf u uw e-mailadres? Dan hoort u van ons wat wij doen."</p>
                }
                .into_any(),
                None => view! {
                    <p>"Lukt iets niet op deze website? Laat het ons weten. Dan lossen wij het op. U kunt ook bellen naar 14 0123."</p>
                    <ErrorSummary errors=errors.clone()/>
                    <form method="post" action=PATH novalidate=true class="lk-form">
                        <input type="hidden" name="formulier" value=form.nonce/>
                        <Textarea
                            id="probleem"
                            label="Wat ging er niet goed?"
                            hint=format!("Bijvoorbeeld: ik kon de knop niet vinden met mijn schermlezer. Hoogstens {MAX_DESCRIPTION_CHARS} tekens.")
                            value=draft.description.clone()
                            error=description_error
                        />
                        <TextInput
                            id="pagina"
                            label="Op welke pagina was dat? (optioneel)"
                            hint="Het adres van de pagina, of de naam ervan."
                            value=page
                        />
                        <TextInput
                            id="email"
                            label="Uw e-mailadres (optioneel)"
                            hint="Dan laten wij u weten wat wij met uw melding doen."
                            value=draft.email.clone()
                            error=email_error
                            input_type="email"
                            autocomplete="email"
                        />
                        <button type="submit" class="lk-button">"Verstuur melding"</button>
                    </form>
                }
                .into_any(),
            }}
        </Layout>
    }
}
