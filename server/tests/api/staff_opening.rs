//! Opening hours and closures over HTTP (role beheer): a closed day with
//! bookings lists them and keeps them booked, offers the message (sent once
//! per visit), is no longer offered to residents and never turns its visits
//! into "niet gekomen"; an extra opening on a Saturday is offered; bad input
//! is answered with what was typed kept.

use app::domain::working_days::{HolidayRules, next_working_days};
use app::staff::roles::Role;
use app::visit;
use jiff::ToSpan;
use reqwest::StatusCode;
use server::visits::{self, VisitRequest};

use crate::common::TestApp;
use crate::staff_common::signed_in;

const RULES: HolidayRules = HolidayRules {
    good_friday: false,
    liberation_day: false,
};

fn visit_at(day: jiff::civil::Date, start: u16, name: &str, email: Option<&str>) -> VisitRequest {
    VisitRequest {
        location: visit::location("stadhuis").expect("known"),
        day,
        start,
        products: vec!["rijbewijs".into()],
        name: name.into(),
        email: email.map(String::from),
        phone: Some("+31612345678".into()),
        nonce: None,
        handover: Default::default(),
        walk_in: false,
        survey_lang: None,
        helped: None,
    }
}

#[tokio::test]
async fn a_closed_day_keeps_its_visits_lists_them_and_tells_the_residents_once() {
    let app = TestApp::spawn().await;
    let stadhuis = visit::location("stadhuis").expect("known");
    let day = next_working_days(crate::common::today(), 10, RULES)
        .into_iter()
        .find(|d| visit::is_open(stadhuis, *d, RULES))
        .expect("an open day");
    let with_mail = visits::book(
        &app.store,
        visit_at(day, 9 * 60, "Ayşe Özdemir", Some("ayse@voorbeeld.nl")),
        RULES,
    )
    .await
    .expect("booked");
    visits::book(
        &app.store,
        visit_at(day, 10 * 60, "Jan de Vries", None),
        RULES,
    )
    .await
    .expect("booked");
    let admin = signed_in(&app, "beheer@voorbeeld.nl", Role::Beheer).await;
    let page = app.get_as(&admin, "/medewerker/openingstijden").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("donderdag: 9.00 tot 20.00 uur"),
        "the usual hours from the file"
    );

    let date = format!("{:02}-{:02}-{}", day.day(), day.month(), day.year());
    let saved = app
        .post_as(
            &admin,
            "/medewerker/openingstijden",
            &[
                ("locatie", "stadhuis"),
                ("datum", &date),
                ("soort", "dicht"),
                ("reden", "Verhuizing van de balie"),
            ],
        )
        .await;
    let to = saved.location.expect("to the list");
    assert_eq!(
        to,
        format!("/medewerker/openingstijden?getroffen=stadhuis&dag={day}")
    );
    let listed = app.get_as(&admin, &to).await.body;
    assert!(listed.contains("staan 2 afspraken"), "{listed}");
    assert!(
        listed.contains("Ayşe Özdemir")
            && listed.contains("Jan de Vries")
            && listed.contains("06 12345678")
    );
    assert!(
        listed.contains("Stuur 1 inwoner een bericht"),
        "only one gave an address"
    );
    let (booked,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM visits WHERE state = 'geboekt'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(booked, 2, "nothing dropped");
    assert!(
        visits::free_times(&app.store, stadhuis, day, 15, RULES)
            .await
            .unwrap()
            .is_empty(),
        "no longer offered"
    );

    for _ in 0..2 {
        let sent = app
            .post_as(
                &admin,
                "/medewerker/openingstijden/bericht",
                &[("locatie", "stadhuis"), ("datum", &day.to_string())],
            )
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
    }
    let messages: Vec<(String, String)> =
        sqlx::query_as("SELECT recipient, body FROM outbox WHERE kind = 'sluiting'")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert_eq!(messages.len(), 1, "once per visit");
    assert_eq!(messages[0].0, "ayse@voorbeeld.nl");
    assert!(
        messages[0]
            .1
            .contains(&format!("/afspraak/mijn/{}", with_mail.token)),
        "the link to move it"
    );

    // At closing time the closed day's visits are not "niet gekomen": the clerks contact them.
    let evening = day.at(21, 0, 0, 0).in_tz("Europe/Amsterdam").unwrap();
    assert_eq!(
        server::counter::close_days(&app.store, &evening, RULES)
            .await
            .unwrap(),
        0
    );
    let later = (day + 1.day())
        .at(21, 0, 0, 0)
        .in_tz("Europe/Amsterdam")
        .unwrap();
    assert_eq!(
        server::counter::close_days(&app.store, &later, RULES)
            .await
            .unwrap(),
        0
    );

    let clerk = signed_in(&app, "balie@voorbeeld.nl", Role::Balie).await;
    assert_eq!(
        app.get_as(&clerk, "/medewerker/openingstijden")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn an_extra_opening_is_offered_and_bad_input_is_named() {
    let app = TestApp::spawn().await;
    let stadhuis = visit::location("stadhuis").expect("known");
    let today = crate::common::today();
    let saturday = (1..=7)
        .map(|n| today + n.days())
        .find(|d| d.weekday() == jiff::civil::Weekday::Saturday)
        .expect("a saturday");
    assert!(
        visits::free_times(&app.store, stadhuis, saturday, 15, RULES)
            .await
            .unwrap()
            .is_empty()
    );
    let admin = signed_in(&app, "beheer@voorbeeld.nl", Role::Beheer).await;
    let saved = app
        .post_as(
            &admin,
            "/medewerker/openingstijden",
            &[
                ("locatie", "stadhuis"),
                ("datum", &saturday.to_string()),
                ("soort", "open"),
                ("open", "10.00"),
                ("dicht", "12:00"),
                ("reden", "Verkiezingen"),
            ],
        )
        .await;
    assert_eq!(
        saved.location.as_deref(),
        Some("/medewerker/openingstijden?melding=opgeslagen")
    );
    let free = visits::free_times(&app.store, stadhuis, saturday, 15, RULES)
        .await
        .unwrap();
    assert_eq!(free.first(), Some(&600));
    assert_eq!(free.last(), Some(&(11 * 60 + 45)));
    let page = app
        .get_as(&admin, "/medewerker/openingstijden?melding=opgeslagen")
        .await
        .body;
    assert!(page.contains("Verkiezingen") && page.contains("10.00 tot 12.00 uur"));

    let wrong = app
        .post_as(
            &admin,
            "/medewerker/openingstijden",
            &[
                ("locatie", "stadhuis"),
                ("datum", "31-02-2027"),
                ("soort", "open"),
                ("open", "14.00"),
                ("dicht", "12.00"),
                ("reden", "Typfout"),
            ],
        )
        .await;
    assert_eq!(
        wrong.location.as_deref(),
        Some("/medewerker/openingstijden")
    );
    let page = app.get_as(&admin, "/medewerker/openingstijden").await.body;
    assert!(page.contains("Vul een datum in vanaf vandaag"));
    assert!(page.contains("Vul twee tijden in"));
    assert!(page.contains("value=\"Typfout\""), "what was typed is kept");
}
