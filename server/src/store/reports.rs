//! Accessibility problems reported by residents (`accessibility_reports`).

use super::{Conn, Store};

pub struct Insert<'a> {
    pub reference: &'a str,
    pub nonce: &'a str,
    pub page: Option<&'a str>,
    pub description: &'a str,
    pub email: Option<&'a str>,
    pub created_at: &'a str,
}

/// Inside a transaction: the report; false when one with this nonce exists.
pub async fn insert(conn: &mut Conn, row: &Insert<'_>) -> Result<bool, sqlx::Error> {
    let inserted = sqlx::query(
        "INSERT INTO accessibility_reports (reference, nonce, page, description, email, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (nonce) DO NOTHING",
    )
    .bind(row.reference)
    .bind(row.nonce)
    .bind(row.page)
    .bind(row.description)
    .bind(row.email)
    .bind(row.created_at)
    .execute(conn)
    .await?;
    Ok(inserted.rows_affected() == 1)
}

pub async fn reference_for_nonce(
    store: &Store,
    nonce: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_as::<_, (String,)>("SELECT reference FROM accessibility_reports WHERE nonce = $1")
        .bind(nonce)
        .fetch_optional(store.pool())
        .await
        .map(|row| row.map(|(r,)| r))
}
