//! Submissions: a complete request stored exactly once, with its reference, a
//! secret link for "Mijn aanvraag", the first entry of its history, and the
//! messages that confirm it (written in the same transaction).

use crate::outbox::{self, NewMessage};
use app::domain::RequestStatus;
use serde::{Deserialize, Serialize};

use crate::services::drafts::{self, DraftId};
use crate::services::person_keys;
use crate::services::references::new_reference;
use crate::store::{self, Store, submissions, uploads};
use crate::time;

/// One submission per sent draft of this product.
pub fn draft_key(id: &DraftId, product: &app::catalogue::Product) -> String {
    format!("{}/{}", id.as_str(), product.slug)
}

/// A sent form as stored: the typed answers for the back office and the copy
/// in both languages, exactly as the resident confirmed it (Wmebv).
#[derive(Serialize, Deserialize)]
pub struct StoredForm {
    pub values: Vec<(String, app::form::Value)>,
    pub summary: std::collections::BTreeMap<String, Vec<app::journey::SummaryRow>>,
    /// The language the resident used; messages later go in it.
    pub lang: String,
    pub email: Option<String>,
}

/// What to store for one sent form.
pub struct NewSubmission<'a> {
    /// The product's slug ("verhuizing", "uittreksel-brp").
    pub product: &'a str,
    pub prefix: &'a str,
    /// Unique per sent draft: a double click or a resent POST finds the first one.
    pub key: String,
    /// The draft's journey, emptied once the answers live in the submission.
    pub journey: &'a str,
    pub answers: String,
    /// A pickup day this request takes, and how many one day takes.
    pub capacity: Option<(String, i64)>,
    /// Photos sent with it (ids in `uploads`).
    pub photos: Vec<String>,
    /// The KCC agent who completed it with the resident on the phone, and the
    /// callback request it came from: stored with channel `telefoon`.
    pub registered_by: Option<(i64, &'a str)>,
    /// Sent in the assisted mode at this library: stored with channel `bibliotheek`.
    pub library: Option<&'a str>,
}

/// What became of a sent form.
#[derive(Debug, PartialEq, Eq)]
pub enum Sent {
    /// Stored (now or before) under this reference.
    Stored(String),
    /// The pickup day it asks for has no room left: nothing was stored.
    Full,
}

/// The stored row, as the confirmation and status pages need it.
pub struct Stored {
    pub reference: String,
    pub token: Option<String>,
    pub answers: String,
    pub received_at: jiff::Zoned,
    pub channel: String,
}

/// Stores the submission, or finds the one stored before with the same key.
/// `messages` gets the reference and the secret token.
pub async fn store(
    store: &Store,
    draft_id: &DraftId,
    new: &NewSubmission<'_>,
    messages: impl Fn(&str, &str) -> Vec<NewMessage>,
) -> Result<Sent, sqlx::Error> {
    let received_at = time::now().to_string();
    for _ in 0..5 {
        let reference = new_reference(new.prefix);
        let token = drafts::random_hex();
        let token_key = crate::services::secret_key::key(&token);
        let mut tx = store.begin().await?;
        // The insert comes first, so on SQLite this transaction takes the write
        // lock at once and waits (busy_timeout) instead of failing on a lock upgrade.
        let row = submissions::Insert {
            reference: reference.as_str(),
            product: new.product,
            draft_key: &new.key,
            answers: &new.answers,
            received_at: &received_at,
            token: &token,
            token_key: &token_key,
            channel: if new.registered_by.is_some() {
                "telefoon"
            } else if new.library.is_some() {
                "bibliotheek"
            } else {
                "online"
            },
            registered_by: new.registered_by,
            library: new.library,
        };
        match submissions::insert(&mut tx, &row).await {
            Ok(Some(id)) => {
                if let Some((day, per_day)) = &new.capacity {
                    // Until commit, no other request counts this day's places
                    // (SQLite: the write lock since the insert; PostgreSQL: a
                    // lock on the product and day): never more than the day takes.
                    store
                        .lock(&mut tx, &format!("pickup:{}:{day}", new.product))
                        .await?;
                    if submissions::pickups_taken(&mut tx, new.product, day).await? >= *per_day {
                        tx.rollback().await?;
                        return Ok(Sent::Full);
                    }
                    submissions::take_pickup(&mut tx, new.product, day, id).await?;
                }
                for photo in &new.photos {
                    uploads::attach(&mut tx, photo, id).await?;
                }
                let terms = person_keys::terms_of_stored(new.product, &new.answers);
                person_keys::index_in(&mut tx, reference.as_str(), person_keys::REQUEST, &terms)
                    .await?;
                submissions::add_event(&mut tx, id, RequestStatus::Received, None, &received_at)
                    .await?;
                for message in messages(reference.as_str(), &token) {
                    outbox::enqueue(&mut tx, &message).await?;
                }
                // The answers now live in the submission; the draft keeps none of them.
                store::drafts::empty(&mut tx, draft_id, new.journey).await?;
                tx.commit().await?;
                return Ok(Sent::Stored(reference.as_str().to_string()));
            }
            Ok(None) => {
                tx.rollback().await?;
                if let Some(found) = find(store, &new.key).await? {
                    return Ok(Sent::Stored(found.reference));
                }
            }
            // Another request for this draft won the race, or (1 in 10^11) the reference clashed.
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                tx.rollback().await?;
                if let Some(found) = find(store, &new.key).await? {
                    return Ok(Sent::Stored(found.reference));
                }
            }
            Err(e) => return Err(e),
        }
    }
    Err(sqlx::Error::Protocol(
        "no free reference after 5 tries".into(),
    ))
}

/// The submission stored under this key, if any.
pub async fn find(store: &Store, key: &str) -> Result<Option<Stored>, sqlx::Error> {
    Ok(submissions::find(store, key).await?.and_then(|row| {
        Some(Stored {
            reference: row.reference,
            token: row.token,
            answers: row.answers,
            received_at: row.received_at.parse().ok()?,
            channel: row.channel,
        })
    }))
}

/// Of these days, the ones with room, and how many places each has left.
pub async fn free_pickup_days(
    store: &Store,
    product: &str,
    days: &[jiff::civil::Date],
    per_day: i64,
) -> Result<Vec<(jiff::civil::Date, i64)>, sqlx::Error> {
    let (Some(first), Some(last)) = (days.first(), days.last()) else {
        return Ok(Vec::new());
    };
    let taken =
        submissions::pickups_per_day(store, product, &first.to_string(), &last.to_string()).await?;
    Ok(days
        .iter()
        .map(|day| {
            let used = taken
                .iter()
                .find(|(d, _)| *d == day.to_string())
                .map_or(0, |(_, n)| *n);
            (*day, per_day - used)
        })
        .filter(|(_, free)| *free > 0)
        .collect())
}
