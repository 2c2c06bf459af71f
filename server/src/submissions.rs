//! Submissions: a complete request stored exactly once, with its reference, a
//! secret link for "Mijn aanvraag", the first entry of its history, and the
//! messages that confirm it (written in the same transaction).

use sqlx::SqlitePool;

use crate::drafts::{self, DraftId};
use crate::outbox::{self, NewMessage};
use crate::references::new_reference;
use crate::time;

/// What to store for one sent form.
pub struct NewSubmission<'a> {
    /// The product's slug ("verhuizing", "uittreksel-brp").
    pub product: &'a str,
    pub prefix: &'a str,
    /// Unique per sent draft: a double click or a resent POST finds the first one.
    pub key: String,
    /// The draft's journey, emptied once the answers live in the submission.
    pub journey: &'a str,
    pub answers: String,
    /// A pickup day this request takes, and how many one day takes.
    pub capacity: Option<(String, i64)>,
    /// Photos sent with it (ids in `uploads`).
    pub photos: Vec<String>,
}

/// What became of a sent form.
#[derive(Debug, PartialEq, Eq)]
pub enum Sent {
    /// Stored (now or before) under this reference.
    Stored(String),
    /// The pickup day it asks for has no room left: nothing was stored.
    Full,
}

/// The stored row, as the confirmation and status pages need it.
pub struct Stored {
    pub reference: String,
    pub token: Option<String>,
    pub answers: String,
    pub received_at: jiff::Zoned,
}

/// Stores the submission, or finds the one stored before with the same key.
/// `messages` gets the reference and the secret token.
pub async fn store(
    pool: &SqlitePool,
    draft_id: &DraftId,
    new: &NewSubmission<'_>,
    messages: impl Fn(&str, &str) -> Vec<NewMessage>,
) -> Result<Sent, sqlx::Error> {
    let received_at = time::now().to_string();
    for _ in 0..5 {
        let reference = new_reference(new.prefix);
        let token = drafts::random_hex();
        let mut tx = pool.begin().await?;
        // The insert comes first, so this transaction takes the write lock at once
        // and waits (busy_timeout) instead of failing on a lock upgrade.
        let inserted: Result<Option<(i64, String)>, sqlx::Error> = sqlx::query_as(
            "INSERT INTO submissions (reference, product, draft_id, answers, received_at, channel, status, token, token_key) \
             VALUES (?, ?, ?, ?, ?, 'online', 'ontvangen', ?, ?) ON CONFLICT (draft_id) DO NOTHING RETURNING id, reference",
        )
        .bind(reference.as_str())
        .bind(new.product)
        .bind(&new.key)
        .bind(&new.answers)
        .bind(&received_at)
        .bind(&token)
        .bind(crate::secret_key::key(&token))
        .fetch_optional(&mut *tx)
        .await;
        match inserted {
            Ok(Some((id, reference))) => {
                // This transaction holds the write lock since its insert, so the
                // count cannot change before the place is taken: never more than the day takes.
                if let Some((day, per_day)) = &new.capacity {
                    let (taken,): (i64,) = sqlx::query_as(
                        "SELECT COUNT(*) FROM pickups WHERE product = ? AND day = ?",
                    )
                    .bind(new.product)
                    .bind(day)
                    .fetch_one(&mut *tx)
                    .await?;
                    if taken >= *per_day {
                        tx.rollback().await?;
                        return Ok(Sent::Full);
                    }
                    sqlx::query(
                        "INSERT INTO pickups (product, day, submission_id) VALUES (?, ?, ?)",
                    )
                    .bind(new.product)
                    .bind(day)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                }
                for photo in &new.photos {
                    sqlx::query("UPDATE uploads SET submission_id = ? WHERE id = ? AND submission_id IS NULL")
                        .bind(id)
                        .bind(photo)
                        .execute(&mut *tx)
                        .await?;
                }
                sqlx::query(
                    "INSERT INTO submission_events (submission_id, status, at) VALUES (?, 'ontvangen', ?)",
                )
                .bind(id)
                .bind(&received_at)
                .execute(&mut *tx)
                .await?;
                for message in messages(&reference, &token) {
                    outbox::enqueue(&mut tx, &message).await?;
                }
                // The answers now live in the submission; the draft keeps none of them.
                sqlx::query("UPDATE drafts SET answers = '{}' WHERE id = ? AND journey = ?")
                    .bind(draft_id.as_str())
                    .bind(new.journey)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                return Ok(Sent::Stored(reference));
            }
            Ok(None) => {
                tx.rollback().await?;
                if let Some(found) = find(pool, &new.key).await? {
                    return Ok(Sent::Stored(found.reference));
                }
            }
            // Another request for this draft won the race, or (1 in 10^11) the reference clashed.
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                tx.rollback().await?;
                if let Some(found) = find(pool, &new.key).await? {
                    return Ok(Sent::Stored(found.reference));
                }
            }
            Err(e) => return Err(e),
        }
    }
    Err(sqlx::Error::Protocol(
        "no free reference after 5 tries".into(),
    ))
}

/// The submission stored under this key, if any.
pub async fn find(pool: &SqlitePool, key: &str) -> Result<Option<Stored>, sqlx::Error> {
    let row: Option<(String, Option<String>, String, String)> = sqlx::query_as(
        "SELECT reference, token, answers, received_at FROM submissions WHERE draft_id = ?",
    )
    .bind(key)
    .fetch_optional(pool)
    .await?;
    Ok(row.and_then(|(reference, token, answers, received_at)| {
        Some(Stored {
            reference,
            token,
            answers,
            received_at: received_at.parse().ok()?,
        })
    }))
}

/// Of these days, the ones with room, and how many places each has left.
pub async fn free_pickup_days(
    pool: &SqlitePool,
    product: &str,
    days: &[jiff::civil::Date],
    per_day: i64,
) -> Result<Vec<(jiff::civil::Date, i64)>, sqlx::Error> {
    let (Some(first), Some(last)) = (days.first(), days.last()) else {
        return Ok(Vec::new());
    };
    let taken: Vec<(String, i64)> = sqlx::query_as(
        "SELECT day, COUNT(*) FROM pickups WHERE product = ? AND day >= ? AND day <= ? GROUP BY day",
    )
    .bind(product)
    .bind(first.to_string())
    .bind(last.to_string())
    .fetch_all(pool)
    .await?;
    Ok(days
        .iter()
        .map(|day| {
            let used = taken
                .iter()
                .find(|(d, _)| *d == day.to_string())
                .map_or(0, |(_, n)| *n);
            (*day, per_day - used)
        })
        .filter(|(_, free)| *free > 0)
        .collect())
}
