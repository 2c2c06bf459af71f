//! The anonymous online completion funnel (`form_steps`): one count per
//! day, product and question page, nothing that links it to a resident.

use super::Store;

/// One more form passed `step` of `product` on `day`.
pub async fn count(store: &Store, day: &str, product: &str, step: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO form_steps (day, product, step, passed) VALUES ($1, $2, $3, 1) \
         ON CONFLICT (day, product, step) DO UPDATE SET passed = form_steps.passed + 1",
    )
    .bind(day)
    .bind(product)
    .bind(step)
    .execute(store.pool())
    .await
    .map(|_| ())
}

/// The counts of the days `from` to `to`: product, step, forms passed.
pub async fn of_days(
    store: &Store,
    from: &str,
    to: &str,
) -> Result<Vec<(String, String, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT product, step, CAST(SUM(passed) AS BIGINT) FROM form_steps WHERE day >= $1 AND day <= $2 \
         GROUP BY product, step",
    )
    .bind(from)
    .bind(to)
    .fetch_all(store.pool())
    .await
}

/// Requests sent online on the days `from` to `to`, per product.
pub async fn sent_online(
    store: &Store,
    from: &str,
    to: &str,
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT product, COUNT(*) FROM submissions WHERE channel = 'online' \
         AND SUBSTR(received_at, 1, 10) >= $1 AND SUBSTR(received_at, 1, 10) <= $2 GROUP BY product",
    )
    .bind(from)
    .bind(to)
    .fetch_all(store.pool())
    .await
}
