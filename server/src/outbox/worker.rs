//! The worker that delivers due messages, on every server at once if need be:
//! a message is leased (one conditional update) before it is sent, so no two
//! workers send it, and marked sent after.

use std::time::Duration;

use jiff::Timestamp;

use super::mailer::{Mailer, build, send};
use super::{MAX_ATTEMPTS, backoff, stamp};
use crate::store::{self, Store};

/// Delivers the messages due at `now`; returns how many went out.
pub async fn deliver_due(
    store: &Store,
    mailer: &Mailer,
    now: Timestamp,
) -> Result<usize, sqlx::Error> {
    let now_text = stamp(now);
    let due = store::outbox::due(store, &now_text, 50).await?;
    let mut sent = 0;
    for row in due {
        let (id, attempts) = (row.0, row.7);
        // Lease: only the worker that moves next_attempt_at forward sends it. The
        // lease runs from this moment, not from the start of the run: a run of 50
        // slow sends must not leave the last ones free for another worker to take
        // while this one is still sending (the crash test found that duplicate).
        let leased_at = Timestamp::now().max(now);
        let lease_until = stamp(leased_at.checked_add(mailer.lease).unwrap_or(leased_at));
        if !store::outbox::lease(store, id, &now_text, &lease_until).await? {
            continue;
        }
        let outcome = match build(mailer, &row) {
            Ok(message) => send(mailer, id, &message).await,
            Err(e) => Err(e),
        };
        match outcome {
            Ok(()) => {
                store::outbox::mark_sent(store, id, &stamp(Timestamp::now())).await?;
                sent += 1;
            }
            Err(error) => {
                // The first failure waits 30 seconds, each next one twice as long.
                let next = now.checked_add(backoff(attempts)).unwrap_or(now);
                let attempts = attempts + 1;
                let state = if attempts >= MAX_ATTEMPTS {
                    "mislukt"
                } else {
                    "wachtend"
                };
                // The error names the step, never the recipient or the content.
                tracing::warn!(message_id = id, attempts, %error, "message not delivered");
                store::outbox::mark_failed(store, id, attempts, &stamp(next), state, &error)
                    .await?;
            }
        }
    }
    Ok(sent)
}

/// Delivers due messages every `every`, for as long as the server runs.
pub fn spawn_worker(store: Store, mailer: Mailer, every: Duration) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        loop {
            tick.tick().await;
            if let Err(e) = deliver_due(&store, &mailer, Timestamp::now()).await {
                tracing::error!(error = %e, "outbox worker");
            }
        }
    });
}
