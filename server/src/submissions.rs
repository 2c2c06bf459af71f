//! Submissions: a complete request stored exactly once, with its reference.

use app::move_journey::{MoveRequest, REFERENCE_PREFIX, StoredMove};
use app::page_context::SubmissionView;
use sqlx::SqlitePool;

use crate::drafts::DraftId;
use crate::references::new_reference;
use crate::time;

const PRODUCT: &str = "verhuizing";

/// Stores the request of this draft, or finds the one stored before: a
/// double click or a resent POST never makes a second submission.
pub async fn submit(
    pool: &SqlitePool,
    draft_id: &DraftId,
    request: &MoveRequest,
) -> Result<String, sqlx::Error> {
    let answers = serde_json::to_string(&request.to_stored())
        .map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let received_at = time::now().to_string();
    for _ in 0..5 {
        let reference = new_reference(REFERENCE_PREFIX);
        let mut tx = pool.begin().await?;
        // The insert comes first, so this transaction takes the write lock at once
        // and waits (busy_timeout) instead of failing on a lock upgrade.
        let inserted: Result<Option<(String,)>, sqlx::Error> = sqlx::query_as(
            "INSERT INTO submissions (reference, product, draft_id, answers, received_at, channel, status) \
             VALUES (?, ?, ?, ?, ?, 'online', 'ontvangen') ON CONFLICT (draft_id) DO NOTHING RETURNING reference",
        )
        .bind(reference.as_str())
        .bind(PRODUCT)
        .bind(draft_id.as_str())
        .bind(&answers)
        .bind(&received_at)
        .fetch_optional(&mut *tx)
        .await;
        match inserted {
            Ok(Some((reference,))) => {
                // The answers now live in the submission; the draft keeps none of them.
                sqlx::query(
                    "UPDATE drafts SET answers = '{}' WHERE id = ? AND journey = 'verhuizen'",
                )
                .bind(draft_id.as_str())
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                return Ok(reference);
            }
            Ok(None) => {
                tx.rollback().await?;
                if let Some(view) = find_by_draft(pool, draft_id).await? {
                    return Ok(view.reference);
                }
            }
            // Another request for this draft won the race, or (1 in 10^11) the reference clashed.
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                tx.rollback().await?;
                if let Some(view) = find_by_draft(pool, draft_id).await? {
                    return Ok(view.reference);
                }
            }
            Err(e) => return Err(e),
        }
    }
    Err(sqlx::Error::Protocol(
        "no free reference after 5 tries".into(),
    ))
}

/// The submission made from this draft, as the confirmation page shows it.
pub async fn find_by_draft(
    pool: &SqlitePool,
    draft_id: &DraftId,
) -> Result<Option<SubmissionView>, sqlx::Error> {
    let row: Option<(String, String, String)> = sqlx::query_as(
        "SELECT reference, answers, received_at FROM submissions WHERE draft_id = ?",
    )
    .bind(draft_id.as_str())
    .fetch_optional(pool)
    .await?;
    Ok(row.and_then(|(reference, answers, received_at)| {
        let answers: StoredMove = serde_json::from_str(&answers).ok()?;
        let received: jiff::Zoned = received_at.parse().ok()?;
        Some(SubmissionView {
            reference,
            received_at: received,
            answers,
        })
    }))
}
