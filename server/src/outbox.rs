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

use std::path::PathBuf;
use std::time::Duration;

use jiff::{SignedDuration, Timestamp};
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sqlx::{SqliteConnection, SqlitePool};

/// After this many failed attempts a message is given up and logged.
pub const MAX_ATTEMPTS: i64 = 12;
/// How long a worker holds a message it is sending.
const LEASE: SignedDuration = SignedDuration::from_mins(5);

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
pub async fn enqueue(conn: &mut SqliteConnection, message: &NewMessage) -> Result<(), sqlx::Error> {
    let now = Timestamp::now();
    let after = stamp(message.send_after.unwrap_or(now));
    let (name, kind, content) = message.attachment.clone().unzip3();
    sqlx::query(
        "INSERT INTO outbox (topic, kind, recipient, subject, body, attachment_name, attachment_type, attachment, \
         created_at, send_after, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&message.topic)
    .bind(message.kind)
    .bind(&message.recipient)
    .bind(&message.subject)
    .bind(&message.body)
    .bind(name)
    .bind(kind)
    .bind(content)
    .bind(stamp(now))
    .bind(&after)
    .bind(&after)
    .execute(conn)
    .await?;
    Ok(())
}

/// Voids the messages of `kind` about `topic` that were not sent yet (a reminder of a cancelled visit).
pub async fn void(
    conn: &mut SqliteConnection,
    topic: &str,
    kind: &str,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE outbox SET state = 'vervallen' WHERE topic = ? AND kind = ? AND state = 'wachtend'",
    )
    .bind(topic)
    .bind(kind)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// A sortable UTC text for an instant, to the second (`2026-11-28T14:05:00Z`).
pub fn stamp(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

trait Unzip3<A, B, C> {
    fn unzip3(self) -> (Option<A>, Option<B>, Option<C>);
}

impl<A, B, C> Unzip3<A, B, C> for Option<(A, B, C)> {
    fn unzip3(self) -> (Option<A>, Option<B>, Option<C>) {
        match self {
            Some((a, b, c)) => (Some(a), Some(b), Some(c)),
            None => (None, None, None),
        }
    }
}

/// Where messages go.
#[derive(Clone)]
pub enum Transport {
    /// One `<id>.eml` file per message in this folder.
    Files(PathBuf),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

#[derive(Clone)]
pub struct Mailer {
    pub transport: Transport,
    pub from: Mailbox,
    /// The domain in Message-IDs.
    pub domain: String,
}

impl Mailer {
    /// `smtp://host:port` (or `smtps://`, with credentials in the URL) for SMTP, else files in `dir`.
    pub fn new(smtp_url: Option<&str>, dir: PathBuf, from: &str) -> Result<Self, String> {
        let from: Mailbox = from.parse().map_err(|e| format!("sender {from:?}: {e}"))?;
        let domain = from.email.domain().to_string();
        let transport = match smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| format!("LOKET_SMTP_URL: {e}"))?
                    .timeout(Some(Duration::from_secs(30)))
                    .build(),
            ),
            None => Transport::Files(dir),
        };
        Ok(Self {
            transport,
            from,
            domain,
        })
    }
}

type Row = (
    i64,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    i64,
    String,
);

fn build(mailer: &Mailer, row: &Row) -> Result<Message, String> {
    let (id, recipient, subject, body, att_name, att_type, att, _, created_at) = row;
    let to: Mailbox = recipient.parse().map_err(|e| format!("recipient: {e}"))?;
    let created: Timestamp = created_at.parse().map_err(|e| format!("created_at: {e}"))?;
    let builder = Message::builder()
        .from(mailer.from.clone())
        .to(to)
        .subject(subject)
        // The same message keeps the same id on every attempt.
        .message_id(Some(format!(
            "<outbox-{id}-{}@{}>",
            created.as_second(),
            mailer.domain
        )));
    let text = SinglePart::plain(body.clone());
    let message = match (att_name, att_type, att) {
        (Some(name), Some(kind), Some(content)) => {
            let kind = ContentType::parse(kind).map_err(|e| format!("attachment type: {e}"))?;
            builder.multipart(
                MultiPart::mixed()
                    .singlepart(text)
                    .singlepart(Attachment::new(name.clone()).body(content.clone(), kind)),
            )
        }
        _ => builder.singlepart(text),
    };
    message.map_err(|e| format!("message: {e}"))
}

async fn send(mailer: &Mailer, id: i64, message: &Message) -> Result<(), String> {
    match &mailer.transport {
        Transport::Files(dir) => {
            let target = dir.join(format!("{id:010}.eml"));
            if tokio::fs::try_exists(&target).await.unwrap_or(false) {
                // Written before a restart, not marked yet: delivered, not again.
                return Ok(());
            }
            tokio::fs::create_dir_all(dir)
                .await
                .map_err(|e| format!("outbox folder: {e}"))?;
            let partial = dir.join(format!("{id:010}.eml.part"));
            tokio::fs::write(&partial, message.formatted())
                .await
                .map_err(|e| format!("write: {e}"))?;
            tokio::fs::rename(&partial, &target)
                .await
                .map_err(|e| format!("rename: {e}"))
        }
        Transport::Smtp(smtp) => smtp
            .send(message.clone())
            .await
            .map(|_| ())
            .map_err(|e| format!("smtp: {e}")),
    }
}

/// The wait after a failed attempt when `attempts` failed before it: 30 s, 1 min, 2 min, ... at most 6 hours.
pub fn backoff(attempts: i64) -> SignedDuration {
    let secs = 30i64.saturating_mul(1i64 << attempts.clamp(0, 20));
    SignedDuration::from_secs(secs.min(6 * 3600))
}

/// Delivers the messages due at `now`; returns how many went out.
pub async fn deliver_due(
    pool: &SqlitePool,
    mailer: &Mailer,
    now: Timestamp,
) -> Result<usize, sqlx::Error> {
    let now_text = stamp(now);
    let due: Vec<Row> = sqlx::query_as(
        "SELECT id, recipient, subject, body, attachment_name, attachment_type, attachment, attempts, created_at \
         FROM outbox WHERE state = 'wachtend' AND next_attempt_at <= ? ORDER BY id LIMIT 50",
    )
    .bind(&now_text)
    .fetch_all(pool)
    .await?;
    let mut sent = 0;
    for row in due {
        let (id, attempts) = (row.0, row.7);
        // Lease: only the worker that moves next_attempt_at forward sends it.
        let lease_until = stamp(now.checked_add(LEASE).unwrap_or(now));
        let leased = sqlx::query(
            "UPDATE outbox SET next_attempt_at = ? WHERE id = ? AND state = 'wachtend' AND next_attempt_at <= ?",
        )
        .bind(&lease_until)
        .bind(id)
        .bind(&now_text)
        .execute(pool)
        .await?;
        if leased.rows_affected() != 1 {
            continue;
        }
        let outcome = match build(mailer, &row) {
            Ok(message) => send(mailer, id, &message).await,
            Err(e) => Err(e),
        };
        match outcome {
            Ok(()) => {
                sqlx::query(
                    "UPDATE outbox SET state = 'verzonden', sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?",
                )
                .bind(stamp(Timestamp::now()))
                .bind(id)
                .execute(pool)
                .await?;
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
                sqlx::query(
                    "UPDATE outbox SET attempts = ?, next_attempt_at = ?, state = ?, last_error = ? WHERE id = ?",
                )
                .bind(attempts)
                .bind(stamp(next))
                .bind(state)
                .bind(&error)
                .bind(id)
                .execute(pool)
                .await?;
            }
        }
    }
    Ok(sent)
}

/// Delivers due messages every `every`, for as long as the server runs.
pub fn spawn_worker(pool: SqlitePool, mailer: Mailer, every: Duration) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        loop {
            tick.tick().await;
            if let Err(e) = deliver_due(&pool, &mailer, Timestamp::now()).await {
                tracing::error!(error = %e, "outbox worker");
            }
        }
    });
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
