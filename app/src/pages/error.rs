//! Error pages: a real page with the help block, for every status we answer with.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::MUNICIPALITY;
use crate::components::Layout;
use crate::page_context::set_status;

/// The heading and the explanation for a status code.
pub fn error_text(status: u16) -> (&'static str, &'static str) {
    match status {
        404 => (
            "Deze pagina bestaat niet",
            "Misschien is het adres verkeerd getypt. Of de pagina is weggehaald.",
        ),
        405 => (
            "Dit kan hier niet",
            "Deze pagina kan deze vraag niet verwerken. Ga terug en probeer het opnieuw.",
        ),
        413 => (
            "Dit is te veel tekst",
            "U stuurde meer tekst dan wij kunnen verwerken. Ga terug en maak uw antwoord korter.",
        ),
        403 => (
            "Dit formulier kwam niet van deze website",
            "Wij hebben het daarom niet verwerkt. Ga naar de startpagina en probeer het opnieuw.",
        ),
        400..=499 => (
            "Dit konden wij niet lezen",
            "Er ging iets mis met wat u stuurde. Ga terug en probeer het opnieuw.",
        ),
        _ => (
            "Er ging iets mis bij ons",
            "Uw gegevens zijn niet kwijt. Probeer het over een paar minuten opnieuw.",
        ),
    }
}

#[component]
fn ErrorContent(status: u16) -> impl IntoView {
    let (heading, text) = error_text(status);
    view! {
        <h1 class="lk-heading-xl">{heading}</h1>
        <p>{text}</p>
        <p><a href="/">"Naar de startpagina"</a></p>
    }
}

/// Shown by the router for a path it does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_status(404);
    let (heading, _) = error_text(404);
    view! {
        <Title text=format!("{heading} - {MUNICIPALITY}")/>
        <Layout><ErrorContent status=404/></Layout>
    }
}

/// A complete error page, for responses made outside the router (413, 405, ...).
#[cfg(feature = "ssr")]
pub fn render_error_page(status: u16, stylesheet: &str) -> String {
    let (heading, _) = error_text(status);
    let title = format!("{heading} - {MUNICIPALITY}");
    let stylesheet = stylesheet.to_string();
    // Islands need a hydration context even here, outside Leptos's own rendering.
    let owner = Owner::new_root(Some(std::sync::Arc::new(
        hydration_context::SsrSharedContext::new(),
    )));
    owner.with(|| {
        view! {
            <!DOCTYPE html>
            <html lang="nl">
                <head>
                    <meta charset="utf-8"/>
                    <meta name="viewport" content="width=device-width, initial-scale=1"/>
                    <link rel="stylesheet" href=stylesheet/>
                    <title>{title}</title>
                </head>
                <body>
                    <Layout><ErrorContent status=status/></Layout>
                </body>
            </html>
        }
        .to_html()
    })
}
