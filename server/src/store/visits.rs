//! Counter visits (`visits`): what is booked per location and day, the visit
//! behind a secret link, and the changes a booking, move or cancel makes.

use super::{Conn, Store};

/// Start and end minute of a booked visit.
pub type Interval = (i64, i64);

/// Inside a transaction: the booked visits of a location on a day.
pub async fn booked_intervals(
    conn: &mut Conn,
    location: &str,
    day: &str,
) -> Result<Vec<Interval>, sqlx::Error> {
    sqlx::query_as(
        "SELECT start_minute, end_minute FROM visits WHERE location = $1 AND day = $2 AND state = 'geboekt'",
    )
    .bind(location)
    .bind(day)
    .fetch_all(conn)
    .await
}

/// The booked visits of a location from `from` to `to`: day, start, end.
pub async fn booked_between(
    store: &Store,
    location: &str,
    from: &str,
    to: &str,
) -> Result<Vec<(String, i64, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT day, start_minute, end_minute FROM visits WHERE location = $1 AND day >= $2 AND day <= $3 AND state = 'geboekt'",
    )
    .bind(location)
    .bind(from)
    .bind(to)
    .fetch_all(store.pool())
    .await
}

/// What one booking writes.
pub struct Insert<'a> {
    pub reference: &'a str,
    pub token: &'a str,
    pub token_key: &'a str,
    pub location: &'a str,
    pub day: &'a str,
    pub start: i64,
    pub end: i64,
    pub products: &'a str,
    pub name: &'a str,
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub created_at: &'a str,
    pub nonce: Option<&'a str>,
    pub origin_product: Option<&'a str>,
    pub origin_step: Option<&'a str>,
    pub shared_answers: Option<&'a str>,
    pub survey_lang: Option<&'a str>,
    /// Booked in the assisted mode: library, volunteer, note.
    pub helped: Option<(&'a str, &'a str, Option<&'a str>)>,
}

pub async fn insert(conn: &mut Conn, row: &Insert<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO visits (reference, token, token_key, location, day, start_minute, end_minute, products, name, email, phone, created_at, state, nonce, \
         origin_product, origin_step, shared_answers, survey_lang, library, helper, helper_note) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'geboekt', $13, $14, $15, $16, $17, $18, $19, $20)",
    )
    .bind(row.reference)
    .bind(row.token)
    .bind(row.token_key)
    .bind(row.location)
    .bind(row.day)
    .bind(row.start)
    .bind(row.end)
    .bind(row.products)
    .bind(row.name)
    .bind(row.email)
    .bind(row.phone)
    .bind(row.created_at)
    .bind(row.nonce)
    .bind(row.origin_product)
    .bind(row.origin_step)
    .bind(row.shared_answers)
    .bind(row.survey_lang)
    .bind(row.helped.map(|h| h.0))
    .bind(row.helped.map(|h| h.1))
    .bind(row.helped.and_then(|h| h.2))
    .execute(conn)
    .await?;
    Ok(())
}

/// Reference and token of the visit booked with this check-page nonce.
pub async fn with_nonce(
    conn: &mut Conn,
    nonce: &str,
) -> Result<Option<(String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT reference, token FROM visits WHERE nonce = $1")
        .bind(nonce)
        .fetch_optional(conn)
        .await
}

/// Cancels the booked visit with this token key, noting the token of the one
/// that replaces it (if any); its reference, or `None` when nothing was booked.
pub async fn cancel(
    conn: &mut Conn,
    token_key: &str,
    replaced_by: Option<&str>,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_as::<_, (String,)>(
        "UPDATE visits SET state = 'geannuleerd', replaced_by = COALESCE($1, replaced_by) \
         WHERE token_key = $2 AND state = 'geboekt' RETURNING reference",
    )
    .bind(replaced_by)
    .bind(token_key)
    .fetch_optional(conn)
    .await
    .map(|row| row.map(|(r,)| r))
}

/// The columns the visit's own page shows.
pub type ViewRow = (
    String,
    String,
    String,
    i64,
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    Option<String>,
);

/// Reference, location, day, start, end, products, name, email, phone, state
/// and replacing token of the visit with this token key.
pub async fn by_token_key(store: &Store, token_key: &str) -> Result<Option<ViewRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT reference, location, day, start_minute, end_minute, products, name, email, phone, state, replaced_by \
         FROM visits WHERE token_key = $1",
    )
    .bind(token_key)
    .fetch_optional(store.pool())
    .await
}

/// The language to ask the satisfaction question in after the visit with
/// this token key; `None` when the resident did not agree (or no such visit).
pub async fn survey_lang(store: &Store, token_key: &str) -> Result<Option<String>, sqlx::Error> {
    Ok(sqlx::query_scalar::<_, Option<String>>(
        "SELECT survey_lang FROM visits WHERE token_key = $1",
    )
    .bind(token_key)
    .fetch_optional(store.pool())
    .await?
    .flatten())
}

/// What asking after a visit needs: token, name, e-mail address, language,
/// location and products; only for a visit whose resident agreed.
pub type SurveyRow = (String, String, String, String, String, String);

pub async fn survey_of(conn: &mut Conn, reference: &str) -> Result<Option<SurveyRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT token, name, email, survey_lang, location, products FROM visits \
         WHERE reference = $1 AND survey_lang IS NOT NULL AND email IS NOT NULL",
    )
    .bind(reference)
    .fetch_optional(conn)
    .await
}
