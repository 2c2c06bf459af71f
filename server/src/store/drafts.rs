//! Drafts: a journey's answers as JSON under the browser's draft id, one row
//! per journey, expiring `LIFETIME_SECS` after the last change.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{Conn, Store, unix_now};

/// A draft lives this long after its last change.
pub const LIFETIME_SECS: i64 = 24 * 60 * 60;

/// Loads a draft of this journey that exists and has not expired.
pub async fn load<T: DeserializeOwned + Default>(
    store: &Store,
    id: &str,
    journey: &str,
) -> Result<Option<T>, sqlx::Error> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT answers FROM drafts WHERE id = $1 AND journey = $2 AND updated_at > $3",
    )
    .bind(id)
    .bind(journey)
    .bind(unix_now() - LIFETIME_SECS)
    .fetch_optional(store.pool())
    .await?;
    // A draft written by an older version that no longer parses starts fresh rather than failing.
    Ok(row.map(|(json,)| serde_json::from_str(&json).unwrap_or_default()))
}

pub async fn save<T: Serialize>(
    store: &Store,
    id: &str,
    journey: &str,
    draft: &T,
) -> Result<(), sqlx::Error> {
    let mut conn = store.acquire().await?;
    save_in(&mut conn, id, journey, draft).await
}

/// Inside a transaction: the draft's answers emptied (they now live in what was sent).
pub async fn empty(conn: &mut Conn, id: &str, journey: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE drafts SET answers = '{}' WHERE id = $1 AND journey = $2")
        .bind(id)
        .bind(journey)
        .execute(conn)
        .await?;
    Ok(())
}

/// Inside a transaction: saves a draft (as [`save`]).
pub async fn save_in<T: Serialize>(
    conn: &mut Conn,
    id: &str,
    journey: &str,
    draft: &T,
) -> Result<(), sqlx::Error> {
    let json = serde_json::to_string(draft).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let now = unix_now();
    sqlx::query(
        "INSERT INTO drafts (id, journey, answers, created_at, updated_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (id, journey) DO UPDATE SET answers = excluded.answers, updated_at = excluded.updated_at",
    )
    .bind(id)
    .bind(journey)
    .bind(json)
    .bind(now)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Removes expired drafts, so answers are not kept longer than needed (AVG).
pub async fn purge_expired(store: &Store) -> Result<u64, sqlx::Error> {
    let result = sqlx::query("DELETE FROM drafts WHERE updated_at <= $1")
        .bind(unix_now() - LIFETIME_SECS)
        .execute(store.pool())
        .await?;
    Ok(result.rows_affected())
}
