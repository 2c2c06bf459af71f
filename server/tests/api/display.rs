//! Display preferences without JavaScript: the switch posts, the cookie holds
//! only the modes, and the server renders the first paint in them.

use crate::common;

use common::TestApp;
use reqwest::StatusCode;

fn html_tag(body: &str) -> &str {
    let start = body.find("<html").expect("html tag");
    let end = body[start..].find('>').expect("end of tag");
    &body[start..start + end]
}

#[tokio::test]
async fn the_switch_posts_and_the_next_page_is_rendered_in_the_chosen_mode() {
    let app = TestApp::spawn().await;
    let first = app.get("/").await;
    assert!(html_tag(&first.body).contains("lk-text-standaard lk-contrast-standaard"));
    assert!(first.body.contains("Weergave aanpassen"));
    assert!(!first.body.contains("Uw weergave is opgeslagen"));

    let saved = app
        .post(
            "/weergave",
            &[
                ("terug", "/producten/verhuizing/adres?terug=controleren"),
                ("tekstgrootte", "extra-groot"),
                ("contrast", "hoog"),
                ("ruimte", "ja"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(
        saved.location.as_deref(),
        Some("/producten/verhuizing/adres?terug=controleren&weergave=opgeslagen#weergave")
    );
    let cookie = saved.headers["set-cookie"].to_str().expect("cookie");
    assert!(
        cookie.starts_with("loket_weergave=tekst-extra-groot.contrast-hoog.ruim;"),
        "{cookie}"
    );
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));

    let page = app
        .get("/producten/verhuizing/adres?terug=controleren&weergave=opgeslagen")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        html_tag(&page.body),
        r#"<html lang="nl" class="lk-text-extra-groot lk-contrast-hoog lk-spacing""#
    );
    assert!(
        page.body.contains(r#"<details id="weergave" open"#),
        "opened at the switch"
    );
    assert!(
        page.body
            .contains(r#"<p role="status" class="lk-display__saved">Uw weergave is opgeslagen."#)
    );
    assert!(page.body.contains(r#"value="extra-groot" checked"#));
    assert!(
        page.body
            .contains(r#"id="ruimte" name="ruimte" value="ja" checked"#)
    );
    // Every other page keeps the mode: the cookie goes along.
    let other = app.get("/afspraak").await;
    assert!(html_tag(&other.body).contains("lk-contrast-hoog"));

    // Back to the standard, and never to another site.
    let reset = app
        .post(
            "/weergave",
            &[
                ("terug", "https://evil.example/"),
                ("tekstgrootte", "standaard"),
            ],
        )
        .await;
    assert_eq!(
        reset.location.as_deref(),
        Some("/?weergave=opgeslagen#weergave")
    );
    let home = app.get("/").await;
    assert!(html_tag(&home.body).contains("lk-text-standaard lk-contrast-standaard"));
}
