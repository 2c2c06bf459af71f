//! The counter day over HTTP: a visit checked in (a called number), called to
//! a counter (the waiting time stored), started and done; a second clerk
//! pressing the same step changes nothing; "niet gekomen" at closing time; a
//! walk-in for the last free place at the same moment as an online booking
//! (exactly one gets it); the waiting-room screen without personal data.

use app::domain::working_days::{HolidayRules, next_working_days};
use app::staff::roles::Role;
use app::visit::{self, Location};
use jiff::civil::Date;
use reqwest::StatusCode;
use server::visits::{self, VisitRequest};

use crate::common::TestApp;
use crate::staff_common::signed_in;

const RULES: HolidayRules = HolidayRules {
    good_friday: false,
    liberation_day: false,
};

/// The next day after today the location is open (the agenda can show any day).
fn open_day(location: &Location) -> Date {
    next_working_days(crate::common::today(), 10, RULES)
        .into_iter()
        .find(|d| visit::is_open(location, *d, RULES))
        .expect("an open day")
}

fn visit_at(location: &'static Location, day: Date, start: u16, name: &str) -> VisitRequest {
    VisitRequest {
        location,
        day,
        start,
        products: vec!["rijbewijs".into()],
        name: name.into(),
        email: None,
        phone: None,
        nonce: None,
        handover: Default::default(),
        walk_in: false,
        survey_lang: None,
        helped: None,
    }
}

async fn step(
    app: &TestApp,
    clerk: &reqwest::Client,
    reference: &str,
    step: &str,
    fields: &[(&str, &str)],
) -> String {
    let answer = app
        .post_as(
            clerk,
            &format!("/medewerker/balie/{reference}/{step}"),
            fields,
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{step}");
    app.get_as(
        clerk,
        answer.location.as_deref().expect("back to the agenda"),
    )
    .await
    .body
}

#[tokio::test]
async fn a_counter_day_from_check_in_to_done_and_no_show_at_closing() {
    let app = TestApp::spawn().await;
    let stadhuis = visit::location("stadhuis").expect("known");
    let day = open_day(stadhuis);
    let first = visits::book(
        &app.store,
        visit_at(stadhuis, day, 9 * 60, "Ayşe Özdemir"),
        RULES,
    )
    .await
    .expect("booked")
    .reference;
    let second = visits::book(
        &app.store,
        visit_at(stadhuis, day, 9 * 60 + 30, "Jan de Vries"),
        RULES,
    )
    .await
    .expect("booked")
    .reference;
    let clerk = signed_in(&app, "balie@voorbeeld.nl", Role::Balie).await;
    let other = signed_in(&app, "balie2@voorbeeld.nl", Role::Balie).await;

    let agenda = app
        .get_as(
            &clerk,
            &format!("/medewerker/balie?locatie=stadhuis&dag={day}"),
        )
        .await;
    assert_eq!(agenda.status, StatusCode::OK);
    assert!(agenda.body.contains(&first) && agenda.body.contains("Ayşe Özdemir"));
    assert!(
        agenda.body.find(&first) < agenda.body.find(&second),
        "in time order"
    );
    assert!(agenda.body.contains("Rijbewijs"), "what for");
    let logged: (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM access_log WHERE record_kind = 'balie-agenda' AND action = 'view'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(logged.0, 1, "names shown: the view is logged");

    let page = step(&app, &clerk, &first, "aankomst", &[]).await;
    assert!(
        page.contains("Aangekomen. Het nummer is B1."),
        "a number without the name"
    );
    // The colleague presses it too: nothing changes.
    let again = step(&app, &other, &first, "aankomst", &[]).await;
    assert!(again.contains("Dit was al gedaan"));
    let page = step(&app, &clerk, &first, "oproepen", &[("balie", "2")]).await;
    assert!(page.contains("B1, balie 2 is opgeroepen"), "{page}");
    let (number, counter, waited, arrived, called): (String, i64, i64, String, String) = sqlx::query_as(
        "SELECT call_number, counter_no, waiting_seconds, arrived_at, called_at FROM visits WHERE reference = $1",
    )
    .bind(&first)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!((number.as_str(), counter), ("B1", 2));
    let arrived: jiff::Zoned = arrived.parse().unwrap();
    let called: jiff::Zoned = called.parse().unwrap();
    let planned = server::counter::planned_start(&day.to_string(), 9 * 60).unwrap();
    assert_eq!(
        waited,
        server::counter::waiting_seconds(&planned, &arrived, &called),
        "stored as it happened"
    );
    assert!(
        !step(&app, &clerk, &first, "oproepen", &[("balie", "1")])
            .await
            .contains("B1, balie 1"),
        "called once"
    );
    assert!(
        step(&app, &clerk, &first, "start", &[])
            .await
            .contains("Gestart")
    );
    assert!(
        step(&app, &clerk, &first, "klaar", &[])
            .await
            .contains("Klaar")
    );
    // A counter that does not exist is refused.
    assert_eq!(
        app.post_as(
            &clerk,
            &format!("/medewerker/balie/{second}/oproepen"),
            &[("balie", "9")]
        )
        .await
        .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    // The waiting-room screen: numbers and counters, never a name, no sign-in.
    let screen = TestApp::browser();
    let room = app.get_as(&screen, "/wachtkamer/stadhuis").await;
    assert_eq!(room.status, StatusCode::OK);
    assert!(
        !room.body.contains("http-equiv=\"refresh\""),
        "only the screen's own address renews itself"
    );
    let wall = app.get_as(&screen, "/wachtkamer/stadhuis?scherm=ja").await;
    assert!(
        wall.body.contains("http-equiv=\"refresh\" content=\"10\""),
        "the screen renews itself"
    );
    assert!(room.body.contains("B1 naar balie 2"), "called today");
    assert!(
        !room.body.contains("Ayşe") && !room.body.contains(&first),
        "nothing personal"
    );
    assert_eq!(
        app.get_as(&screen, "/wachtkamer/nergens").await.status,
        StatusCode::NOT_FOUND
    );
    // What the plain page's island reads: the calls as plain text, never kept.
    let numbers = app.get_as(&screen, "/wachtkamer/stadhuis/nummers").await;
    assert_eq!(numbers.status, StatusCode::OK);
    assert_eq!(numbers.body, "B1 naar balie 2\n", "worded as on the page");
    assert_eq!(
        numbers
            .headers
            .get("cache-control")
            .map(|v| v.to_str().unwrap()),
        Some("no-store")
    );
    assert!(
        room.body
            .contains("data-source=\"/wachtkamer/stadhuis/nummers\"")
    );
    assert!(
        room.body.contains("data-laatste=\"B1 naar balie 2\""),
        "the newest call is not said again"
    );
    assert!(
        !wall.body.contains("data-source"),
        "the wall screen reloads instead"
    );
    assert_eq!(
        app.get_as(&screen, "/wachtkamer/nergens/nummers")
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // Closing time on that day: the second never came.
    let closing = day.at(20, 30, 0, 0).in_tz("Europe/Amsterdam").unwrap();
    let closed = server::counter::close_days(&app.store, &closing, RULES)
        .await
        .unwrap();
    assert_eq!(closed, 1);
    let outcomes: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT reference, outcome FROM visits ORDER BY start_minute")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert_eq!(
        outcomes,
        vec![
            (first.clone(), Some("geholpen".into())),
            (second.clone(), Some("niet gekomen".into()))
        ]
    );
    let agents = signed_in(&app, "kcc@voorbeeld.nl", Role::Kcc).await;
    assert_eq!(
        app.get_as(&agents, "/medewerker/balie").await.status,
        StatusCode::FORBIDDEN
    );
}

// Several worker threads, so the walk-in and the booking really overlap.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_walk_in_and_an_online_booking_for_the_last_place_exactly_one_gets_it() {
    let app = TestApp::spawn().await;
    let noord = visit::location("wijkpunt-noord").expect("known");
    for round in 0..5 {
        let day = next_working_days(crate::common::today(), 30, RULES)
            .into_iter()
            .filter(|d| visit::is_open(noord, *d, RULES))
            .nth(round)
            .expect("an open day");
        let weekday = usize::try_from(day.weekday().to_monday_zero_offset()).unwrap();
        let (open, _) = noord.hours[weekday].expect("open");
        let open = u16::try_from(open.hour()).unwrap() * 60;
        // One counter: every start time but the first is taken.
        let starts = visit::start_minutes(noord, day, 15, RULES);
        for (i, start) in starts.iter().enumerate().skip(1) {
            visits::book(
                &app.store,
                visit_at(noord, day, *start, &format!("Bewoner {i}")),
                RULES,
            )
            .await
            .expect("filling the day");
        }
        let now = day
            .at(i8::try_from(open / 60).unwrap(), 0, 0, 0)
            .in_tz("Europe/Amsterdam")
            .unwrap();
        let store = app.store.clone();
        let walk_in = tokio::spawn(async move {
            server::counter::walk_in(&store, noord, vec!["rijbewijs".into()], None, RULES, &now)
                .await
        });
        let store = app.store.clone();
        let online = tokio::spawn(async move {
            visits::book(&store, visit_at(noord, day, open, "Online"), RULES).await
        });
        let walked = walk_in.await.unwrap().expect("no storage error");
        let booked = online.await.unwrap();
        assert_eq!(
            usize::from(walked.is_some()) + usize::from(booked.is_ok()),
            1,
            "round {round}: exactly one gets the last place"
        );
        let (at_once,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM visits WHERE location = 'wijkpunt-noord' AND day = $1 AND start_minute = $2 AND state = 'geboekt'",
        )
        .bind(day.to_string())
        .bind(i64::from(open))
        .fetch_one(&app.pool)
        .await
        .unwrap();
        assert_eq!(at_once, 1, "round {round}: never overbooked");
        if walked.is_some() {
            let (walk_in, number): (i64, Option<String>) = sqlx::query_as(
                "SELECT walk_in, call_number FROM visits WHERE name = '' AND day = $1",
            )
            .bind(day.to_string())
            .fetch_one(&app.pool)
            .await
            .unwrap();
            assert_eq!(
                (walk_in, number.as_deref()),
                (1, Some("B1")),
                "arrived, with a number"
            );
        }
    }
}
