//! Personal data is kept only as long as needed: each kind is made through the
//! real interfaces, then purged as if the clock had moved on. One day before its
//! period ends it is all still there; one day after, it is gone, and what must
//! stay (an open callback, a request not yet handled, the reports' skeleton) stays.

use crate::common;

use app::domain::working_days::{HolidayRules, next_working_days};
use app::retention::Retention;
use common::{TestApp, first_slot, nonce};
use jiff::{ToSpan, Zoned};
use reqwest::StatusCode;
use server::retention::{Purged, purge};

fn in_days(days: i64) -> Zoned {
    jiff::Zoned::now()
        .in_tz("Europe/Amsterdam")
        .expect("tz")
        .checked_add(days.days())
        .expect("date")
}

const KEEP: Retention = Retention {
    outbox_days: 30,
    callback_days: 92,
    visit_days: 92,
    handled_days: 365,
};

async fn callback(app: &TestApp, phone: &str) -> String {
    let form = app.get("/terugbellen").await.body;
    let sent = app
        .post(
            "/terugbellen",
            &[
                ("formulier", &nonce(&form)),
                ("naam", "Jan de Vries"),
                ("telefoon", phone),
                ("onderwerp", "Paspoort"),
                ("dagdeel", &first_slot()),
                ("email", "jan@voorbeeld.nl"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    sent.location.expect("link")
}

#[tokio::test]
async fn callbacks_are_removed_three_months_after_they_ended_and_open_ones_stay() {
    let app = TestApp::spawn().await;
    let cancelled = callback(&app, "0612345678").await;
    let other = TestApp::browser();
    let form = app.get_as(&other, "/terugbellen").await.body;
    app.post_as(
        &other,
        "/terugbellen",
        &[
            ("formulier", &nonce(&form)),
            ("naam", "Els Bakker"),
            ("telefoon", "0687654321"),
            ("onderwerp", "Rijbewijs"),
            ("dagdeel", &first_slot()),
        ],
    )
    .await;
    let answer = app.post(&format!("{cancelled}/annuleren"), &[]).await;
    assert!(answer.status.is_redirection(), "{}", answer.status);
    // The due date is at most 3 working days out; 92 days after it, the cancelled one goes.
    let early = purge(&app.store, KEEP, &in_days(92 - 1))
        .await
        .expect("purge");
    assert_eq!(early.callbacks, 0);
    let late = purge(&app.store, KEEP, &in_days(92 + 10))
        .await
        .expect("purge");
    assert_eq!(late.callbacks, 1, "the cancelled request");
    assert_eq!(
        app.count("callback_requests").await,
        1,
        "the open one stays"
    );
    assert_eq!(app.get(&cancelled).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn sent_messages_are_removed_thirty_days_after_delivery() {
    let app = TestApp::spawn().await;
    callback(&app, "0612345678").await;
    assert_eq!(app.count("outbox").await, 1, "the receipt");
    let dir = tempfile::tempdir().expect("dir");
    let mailer = server::outbox::Mailer::new(
        None,
        dir.path().to_path_buf(),
        server::config::DEFAULT_MAIL_FROM,
    )
    .expect("mailer");
    let sent = server::outbox::deliver_due(&app.store, &mailer, jiff::Timestamp::now())
        .await
        .expect("deliver");
    assert_eq!(sent, 1);
    assert_eq!(
        purge(&app.store, KEEP, &in_days(29))
            .await
            .expect("purge")
            .messages,
        0
    );
    assert_eq!(
        purge(&app.store, KEEP, &in_days(31))
            .await
            .expect("purge")
            .messages,
        1
    );
    assert_eq!(app.count("outbox").await, 0);
}

#[tokio::test]
async fn visits_are_removed_three_months_after_their_day() {
    let app = TestApp::spawn().await;
    let location = &app::visit::locations()[0];
    let today = in_days(0).date();
    let day = next_working_days(today, 10, HolidayRules::default())
        .into_iter()
        .find(|d| app::visit::is_open(location, *d, HolidayRules::default()))
        .expect("open day");
    let start = server::visits::free_times(&app.store, location, day, 15, HolidayRules::default())
        .await
        .expect("times")[0];
    server::visits::book(
        &app.store,
        server::visits::VisitRequest {
            location,
            day,
            start,
            products: vec!["paspoort-id-kaart".into()],
            name: "Jan de Vries".into(),
            email: None,
            phone: None,
            nonce: None,
            handover: Default::default(),
            walk_in: false,
            survey_lang: None,
            helped: None,
        },
        HolidayRules::default(),
    )
    .await
    .expect("booked");
    let after_day = (day - today).get_days() as i64;
    assert_eq!(
        purge(&app.store, KEEP, &in_days(after_day + 91))
            .await
            .expect("purge")
            .visits,
        0
    );
    assert_eq!(
        purge(&app.store, KEEP, &in_days(after_day + 93))
            .await
            .expect("purge")
            .visits,
        1
    );
    assert_eq!(app.count("visits").await, 0);
}

/// Sends a parking permit request for `plate` from `browser` (the product has
/// no period of its own); returns its reference.
async fn parking_request(app: &TestApp, browser: &reqwest::Client, plate: &str) -> String {
    let date = common::move_date_in(14);
    for (step, fields) in [
        ("kenteken", vec![("kenteken", plate)]),
        ("eigenaar", vec![("eigenaar", "eigen")]),
        (
            "adres",
            vec![
                ("adres-postcode", "1234 AB"),
                ("adres-huisnummer", "7"),
                ("adres-toevoeging", ""),
            ],
        ),
        (
            "ingangsdatum",
            vec![
                ("ingangsdatum-dag", date.0.as_str()),
                ("ingangsdatum-maand", &date.1),
                ("ingangsdatum-jaar", &date.2),
            ],
        ),
        ("contact", vec![("email", ""), ("telefoon", "0612345678")]),
    ] {
        let answer = app
            .post_as(
                browser,
                &format!("/producten/parkeervergunning/{step}"),
                &fields,
            )
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{step}");
    }
    app.post_as(browser, "/producten/parkeervergunning/controleren", &[])
        .await;
    let (reference,): (String,) =
        sqlx::query_as("SELECT reference FROM submissions ORDER BY id DESC LIMIT 1")
            .fetch_one(&app.pool)
            .await
            .expect("stored");
    reference
}

async fn answers_of(app: &TestApp, reference: &str) -> String {
    let (answers,): (String,) =
        sqlx::query_as("SELECT answers FROM submissions WHERE reference = $1")
            .bind(reference)
            .fetch_one(&app.pool)
            .await
            .expect("row");
    answers
}

#[tokio::test]
async fn answers_of_handled_requests_are_removed_after_their_period_and_the_rest_stays() {
    let app = TestApp::spawn().await;
    let handled = parking_request(&app, &app.client, "12abc3").await;
    // A second request from another browser on the same app, not handled.
    let open = parking_request(&app, &TestApp::browser(), "34def5").await;
    assert_ne!(handled, open);
    assert!(
        server::status::record(&app.store, &handled, "afgehandeld", None)
            .await
            .expect("status")
    );
    assert_eq!(
        purge(&app.store, KEEP, &in_days(364))
            .await
            .expect("purge")
            .handled,
        0
    );
    let purged = purge(&app.store, KEEP, &in_days(366)).await.expect("purge");
    assert_eq!(
        purged,
        Purged {
            handled: 1,
            ..purged
        }
    );
    assert_eq!(answers_of(&app, &handled).await, "{}");
    assert!(
        answers_of(&app, &open).await.contains("34-DEF-5"),
        "not handled: kept"
    );
    // The skeleton stays for the reports; a second purge changes nothing.
    assert_eq!(app.count("submissions").await, 2);
    assert_eq!(
        purge(&app.store, KEEP, &in_days(366))
            .await
            .expect("purge")
            .handled,
        0
    );
}

#[tokio::test]
async fn a_product_with_its_own_period_is_purged_after_that_period() {
    let product = app::catalogue::by_slug("melding-openbare-ruimte").expect("product");
    assert_eq!(
        KEEP.handled_days_for(product),
        92,
        "the product file's keep_handled_days"
    );
    let app = TestApp::spawn().await;
    for (step, fields) in [
        ("wat", vec![("soort", "verlichting")]),
        ("plek-bekend", vec![("adres-bekend", "ja")]),
        (
            "adres",
            vec![
                ("adres-postcode", "1234ab"),
                ("adres-huisnummer", "12"),
                ("adres-toevoeging", ""),
            ],
        ),
        (
            "beschrijving",
            vec![("beschrijving", "De lamp brandt niet.")],
        ),
        ("fotos", vec![]),
        ("terugkoppeling", vec![("bericht", "ja")]),
        ("contact", vec![("email", "jan@voorbeeld.nl")]),
    ] {
        let answer = app
            .post(
                &format!("/producten/melding-openbare-ruimte/{step}"),
                &fields,
            )
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{step}");
    }
    app.post("/producten/melding-openbare-ruimte/controleren", &[])
        .await;
    let (reference,): (String,) = sqlx::query_as("SELECT reference FROM submissions")
        .fetch_one(&app.pool)
        .await
        .expect("stored");
    assert!(
        server::status::record(&app.store, &reference, "afgehandeld", None)
            .await
            .expect("status")
    );
    assert_eq!(
        purge(&app.store, KEEP, &in_days(91))
            .await
            .expect("purge")
            .handled,
        0
    );
    assert_eq!(
        purge(&app.store, KEEP, &in_days(93))
            .await
            .expect("purge")
            .handled,
        1
    );
    assert_eq!(answers_of(&app, &reference).await, "{}");
}
