//! Calls imported from the telephony platform (`call_records`), and the
//! ones of a week for the phone KPIs.

use super::{Conn, Store};
use crate::services::calls::Call;

/// Inside the import's transaction: the call, unless its id is there already.
pub async fn insert(conn: &mut Conn, call: &Call) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO call_records (call_id, queue, offered_at, answered_at, ended_at, abandoned, day) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (call_id) DO NOTHING",
    )
    .bind(&call.call_id)
    .bind(&call.queue)
    .bind(call.offered_at)
    .bind(call.answered_at)
    .bind(call.ended_at)
    .bind(i64::from(call.abandoned))
    .bind(&call.day)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The calls offered on the days `from` to `to`: offered, answered, ended (unix seconds), abandoned.
pub async fn of_days(
    store: &Store,
    from: &str,
    to: &str,
) -> Result<Vec<(i64, Option<i64>, i64, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT offered_at, answered_at, ended_at, abandoned FROM call_records WHERE day >= $1 AND day <= $2",
    )
    .bind(from)
    .bind(to)
    .fetch_all(store.pool())
    .await
}
