//! Staff's changes to days of a location (`location_days`): closed, or other
//! hours. One row per location and day; a new change of that day replaces it.

use super::{Conn, Store};

/// One change: day, opens and closes ('HH:MM', both or neither), reason.
pub type Row = (String, Option<String>, Option<String>, String);

pub async fn between(
    conn: &mut Conn,
    location: &str,
    from: &str,
    to: &str,
) -> Result<Vec<Row>, sqlx::Error> {
    sqlx::query_as(
        "SELECT day, opens, closes, reason FROM location_days WHERE location = $1 AND day >= $2 AND day <= $3 ORDER BY day",
    )
    .bind(location)
    .bind(from)
    .bind(to)
    .fetch_all(conn)
    .await
}

pub struct Change<'a> {
    pub location: &'a str,
    pub day: &'a str,
    pub opens: Option<&'a str>,
    pub closes: Option<&'a str>,
    pub reason: &'a str,
    pub staff_id: i64,
    pub at: &'a str,
}

/// Inside the booking lock, so a booking either sees the change or is done before it.
pub async fn set(conn: &mut Conn, change: &Change<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO location_days (location, day, opens, closes, reason, staff_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (location, day) DO UPDATE SET \
         opens = excluded.opens, closes = excluded.closes, reason = excluded.reason, \
         staff_id = excluded.staff_id, created_at = excluded.created_at",
    )
    .bind(change.location)
    .bind(change.day)
    .bind(change.opens)
    .bind(change.closes)
    .bind(change.reason)
    .bind(change.staff_id)
    .bind(change.at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Every change from `from` on, of every location: location, day, opens, closes, reason.
pub async fn upcoming(
    store: &Store,
    from: &str,
) -> Result<Vec<(String, String, Option<String>, Option<String>, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT location, day, opens, closes, reason FROM location_days WHERE day >= $1 ORDER BY day, location LIMIT 200",
    )
    .bind(from)
    .fetch_all(store.pool())
    .await
}

/// The booked visits of a location on a day, for the clerks to contact:
/// reference, start minute, name, e-mail, phone, token.
pub async fn visits_on(
    store: &Store,
    location: &str,
    day: &str,
) -> Result<Vec<(String, i64, String, Option<String>, Option<String>, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT reference, start_minute, name, email, phone, token FROM visits \
         WHERE location = $1 AND day = $2 AND state = 'geboekt' ORDER BY start_minute, id",
    )
    .bind(location)
    .bind(day)
    .fetch_all(store.pool())
    .await
}
