//! Accessibility problems reported by residents (`accessibility_reports`).

use super::{Conn, Store};

pub struct Insert<'a> {
    pub reference: &'a str,
    pub nonce: &'a str,
    pub page: Option<&'a str>,
    pub description: &'a str,
    pub email: Option<&'a str>,
    pub created_at: &'a str,
}

/// Inside a transaction: the report; false when one with this nonce exists.
pub async fn insert(conn: &mut Conn, row: &Insert<'_>) -> Result<bool, sqlx::Error> {
    let inserted = sqlx::query(
        "INSERT INTO accessibility_reports (reference, nonce, page, description, email, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (nonce) DO NOTHING",
    )
    .bind(row.reference)
    .bind(row.nonce)
    .bind(row.page)
    .bind(row.description)
    .bind(row.email)
    .bind(row.created_at)
    .execute(conn)
    .await?;
    Ok(inserted.rows_affected() == 1)
}

pub async fn reference_for_nonce(
    store: &Store,
    nonce: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_as::<_, (String,)>("SELECT reference FROM accessibility_reports WHERE nonce = $1")
        .bind(nonce)
        .fetch_optional(store.pool())
        .await
        .map(|row| row.map(|(r,)| r))
}

/// Every report, newest first: reference, when, page, state.
pub async fn all(
    store: &Store,
) -> Result<Vec<(String, String, Option<String>, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT reference, created_at, page, state FROM accessibility_reports ORDER BY id DESC LIMIT 500",
    )
    .fetch_all(store.pool())
    .await
}

/// One report as staff read it.
pub struct Report {
    pub id: i64,
    pub reference: String,
    pub created_at: String,
    pub page: Option<String>,
    pub description: String,
    pub email: Option<String>,
    pub state: String,
}

pub async fn by_reference(store: &Store, reference: &str) -> Result<Option<Report>, sqlx::Error> {
    type Raw = (
        i64,
        String,
        String,
        Option<String>,
        String,
        Option<String>,
        String,
    );
    let row: Option<Raw> = sqlx::query_as(
        "SELECT id, reference, created_at, page, description, email, state FROM accessibility_reports WHERE reference = $1",
    )
    .bind(reference)
    .fetch_optional(store.pool())
    .await?;
    Ok(row.map(
        |(id, reference, created_at, page, description, email, state)| Report {
            id,
            reference,
            created_at,
            page,
            description,
            email,
            state,
        },
    ))
}

pub async fn replies(store: &Store, report: i64) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT at, text FROM accessibility_report_replies WHERE report_id = $1 ORDER BY id",
    )
    .bind(report)
    .fetch_all(store.pool())
    .await
}

/// Inside a transaction: a reply, and the report's new state, unless it was closed meanwhile.
pub async fn add_reply(
    conn: &mut Conn,
    report: i64,
    staff: i64,
    text: &str,
    at: &str,
    state: &str,
) -> Result<bool, sqlx::Error> {
    let open = sqlx::query(
        "UPDATE accessibility_reports SET state = $1 WHERE id = $2 AND state <> 'afgehandeld'",
    )
    .bind(state)
    .bind(report)
    .execute(&mut *conn)
    .await?
    .rows_affected()
        == 1;
    if !open {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO accessibility_report_replies (report_id, staff_id, text, at) VALUES ($1, $2, $3, $4)",
    )
    .bind(report)
    .bind(staff)
    .bind(text)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    Ok(true)
}
