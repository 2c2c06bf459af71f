//! "Opslaan en later verder": a snapshot of a form's answers under a resume
//! code of 8 characters without look-alikes, kept 30 days. The code is the key:
//! typed on `/verder` (or opened from the emailed link) it puts the answers back
//! into the browser's draft, on any device. The database holds only the code's
//! key (`secret_key`): a code is looked up by its SHA-256, never by itself.

use app::domain::REFERENCE_ALPHABET;

use crate::secret_key::key;
use rand::Rng;
use sqlx::SqlitePool;

/// How long a saved form is kept.
pub const LIFETIME_DAYS: i64 = 30;
const LIFETIME_SECS: i64 = LIFETIME_DAYS * 24 * 60 * 60;
pub const CODE_CHARS: usize = 8;

fn unix_now() -> i64 {
    jiff::Timestamp::now().as_second()
}

/// A new code: 8 characters drawn uniformly from the alphabet without look-alikes.
pub fn new_code() -> String {
    let mut rng = rand::rng();
    (0..CODE_CHARS)
        .map(|_| char::from(REFERENCE_ALPHABET[rng.random_range(0..REFERENCE_ALPHABET.len())]))
        .collect()
}

/// A code as people type it ("7kq4 m2xd", "7KQ4-M2XD"), or none when it cannot be one.
pub fn normalise(raw: &str) -> Option<String> {
    let code: String = raw
        .chars()
        .filter(|c| !matches!(c, ' ' | '-'))
        .take(CODE_CHARS + 1)
        .collect::<String>()
        .to_ascii_uppercase();
    (code.len() == CODE_CHARS && code.bytes().all(|b| REFERENCE_ALPHABET.contains(&b)))
        .then_some(code)
}

/// "7KQ4 M2XD": two groups of four, easier to read and copy.
pub fn display(code: &str) -> String {
    if code.len() == CODE_CHARS {
        format!("{} {}", &code[..4], &code[4..])
    } else {
        code.to_string()
    }
}

/// Saves the answers under `code` (a save from before) or a new code; returns
/// the code and until when it is kept (unix seconds).
pub async fn save(
    pool: &SqlitePool,
    code: Option<&str>,
    journey: &str,
    answers: &str,
) -> Result<(String, i64), sqlx::Error> {
    let now = unix_now();
    let expires = now + LIFETIME_SECS;
    if let Some(code) = code {
        let updated = sqlx::query(
            "UPDATE saved_drafts SET answers = ?, updated_at = ?, expires_at = ? WHERE code = ? AND journey = ?",
        )
        .bind(answers)
        .bind(now)
        .bind(expires)
        .bind(key(code))
        .bind(journey)
        .execute(pool)
        .await?;
        if updated.rows_affected() == 1 {
            return Ok((code.to_string(), expires));
        }
    }
    for _ in 0..5 {
        let code = new_code();
        let inserted = sqlx::query(
            "INSERT INTO saved_drafts (code, journey, answers, created_at, updated_at, expires_at) \
             VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING",
        )
        .bind(key(&code))
        .bind(journey)
        .bind(answers)
        .bind(now)
        .bind(now)
        .bind(expires)
        .execute(pool)
        .await?;
        if inserted.rows_affected() == 1 {
            return Ok((code, expires));
        }
    }
    Err(sqlx::Error::Protocol(
        "no free resume code after 5 tries".into(),
    ))
}

/// The journey and answers saved under a code that has not expired.
pub async fn load(pool: &SqlitePool, code: &str) -> Result<Option<(String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT journey, answers FROM saved_drafts WHERE code = ? AND expires_at > ?")
        .bind(key(code))
        .bind(unix_now())
        .fetch_optional(pool)
        .await
}

/// Until when a code is kept (unix seconds), if it is.
pub async fn expires_at(pool: &SqlitePool, code: &str) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_as::<_, (i64,)>(
        "SELECT expires_at FROM saved_drafts WHERE code = ? AND expires_at > ?",
    )
    .bind(key(code))
    .bind(unix_now())
    .fetch_optional(pool)
    .await
    .map(|row| row.map(|(t,)| t))
}

/// A sent form needs its saved copy no more.
pub async fn forget(pool: &SqlitePool, code: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM saved_drafts WHERE code = ?")
        .bind(key(code))
        .execute(pool)
        .await?;
    Ok(())
}

/// Removes saved forms past their 30 days (AVG: kept no longer than promised).
pub async fn purge_expired(pool: &SqlitePool) -> Result<u64, sqlx::Error> {
    let result = sqlx::query("DELETE FROM saved_drafts WHERE expires_at <= ?")
        .bind(unix_now())
        .execute(pool)
        .await?;
    Ok(result.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_no_look_alikes_and_are_read_as_typed() {
        for _ in 0..200 {
            let code = new_code();
            assert_eq!(code.len(), CODE_CHARS);
            assert!(
                !code.contains(['0', 'O', '1', 'I', 'L', '5', 'S', '8', 'B', 'U', 'V']),
                "{code}"
            );
            assert_eq!(
                normalise(&display(&code).to_lowercase()),
                Some(code.clone())
            );
        }
        assert_eq!(normalise("7kq4-m2xd"), Some("7KQ4M2XD".into()));
        assert_eq!(normalise(" 7KQ4 M2XD "), Some("7KQ4M2XD".into()));
        for wrong in ["", "7KQ4", "7KQ4M2XDA", "7KQ4M2X0", "ABCDEFGH", "7KQ4M2X!"] {
            assert_eq!(normalise(wrong), None, "{wrong}");
        }
    }
}
