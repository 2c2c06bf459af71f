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
//! - the texts of satisfaction answers ("Wat kunnen wij beter doen?"): one
//!   year after the answer ([`REMARK_DAYS`]); the score stays for the figures.
//!
//! Drafts (24 hours), saved forms and unsent photos (30 days) are purged by `drafts::spawn_cleanup`.

use std::time::Duration;

use app::retention::Retention;
use jiff::{ToSpan, Zoned};

use crate::outbox::stamp;
use crate::store::{Store, retention as rows};

/// What one purge removed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Purged {
    pub messages: u64,
    pub callbacks: u64,
    pub visits: u64,
    pub handled: u64,
    pub remarks: u64,
    /// Keys of residents asked the satisfaction question more than 30 days ago.
    pub asked: u64,
}

/// The texts of satisfaction answers are kept one year (#18).
pub const REMARK_DAYS: u32 = 365;

fn days_before(now: &Zoned, days: u32) -> Zoned {
    now.checked_sub(i64::from(days).days())
        .unwrap_or_else(|_| now.clone())
}

/// Removes what is past its period at `now`.
pub async fn purge(store: &Store, keep: Retention, now: &Zoned) -> Result<Purged, sqlx::Error> {
    let messages = rows::old_messages(
        store,
        &stamp(days_before(now, keep.outbox_days).timestamp()),
    )
    .await?;
    let callbacks_before = days_before(now, keep.callback_days).date().to_string();
    let callbacks = rows::old_callbacks(store, &callbacks_before).await?;
    let visits_before = days_before(now, keep.visit_days).date().to_string();
    let visits = rows::old_visits(store, &visits_before).await?;
    let handled = purge_handled(store, keep, now).await?;
    let remarks_before = days_before(now, REMARK_DAYS).date().to_string();
    let remarks = rows::old_remarks(store, &remarks_before).await?;
    let asked_before = days_before(now, app::satisfaction::ASK_AGAIN_DAYS)
        .date()
        .to_string();
    let asked = rows::old_asked(store, &asked_before).await?;
    Ok(Purged {
        asked,
        messages,
        callbacks,
        visits,
        handled,
        remarks,
    })
}

/// Removes the answers and photos of handled requests past their product's period.
async fn purge_handled(store: &Store, keep: Retention, now: &Zoned) -> Result<u64, sqlx::Error> {
    let mut removed = 0;
    for (id, product, last_change) in rows::handled_with_answers(store).await? {
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
        removed += rows::remove_answers(store, id, &stamp(now.timestamp())).await?;
    }
    Ok(removed)
}

/// Purges once an hour, on every server (harmless, see the module doc).
pub fn spawn_purge(store: Store, keep: Retention) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60 * 60));
        loop {
            tick.tick().await;
            match purge(&store, keep, &crate::time::now()).await {
                Ok(purged) if purged != Purged::default() => {
                    tracing::info!(?purged, "kept longer than needed, removed");
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "could not purge old personal data"),
            }
        }
    });
}
