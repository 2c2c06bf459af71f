//! Removing what is kept longer than needed (AVG): each function one step of
//! `crate::services::retention::purge`, each safe to run on several servers at once.

use app::domain::RequestStatus;

use super::Store;

/// Sent, voided and failed messages last touched before `before`.
pub async fn old_messages(store: &Store, before: &str) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query(
        "DELETE FROM outbox WHERE state IN ('verzonden', 'vervallen', 'mislukt') \
         AND COALESCE(sent_at, next_attempt_at) < $1",
    )
    .bind(before)
    .execute(store.pool())
    .await?
    .rows_affected())
}

/// Closed callback requests (and their attempts) due before `before`.
pub async fn old_callbacks(store: &Store, before: &str) -> Result<u64, sqlx::Error> {
    let mut tx = store.begin().await?;
    sqlx::query(
        "DELETE FROM callback_attempts WHERE callback_id IN \
         (SELECT id FROM callback_requests WHERE state <> 'open' AND due_by < $1)",
    )
    .bind(before)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "DELETE FROM person_keys WHERE reference IN \
         (SELECT reference FROM callback_requests WHERE state <> 'open' AND due_by < $1)",
    )
    .bind(before)
    .execute(&mut *tx)
    .await?;
    let removed =
        sqlx::query("DELETE FROM callback_requests WHERE state <> 'open' AND due_by < $1")
            .bind(before)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    tx.commit().await?;
    Ok(removed)
}

/// Visits on days before `before`.
pub async fn old_visits(store: &Store, before: &str) -> Result<u64, sqlx::Error> {
    let mut tx = store.begin().await?;
    sqlx::query(
        "DELETE FROM person_keys WHERE reference IN (SELECT reference FROM visits WHERE day < $1)",
    )
    .bind(before)
    .execute(&mut *tx)
    .await?;
    let removed = sqlx::query("DELETE FROM visits WHERE day < $1")
        .bind(before)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    tx.commit().await?;
    Ok(removed)
}

/// Handled submissions that still have their answers: id, product, and when
/// their status last changed.
pub async fn handled_with_answers(
    store: &Store,
) -> Result<Vec<(i64, String, Option<String>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.id, s.product, (SELECT e.at FROM submission_events e WHERE e.submission_id = s.id \
         ORDER BY e.id DESC LIMIT 1) FROM submissions s \
         WHERE s.status IN ($1, $2) AND s.answers_removed_at IS NULL",
    )
    .bind(RequestStatus::Done.as_str())
    .bind(RequestStatus::Refused.as_str())
    .fetch_all(store.pool())
    .await
}

/// The answers and photos of one submission removed; 1 when this call removed them.
pub async fn remove_answers(store: &Store, id: i64, at: &str) -> Result<u64, sqlx::Error> {
    let mut tx = store.begin().await?;
    sqlx::query("DELETE FROM uploads WHERE submission_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    // Nothing left to find the resident by.
    sqlx::query(
        "DELETE FROM person_keys WHERE reference IN (SELECT reference FROM submissions WHERE id = $1)",
    )
    .bind(id)
    .execute(&mut *tx)
    .await?;
    // What the resident added later is part of the answers.
    sqlx::query("DELETE FROM submission_additions WHERE submission_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let removed = sqlx::query(
        "UPDATE submissions SET answers = '{}', missing = NULL, answers_removed_at = $1 \
         WHERE id = $2 AND answers_removed_at IS NULL",
    )
    .bind(at)
    .bind(id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    tx.commit().await?;
    Ok(removed)
}

/// Empties the texts of satisfaction answers given before `before` (a day);
/// the score, channel and day stay for the figures.
pub async fn old_remarks(store: &Store, before: &str) -> Result<u64, sqlx::Error> {
    sqlx::query(
        "UPDATE satisfaction_answers SET improve = NULL WHERE day < $1 AND improve IS NOT NULL",
    )
    .bind(before)
    .execute(store.pool())
    .await
    .map(|done| done.rows_affected())
}

/// Forgets who was asked the satisfaction question before `before` (the
/// 30 days are over: the row decides nothing any more).
pub async fn old_asked(store: &Store, before: &str) -> Result<u64, sqlx::Error> {
    sqlx::query("DELETE FROM satisfaction_asked WHERE asked_day < $1")
        .bind(before)
        .execute(store.pool())
        .await
        .map(|done| done.rows_affected())
}
