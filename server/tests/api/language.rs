//! Languages over HTTP, without JavaScript: `Accept-Language` on a first visit,
//! the switch (a link that keeps the choice in a cookie and returns to the same
//! page), `<html lang>`, error pages, and a receipt in the resident's language.

use crate::common;

use common::{TestApp, first_slot, nonce};
use reqwest::StatusCode;

fn html_lang(body: &str) -> &str {
    let start = body.find("<html lang=\"").expect("html lang") + 12;
    let end = body[start..].find('"').expect("end of lang");
    &body[start..start + end]
}

fn title(body: &str) -> &str {
    let start = body.find("<title>").expect("title") + 7;
    let end = body[start..].find("</title>").expect("end of title");
    &body[start..start + end]
}

#[tokio::test]
async fn the_first_visit_follows_accept_language_and_dutch_is_the_default() {
    let app = TestApp::spawn().await;
    let dutch = app.get("/afspraak").await;
    assert_eq!(html_lang(&dutch.body), "nl");
    assert!(
        dutch
            .body
            .contains("<h1 class=\"lk-heading-xl\">Afspraak aan de balie</h1>")
    );
    assert!(
        dutch.body.contains(">English</a>"),
        "the switch is on the page"
    );

    let english = app
        .get_with("/afspraak", "accept-language", "en-GB,en;q=0.9,nl;q=0.5")
        .await;
    assert_eq!(html_lang(&english), "en");
    assert!(english.contains("<h1 class=\"lk-heading-xl\">Visit us at the desk</h1>"));
    assert!(english.contains(">Nederlands</a>"));
    assert_eq!(
        title(&english),
        "Visit us at the desk - Municipality of Voorbeeld"
    );
    // A language we do not have falls back to Dutch.
    let german = app.get_with("/", "accept-language", "de-DE,de;q=0.9").await;
    assert_eq!(html_lang(&german), "nl");
}

#[tokio::test]
async fn the_switch_keeps_the_choice_and_returns_to_the_same_page_only_on_this_site() {
    let app = TestApp::spawn().await;
    let page = app
        .get("/producten/verhuizing/adres?terug=controleren")
        .await;
    let href = "/taal/en?terug=%2Fproducten%2Fverhuizing%2Fadres%3Fterug%3Dcontroleren";
    assert!(
        page.body
            .contains(&format!("href=\"{href}\" lang=\"en\" hreflang=\"en\"")),
        "the switch links to the same page"
    );
    let switched = app.get(href).await;
    assert_eq!(switched.status, StatusCode::SEE_OTHER);
    assert_eq!(
        switched.location.as_deref(),
        Some("/producten/verhuizing/adres?terug=controleren")
    );
    let cookie = switched.headers["set-cookie"].to_str().expect("cookie");
    assert!(cookie.starts_with("loket_taal=en;"), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));

    // The cookie wins over Accept-Language from now on.
    let english = app
        .get_with("/producten/verhuizing/adres", "accept-language", "nl-NL")
        .await;
    assert_eq!(html_lang(&english), "en");
    assert!(english.contains("What is your new address?"));
    assert_eq!(
        title(&english),
        "Step 1 of 4: New address - Report a move - Municipality of Voorbeeld"
    );

    // Never to another site; an unknown language changes nothing.
    let foreign = app.get("/taal/nl?terug=https://evil.example/").await;
    assert_eq!(foreign.location.as_deref(), Some("/"));
    let unknown = app.get("/taal/fr?terug=/afspraak").await;
    assert_eq!(unknown.location.as_deref(), Some("/afspraak"));
    assert!(!unknown.headers.contains_key("set-cookie"));
    let still = app.get("/").await;
    assert_eq!(html_lang(&still.body), "nl", "switched back to Dutch above");
}

#[tokio::test]
async fn error_pages_made_outside_the_router_speak_the_language_and_have_a_clean_title() {
    let app = TestApp::spawn().await;
    app.get("/taal/en?terug=/").await;
    let wrong_method = app.get("/weergave").await;
    assert_eq!(wrong_method.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(html_lang(&wrong_method.body), "en");
    assert_eq!(
        title(&wrong_method.body),
        "This is not possible here - Municipality of Voorbeeld",
        "no hydration marker in the title"
    );
    assert!(wrong_method.body.contains("Need help?"));
    // ... and in the resident's display mode (the cookie is read there too).
    let big = app
        .get_with(
            "/weergave",
            "cookie",
            "loket_taal=en; loket_weergave=tekst-groot.contrast-hoog",
        )
        .await;
    assert!(
        big.contains("<html lang=\"en\" class=\"lk-text-groot lk-contrast-hoog\">"),
        "{}",
        &big[..200]
    );
}

#[tokio::test]
async fn a_receipt_is_written_in_the_language_of_the_request() {
    let app = TestApp::spawn().await;
    app.get("/taal/en?terug=/").await;
    let form = app.get("/terugbellen").await;
    assert!(
        form.body
            .contains("When is the best time for us to call you?")
    );
    let sent = app
        .post(
            "/terugbellen",
            &[
                ("formulier", &nonce(&form.body)),
                ("naam", "Jan"),
                ("telefoon", "0201234567"),
                ("onderwerp", "Bulky waste"),
                ("dagdeel", &first_slot()),
                ("email", "jan@voorbeeld.nl"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let (subject, body): (String, String) = sqlx::query_as("SELECT subject, body FROM outbox")
        .fetch_one(&app.pool)
        .await
        .expect("one receipt");
    assert!(
        subject.starts_with("We will call you back (TB-"),
        "{subject}"
    );
    assert!(
        body.starts_with("Dear Jan,\n\nYou asked us to call you back."),
        "{body}"
    );
    assert!(body.contains("Topic: Bulky waste"), "{body}");
    assert!(body.contains("between 9.00 and 12.00") || body.contains("between 13.00 and 17.00"));
    assert!(
        body.trim_end()
            .ends_with("Kind regards,\nMunicipality of Voorbeeld"),
        "{body}"
    );
    // The status page behind the link, in English too.
    let status = app.get(sent.location.as_deref().expect("link")).await;
    assert!(status.body.contains("We will call you back"));
}
