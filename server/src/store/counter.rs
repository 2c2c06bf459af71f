//! The counter day as clerks run it (`visits`): the day's list at a location,
//! check-in with a called number, calling to a counter (with the waiting time
//! as it happened), start, done, "niet gekomen", walk-ins, and what the
//! waiting-room screen shows. Every step is one conditional update, so two
//! clerks pressing at once change a visit once.

use sqlx::Row;

use super::{Conn, Store};

/// One visit of the day, as the agenda shows it.
pub struct DayRow {
    pub reference: String,
    pub start_minute: i64,
    pub end_minute: i64,
    pub products: String,
    pub name: String,
    pub walk_in: bool,
    pub arrived_at: Option<String>,
    pub call_number: Option<String>,
    pub called_at: Option<String>,
    pub counter_no: Option<i64>,
    pub waiting_seconds: Option<i64>,
    pub started_at: Option<String>,
    pub done_at: Option<String>,
    pub outcome: Option<String>,
}

/// The booked visits of a location on a day, in time order.
pub async fn day(store: &Store, location: &str, day: &str) -> Result<Vec<DayRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT reference, start_minute, end_minute, products, name, walk_in, arrived_at, call_number, called_at, \
         counter_no, waiting_seconds, started_at, done_at, outcome FROM visits \
         WHERE location = $1 AND day = $2 AND state = 'geboekt' ORDER BY start_minute, id",
    )
    .bind(location)
    .bind(day)
    .fetch_all(store.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(DayRow {
                reference: r.try_get("reference")?,
                start_minute: r.try_get("start_minute")?,
                end_minute: r.try_get("end_minute")?,
                products: r.try_get("products")?,
                name: r.try_get("name")?,
                walk_in: r.try_get::<i64, _>("walk_in")? != 0,
                arrived_at: r.try_get("arrived_at")?,
                call_number: r.try_get("call_number")?,
                called_at: r.try_get("called_at")?,
                counter_no: r.try_get("counter_no")?,
                waiting_seconds: r.try_get("waiting_seconds")?,
                started_at: r.try_get("started_at")?,
                done_at: r.try_get("done_at")?,
                outcome: r.try_get("outcome")?,
            })
        })
        .collect()
}

/// Where a visit is and when it was planned: location, day, start minute.
pub async fn place_of(
    store: &Store,
    reference: &str,
) -> Result<Option<(String, String, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT location, day, start_minute FROM visits WHERE reference = $1 AND state = 'geboekt'",
    )
    .bind(reference)
    .fetch_optional(store.pool())
    .await
}

/// Inside the booking lock: the next called number of a location's day ("B1", "B2", ...).
pub async fn next_call_number(
    conn: &mut Conn,
    location: &str,
    day: &str,
) -> Result<String, sqlx::Error> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM visits WHERE location = $1 AND day = $2 AND call_number IS NOT NULL",
    )
    .bind(location)
    .bind(day)
    .fetch_one(conn)
    .await?;
    Ok(format!("B{}", n + 1))
}

/// Inside the booking lock: arrival, once; false when already arrived or closed.
pub async fn check_in(
    conn: &mut Conn,
    reference: &str,
    at: &str,
    number: &str,
) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE visits SET arrived_at = $1, call_number = $2 \
         WHERE reference = $3 AND state = 'geboekt' AND arrived_at IS NULL AND outcome IS NULL",
    )
    .bind(at)
    .bind(number)
    .bind(reference)
    .execute(conn)
    .await?
    .rows_affected()
        == 1)
}

/// Inside the booking lock: a walk-in booked just now has arrived now.
pub async fn mark_walk_in(
    conn: &mut Conn,
    reference: &str,
    at: &str,
    number: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE visits SET walk_in = 1, arrived_at = $1, call_number = $2 WHERE reference = $3",
    )
    .bind(at)
    .bind(number)
    .bind(reference)
    .execute(conn)
    .await?;
    Ok(())
}

/// Called to a counter, once, after arrival; the waiting time as it happened.
pub async fn call(
    store: &Store,
    reference: &str,
    at: &str,
    counter: i64,
    waiting_seconds: i64,
    staff: i64,
) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE visits SET called_at = $1, counter_no = $2, waiting_seconds = $3, handled_by = $4 \
         WHERE reference = $5 AND state = 'geboekt' AND arrived_at IS NOT NULL AND called_at IS NULL AND outcome IS NULL",
    )
    .bind(at)
    .bind(counter)
    .bind(waiting_seconds)
    .bind(staff)
    .bind(reference)
    .execute(store.pool())
    .await?
    .rows_affected()
        == 1)
}

pub async fn start(store: &Store, reference: &str, at: &str) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE visits SET started_at = $1 WHERE reference = $2 AND state = 'geboekt' \
         AND called_at IS NOT NULL AND started_at IS NULL AND outcome IS NULL",
    )
    .bind(at)
    .bind(reference)
    .execute(store.pool())
    .await?
    .rows_affected()
        == 1)
}

/// Done: helped (after being called) or "niet gekomen" (not arrived).
pub async fn finish(
    conn: &mut super::Conn,
    reference: &str,
    at: &str,
    outcome: &str,
) -> Result<bool, sqlx::Error> {
    let condition = if outcome == "geholpen" {
        "called_at IS NOT NULL"
    } else {
        "arrived_at IS NULL"
    };
    Ok(sqlx::query(&format!(
        "UPDATE visits SET done_at = $1, outcome = $2 WHERE reference = $3 AND state = 'geboekt' \
         AND outcome IS NULL AND {condition}"
    ))
    .bind(at)
    .bind(outcome)
    .bind(reference)
    .execute(conn)
    .await?
    .rows_affected()
        == 1)
}

/// At closing time: every visit of the location on `day` that never arrived
/// is "niet gekomen"; how many.
pub async fn close_day(
    store: &Store,
    location: &str,
    day: &str,
    at: &str,
) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE visits SET done_at = $1, outcome = 'niet gekomen' WHERE location = $2 AND day = $3 \
         AND state = 'geboekt' AND arrived_at IS NULL AND outcome IS NULL",
    )
    .bind(at)
    .bind(location)
    .bind(day)
    .execute(store.pool())
    .await?
    .rows_affected())
}

/// Days before `day` that still have visits nobody closed: (location, day).
pub async fn unclosed_before(
    store: &Store,
    day: &str,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT DISTINCT location, day FROM visits WHERE day < $1 AND state = 'geboekt' \
         AND arrived_at IS NULL AND outcome IS NULL LIMIT 500",
    )
    .bind(day)
    .fetch_all(store.pool())
    .await
}

/// What the waiting-room screen shows: the numbers called on `day` (the
/// date the call was made), newest first (number, counter). Never a name.
pub async fn called(
    store: &Store,
    location: &str,
    day: &str,
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT call_number, counter_no FROM visits WHERE location = $1 AND SUBSTR(called_at, 1, 10) = $2 \
         AND call_number IS NOT NULL AND counter_no IS NOT NULL \
         ORDER BY called_at DESC LIMIT 8",
    )
    .bind(location)
    .bind(day)
    .fetch_all(store.pool())
    .await
}

/// When the visit arrived, and its called number.
pub async fn arrival(
    store: &Store,
    reference: &str,
) -> Result<Option<(Option<String>, Option<String>)>, sqlx::Error> {
    sqlx::query_as("SELECT arrived_at, call_number FROM visits WHERE reference = $1")
        .bind(reference)
        .fetch_optional(store.pool())
        .await
}
