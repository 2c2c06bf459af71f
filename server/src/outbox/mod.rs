//! Messages to residents (receipts, reminders, cancellations). A message is
//! written to the `outbox` table in the same transaction as what it confirms,
//! so a booking without its receipt, or a receipt without its booking, cannot
//! exist. A worker delivers due messages, as `.eml` files under
//! `data/outbox/` by default or over SMTP when `LOKET_SMTP_URL` is set, and
//! retries with back-off.
//!
//! Delivery across a restart: a message is leased before it is sent, so two
//! workers never send it at the same time, and marked sent after. As a file
//! it is written under a temporary name and renamed to `<id>.eml`; a file
//! that already exists was delivered before a crash and is only marked sent,
//! never written twice. Over SMTP the crash window between the server's "250
//! OK" and our mark cannot be closed by any client; the message then goes
//! again with the same Message-ID, which mail systems use to drop duplicates.

mod mailer;
mod worker;

use jiff::{SignedDuration, Timestamp};

use crate::store::{self, Conn};

pub use mailer::{Mailer, Transport};
pub use worker::{deliver_due, spawn_worker};

/// After this many failed attempts a message is given up and logged.
pub const MAX_ATTEMPTS: i64 = 12;
/// How long a worker holds a message it is sending, unless configured
/// (`LOKET_OUTBOX_LEASE_SECONDS`): after a crash, the message it held waits this long.
pub const LEASE: SignedDuration = SignedDuration::from_mins(5);

/// A message to write to the outbox.
#[derive(Clone, Debug, Default)]
pub struct NewMessage {
    pub topic: String,
    pub kind: &'static str,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    /// File name, MIME type and content of one attachment (a calendar file).
    pub attachment: Option<(String, String, String)>,
    /// Not before this instant; `None` is at once.
    pub send_after: Option<Timestamp>,
}

/// Writes a message inside the caller's transaction.
pub async fn enqueue(conn: &mut Conn, message: &NewMessage) -> Result<(), sqlx::Error> {
    let now = stamp(Timestamp::now());
    let after = message.send_after.map(stamp).unwrap_or_else(|| now.clone());
    let row = store::outbox::Insert {
        topic: &message.topic,
        kind: message.kind,
        recipient: &message.recipient,
        subject: &message.subject,
        body: &message.body,
        attachment: message
            .attachment
            .as_ref()
            .map(|(n, k, c)| (n.as_str(), k.as_str(), c.as_str())),
        created_at: &now,
        send_after: &after,
    };
    store::outbox::insert(conn, &row).await
}

/// Voids the messages of `kind` about `topic` that were not sent yet (a reminder of a cancelled visit).
pub async fn void(conn: &mut Conn, topic: &str, kind: &str) -> Result<u64, sqlx::Error> {
    store::outbox::void(conn, topic, kind).await
}

/// Whether a message of `kind` about `topic` was written before (it goes once).
pub async fn written(conn: &mut Conn, topic: &str, kind: &str) -> Result<bool, sqlx::Error> {
    store::outbox::written(conn, topic, kind).await
}

/// A sortable UTC text for an instant, to the second (`2026-11-28T14:05:00Z`).
pub fn stamp(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The wait after a failed attempt when `attempts` failed before it: 30 s, 1 min, 2 min, ... at most 6 hours.
pub fn backoff(attempts: i64) -> SignedDuration {
    let secs = 30i64.saturating_mul(1i64 << attempts.clamp(0, 20));
    SignedDuration::from_secs(secs.min(6 * 3600))
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn back_off_doubles_up_to_six_hours() {
        assert_eq!(backoff(0).as_secs(), 30);
        assert_eq!(backoff(1).as_secs(), 60);
        assert_eq!(backoff(3).as_secs(), 240);
        assert_eq!(backoff(30).as_secs(), 6 * 3600);
    }
}
