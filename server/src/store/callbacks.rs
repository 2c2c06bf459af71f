//! "Bel mij terug" requests (`callback_requests`) and the daily count per
//! network address (`callback_addresses`, keyed by a hash, never the address).

use super::{Conn, Store};

pub struct Insert<'a> {
    pub reference: &'a str,
    pub token: &'a str,
    pub token_key: &'a str,
    pub nonce: &'a str,
    pub name: &'a str,
    pub phone: &'a str,
    pub topic: &'a str,
    pub preferred_day: &'a str,
    pub day_part: &'a str,
    pub note: Option<&'a str>,
    pub origin_product: Option<&'a str>,
    pub origin_step: Option<&'a str>,
    pub shared_answers: Option<&'a str>,
    pub email: Option<&'a str>,
    pub origin_slug: Option<&'a str>,
    pub lang: &'a str,
    pub created_at: &'a str,
    pub created_day: &'a str,
    pub due_by: &'a str,
    /// Asked in the assisted mode: the library, the volunteer's first name and note.
    pub helped: Option<(&'a str, &'a str, Option<&'a str>)>,
}

/// Inside a transaction: the request. A second one with the same nonce (or a
/// clashing reference or token) is a unique violation.
pub async fn insert(conn: &mut Conn, row: &Insert<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO callback_requests (reference, token, token_key, nonce, name, phone, topic, preferred_day, day_part, note, \
         origin_product, origin_step, shared_answers, created_at, created_day, due_by, email, origin_slug, lang, state, \
         library, helper, helper_note) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, 'open', $20, $21, $22)",
    )
    .bind(row.reference)
    .bind(row.token)
    .bind(row.token_key)
    .bind(row.nonce)
    .bind(row.name)
    .bind(row.phone)
    .bind(row.topic)
    .bind(row.preferred_day)
    .bind(row.day_part)
    .bind(row.note)
    .bind(row.origin_product)
    .bind(row.origin_step)
    .bind(row.shared_answers)
    .bind(row.created_at)
    .bind(row.created_day)
    .bind(row.due_by)
    .bind(row.email)
    .bind(row.origin_slug)
    .bind(row.lang)
    .bind(row.helped.map(|h| h.0))
    .bind(row.helped.map(|h| h.1))
    .bind(row.helped.and_then(|h| h.2))
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn token_for_nonce(store: &Store, nonce: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_as::<_, (String,)>("SELECT token FROM callback_requests WHERE nonce = $1")
        .bind(nonce)
        .fetch_optional(store.pool())
        .await
        .map(|row| row.map(|(t,)| t))
}

/// Requests made today for this phone number (E.164).
pub async fn requests_today(store: &Store, phone: &str, day: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_as::<_, (i64,)>(
        "SELECT COUNT(*) FROM callback_requests WHERE phone = $1 AND created_day = $2",
    )
    .bind(phone)
    .bind(day)
    .fetch_one(store.pool())
    .await
    .map(|(n,)| n)
}

/// Counts one request of the address behind `address_key` on `day`, unless it
/// made `limit` already; false then. One statement, so two servers counting
/// the same address at once cannot both pass the limit.
pub async fn count_address(
    store: &Store,
    address_key: &str,
    day: &str,
    limit: i64,
) -> Result<bool, sqlx::Error> {
    let counted: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO callback_addresses (address_key, day, requests) VALUES ($1, $2, 1) \
         ON CONFLICT (address_key, day) DO UPDATE SET requests = callback_addresses.requests + 1 \
         WHERE callback_addresses.requests < $3 RETURNING requests",
    )
    .bind(address_key)
    .bind(day)
    .bind(limit)
    .fetch_optional(store.pool())
    .await?;
    Ok(counted.is_some())
}

/// Forgets the counts of days before `today` (the cleanup job, every 15 minutes).
pub async fn purge_address_counts(store: &Store, today: &str) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM callback_addresses WHERE day < $1")
        .bind(today)
        .execute(store.pool())
        .await?
        .rows_affected())
}

/// The columns the resident's page shows.
pub type ViewRow = (
    String,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    String,
);

/// Reference, name, phone, topic, day, day part, note, shared answers, due day
/// and state of the request with this token key.
pub async fn by_token_key(store: &Store, token_key: &str) -> Result<Option<ViewRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT reference, name, phone, topic, preferred_day, day_part, note, shared_answers, due_by, state \
         FROM callback_requests WHERE token_key = $1",
    )
    .bind(token_key)
    .fetch_optional(store.pool())
    .await
}

/// Cancels an open request; a second cancel changes nothing.
pub async fn cancel(store: &Store, token_key: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE callback_requests SET state = 'geannuleerd' WHERE token_key = $1 AND state = 'open'",
    )
    .bind(token_key)
    .execute(store.pool())
    .await?;
    Ok(())
}

/// Inside a transaction: the secret token of a callback request's link.
pub async fn token_of(conn: &mut super::Conn, id: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT token FROM callback_requests WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await
}
