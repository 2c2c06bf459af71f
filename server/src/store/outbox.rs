//! The outbox: messages written in the same transaction as what they confirm,
//! delivered by a worker that leases each one before it sends it.

use super::{Conn, Store};

/// What one message writes; times as sortable UTC text (`outbox::stamp`).
pub struct Insert<'a> {
    pub topic: &'a str,
    pub kind: &'a str,
    pub recipient: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub attachment: Option<(&'a str, &'a str, &'a str)>,
    pub created_at: &'a str,
    pub send_after: &'a str,
}

/// Inside the caller's transaction.
pub async fn insert(conn: &mut Conn, row: &Insert<'_>) -> Result<(), sqlx::Error> {
    let (name, kind, content) = match row.attachment {
        Some((n, k, c)) => (Some(n), Some(k), Some(c)),
        None => (None, None, None),
    };
    sqlx::query(
        "INSERT INTO outbox (topic, kind, recipient, subject, body, attachment_name, attachment_type, attachment, \
         created_at, send_after, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(row.topic)
    .bind(row.kind)
    .bind(row.recipient)
    .bind(row.subject)
    .bind(row.body)
    .bind(name)
    .bind(kind)
    .bind(content)
    .bind(row.created_at)
    .bind(row.send_after)
    .bind(row.send_after)
    .execute(conn)
    .await?;
    Ok(())
}

/// Voids the messages of `kind` about `topic` not sent yet; how many.
pub async fn void(conn: &mut Conn, topic: &str, kind: &str) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE outbox SET state = 'vervallen' WHERE topic = $1 AND kind = $2 AND state = 'wachtend'",
    )
    .bind(topic)
    .bind(kind)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// Whether a message of `kind` about `topic` was written before (in any state).
pub async fn written(conn: &mut Conn, topic: &str, kind: &str) -> Result<bool, sqlx::Error> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE topic = $1 AND kind = $2")
        .bind(topic)
        .bind(kind)
        .fetch_one(conn)
        .await?;
    Ok(n > 0)
}

/// A message due for delivery: id, recipient, subject, body, attachment name,
/// type and content, attempts so far, created at.
pub type Due = (
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

/// Up to `limit` messages waiting and due at `now`, oldest first.
pub async fn due(store: &Store, now: &str, limit: i64) -> Result<Vec<Due>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, recipient, subject, body, attachment_name, attachment_type, attachment, attempts, created_at \
         FROM outbox WHERE state = 'wachtend' AND next_attempt_at <= $1 ORDER BY id LIMIT $2",
    )
    .bind(now)
    .bind(limit)
    .fetch_all(store.pool())
    .await
}

/// Takes a due message for this worker until `until`; false when another
/// worker took it first. One conditional `UPDATE`: on PostgreSQL the second of
/// two servers waits for the first's row lock, then finds the condition false.
pub async fn lease(store: &Store, id: i64, now: &str, until: &str) -> Result<bool, sqlx::Error> {
    let leased = sqlx::query(
        "UPDATE outbox SET next_attempt_at = $1 WHERE id = $2 AND state = 'wachtend' AND next_attempt_at <= $3",
    )
    .bind(until)
    .bind(id)
    .bind(now)
    .execute(store.pool())
    .await?;
    Ok(leased.rows_affected() == 1)
}

pub async fn mark_sent(store: &Store, id: i64, at: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE outbox SET state = 'verzonden', sent_at = $1, attempts = attempts + 1, last_error = NULL WHERE id = $2",
    )
    .bind(at)
    .bind(id)
    .execute(store.pool())
    .await?;
    Ok(())
}

/// A failed attempt: how many so far, when to try again, the new state, the error.
pub async fn mark_failed(
    store: &Store,
    id: i64,
    attempts: i64,
    next: &str,
    state: &str,
    error: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE outbox SET attempts = $1, next_attempt_at = $2, state = $3, last_error = $4 WHERE id = $5",
    )
    .bind(attempts)
    .bind(next)
    .bind(state)
    .bind(error)
    .bind(id)
    .execute(store.pool())
    .await?;
    Ok(())
}
