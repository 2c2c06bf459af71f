//! What a resident can be found by (`person_keys`): keyed hashes of their
//! terms beside each request, callback request and visit; the look-up by
//! those hashes; and the records whose keys were never written (made before
//! the table existed), for the start-up indexing.

use super::{Conn, Store};

/// Inside the record's transaction: its keys (or `-` when it has none).
pub async fn add(
    conn: &mut Conn,
    reference: &str,
    kind: &str,
    keys: &[String],
) -> Result<(), sqlx::Error> {
    let none = ["-".to_string()];
    let keys = if keys.is_empty() { &none[..] } else { keys };
    for key in keys {
        sqlx::query(
            "INSERT INTO person_keys (reference, record_kind, key) VALUES ($1, $2, $3) \
             ON CONFLICT (reference, key) DO NOTHING",
        )
        .bind(reference)
        .bind(kind)
        .bind(key)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// The records that have every one of `keys` (at most 4): reference and kind.
pub async fn having_all(
    store: &Store,
    keys: &[String],
) -> Result<Vec<(String, String)>, sqlx::Error> {
    if keys.is_empty() || keys.len() > 4 {
        return Ok(Vec::new());
    }
    let marks: Vec<String> = (1..=keys.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT reference, record_kind FROM person_keys WHERE key IN ({}) \
         GROUP BY reference, record_kind HAVING COUNT(DISTINCT key) = {} LIMIT 200",
        marks.join(", "),
        keys.len()
    );
    let mut query = sqlx::query_as(&sql);
    for key in keys {
        query = query.bind(key);
    }
    query.fetch_all(store.pool()).await
}

/// Callback requests without keys: reference, name, phone, e-mail.
pub async fn unindexed_callbacks(
    store: &Store,
) -> Result<Vec<(String, String, String, Option<String>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.reference, c.name, c.phone, c.email FROM callback_requests c \
         WHERE NOT EXISTS (SELECT 1 FROM person_keys p WHERE p.reference = c.reference) LIMIT 500",
    )
    .fetch_all(store.pool())
    .await
}

/// Visits without keys: reference, name, e-mail, phone.
pub async fn unindexed_visits(
    store: &Store,
) -> Result<Vec<(String, String, Option<String>, Option<String>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT v.reference, v.name, v.email, v.phone FROM visits v \
         WHERE NOT EXISTS (SELECT 1 FROM person_keys p WHERE p.reference = v.reference) LIMIT 500",
    )
    .fetch_all(store.pool())
    .await
}

/// Requests with answers and without keys: reference, product, answers (JSON).
pub async fn unindexed_submissions(
    store: &Store,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.reference, s.product, s.answers FROM submissions s WHERE s.answers_removed_at IS NULL \
         AND NOT EXISTS (SELECT 1 FROM person_keys p WHERE p.reference = s.reference) LIMIT 500",
    )
    .fetch_all(store.pool())
    .await
}

/// One line of a search result: kind, reference, when, what about, state.
pub type Found = (String, String, String, String, String);

/// The summary of each record, by kind; unknown references are left out.
pub async fn summaries(
    store: &Store,
    records: &[(String, String)],
) -> Result<Vec<Found>, sqlx::Error> {
    let mut found = Vec::new();
    for (reference, kind) in records {
        let sql = match kind.as_str() {
            "aanvraag" => {
                "SELECT 'aanvraag', reference, received_at, product, status FROM submissions WHERE reference = $1"
            }
            "terugbelverzoek" => {
                "SELECT 'terugbelverzoek', reference, created_at, topic, state FROM callback_requests WHERE reference = $1"
            }
            "afspraak" => {
                "SELECT 'afspraak', reference, created_at, products, state FROM visits WHERE reference = $1"
            }
            _ => continue,
        };
        if let Some(row) = sqlx::query_as::<_, Found>(sql)
            .bind(reference)
            .fetch_optional(store.pool())
            .await?
        {
            found.push(row);
        }
    }
    Ok(found)
}
