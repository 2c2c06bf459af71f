//! "Afspraak aan de balie" over HTTP without JavaScript: book, the receipt and
//! reminder in the outbox, the calendar file, reschedule, cancel, a time
//! taken by someone else in between, and a resent check page.

use crate::common;

use common::TestApp;
use reqwest::StatusCode;

/// The values of the inputs named `name` on a page, in order.
pub(crate) fn values(body: &str, name: &str) -> Vec<String> {
    let needle = format!("name=\"{name}\" value=\"");
    body.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = &body[i + needle.len()..];
            rest.find('"').map(|end| rest[..end].to_string())
        })
        .collect()
}

async fn outbox(app: &TestApp) -> Vec<(String, String, String)> {
    sqlx::query_as("SELECT topic, kind, state FROM outbox ORDER BY id")
        .fetch_all(&app.pool)
        .await
        .expect("outbox")
}

/// Walks the questions up to the check page, choosing day number `day_index`.
async fn answer_all(app: &TestApp, day_index: usize, email: &str) -> (String, String) {
    let (day, time) = answer_until_contact(app, day_index).await;
    let next = app
        .post(
            "/afspraak/gegevens",
            &[
                ("naam", "Fatima el Amrani"),
                ("email", email),
                ("telefoon", ""),
            ],
        )
        .await;
    assert_eq!(next.location.as_deref(), Some("/afspraak/controleren"));
    (day, time)
}

/// Walks the questions up to the contact details, choosing day number `day_index`.
pub(crate) async fn answer_until_contact(app: &TestApp, day_index: usize) -> (String, String) {
    let start = app.get("/afspraak?product=rijbewijs").await;
    assert_eq!(start.status, StatusCode::OK);
    let products = app.get("/afspraak/product").await;
    assert!(
        products.body.contains(r#"value="rijbewijs" checked"#),
        "preselected from the product page"
    );
    let next = app
        .post(
            "/afspraak/product",
            &[("product", "rijbewijs"), ("product", "paspoort-id-kaart")],
        )
        .await;
    assert_eq!(next.location.as_deref(), Some("/afspraak/locatie"));
    let next = app
        .post("/afspraak/locatie", &[("locatie", "stadhuis")])
        .await;
    assert_eq!(next.location.as_deref(), Some("/afspraak/dag"));
    let days = app.get("/afspraak/dag").await;
    assert!(days.body.contains("tijden vrij"), "{}", days.body);
    let day = values(&days.body, "dag")[day_index].clone();
    let next = app.post("/afspraak/dag", &[("dag", &day)]).await;
    assert_eq!(next.location.as_deref(), Some("/afspraak/tijd"));
    let times = app.get("/afspraak/tijd").await;
    assert!(times.body.contains("Ochtend"), "grouped by part of the day");
    let time = values(&times.body, "tijd")[0].clone();
    let next = app.post("/afspraak/tijd", &[("tijd", &time)]).await;
    assert_eq!(next.location.as_deref(), Some("/afspraak/gegevens"));
    (day, time)
}

#[tokio::test]
async fn book_move_and_cancel_a_visit_without_javascript() {
    let app = TestApp::spawn().await;
    let (day, time) = answer_all(&app, 1, "fatima@voorbeeld.nl").await;
    let check = app.get("/afspraak/controleren").await;
    assert!(check.body.contains("Rijbewijs verlengen"));
    assert!(check.body.contains("Paspoort of ID-kaart aanvragen"));
    let nonce = values(&check.body, "formulier")[0].clone();
    let booked = app
        .post("/afspraak/controleren", &[("formulier", &nonce)])
        .await;
    assert_eq!(booked.status, StatusCode::SEE_OTHER);
    let manage = booked.location.clone().expect("manage link");
    assert!(manage.starts_with("/afspraak/mijn/"), "{manage}");
    // The same form again (double click, back and resend): the same visit, not a second one.
    let again = app
        .post("/afspraak/controleren", &[("formulier", &nonce)])
        .await;
    assert_eq!(again.location.as_deref(), Some(manage.as_str()));
    assert_eq!(app.count("visits").await, 1);

    let page = app.get(&manage).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Uw afspraak staat"));
    assert!(
        page.body
            .contains("een pasfoto die niet ouder is dan 6 maanden")
    );
    assert!(page.headers["cache-control"] == "no-store");
    let (start, end): (i64, i64) =
        sqlx::query_as("SELECT start_minute, end_minute FROM visits WHERE day = $1")
            .bind(&day)
            .fetch_one(&app.pool)
            .await
            .expect("visit");
    assert_eq!(start.to_string(), time);
    assert_eq!(end - start, 30, "15 + 15 minutes");

    // Receipt at once, reminder the day before (unless that moment has passed).
    let messages = outbox(&app).await;
    assert_eq!(messages[0].1, "ontvangst");
    assert!(messages.iter().all(|(_, kind, _)| kind != "annulering"));

    let ics = app.get(&format!("{manage}/agenda.ics")).await;
    assert!(
        ics.headers["content-type"]
            .to_str()
            .expect("type")
            .starts_with("text/calendar")
    );
    assert!(ics.body.contains("METHOD:PUBLISH"));
    assert!(ics.body.contains("DTSTART;TZID=Europe/Amsterdam:"));

    // Move it: the old visit points to the new one and its reminder is voided.
    let moving = app.post(&format!("{manage}/verzetten"), &[]).await;
    assert_eq!(moving.location.as_deref(), Some("/afspraak/dag"));
    let days = app.get("/afspraak/dag").await;
    let other_day = values(&days.body, "dag")[2].clone();
    app.post("/afspraak/dag", &[("dag", &other_day)]).await;
    let times = app.get("/afspraak/tijd").await;
    let other_time = values(&times.body, "tijd")[0].clone();
    let next = app.post("/afspraak/tijd", &[("tijd", &other_time)]).await;
    assert_eq!(next.location.as_deref(), Some("/afspraak/gegevens"));
    let contact = app.get("/afspraak/gegevens").await;
    assert!(
        contact.body.contains("Fatima el Amrani"),
        "never asked twice (WCAG 3.3.7)"
    );
    app.post(
        "/afspraak/gegevens",
        &[
            ("naam", "Fatima el Amrani"),
            ("email", "fatima@voorbeeld.nl"),
        ],
    )
    .await;
    let check = app.get("/afspraak/controleren").await;
    assert!(check.body.contains("Afspraak verzetten"));
    let nonce = values(&check.body, "formulier")[0].clone();
    let moved = app
        .post("/afspraak/controleren", &[("formulier", &nonce)])
        .await;
    let new_manage = moved.location.clone().expect("new link");
    assert_ne!(new_manage, manage);
    let old = app.get(&manage).await;
    assert!(old.body.contains("Deze afspraak is verzet"));
    assert!(old.body.contains(&new_manage));
    let states: Vec<(String,)> = sqlx::query_as("SELECT state FROM visits ORDER BY id")
        .fetch_all(&app.pool)
        .await
        .expect("states");
    assert_eq!(
        states,
        [("geannuleerd".to_string(),), ("geboekt".to_string(),)]
    );
    let first_topic = outbox(&app).await[0].0.clone();
    assert!(
        outbox(&app)
            .await
            .iter()
            .filter(|(topic, kind, _)| *topic == first_topic && kind == "herinnering")
            .all(|(_, _, state)| state == "vervallen"),
        "the old reminder does not go out"
    );

    // Cancel: the time is free at once, the calendar file cancels, a message goes out.
    let cancelled = app.post(&format!("{new_manage}/annuleren"), &[]).await;
    assert_eq!(cancelled.location.as_deref(), Some(new_manage.as_str()));
    let page = app.get(&new_manage).await;
    assert!(page.body.contains("Uw afspraak is geannuleerd"));
    let ics = app.get(&format!("{new_manage}/agenda.ics")).await;
    assert!(ics.body.contains("METHOD:CANCEL"));
    assert!(ics.body.contains("STATUS:CANCELLED"));
    let messages = outbox(&app).await;
    assert_eq!(messages.last().map(|m| m.1.as_str()), Some("annulering"));
    assert!(
        messages
            .iter()
            .filter(|(_, kind, _)| kind == "herinnering")
            .all(|(_, _, state)| state == "vervallen")
    );
    let (booked,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM visits WHERE state = 'geboekt'")
        .fetch_one(&app.pool)
        .await
        .expect("count");
    assert_eq!(booked, 0);
    // A second cancel changes nothing and sends nothing.
    app.post(&format!("{new_manage}/annuleren"), &[]).await;
    assert_eq!(outbox(&app).await.len(), messages.len());
}

#[tokio::test]
async fn a_time_taken_in_between_is_said_plainly_with_other_times() {
    let app = TestApp::spawn().await;
    let (day, time) = answer_all(&app, 0, "").await;
    // Three other residents take the three counters at that time first.
    let location = app::visit::location("stadhuis").expect("known");
    for who in 0..3 {
        server::visits::book(
            &app.store,
            server::visits::VisitRequest {
                location,
                day: day.parse().expect("day"),
                start: time.parse().expect("time"),
                products: vec!["rijbewijs".into(), "paspoort-id-kaart".into()],
                name: format!("Bewoner {who}"),
                email: None,
                phone: None,
                nonce: None,
                handover: Default::default(),
                walk_in: false,
                survey_lang: None,
                helped: None,
            },
            Default::default(),
        )
        .await
        .expect("booked");
    }
    let check = app.get("/afspraak/controleren").await;
    let nonce = values(&check.body, "formulier")[0].clone();
    let answer = app
        .post_and_follow("/afspraak/controleren", &[("formulier", &nonce)])
        .await;
    assert!(
        answer
            .body
            .contains("Deze tijd is net door iemand anders gekozen"),
        "{}",
        answer.body
    );
    assert!(answer.body.contains("Deze tijden zijn nog vrij"));
    assert!(answer.body.contains("<title>Fout: "));
    assert_eq!(app.count("visits").await, 3, "no fourth visit at that time");
    assert!(outbox(&app).await.is_empty(), "no email given: no messages");
}

#[tokio::test]
async fn pages_ask_in_order_and_refuse_what_is_not_offered() {
    let app = TestApp::spawn().await;
    // Straight to a later question: back to the first one not answered.
    let skip = app.get("/afspraak/tijd").await;
    assert_eq!(skip.location.as_deref(), Some("/afspraak/product"));
    let none = app
        .post_and_follow("/afspraak/product", &[("product", "onbekend")])
        .await;
    assert!(none.body.contains("Kies waarvoor u komt"));
    app.post("/afspraak/product", &[("product", "verhuizing")])
        .await;
    app.post("/afspraak/locatie", &[("locatie", "wijkpunt-noord")])
        .await;
    // A Monday: Wijkpunt Noord is closed on Mondays.
    let today = jiff::Zoned::now()
        .in_tz("Europe/Amsterdam")
        .expect("tz")
        .date();
    let monday = (1..=7)
        .map(|n| today.saturating_add(jiff::Span::new().days(n)))
        .find(|d| d.weekday() == jiff::civil::Weekday::Monday)
        .expect("a Monday");
    let closed = app
        .post_and_follow("/afspraak/dag", &[("dag", &monday.to_string())])
        .await;
    assert!(closed.body.contains("Kies een dag waarop nog tijd vrij is"));
    assert!(
        !values(&closed.body, "dag").contains(&monday.to_string()),
        "a closed day is not offered"
    );
    let unknown = app
        .get("/afspraak/mijn/00000000000000000000000000000000")
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let unknown_ics = app
        .get("/afspraak/mijn/00000000000000000000000000000000/agenda.ics")
        .await;
    assert_eq!(unknown_ics.status, StatusCode::NOT_FOUND);
}

/// From inside the move form: the visit remembers the product and step, and the
/// answers so far only when the resident ticks consent.
#[tokio::test]
async fn a_visit_from_inside_a_form_carries_where_and_with_consent_the_answers() {
    for consent in [true, false] {
        let app = TestApp::spawn().await;
        app.complete_answers().await;
        let start = app.get("/afspraak?vanaf=/producten/verhuizing/datum").await;
        assert_eq!(start.status, StatusCode::OK);
        let products = app.get("/afspraak/product").await;
        assert!(products.body.contains(r#"value="verhuizing" checked"#));
        app.post("/afspraak/product", &[("product", "verhuizing")])
            .await;
        app.post("/afspraak/locatie", &[("locatie", "stadhuis")])
            .await;
        let days = app.get("/afspraak/dag").await;
        let day = values(&days.body, "dag")[0].clone();
        app.post("/afspraak/dag", &[("dag", &day)]).await;
        let times = app.get("/afspraak/tijd").await;
        let time = values(&times.body, "tijd")[0].clone();
        app.post("/afspraak/tijd", &[("tijd", &time)]).await;
        let contact = app.get("/afspraak/gegevens").await;
        assert!(
            contact
                .body
                .contains("Stuur mijn antwoorden tot nu toe mee")
        );
        let mut fields = vec![("naam", "Jan de Vries")];
        if consent {
            fields.push(("antwoorden-meesturen", "ja"));
        }
        app.post("/afspraak/gegevens", &fields).await;
        let check = app.get("/afspraak/controleren").await;
        assert!(check.body.contains("Antwoorden meesturen"));
        let nonce = values(&check.body, "formulier")[0].clone();
        let booked = app
            .post("/afspraak/controleren", &[("formulier", &nonce)])
            .await;
        assert!(
            booked
                .location
                .as_deref()
                .is_some_and(|l| l.starts_with("/afspraak/mijn/"))
        );
        let (product, step, answers): (Option<String>, Option<String>, Option<String>) =
            sqlx::query_as("SELECT origin_product, origin_step, shared_answers FROM visits")
                .fetch_one(&app.pool)
                .await
                .expect("visit");
        assert_eq!(product.as_deref(), Some("Verhuizing doorgeven"));
        assert_eq!(step.as_deref(), Some("Stap 2: Verhuisdatum"));
        if consent {
            assert!(
                answers.as_deref().is_some_and(|a| a.contains("1234")),
                "{answers:?}"
            );
        } else {
            assert_eq!(answers, None, "no consent: no answers");
        }
    }
}
