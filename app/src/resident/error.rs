//! Error pages: a real page with the help block, for every status we answer with.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::{Description, Layout};
use crate::i18n::{t, title};
use crate::page_context::set_status;

/// The heading and the explanation for a status code.
pub fn error_text(status: u16) -> (String, String) {
    let key = match status {
        404 | 405 | 413 | 403 | 429 => status,
        400..=499 => 400,
        _ => 500,
    };
    (
        t(&format!("error-{key}-title")),
        t(&format!("error-{key}-text")),
    )
}

#[component]
fn ErrorContent(status: u16) -> impl IntoView {
    let (heading, text) = error_text(status);
    view! {
        <h1 class="lk-heading-xl">{heading}</h1>
        <p>{text}</p>
        <p><a href="/">{t("error-home-link")}</a></p>
    }
}

/// Shown by the router for a path it does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_status(404);
    let (heading, _) = error_text(404);
    view! {
        <Title text=title(&[&heading])/>
        <Description text=t("help-intro")/>
        <Layout><ErrorContent status=404/></Layout>
    }
}

/// A complete error page, for responses made outside the router (413, 405, ...),
/// in the language the request asked for.
#[cfg(feature = "ssr")]
pub fn render_error_page(
    status: u16,
    stylesheet: &str,
    lang: crate::i18n::Lang,
    display: crate::display::Display,
) -> String {
    let in_lang = |f: &dyn Fn() -> String| {
        let owner = Owner::new_root(None);
        owner.with(|| {
            provide_context(lang);
            f()
        })
    };
    // Plain text: the view below escapes it.
    let title = in_lang(&|| crate::i18n::raw_title(&[&error_text(status).0]));
    let stylesheet = stylesheet.to_string();
    let description = in_lang(&|| crate::i18n::t("help-intro"));
    // The head without a hydration context: with one, the title's text would
    // carry a hydration marker ("<!>") into the browser's tab.
    let head = in_lang(&|| {
        view! {
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <link rel="stylesheet" href=stylesheet.clone()/>
                <title>{title.clone()}</title>
                <meta name="description" content=description.clone()/>
            </head>
        }
        .to_html()
    });
    // Islands need a hydration context even here, outside Leptos's own rendering
    // (they are not hydrated on these pages: no scripts, the page works without).
    let body = Owner::new_root(Some(std::sync::Arc::new(
        hydration_context::SsrSharedContext::new(),
    )))
    .with(|| {
        provide_context(lang);
        provide_context(display);
        view! { <body><Layout><ErrorContent status=status/></Layout></body> }.to_html()
    });
    // The resident's display mode here too; the classes are our own words, no escaping needed.
    format!(
        "<!DOCTYPE html><html lang=\"{}\" class=\"{}\">{head}{body}</html>",
        lang.code(),
        display.classes()
    )
}
