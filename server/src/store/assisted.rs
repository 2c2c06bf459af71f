//! Assisted sessions (helped at the library): started, agreed, seen, and
//! wiped with the drafts of their visit. Times are Unix seconds.

use super::{Conn, Store};

/// A session as found: library, helper, draft id, agreed, last seen, wiped.
pub type Row = (String, String, String, i64, i64, Option<i64>);

pub async fn start(
    store: &Store,
    key: &str,
    (library, helper): (&str, &str),
    draft_id: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO assisted_sessions (key, library, helper, draft_id, consented, started_at, seen_at) \
         VALUES ($1, $2, $3, $4, 0, $5, $5)",
    )
    .bind(key)
    .bind(library)
    .bind(helper)
    .bind(draft_id)
    .bind(now)
    .execute(store.pool())
    .await
    .map(|_| ())
}

pub async fn find(store: &Store, key: &str) -> Result<Option<Row>, sqlx::Error> {
    sqlx::query_as(
        "SELECT library, helper, draft_id, consented, seen_at, wiped_at FROM assisted_sessions WHERE key = $1",
    )
    .bind(key)
    .fetch_optional(store.pool())
    .await
}

/// The resident agreed.
pub async fn agree(store: &Store, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE assisted_sessions SET consented = 1 WHERE key = $1 AND wiped_at IS NULL")
        .bind(key)
        .execute(store.pool())
        .await
        .map(|_| ())
}

/// Activity: the idle time starts again (not for a wiped session).
pub async fn seen(store: &Store, key: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE assisted_sessions SET seen_at = $2 WHERE key = $1 AND wiped_at IS NULL")
        .bind(key)
        .bind(now)
        .execute(store.pool())
        .await
        .map(|_| ())
}

/// Notes a draft id the visit's browser uses (once).
pub async fn uses_draft(store: &Store, key: &str, draft_id: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO assisted_drafts (session_key, draft_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
    )
    .bind(key)
    .bind(draft_id)
    .execute(store.pool())
    .await
    .map(|_| ())
}

/// The draft ids of the sessions `keys` select (a `WHERE` on `assisted_sessions`).
const DRAFTS_OF: &str = "SELECT draft_id FROM assisted_drafts WHERE session_key IN (SELECT key FROM assisted_sessions WHERE {w}) \
     UNION SELECT draft_id FROM assisted_sessions WHERE {w}";

/// The drafts of the visit with `key`: journey and answers (to find their photos).
pub async fn drafts_of(conn: &mut Conn, key: &str) -> Result<Vec<(String, String)>, sqlx::Error> {
    let ids = DRAFTS_OF.replace("{w}", "key = $1");
    sqlx::query_as(&format!(
        "SELECT journey, answers FROM drafts WHERE id IN ({ids})"
    ))
    .bind(key)
    .fetch_all(&mut *conn)
    .await
}

/// Removes every draft of the visit and then the session ("Klaar").
pub async fn end(conn: &mut Conn, key: &str) -> Result<(), sqlx::Error> {
    let ids = DRAFTS_OF.replace("{w}", "key = $1");
    sqlx::query(&format!("DELETE FROM drafts WHERE id IN ({ids})"))
        .bind(key)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM assisted_drafts WHERE session_key = $1")
        .bind(key)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM assisted_sessions WHERE key = $1")
        .bind(key)
        .execute(&mut *conn)
        .await
        .map(|_| ())
}

/// The keys of the visits idle since `before` and not wiped yet.
pub async fn idle(conn: &mut Conn, before: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT key FROM assisted_sessions WHERE wiped_at IS NULL AND seen_at <= $1")
        .bind(before)
        .fetch_all(&mut *conn)
        .await
}

/// Wipes the visits idle since `before`: their drafts go, the session is
/// marked wiped (so the next page says why); how many.
pub async fn wipe_idle(conn: &mut Conn, before: i64, now: i64) -> Result<u64, sqlx::Error> {
    let ids = DRAFTS_OF.replace("{w}", "wiped_at IS NULL AND seen_at <= $1");
    sqlx::query(&format!("DELETE FROM drafts WHERE id IN ({ids})"))
        .bind(before)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "DELETE FROM assisted_drafts WHERE session_key IN \
         (SELECT key FROM assisted_sessions WHERE wiped_at IS NULL AND seen_at <= $1)",
    )
    .bind(before)
    .execute(&mut *conn)
    .await?;
    Ok(sqlx::query(
        "UPDATE assisted_sessions SET wiped_at = $2, helper = '' WHERE wiped_at IS NULL AND seen_at <= $1",
    )
    .bind(before)
    .bind(now)
    .execute(&mut *conn)
    .await?
    .rows_affected())
}

/// Forgets wiped sessions after `before` (a day: their page has been seen or never will be).
pub async fn forget_wiped(store: &Store, before: i64) -> Result<u64, sqlx::Error> {
    Ok(
        sqlx::query("DELETE FROM assisted_sessions WHERE wiped_at IS NOT NULL AND wiped_at < $1")
            .bind(before)
            .execute(store.pool())
            .await?
            .rows_affected(),
    )
}
