//! Rows written before secrets were looked up by key get their key
//! (`crate::services::secret_key`). Run on every start, on both engines: a database
//! copied over from SQLite may hold such rows too.

use sqlx::AnyPool;

use crate::services::secret_key::key;

/// Gives rows written before secrets were looked up by key their key: tokens
/// get a `token_key`; resume codes are replaced by theirs. Safe to run on every
/// start and on several servers at once (each row is written once, by key).
pub(super) async fn backfill(pool: &AnyPool) -> Result<u64, sqlx::Error> {
    let mut changed = 0;
    for table in ["submissions", "visits", "callback_requests"] {
        let rows: Vec<(i64, String)> = sqlx::query_as(&format!(
            "SELECT id, token FROM {table} WHERE token IS NOT NULL AND token_key IS NULL"
        ))
        .fetch_all(pool)
        .await?;
        for (id, token) in rows {
            changed += sqlx::query(&format!(
                "UPDATE {table} SET token_key = $1 WHERE id = $2 AND token_key IS NULL"
            ))
            .bind(key(&token))
            .bind(id)
            .execute(pool)
            .await?
            .rows_affected();
        }
    }
    // A resume code is 8 characters; its key is 64. Only codes still in the clear change.
    let codes: Vec<(String,)> =
        sqlx::query_as("SELECT code FROM saved_drafts WHERE length(code) < 64")
            .fetch_all(pool)
            .await?;
    for (code,) in codes {
        changed += sqlx::query("UPDATE saved_drafts SET code = $1 WHERE code = $2")
            .bind(key(&code))
            .bind(&code)
            .execute(pool)
            .await?
            .rows_affected();
    }
    Ok(changed)
}
