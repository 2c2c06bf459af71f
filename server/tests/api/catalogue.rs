//! The catalogue over HTTP without JavaScript: the home page groups every
//! product by topic, the search is a GET form answered on the server, and each
//! product's start page leads to the right channel.

use crate::common;

use common::TestApp;
use reqwest::StatusCode;

#[tokio::test]
async fn the_home_page_groups_every_product_by_topic_and_offers_the_search() {
    let app = TestApp::spawn().await;
    let home = app.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    for topic in [
        "Wonen en verhuizen",
        "Paspoort, rijbewijs en uittreksels",
        "Geld en hulp",
        "Afval en de straat",
        "Parkeren",
    ] {
        assert!(
            home.body
                .contains(&format!("<h2 class=\"lk-heading-m\">{topic}</h2>")),
            "{topic}"
        );
    }
    for link in [
        "href=\"/producten/verhuizing\"",
        "href=\"/producten/paspoort-id-kaart\"",
        "href=\"/producten/rijbewijs\"",
        "href=\"/producten/bijzondere-bijstand\"",
        "href=\"/producten/grofvuil\"",
    ] {
        assert!(home.body.contains(link), "{link}");
    }
    assert!(
        home.body
            .contains("<form method=\"get\" action=\"/zoeken\"")
    );
}

#[tokio::test]
async fn the_search_knows_residents_words_and_offers_a_person_when_it_finds_nothing() {
    let app = TestApp::spawn().await;
    let found = app.get("/zoeken?q=id+kaart").await;
    assert_eq!(found.status, StatusCode::OK);
    assert!(found.body.contains("Zoekresultaten voor ‘id kaart’"));
    let first = found.body.find("lk-product-list__item").expect("a result");
    let item = &found.body[first..first + found.body[first..].find("</li>").expect("end")];
    assert!(
        item.contains("href=\"/producten/paspoort-id-kaart\""),
        "best result first: {item}"
    );
    assert!(
        found.body.contains("value=\"id kaart\""),
        "the words stay in the field"
    );

    let nothing = app.get("/zoeken?q=ruimteschip").await;
    assert!(nothing.body.contains("Wij vonden niets."));
    assert!(
        nothing.body.contains("href=\"/terugbellen\""),
        "the personal route"
    );
    assert!(nothing.body.contains("href=\"tel:+31140123\""));

    // Odd input never breaks the page.
    let odd = app
        .get(&format!("/zoeken?q={}", "%3Cscript%3E".repeat(200)))
        .await;
    assert_eq!(odd.status, StatusCode::OK);
    assert!(!odd.body.contains("<script>"), "escaped");
    // Also in the title: leptos_meta writes titles as they are, so we escape them.
    let breakout = app
        .get("/zoeken?q=%3C%2Ftitle%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        .await;
    assert!(
        !breakout.body.contains("<script>alert(1)"),
        "no script from a search"
    );
    assert!(breakout
        .body
        .contains("<title>Zoekresultaten voor ‘&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;’ - Gemeente Voorbeeld</title>"));
}

#[tokio::test]
async fn start_pages_lead_to_the_counter_or_a_person() {
    let app = TestApp::spawn().await;
    let passport = app.get("/producten/paspoort-id-kaart").await;
    assert_eq!(passport.status, StatusCode::OK);
    assert!(
        passport.body.contains("vingerafdrukken"),
        "says why at the counter"
    );
    assert!(
        passport
            .body
            .contains("Het kost € 83,90. Dit bedrag is een voorbeeld.")
    );
    assert!(passport.body.contains(
        "href=\"/afspraak/product?product=paspoort-id-kaart&amp;vanaf=%2Fproducten%2Fpaspoort-id-kaart\""
    ));

    let assistance = app.get("/producten/bijzondere-bijstand").await;
    assert!(
        assistance
            .body
            .contains("href=\"/terugbellen?vanaf=%2Fproducten%2Fbijzondere-bijstand\"")
    );
    // The callback form knows where the resident came from.
    let callback = app
        .get("/terugbellen?vanaf=/producten/bijzondere-bijstand")
        .await;
    assert!(
        callback.body.contains("value=\"Bijzondere bijstand\""),
        "topic prefilled"
    );
    // The visit flow ticks the product.
    let visit = app
        .get("/afspraak/product?product=paspoort-id-kaart&vanaf=%2Fproducten%2Fpaspoort-id-kaart")
        .await;
    assert!(visit.body.contains("value=\"paspoort-id-kaart\" checked"));

    assert_eq!(
        app.get("/producten/bestaat-niet").await.status,
        StatusCode::NOT_FOUND
    );
    // The move's old addresses lead to the same pages on the form engine.
    for (old, new) in [
        ("/verhuizen", "/producten/verhuizing"),
        (
            "/verhuizen/adres?terug=controleren",
            "/producten/verhuizing/adres?terug=controleren",
        ),
    ] {
        let answer = app.get(old).await;
        assert_eq!(
            (answer.status, answer.location.as_deref()),
            (StatusCode::PERMANENT_REDIRECT, Some(new)),
            "{old}"
        );
    }
    let start = app.get("/producten/verhuizing").await;
    assert!(
        start.body.contains("Verhuist u naar het buitenland?")
            && start.body.contains(
                "href=\"/producten/verhuizing/adres\" class=\"lk-button lk-button--start\""
            ),
        "the move's start page says what is not online and starts the questions"
    );
}
