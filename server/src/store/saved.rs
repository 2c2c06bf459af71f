//! Saved forms ("opslaan en later verder"): a snapshot of a form's answers
//! under the key of its resume code (`crate::services::secret_key`), kept 30 days.

use super::{Store, unix_now};

/// How long a saved form is kept.
pub const LIFETIME_DAYS: i64 = 30;
pub const LIFETIME_SECS: i64 = LIFETIME_DAYS * 24 * 60 * 60;

/// Moves a saved form on (new answers, kept 30 days from now); false when the
/// key is unknown or belongs to another journey.
pub async fn update(
    store: &Store,
    key: &str,
    journey: &str,
    answers: &str,
    expires: i64,
) -> Result<bool, sqlx::Error> {
    let updated = sqlx::query(
        "UPDATE saved_drafts SET answers = $1, updated_at = $2, expires_at = $3 WHERE code = $4 AND journey = $5",
    )
    .bind(answers)
    .bind(unix_now())
    .bind(expires)
    .bind(key)
    .bind(journey)
    .execute(store.pool())
    .await?;
    Ok(updated.rows_affected() == 1)
}

/// Saves under a new key; false when the key is taken.
pub async fn insert(
    store: &Store,
    key: &str,
    journey: &str,
    answers: &str,
    expires: i64,
) -> Result<bool, sqlx::Error> {
    let now = unix_now();
    let inserted = sqlx::query(
        "INSERT INTO saved_drafts (code, journey, answers, created_at, updated_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING",
    )
    .bind(key)
    .bind(journey)
    .bind(answers)
    .bind(now)
    .bind(now)
    .bind(expires)
    .execute(store.pool())
    .await?;
    Ok(inserted.rows_affected() == 1)
}

/// The journey and answers saved under a key that has not expired.
pub async fn load(store: &Store, key: &str) -> Result<Option<(String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT journey, answers FROM saved_drafts WHERE code = $1 AND expires_at > $2")
        .bind(key)
        .bind(unix_now())
        .fetch_optional(store.pool())
        .await
}

/// Until when a key is kept (unix seconds), if it is.
pub async fn expires_at(store: &Store, key: &str) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_as::<_, (i64,)>(
        "SELECT expires_at FROM saved_drafts WHERE code = $1 AND expires_at > $2",
    )
    .bind(key)
    .bind(unix_now())
    .fetch_optional(store.pool())
    .await
    .map(|row| row.map(|(t,)| t))
}

pub async fn forget(store: &Store, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM saved_drafts WHERE code = $1")
        .bind(key)
        .execute(store.pool())
        .await?;
    Ok(())
}

/// Removes saved forms past their 30 days (AVG: kept no longer than promised).
pub async fn purge_expired(store: &Store) -> Result<u64, sqlx::Error> {
    let result = sqlx::query("DELETE FROM saved_drafts WHERE expires_at <= $1")
        .bind(unix_now())
        .execute(store.pool())
        .await?;
    Ok(result.rows_affected())
}
