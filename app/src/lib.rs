//! Loket: the Leptos application. Rendered on the server for every page; the
//! WebAssembly build (`hydrate`) only ever hydrates islands.
// Leptos view types nest deeply; the release WebAssembly build of the display
// switch island needs more than the default 128.
#![recursion_limit = "256"]

pub mod accessibility;
pub mod assets;
pub mod assisted;
pub mod callback;
pub mod catalogue;
pub mod components;
pub mod display;
pub mod domain;
pub mod form;
pub mod i18n;
pub mod journey;
pub mod page_context;
pub mod panel;
pub mod plain_language;
mod resident;
pub mod retention;
pub mod satisfaction;
pub mod security;
pub mod staff;
pub use resident::addition_page::MAX_ADDITION_CHARS;
pub use resident::status_page::BASE as STATUS_BASE;
pub mod visit;
pub mod wording;

use leptos::prelude::*;
use leptos_meta::{MetaTags, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

#[cfg(feature = "ssr")]
pub use resident::error::render_error_page;

/// The whole HTML document around the application.
pub fn shell(_options: LeptosOptions) -> impl IntoView {
    let css = assets::current().css.as_str();
    // Read while rendering, so the first paint already has the resident's display.
    let display = display::current().classes();
    // The language of this request, once, for every text on the page.
    let lang = i18n::current();
    provide_context(lang);
    #[cfg(feature = "ssr")]
    security::set_page_policy();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() class=display>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <link rel="stylesheet" href=css/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                // Loads the islands when first used; every page works without it.
                <components::IslandLoader/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Routes fallback=resident::error::NotFoundPage>
                <Route path=path!("/") view=resident::home::HomePage/>
                <Route path=path!("/terugbellen") view=resident::callback_pages::CallbackPage/>
                <Route path=path!("/terugbellen/:token") view=resident::callback_pages::CallbackStatusPage/>
                <Route path=path!("/toegankelijkheid") view=resident::accessibility_page::AccessibilityPage/>
                <Route path=path!("/zoeken") view=resident::home::SearchPage/>
                <Route path=path!("/privacy") view=resident::privacy_page::PrivacyPage/>
                <Route path=path!("/producten/:product") view=resident::home::ProductStartPage/>
                <Route path=path!("/producten/:product/controleren") view=resident::form_pages::FormCheckPage/>
                <Route path=path!("/producten/:product/kopie") view=resident::form_pages::FormCopyPage/>
                <Route path=path!("/producten/:product/opgeslagen") view=resident::form_pages::FormSavedPage/>
                <Route path=path!("/verder") view=resident::form_pages::ResumePage/>
                <Route path=path!("/verder/:code") view=resident::form_pages::ResumePage/>
                <Route path=path!("/producten/:product/bevestiging") view=resident::form_pages::FormConfirmationPage/>
                <Route path=path!("/producten/:product/:step") view=resident::form_pages::FormStepPage/>
                <Route path=path!("/aanvraag/:token") view=resident::status_page::RequestStatusPage/>
                <Route path=path!("/afspraak") view=resident::visit_pages::VisitStartPage/>
                <Route path=path!("/afspraak/controleren") view=resident::visit_pages::VisitCheckPage/>
                <Route path=path!("/afspraak/mijn/:token") view=resident::visit_pages::VisitManagePage/>
                <Route path=path!("/afspraak/:step") view=resident::visit_pages::VisitStepPage/>
                <Route path=path!("/aanvraag/:token/aanvullen") view=resident::addition_page::AdditionPage/>
                <Route path=path!("/wachtkamer/:location") view=resident::waiting_room::WaitingRoomPage/>
                <Route path=path!("/tevredenheid/:token") view=resident::satisfaction_page::SatisfactionPage/>
                <Route path=path!("/inwonerpanel") view=resident::panel_page::PanelPage/>
                <Route path=path!("/hulp") view=resident::help_pages::HelpPageView/>
                <Route path=path!("/hulp/afspraken") view=resident::help_pages::HelpPageView/>
                <Route path=path!("/hulp/klaar") view=resident::help_pages::HelpPageView/>
                <Route path=path!("/inwonerpanel/afmelden/:token") view=resident::panel_page::PanelPage/>
                <Route path=path!("/medewerker") view=staff::StaffRoutePage/>
                <Route path=path!("/medewerker/start") view=staff::StaffRoutePage/>
                <Route path=path!("/medewerker/aanvragen") view=staff::StaffRoutePage/>
                <Route path=path!("/medewerker/aanvragen/:reference") view=staff::StaffRoutePage/>
                <Route path=path!("/medewerker/terugbellen") view=staff::StaffRoutePage/>
                <Route path=path!("/medewerker/terugbellen/:reference") view=staff::StaffRoutePage/>
                <Route path=path!("/medewerker/contact") view=staff::StaffRoutePage/>
                <Route path=path!("/medewerker/zoeken") view=staff::StaffRoutePage/>
                <Route path=path!("/medewerker/balie") view=staff::StaffRoutePage/>
                <Route path=path!("/medewerker/openingstijden") view=staff::StaffRoutePage/>
                <Route path=path!("/medewerker/tevredenheid") view=staff::StaffRoutePage/>
                <Route path=path!("/medewerker/kengetallen") view=staff::StaffRoutePage/>
                <Route path=path!("/medewerker/kengetallen/verloop") view=staff::StaffRoutePage/>
                <Route path=path!("/medewerker/kengetallen/raad") view=staff::StaffRoutePage/>
                <Route path=path!("/medewerker/inwonerpanel") view=staff::StaffRoutePage/>
                <Route path=path!("/medewerker/inwonerpanel/aanmelden") view=staff::StaffRoutePage/>
                <Route path=path!("/medewerker/inzage") view=staff::StaffRoutePage/>
                <Route path=path!("/medewerker/meldingen") view=staff::StaffRoutePage/>
                <Route path=path!("/medewerker/meldingen/:reference") view=staff::StaffRoutePage/>
            </Routes>
        </Router>
    }
}

/// Entry point of the WebAssembly build: hydrates the islands on the page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    // The loader (`components/island_loader.js`) then starts each island, and
    // marks the page `data-islands="klaar"` once their first effects ran.
    leptos::mount::hydrate_islands();
}
