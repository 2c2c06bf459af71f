//! "Mijn aanvraag": the status of a submission and its history, found only
//! through the secret token in the link from the confirmation and the receipt.

use app::page_context::RequestStatusView;
use sqlx::SqlitePool;

use crate::drafts::DraftId;
use crate::time;

/// The statuses a request can have, in the words of the database.
pub const STATUSES: [&str; 5] = [
    "ontvangen",
    "in behandeling",
    "aanvulling nodig",
    "afgehandeld",
    "afgewezen",
];

/// The request behind a secret token; none for anything else (nothing personal leaks).
pub async fn view_context(
    pool: &SqlitePool,
    token: &str,
) -> Result<Option<RequestStatusView>, sqlx::Error> {
    // Tokens have the shape of a draft id: anything else is not looked up.
    if DraftId::parse(token).is_none() {
        return Ok(None);
    }
    let row: Option<(i64, String, String, String)> = sqlx::query_as(
        "SELECT id, reference, product, status FROM submissions WHERE token_key = ?",
    )
    .bind(crate::secret_key::key(token))
    .fetch_optional(pool)
    .await?;
    let Some((id, reference, product, status)) = row else {
        return Ok(None);
    };
    let events: Vec<(String, String, Option<String>)> = sqlx::query_as(
        "SELECT at, status, note FROM submission_events WHERE submission_id = ? ORDER BY id",
    )
    .bind(id)
    .fetch_all(pool)
    .await?;
    let history = events
        .into_iter()
        .filter_map(|(at, status, note)| Some((at.parse().ok()?, status, note)))
        .collect();
    Ok(Some(RequestStatusView {
        reference,
        product,
        status,
        history,
    }))
}

/// Records a new status with what staff tell the resident. For the back office;
/// there is no staff screen yet, so only tests call it for now.
pub async fn record(
    pool: &SqlitePool,
    reference: &str,
    status: &str,
    note: Option<&str>,
) -> Result<bool, sqlx::Error> {
    if !STATUSES.contains(&status) {
        return Ok(false);
    }
    let mut tx = pool.begin().await?;
    let updated: Option<(i64,)> =
        sqlx::query_as("UPDATE submissions SET status = ? WHERE reference = ? RETURNING id")
            .bind(status)
            .bind(reference)
            .fetch_optional(&mut *tx)
            .await?;
    let Some((id,)) = updated else {
        return Ok(false);
    };
    sqlx::query(
        "INSERT INTO submission_events (submission_id, status, note, at) VALUES (?, ?, ?, ?)",
    )
    .bind(id)
    .bind(status)
    .bind(note)
    .bind(time::now().to_string())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}
