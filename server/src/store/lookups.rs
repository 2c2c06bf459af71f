//! Failed look-ups of secrets (`failed_lookups`): per network address and in
//! total, kept only for the window of the limit (`crate::http::lookup_limit`).

use super::Store;

/// Failures since `since`: how many, and the oldest, of one address.
pub async fn of_address(
    store: &Store,
    address: &str,
    since: i64,
) -> Result<(i64, Option<i64>), sqlx::Error> {
    sqlx::query_as("SELECT COUNT(*), MIN(at) FROM failed_lookups WHERE address = $1 AND at > $2")
        .bind(address)
        .bind(since)
        .fetch_one(store.pool())
        .await
}

/// Failures since `since` of all addresses together: how many, and the oldest.
pub async fn in_total(store: &Store, since: i64) -> Result<(i64, Option<i64>), sqlx::Error> {
    sqlx::query_as("SELECT COUNT(*), MIN(at) FROM failed_lookups WHERE at > $1")
        .bind(since)
        .fetch_one(store.pool())
        .await
}

/// Counts one failure at `now`, and forgets those at or before `forget_before`.
pub async fn record(
    store: &Store,
    address: &str,
    now: i64,
    forget_before: i64,
) -> Result<(), sqlx::Error> {
    let mut tx = store.begin().await?;
    sqlx::query("DELETE FROM failed_lookups WHERE at <= $1")
        .bind(forget_before)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO failed_lookups (address, at) VALUES ($1, $2)")
        .bind(address)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}
