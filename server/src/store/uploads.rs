//! Photos sent with a form (`uploads`): stored cleaned, tied to their submission
//! when the form is sent, removed when never sent.

use super::{Conn, Store, unix_now};

/// A cleaned photo to store.
pub struct NewUpload<'a> {
    pub id: &'a str,
    pub journey: &'a str,
    pub field: &'a str,
    pub file_name: &'a str,
    pub content_type: &'a str,
    pub bytes: &'a [u8],
}

pub async fn insert(store: &Store, upload: &NewUpload<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO uploads (id, journey, field, file_name, content_type, size, bytes, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(upload.id)
    .bind(upload.journey)
    .bind(upload.field)
    .bind(upload.file_name)
    .bind(upload.content_type)
    .bind(i64::try_from(upload.bytes.len()).unwrap_or(i64::MAX))
    .bind(upload.bytes)
    .bind(unix_now())
    .execute(store.pool())
    .await?;
    Ok(())
}

/// Removes a photo that was not sent yet.
pub async fn remove_unsent(store: &Store, id: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM uploads WHERE id = $1 AND submission_id IS NULL")
        .bind(id)
        .execute(store.pool())
        .await?;
    Ok(())
}

/// Inside the transaction that stores a submission: the photo now belongs to it.
pub async fn attach(conn: &mut Conn, id: &str, submission: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE uploads SET submission_id = $1 WHERE id = $2 AND submission_id IS NULL")
        .bind(submission)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Removes photos never sent, older than a saved form is kept.
pub async fn purge_unsent(store: &Store) -> Result<u64, sqlx::Error> {
    let cutoff = unix_now() - super::saved::LIFETIME_SECS;
    let result =
        sqlx::query("DELETE FROM uploads WHERE submission_id IS NULL AND created_at <= $1")
            .bind(cutoff)
            .execute(store.pool())
            .await?;
    Ok(result.rows_affected())
}
