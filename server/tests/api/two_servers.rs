//! Several servers on one database: two routers on two ports, each with its own
//! pool, and residents spread over both. The rules hold because the database
//! holds them (SQLite's write lock, PostgreSQL's advisory locks), not one
//! server's memory. Runs on both engines like every test here.

use reqwest::{Client, StatusCode};

use crate::common::TestApp;
use crate::product_forms::{answer_all_but_last, bulky_waste_steps, offered_days};
use crate::visit_flow::values;

/// Walks one resident up to the visit check page on `app`, choosing `day` and `time`.
async fn to_visit_check(app: &TestApp, browser: &Client, day: &str, time: &str) -> String {
    for (path, fields) in [
        ("/afspraak/product", vec![("product", "paspoort-id-kaart")]),
        ("/afspraak/locatie", vec![("locatie", "stadhuis")]),
        ("/afspraak/dag", vec![("dag", day)]),
        ("/afspraak/tijd", vec![("tijd", time)]),
        (
            "/afspraak/gegevens",
            vec![("naam", "Sam de Boer"), ("email", ""), ("telefoon", "")],
        ),
    ] {
        let answer = app.post_as(browser, path, &fields).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{path}");
    }
    let check = app.get_as(browser, "/afspraak/controleren").await;
    values(&check.body, "formulier")[0].clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_bookings_over_two_servers_for_room_for_two_give_exactly_two() {
    let first = TestApp::spawn().await;
    let second = first.beside().await;
    let servers = [&first, &second];
    // The first free day and time at the Stadhuis (3 counters), as offered.
    first
        .post("/afspraak/product", &[("product", "paspoort-id-kaart")])
        .await;
    first
        .post("/afspraak/locatie", &[("locatie", "stadhuis")])
        .await;
    let day = values(&first.get("/afspraak/dag").await.body, "dag")[0].clone();
    first.post("/afspraak/dag", &[("dag", &day)]).await;
    let time = values(&first.get("/afspraak/tijd").await.body, "tijd")[0].clone();
    // One counter taken already: room for 2.
    let nonce = to_visit_check(&first, &first.client, &day, &time).await;
    let booked = first
        .post("/afspraak/controleren", &[("formulier", &nonce)])
        .await;
    assert!(
        booked
            .location
            .is_some_and(|l| l.starts_with("/afspraak/mijn/"))
    );

    let browsers: Vec<Client> = (0..50).map(|_| TestApp::browser()).collect();
    let mut nonces = Vec::new();
    for (i, browser) in browsers.iter().enumerate() {
        nonces.push(to_visit_check(servers[i % 2], browser, &day, &time).await);
    }
    let sends = browsers
        .iter()
        .zip(&nonces)
        .enumerate()
        .map(|(i, (b, n))| async move {
            servers[i % 2]
                .post_as(b, "/afspraak/controleren", &[("formulier", n)])
                .await
        });
    let answers = futures_util::future::join_all(sends).await;
    let booked: Vec<usize> = answers
        .iter()
        .enumerate()
        .filter(|(_, a)| {
            a.location
                .as_deref()
                .is_some_and(|l| l.starts_with("/afspraak/mijn/"))
        })
        .map(|(i, _)| i)
        .collect();
    assert_eq!(booked.len(), 2, "exactly the room there is: {booked:?}");
    assert!(
        answers.iter().all(|a| a.status == StatusCode::SEE_OTHER),
        "the others are sent back to choose, never an error"
    );
    let (at_that_time,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM visits WHERE state = 'geboekt' AND day = $1 AND start_minute = $2",
    )
    .bind(&day)
    .bind(time.parse::<i64>().expect("minutes"))
    .fetch_one(&first.pool)
    .await
    .expect("count");
    assert_eq!(at_that_time, 3, "never more visits than counters");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_residents_over_two_servers_for_the_last_pickup_place_give_exactly_one() {
    let first = TestApp::spawn().await;
    let second = first.beside().await;
    let servers = [&first, &second];
    answer_all_but_last(&first, &first.client, &bulky_waste_steps()).await;
    let day = offered_days(&first.get("/producten/grofvuil/dag").await.body)[0].clone();
    // 19 of the day's 20 places taken, through the forms themselves.
    for i in 0..19 {
        let browser = TestApp::browser();
        let server = servers[i % 2];
        answer_all_but_last(server, &browser, &bulky_waste_steps()).await;
        server
            .post_as(&browser, "/producten/grofvuil/dag", &[("dag", &day)])
            .await;
        server
            .post_as(&browser, "/producten/grofvuil/contact", &[])
            .await;
        let sent = server
            .post_as(&browser, "/producten/grofvuil/controleren", &[])
            .await;
        assert_eq!(
            sent.location.as_deref(),
            Some("/producten/grofvuil/bevestiging")
        );
    }
    let browsers: Vec<Client> = (0..50).map(|_| TestApp::browser()).collect();
    for (i, browser) in browsers.iter().enumerate() {
        let server = servers[i % 2];
        answer_all_but_last(server, browser, &bulky_waste_steps()).await;
        server
            .post_as(browser, "/producten/grofvuil/dag", &[("dag", &day)])
            .await;
        server
            .post_as(browser, "/producten/grofvuil/contact", &[])
            .await;
    }
    let sends = browsers
        .iter()
        .enumerate()
        .map(|(i, b)| servers[i % 2].post_as(b, "/producten/grofvuil/controleren", &[]));
    let answers = futures_util::future::join_all(sends).await;
    let stored = answers
        .iter()
        .filter(|a| a.location.as_deref() == Some("/producten/grofvuil/bevestiging"))
        .count();
    assert_eq!(stored, 1, "exactly one gets the last place");
    let (taken,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM pickups WHERE day = $1")
        .bind(&day)
        .fetch_one(&second.pool)
        .await
        .expect("count");
    assert_eq!(taken, 20, "never more than the day takes");
    assert_eq!(
        first.count("submissions").await,
        20,
        "nothing stored for the others"
    );
}
