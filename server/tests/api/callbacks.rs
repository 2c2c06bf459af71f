//! "Bel mij terug" over HTTP without JavaScript: context from the page the
//! resident was on, errors with values kept, one request per form, daily
//! limits, the secret link, cancelling.

use crate::common;

use app::domain::working_days::{HolidayRules, due_date};
use common::{TestApp, first_slot, nonce};
use reqwest::StatusCode;

async fn request(app: &TestApp, phone: &str) -> common::Answer {
    app.ask_callback(phone).await
}

#[tokio::test]
async fn a_request_from_a_form_carries_its_context_and_with_consent_the_answers() {
    let app = TestApp::spawn().await;
    app.post(
        "/producten/verhuizing/adres",
        &[("adres-postcode", "1234AB"), ("adres-huisnummer", "7")],
    )
    .await;
    let stuck = app.get("/producten/verhuizing/datum").await;
    assert!(
        stuck
            .body
            .contains("href=\"/terugbellen?vanaf=/producten/verhuizing/datum\""),
        "help block links with the context"
    );

    let form = app
        .get("/terugbellen?vanaf=/producten/verhuizing/datum")
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body
            .contains("value=\"Verhuizing doorgeven (Stap 2: Verhuisdatum)\""),
        "topic prefilled"
    );
    assert!(
        form.body.contains("name=\"antwoorden-meesturen\""),
        "consent offered: there are answers"
    );

    let slot = first_slot();
    let sent = app
        .post(
            "/terugbellen",
            &[
                ("formulier", &nonce(&form.body)),
                ("vanaf", "/producten/verhuizing/datum"),
                ("naam", "Ayşe Özdemir"),
                ("telefoon", "06 12345678"),
                ("onderwerp", "Verhuizing doorgeven (Stap 2: Verhuisdatum)"),
                ("dagdeel", &slot),
                ("antwoorden-meesturen", "ja"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let link = sent.location.expect("link to the request");
    assert!(link.starts_with("/terugbellen/"), "{link}");
    let page = app.get(&link).await;
    assert!(page.body.contains("Wij bellen u terug"));
    assert!(page.body.contains("TB-"), "reference shown");

    let (state, product, step, shared, due, phone): (String, String, String, Option<String>, String, String) =
        sqlx::query_as("SELECT state, origin_product, origin_step, shared_answers, due_by, phone FROM callback_requests")
            .fetch_one(&app.pool)
            .await
            .expect("stored");
    assert_eq!(
        (state.as_str(), product.as_str(), step.as_str()),
        ("open", "Verhuizing doorgeven", "Stap 2: Verhuisdatum")
    );
    assert!(
        shared.expect("consent given").contains("1234AB"),
        "answers go along with consent"
    );
    let today = jiff::Zoned::now()
        .in_tz("Europe/Amsterdam")
        .expect("tz")
        .date();
    assert_eq!(
        due,
        due_date(today, 2, HolidayRules::default()).to_string(),
        "due within 2 working days"
    );
    assert_eq!(phone, "+31612345678");
}

#[tokio::test]
async fn without_consent_no_answers_go_along() {
    let app = TestApp::spawn().await;
    app.post(
        "/producten/verhuizing/adres",
        &[("adres-postcode", "1234AB"), ("adres-huisnummer", "7")],
    )
    .await;
    assert_eq!(
        request(&app, "0612345678").await.status,
        StatusCode::SEE_OTHER
    );
    let (shared,): (Option<String>,) =
        sqlx::query_as("SELECT shared_answers FROM callback_requests")
            .fetch_one(&app.pool)
            .await
            .expect("row");
    assert_eq!(shared, None);
}

#[tokio::test]
async fn wrong_answers_are_explained_and_kept() {
    let app = TestApp::spawn().await;
    let form = app.get("/terugbellen").await;
    let answer = app
        .post(
            "/terugbellen",
            &[
                ("formulier", &nonce(&form.body)),
                ("naam", "R2D2"),
                ("telefoon", "12345"),
                ("onderwerp", ""),
            ],
        )
        .await;
    assert_eq!(answer.location.as_deref(), Some("/terugbellen"));
    let page = app.get("/terugbellen").await;
    assert!(page.body.contains("<title>Fout: Bel mij terug"));
    for message in [
        "Een naam mag alleen letters",
        "Nederlands telefoonnummer",
        "Schrijf waarover",
        "Kies wanneer",
    ] {
        assert!(page.body.contains(message), "{message}");
    }
    assert!(
        page.body.contains("value=\"R2D2\"") && page.body.contains("value=\"12345\""),
        "typed values kept"
    );
    assert_eq!(app.count("callback_requests").await, 0);
}

#[tokio::test]
async fn a_double_click_makes_one_request() {
    let app = TestApp::spawn().await;
    let form = app.get("/terugbellen").await;
    let n = nonce(&form.body);
    let slot = first_slot();
    let fields = [
        ("formulier", n.as_str()),
        ("naam", "Jan"),
        ("telefoon", "0201234567"),
        ("onderwerp", "Vraag"),
        ("dagdeel", slot.as_str()),
    ];
    let (a, b) = tokio::join!(
        app.post("/terugbellen", &fields),
        app.post("/terugbellen", &fields)
    );
    let again = app.post("/terugbellen", &fields).await;
    assert_eq!(a.location, b.location);
    assert_eq!(a.location, again.location);
    assert_eq!(app.count("callback_requests").await, 1);
}

#[tokio::test]
async fn a_receipt_goes_through_the_outbox_only_to_a_given_address() {
    let app = TestApp::spawn().await;
    request(&app, "0201234567").await;
    assert_eq!(app.count("outbox").await, 0, "no email address, no message");
    let form = app.get("/terugbellen").await;
    let slot = first_slot();
    let wrong = app
        .post_and_follow(
            "/terugbellen",
            &[
                ("formulier", &nonce(&form.body)),
                ("naam", "Jan"),
                ("telefoon", "0201234568"),
                ("onderwerp", "Vraag"),
                ("dagdeel", &slot),
                ("email", "jan@"),
            ],
        )
        .await;
    assert!(wrong.body.contains("value=\"jan@\""), "kept as typed");
    assert_eq!(app.count("callback_requests").await, 1);
    let form = app.get("/terugbellen").await;
    let sent = app
        .post(
            "/terugbellen",
            &[
                ("formulier", &nonce(&form.body)),
                ("naam", "Jan"),
                ("telefoon", "0201234568"),
                ("onderwerp", "Vraag over grofvuil"),
                ("dagdeel", &slot),
                ("email", "jan@voorbeeld.nl"),
            ],
        )
        .await;
    let link = sent.location.expect("status page");
    let (recipient, subject, body): (String, String, String) =
        sqlx::query_as("SELECT recipient, subject, body FROM outbox")
            .fetch_one(&app.pool)
            .await
            .expect("one receipt");
    let (reference,): (String,) = sqlx::query_as(
        "SELECT reference FROM callback_requests WHERE topic = 'Vraag over grofvuil'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("request");
    assert_eq!(recipient, "jan@voorbeeld.nl");
    assert!(subject.contains(&reference));
    assert!(body.contains("Onderwerp: Vraag over grofvuil"), "{body}");
    assert!(body.contains(&link), "the secret link is in the receipt");
}

#[tokio::test]
async fn a_phone_number_gets_three_requests_a_day() {
    let app = TestApp::spawn().await;
    let today = jiff::Zoned::now()
        .in_tz("Europe/Amsterdam")
        .expect("tz")
        .date()
        .to_string();
    for i in 0..3 {
        sqlx::query(
            "INSERT INTO callback_requests (reference, token, nonce, name, phone, topic, preferred_day, day_part, created_at, created_day, due_by, state) \
             VALUES ($1, $2, $3, 'Jan', '+31612345678', 'Vraag', $4, 'ochtend', $5, $6, $7, 'open')",
        )
        .bind(format!("TB-TEST-000{i}"))
        .bind(format!("{i:032x}"))
        .bind(format!("nonce{i}"))
        .bind(&today)
        .bind(&today)
        .bind(&today)
        .bind(&today)
        .execute(&app.pool)
        .await
        .expect("earlier requests");
    }
    let refused = request(&app, "06-12345678").await;
    assert_eq!(refused.location.as_deref(), Some("/terugbellen"));
    let page = app.get("/terugbellen").await;
    assert!(
        page.body.contains("vandaag al 3 keer"),
        "a plain message, no CAPTCHA"
    );
    assert!(page.body.contains("value=\"06-12345678\""), "answers kept");
    assert_eq!(app.count("callback_requests").await, 3);
    assert_eq!(
        request(&app, "0201234567").await.status,
        StatusCode::SEE_OTHER,
        "another number may"
    );
    assert_eq!(app.count("callback_requests").await, 4);
}

/// Many residents share one address (a library, an office, a mobile
/// network): the ceiling per address is 30 a day, each with its own number.
#[tokio::test]
async fn an_address_gets_thirty_requests_a_day() {
    let app = TestApp::spawn().await;
    for n in 0..30 {
        let phone = format!("06123456{n:02}");
        let answer = request(&app, &phone).await;
        assert!(
            answer
                .location
                .as_deref()
                .is_some_and(|l| l.starts_with("/terugbellen/")),
            "{phone}"
        );
    }
    let refused = request(&app, "0687654321").await;
    assert_eq!(refused.location.as_deref(), Some("/terugbellen"));
    assert_eq!(app.count("callback_requests").await, 30);
}

#[tokio::test]
async fn the_secret_link_shows_and_cancels_only_its_request() {
    let app = TestApp::spawn().await;
    let link = request(&app, "0612345678").await.location.expect("link");
    let stranger = app
        .get("/terugbellen/ffffffffffffffffffffffffffffffff")
        .await;
    assert_eq!(stranger.status, StatusCode::NOT_FOUND);
    assert!(!stranger.body.contains("Jan de Vries"));
    let bad = app.get("/terugbellen/../../etc").await;
    assert!(bad.status.is_client_error());

    let cancelled = app.post(&format!("{link}/annuleren"), &[]).await;
    assert_eq!(cancelled.location.as_deref(), Some(link.as_str()));
    let page = app.get(&link).await;
    assert!(page.body.contains("Uw terugbelverzoek is geannuleerd"));
    assert!(
        !page.body.contains("Verzoek annuleren"),
        "nothing left to cancel"
    );
    let (state,): (String,) = sqlx::query_as("SELECT state FROM callback_requests")
        .fetch_one(&app.pool)
        .await
        .expect("row");
    assert_eq!(state, "geannuleerd");
    let unknown = app
        .post(
            "/terugbellen/ffffffffffffffffffffffffffffffff/annuleren",
            &[],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
}
