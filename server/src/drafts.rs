//! Drafts: a journey's answers kept on the server, found through an opaque,
//! random id in an HttpOnly cookie. A draft expires 24 hours after its last change.

use std::time::Duration;

use rand::RngCore;
use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::SqlitePool;

pub const COOKIE: &str = "loket_concept";
/// Behind HTTPS every cookie carries this prefix: the browser then only accepts it
/// over HTTPS, for the whole site and from this host (no `Domain`).
pub const SECURE_PREFIX: &str = "__Host-";
pub const LIFETIME_SECS: i64 = 24 * 60 * 60;
/// The journeys a draft can belong to; one draft per journey per browser.
pub const CALLBACK: &str = "terugbellen";
pub const VISIT: &str = "afspraak";
pub const REPORT: &str = "melding";

/// A draft id: 128 random bits as 32 lower-case hex digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftId(String);

impl DraftId {
    pub fn new() -> Self {
        let mut bytes = [0u8; 16];
        rand::rng().fill_bytes(&mut bytes);
        Self(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    /// Anything that is not exactly the shape we issue is ignored (a fresh draft starts).
    pub fn parse(raw: &str) -> Option<Self> {
        (raw.len() == 32 && raw.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
            .then(|| Self(raw.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The name a cookie of ours gets: with the `__Host-` prefix behind HTTPS.
pub fn cookie_name(name: &str, secure: bool) -> String {
    if secure {
        format!("{SECURE_PREFIX}{name}")
    } else {
        name.to_string()
    }
}

/// The draft id this browser sent, under either name (a deployment that just
/// moved to HTTPS still has the old one).
pub fn id_from(jar: &axum_extra::extract::CookieJar) -> Option<DraftId> {
    jar.get(&cookie_name(COOKIE, true))
        .or_else(|| jar.get(COOKIE))
        .and_then(|c| DraftId::parse(c.value()))
}

fn unix_now() -> i64 {
    jiff::Timestamp::now().as_second()
}

/// A random value for one-time use (form nonces, secret links): 128 bits as hex.
pub fn random_hex() -> String {
    DraftId::new().0
}

/// Loads a draft of this journey that exists and has not expired.
pub async fn load<T: DeserializeOwned + Default>(
    pool: &SqlitePool,
    id: &DraftId,
    journey: &str,
) -> Result<Option<T>, sqlx::Error> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT answers FROM drafts WHERE id = ? AND journey = ? AND updated_at > ?",
    )
    .bind(id.as_str())
    .bind(journey)
    .bind(unix_now() - LIFETIME_SECS)
    .fetch_optional(pool)
    .await?;
    // A draft written by an older version that no longer parses starts fresh rather than failing.
    Ok(row.map(|(json,)| serde_json::from_str(&json).unwrap_or_default()))
}

pub async fn save<T: Serialize>(
    pool: &SqlitePool,
    id: &DraftId,
    journey: &str,
    draft: &T,
) -> Result<(), sqlx::Error> {
    let json = serde_json::to_string(draft).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let now = unix_now();
    sqlx::query(
        "INSERT INTO drafts (id, journey, answers, created_at, updated_at) VALUES (?, ?, ?, ?, ?) \
         ON CONFLICT (id, journey) DO UPDATE SET answers = excluded.answers, updated_at = excluded.updated_at",
    )
    .bind(id.as_str())
    .bind(journey)
    .bind(json)
    .bind(now)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(())
}

/// Removes expired drafts, so answers are not kept longer than needed (AVG).
pub async fn purge_expired(pool: &SqlitePool) -> Result<u64, sqlx::Error> {
    let result = sqlx::query("DELETE FROM drafts WHERE updated_at <= ?")
        .bind(unix_now() - LIFETIME_SECS)
        .execute(pool)
        .await?;
    Ok(result.rows_affected())
}

pub fn spawn_cleanup(pool: SqlitePool) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(15 * 60));
        loop {
            tick.tick().await;
            match purge_expired(&pool).await {
                Ok(n) if n > 0 => tracing::info!(removed = n, "expired drafts removed"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "could not remove expired drafts"),
            }
            match crate::photos::purge_unsent(&pool).await {
                Ok(n) if n > 0 => tracing::info!(removed = n, "unsent photos removed"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "could not remove unsent photos"),
            }
            match crate::saved::purge_expired(&pool).await {
                Ok(n) if n > 0 => tracing::info!(removed = n, "expired saved forms removed"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "could not remove expired saved forms"),
            }
        }
    });
}
