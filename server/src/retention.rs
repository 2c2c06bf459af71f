//! Keeping personal data only as long as needed (AVG): the purge of each kind
//! after the periods in `app::retention`. Every statement only removes what is
//! past its period, so running it on several servers at once, or twice, does
//! the same as running it once.
//!
//! - sent, voided and failed messages: `outbox_days` after they were sent (or last tried);
//! - callback requests that ended (called, not reached, cancelled): `callback_days`
//!   after the day they were due (a request ends by then at the latest), with their attempts;
//! - counter visits: `visit_days` after their day;
//! - handled requests (afgehandeld, afgewezen): their answers and photos,
//!   `handled_days` (or the product's own `keep_handled_days`) after the last
//!   status change; the reference, product, dates and history stay for the reports.
//!
//! Drafts (24 hours), saved forms and unsent photos (30 days) are purged by `drafts::spawn_cleanup`.

use std::time::Duration;

use app::retention::Retention;
use jiff::{ToSpan, Zoned};
use sqlx::SqlitePool;

use crate::outbox::stamp;

/// What one purge removed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Purged {
    pub messages: u64,
    pub callbacks: u64,
    pub visits: u64,
    pub handled: u64,
}

fn days_before(now: &Zoned, days: u32) -> Zoned {
    now.checked_sub(i64::from(days).days())
        .unwrap_or_else(|_| now.clone())
}

/// Removes what is past its period at `now`.
pub async fn purge(pool: &SqlitePool, keep: Retention, now: &Zoned) -> Result<Purged, sqlx::Error> {
    let messages_before = stamp(days_before(now, keep.outbox_days).timestamp());
    let messages = sqlx::query(
        "DELETE FROM outbox WHERE state IN ('verzonden', 'vervallen', 'mislukt') \
         AND COALESCE(sent_at, next_attempt_at) < ?",
    )
    .bind(&messages_before)
    .execute(pool)
    .await?
    .rows_affected();

    let callbacks_before = days_before(now, keep.callback_days).date().to_string();
    let mut tx = pool.begin().await?;
    sqlx::query(
        "DELETE FROM callback_attempts WHERE callback_id IN \
         (SELECT id FROM callback_requests WHERE state <> 'open' AND due_by < ?)",
    )
    .bind(&callbacks_before)
    .execute(&mut *tx)
    .await?;
    let callbacks =
        sqlx::query("DELETE FROM callback_requests WHERE state <> 'open' AND due_by < ?")
            .bind(&callbacks_before)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    tx.commit().await?;

    let visits = sqlx::query("DELETE FROM visits WHERE day < ?")
        .bind(days_before(now, keep.visit_days).date().to_string())
        .execute(pool)
        .await?
        .rows_affected();

    let handled = purge_handled(pool, keep, now).await?;
    Ok(Purged {
        messages,
        callbacks,
        visits,
        handled,
    })
}

/// Removes the answers and photos of handled requests past their product's period.
async fn purge_handled(
    pool: &SqlitePool,
    keep: Retention,
    now: &Zoned,
) -> Result<u64, sqlx::Error> {
    let handled: Vec<(i64, String, Option<String>)> = sqlx::query_as(
        "SELECT s.id, s.product, (SELECT e.at FROM submission_events e WHERE e.submission_id = s.id \
         ORDER BY e.id DESC LIMIT 1) FROM submissions s \
         WHERE s.status IN ('afgehandeld', 'afgewezen') AND s.answers_removed_at IS NULL",
    )
    .fetch_all(pool)
    .await?;
    let mut removed = 0;
    for (id, product, last_change) in handled {
        let days = app::catalogue::by_slug(&product)
            .map(|p| keep.handled_days_for(p))
            .unwrap_or(keep.handled_days);
        // The times are written as jiff's zoned text; one that does not read is left alone.
        let Some(changed) = last_change.and_then(|at| at.parse::<Zoned>().ok()) else {
            continue;
        };
        if changed.timestamp() > days_before(now, days).timestamp() {
            continue;
        }
        let mut tx = pool.begin().await?;
        sqlx::query("DELETE FROM uploads WHERE submission_id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        removed += sqlx::query(
            "UPDATE submissions SET answers = '{}', answers_removed_at = ? \
             WHERE id = ? AND answers_removed_at IS NULL",
        )
        .bind(stamp(now.timestamp()))
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
    }
    Ok(removed)
}

/// Purges once an hour, on every server (harmless, see the module doc).
pub fn spawn_purge(pool: SqlitePool, keep: Retention) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60 * 60));
        loop {
            tick.tick().await;
            match purge(&pool, keep, &crate::time::now()).await {
                Ok(purged) if purged != Purged::default() => {
                    tracing::info!(?purged, "kept longer than needed, removed");
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "could not purge old personal data"),
            }
        }
    });
}
