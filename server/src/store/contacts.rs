//! Registered contacts (`contacts`): one row per phone, counter, e-mail or
//! library contact, no personal data; once per form (a unique nonce).

use super::{Conn, Store};

pub struct Insert<'a> {
    pub nonce: &'a str,
    pub at: &'a str,
    pub day: &'a str,
    pub channel: &'a str,
    pub product: Option<&'a str>,
    pub topic: Option<&'a str>,
    pub result: &'a str,
    pub satisfaction: Option<i64>,
    pub staff_id: i64,
    pub staff_team: &'a str,
}

/// Inside a transaction: the contact; false when one with this nonce is there already.
pub async fn insert(conn: &mut Conn, row: &Insert<'_>) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO contacts (nonce, at, day, channel, product, topic, result, satisfaction, staff_id, staff_team) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (nonce) DO NOTHING",
    )
    .bind(row.nonce)
    .bind(row.at)
    .bind(row.day)
    .bind(row.channel)
    .bind(row.product)
    .bind(row.topic)
    .bind(row.result)
    .bind(row.satisfaction)
    .bind(row.staff_id)
    .bind(row.staff_team)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// What one staff member registered on `day`, newest first: when, channel,
/// product, topic, result.
pub async fn of_staff_on(
    store: &Store,
    staff_id: i64,
    day: &str,
) -> Result<Vec<(String, String, Option<String>, Option<String>, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT at, channel, product, topic, result FROM contacts \
         WHERE staff_id = $1 AND day = $2 ORDER BY id DESC LIMIT 200",
    )
    .bind(staff_id)
    .bind(day)
    .fetch_all(store.pool())
    .await
}
