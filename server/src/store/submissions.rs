//! Submissions (a sent form), their history (`submission_events`) and the
//! pickup places they take (`pickups`).

use app::domain::RequestStatus;

use super::{Conn, Store};

/// The stored row, as the confirmation and status pages need it.
pub struct Row {
    pub reference: String,
    pub token: Option<String>,
    pub answers: String,
    pub received_at: String,
    /// `online`, or `telefoon` when an agent filled it in.
    pub channel: String,
}

/// What one insert writes.
pub struct Insert<'a> {
    pub reference: &'a str,
    pub product: &'a str,
    pub draft_key: &'a str,
    pub answers: &'a str,
    pub received_at: &'a str,
    pub token: &'a str,
    pub token_key: &'a str,
    /// `online`, or `telefoon` for a form an agent completed on the phone.
    pub channel: &'a str,
    /// The agent who registered it and the callback request it came from.
    pub registered_by: Option<(i64, &'a str)>,
    /// The library of the assisted mode it was sent in.
    pub library: Option<&'a str>,
}

/// Inside a transaction: the submission, unless one with this draft key exists
/// (then `None`). A clash of reference or token is a unique violation.
pub async fn insert(conn: &mut Conn, row: &Insert<'_>) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_as::<_, (i64,)>(
        "INSERT INTO submissions (reference, product, draft_id, answers, received_at, channel, status, token, token_key, registered_by, via_callback, library) \
         VALUES ($1, $2, $3, $4, $5, $9, $8, $6, $7, $10, $11, $12) ON CONFLICT (draft_id) DO NOTHING RETURNING id",
    )
    .bind(row.reference)
    .bind(row.product)
    .bind(row.draft_key)
    .bind(row.answers)
    .bind(row.received_at)
    .bind(row.token)
    .bind(row.token_key)
    .bind(RequestStatus::Received.as_str())
    .bind(row.channel)
    .bind(row.registered_by.map(|(staff, _)| staff))
    .bind(row.registered_by.map(|(_, callback)| callback))
    .bind(row.library)
    .fetch_optional(conn)
    .await
    .map(|found| found.map(|(id,)| id))
}

/// Inside a transaction: how many places of `product` on `day` are taken.
pub async fn pickups_taken(conn: &mut Conn, product: &str, day: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_as::<_, (i64,)>("SELECT COUNT(*) FROM pickups WHERE product = $1 AND day = $2")
        .bind(product)
        .bind(day)
        .fetch_one(conn)
        .await
        .map(|(n,)| n)
}

pub async fn take_pickup(
    conn: &mut Conn,
    product: &str,
    day: &str,
    submission: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO pickups (product, day, submission_id) VALUES ($1, $2, $3)")
        .bind(product)
        .bind(day)
        .bind(submission)
        .execute(conn)
        .await?;
    Ok(())
}

/// Inside a transaction: an entry of the submission's history.
pub async fn add_event(
    conn: &mut Conn,
    submission: i64,
    status: RequestStatus,
    note: Option<&str>,
    at: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO submission_events (submission_id, status, note, at) VALUES ($1, $2, $3, $4)",
    )
    .bind(submission)
    .bind(status.as_str())
    .bind(note)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

/// The submission stored under this draft key, if any.
pub async fn find(store: &Store, draft_key: &str) -> Result<Option<Row>, sqlx::Error> {
    let row: Option<(String, Option<String>, String, String, String)> = sqlx::query_as(
        "SELECT reference, token, answers, received_at, channel FROM submissions WHERE draft_id = $1",
    )
    .bind(draft_key)
    .fetch_optional(store.pool())
    .await?;
    Ok(
        row.map(|(reference, token, answers, received_at, channel)| Row {
            reference,
            token,
            answers,
            received_at,
            channel,
        }),
    )
}

/// Places taken per day of `product` from `first` to `last` (days as `YYYY-MM-DD`).
pub async fn pickups_per_day(
    store: &Store,
    product: &str,
    first: &str,
    last: &str,
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT day, COUNT(*) FROM pickups WHERE product = $1 AND day >= $2 AND day <= $3 GROUP BY day",
    )
    .bind(product)
    .bind(first)
    .bind(last)
    .fetch_all(store.pool())
    .await
}

/// Id, reference, product and status of the submission with this token key.
pub async fn by_token_key(
    store: &Store,
    token_key: &str,
) -> Result<Option<(i64, String, String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, reference, product, status FROM submissions WHERE token_key = $1")
        .bind(token_key)
        .fetch_optional(store.pool())
        .await
}

/// The history of a submission, oldest first: when, which status, what note.
pub async fn events(
    store: &Store,
    submission: i64,
) -> Result<Vec<(String, String, Option<String>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT at, status, note FROM submission_events WHERE submission_id = $1 ORDER BY id",
    )
    .bind(submission)
    .fetch_all(store.pool())
    .await
}

/// Inside a transaction: a new status; the submission's id, or `None` for an unknown reference.
pub async fn set_status(
    conn: &mut Conn,
    reference: &str,
    status: RequestStatus,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_as::<_, (i64,)>(
        "UPDATE submissions SET status = $1 WHERE reference = $2 RETURNING id",
    )
    .bind(status.as_str())
    .bind(reference)
    .fetch_optional(conn)
    .await
    .map(|row| row.map(|(id,)| id))
}
