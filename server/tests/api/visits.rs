//! Counter visit capacity against a real SQLite database: the last places go
//! to exactly as many residents as there is room for, under concurrency.

use app::domain::working_days::{HolidayRules, next_working_days};
use app::visit::{self, Location};
use jiff::civil::Date;
use server::visits::{self, BookingError, VisitRequest};

const RULES: HolidayRules = HolidayRules {
    good_friday: false,
    liberation_day: false,
};

async fn pool() -> (server::Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let pool = server::Store::connect(&crate::common::database_url(dir.path()).await)
        .await
        .expect("database");
    (pool, dir)
}

/// The next day the Stadhuis is open.
fn open_day(location: &Location) -> Date {
    let today = jiff::Zoned::now()
        .in_tz("Europe/Amsterdam")
        .expect("tz")
        .date();
    next_working_days(today, 10, RULES)
        .into_iter()
        .find(|d| visit::is_open(location, *d, RULES))
        .expect("an open day")
}

fn request(location: &'static Location, day: Date, start: u16, who: usize) -> VisitRequest {
    VisitRequest {
        location,
        day,
        start,
        products: vec!["paspoort-id-kaart".into()],
        name: format!("Bewoner {who}"),
        email: None,
        phone: None,
        nonce: None,
        handover: Default::default(),
        walk_in: false,
        survey_lang: None,
        helped: None,
    }
}

// Several worker threads, so the 50 bookings really overlap.
#[tokio::test(flavor = "multi_thread", worker_threads = 8)]
async fn fifty_residents_race_for_the_last_two_places() {
    let (pool, _dir) = pool().await;
    let stadhuis = visit::location("stadhuis").expect("known");
    let day = open_day(stadhuis);
    let nine = 9 * 60;
    // 3 counters, one already booked: room for 2.
    visits::book(&pool, request(stadhuis, day, nine, 0), RULES)
        .await
        .expect("first booking");

    // Open every pooled connection first, so the racers do not queue behind connection set-up,
    // then spawn all 50 (collected, not lazily) and release them at once.
    let warm =
        futures_util::future::join_all((0..8).map(|_| pool.pool_for_tests().acquire())).await;
    drop(warm);
    let start = std::sync::Arc::new(tokio::sync::Barrier::new(50));
    let attempts: Vec<_> = (1..=50)
        .map(|who| {
            let pool = pool.clone();
            let start = start.clone();
            tokio::spawn(async move {
                start.wait().await;
                visits::book(&pool, request(stadhuis, day, nine, who), RULES).await
            })
        })
        .collect();
    let mut booked = 0;
    let mut taken = 0;
    for attempt in attempts {
        match attempt.await.expect("task") {
            Ok(_) => booked += 1,
            Err(BookingError::Taken { nearest }) => {
                taken += 1;
                assert!(
                    !nearest.is_empty() && !nearest.contains(&nine),
                    "other free times offered: {nearest:?}"
                );
            }
            Err(other) => panic!("unexpected: {other:?}"),
        }
    }
    assert_eq!((booked, taken), (2, 48));
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM visits WHERE state = 'geboekt' AND start_minute = $1")
            .bind(i64::from(nine))
            .fetch_one(pool.pool_for_tests())
            .await
            .expect("count");
    assert_eq!(count, 3, "never more visits than counters");
}

#[tokio::test]
async fn cancel_frees_at_once_and_reschedule_takes_the_new_time_first() {
    let (pool, _dir) = pool().await;
    let noord = visit::location("wijkpunt-noord").expect("known");
    let day = next_working_days(
        jiff::Zoned::now()
            .in_tz("Europe/Amsterdam")
            .expect("tz")
            .date(),
        15,
        RULES,
    )
    .into_iter()
    .find(|d| visit::is_open(noord, *d, RULES))
    .expect("an open day");
    let first = visit::start_minutes(noord, day, 15, RULES)[0];
    let a = visits::book(&pool, request(noord, day, first, 1), RULES)
        .await
        .expect("booked");
    assert!(
        matches!(
            visits::book(&pool, request(noord, day, first, 2), RULES).await,
            Err(BookingError::Taken { .. })
        ),
        "one counter"
    );
    assert!(visits::cancel(&pool, &a.token).await.expect("cancel"));
    assert!(
        !visits::cancel(&pool, &a.token).await.expect("cancel again"),
        "a second cancel changes nothing"
    );
    let b = visits::book(&pool, request(noord, day, first, 2), RULES)
        .await
        .expect("freed place taken");

    // Moving b to a time that is taken fails and keeps b; moving to a free time frees the old one.
    let c = visits::book(&pool, request(noord, day, first + 15, 3), RULES)
        .await
        .expect("booked");
    assert!(matches!(
        visits::reschedule(&pool, &b.token, request(noord, day, first + 15, 2), RULES).await,
        Err(BookingError::Taken { .. })
    ));
    assert_eq!(
        visits::free_times(&pool, noord, day, 15, RULES)
            .await
            .expect("free")
            .first()
            .copied(),
        Some(first + 30),
        "b still holds its time"
    );
    visits::reschedule(&pool, &b.token, request(noord, day, first + 30, 2), RULES)
        .await
        .expect("moved");
    assert_eq!(
        visits::free_times(&pool, noord, day, 15, RULES)
            .await
            .expect("free")
            .first()
            .copied(),
        Some(first),
        "old time freed"
    );
    let _ = c;
}

#[tokio::test]
async fn times_outside_opening_hours_are_not_offered() {
    let (pool, _dir) = pool().await;
    let stadhuis = visit::location("stadhuis").expect("known");
    let day = open_day(stadhuis);
    assert!(matches!(
        visits::book(&pool, request(stadhuis, day, 8 * 60, 1), RULES).await,
        Err(BookingError::NotOffered)
    ));
    let saturday = (1..8)
        .map(|n| day.saturating_add(jiff::Span::new().days(n)))
        .find(|d| d.weekday() == jiff::civil::Weekday::Saturday)
        .expect("saturday");
    assert!(matches!(
        visits::book(&pool, request(stadhuis, saturday, 10 * 60, 1), RULES).await,
        Err(BookingError::NotOffered)
    ));
}

/// A resent check page (double click, back and resend) carries the same one-time
/// value: ten at once make one visit, and all ten get its reference.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_same_form_books_once_however_often_it_comes() {
    let (pool, _dir) = pool().await;
    let stadhuis = visit::location("stadhuis").expect("known");
    let day = open_day(stadhuis);
    let start = std::sync::Arc::new(tokio::sync::Barrier::new(10));
    let attempts: Vec<_> = (0..10)
        .map(|_| {
            let pool = pool.clone();
            let start = start.clone();
            let mut request = request(stadhuis, day, 10 * 60, 1);
            request.nonce = Some("0123456789abcdef0123456789abcdef".into());
            tokio::spawn(async move {
                start.wait().await;
                visits::book(&pool, request, RULES).await
            })
        })
        .collect();
    let mut references = Vec::new();
    for attempt in attempts {
        match attempt.await.expect("task") {
            Ok(booked) => references.push(booked.reference),
            Err(e) => panic!("every attempt gets the booking: {e:?}"),
        }
    }
    references.dedup();
    assert_eq!(references.len(), 1, "{references:?}");
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM visits")
        .fetch_one(pool.pool_for_tests())
        .await
        .expect("count");
    assert_eq!(n, 1);
}
