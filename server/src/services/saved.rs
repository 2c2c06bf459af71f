//! "Opslaan en later verder": a snapshot of a form's answers under a resume
//! code of 8 characters without look-alikes, kept 30 days. The code is the key:
//! typed on `/verder` (or opened from the emailed link) it puts the answers back
//! into the browser's draft, on any device. The database holds only the code's
//! key (`secret_key`): a code is looked up by its SHA-256, never by itself.

use app::domain::REFERENCE_ALPHABET;

use rand::Rng;

use crate::services::secret_key::key;
use crate::store::Store;
use crate::store::saved::{self, LIFETIME_SECS};

pub const CODE_CHARS: usize = 8;

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
    store: &Store,
    code: Option<&str>,
    journey: &str,
    answers: &str,
) -> Result<(String, i64), sqlx::Error> {
    let expires = jiff::Timestamp::now().as_second() + LIFETIME_SECS;
    if let Some(code) = code
        && saved::update(store, &key(code), journey, answers, expires).await?
    {
        return Ok((code.to_string(), expires));
    }
    for _ in 0..5 {
        let code = new_code();
        if saved::insert(store, &key(&code), journey, answers, expires).await? {
            return Ok((code, expires));
        }
    }
    Err(sqlx::Error::Protocol(
        "no free resume code after 5 tries".into(),
    ))
}

/// The journey and answers saved under a code that has not expired.
pub async fn load(store: &Store, code: &str) -> Result<Option<(String, String)>, sqlx::Error> {
    saved::load(store, &key(code)).await
}

/// Until when a code is kept (unix seconds), if it is.
pub async fn expires_at(store: &Store, code: &str) -> Result<Option<i64>, sqlx::Error> {
    saved::expires_at(store, &key(code)).await
}

/// A sent form needs its saved copy no more.
pub async fn forget(store: &Store, code: &str) -> Result<(), sqlx::Error> {
    saved::forget(store, &key(code)).await
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
