//! Writing demo data (`server demo-data`) in bulk: many rows per statement,
//! in transactions of a few thousand rows, on either engine. Only for the
//! generator in `services::demo_data`; the pages read these rows like any
//! other.

use super::Store;

/// One value of a row.
pub enum Cell {
    Text(String),
    Int(i64),
    NoText,
    NoInt,
}

/// Rows per statement: below SQLite's and PostgreSQL's limits on parameters.
const ROWS_PER_STATEMENT: usize = 300;
/// Statements per transaction.
const STATEMENTS_PER_TRANSACTION: usize = 20;

/// Inserts `rows` into `table` (`columns` in order), in batches.
pub async fn insert(
    store: &Store,
    table: &str,
    columns: &[&str],
    rows: Vec<Vec<Cell>>,
) -> Result<usize, sqlx::Error> {
    let count = rows.len();
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let mut tx = store.begin().await?;
        for _ in 0..STATEMENTS_PER_TRANSACTION {
            let batch: Vec<Vec<Cell>> = rows.by_ref().take(ROWS_PER_STATEMENT).collect();
            if batch.is_empty() {
                break;
            }
            let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
            let mut n = 0;
            for (i, _) in batch.iter().enumerate() {
                if i > 0 {
                    sql.push_str(", ");
                }
                sql.push('(');
                for c in 0..columns.len() {
                    n += 1;
                    if c > 0 {
                        sql.push_str(", ");
                    }
                    sql.push_str(&format!("${n}"));
                }
                sql.push(')');
            }
            let mut query = sqlx::query(&sql);
            for cell in batch.into_iter().flatten() {
                query = match cell {
                    Cell::Text(t) => query.bind(t),
                    Cell::Int(i) => query.bind(i),
                    Cell::NoText => query.bind(None::<String>),
                    Cell::NoInt => query.bind(None::<i64>),
                };
            }
            query.execute(&mut *tx).await?;
        }
        tx.commit().await?;
    }
    Ok(count)
}

/// The account the demo contacts are registered by: disabled, no password,
/// so nobody signs in with it; `None` when it is there already (demo data
/// was loaded before).
pub async fn demo_account(store: &Store, created_at: &str) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO staff_accounts (email, name, role, team, password_hash, disabled, created_at) \
         VALUES ('voorbeeld@loket.invalid', 'Voorbeeldgegevens', 'teamleider', 'KCC', NULL, 1, $1) \
         ON CONFLICT (email) DO NOTHING RETURNING id",
    )
    .bind(created_at)
    .fetch_optional(store.pool())
    .await
}

/// The ids of the rows of `table` ("submissions" or "callback_requests")
/// whose reference starts with `prefix`, by reference.
pub async fn ids_by_reference(
    store: &Store,
    table: &str,
    prefix: &str,
) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let table = match table {
        "submissions" => "submissions",
        _ => "callback_requests",
    };
    sqlx::query_as(&format!(
        "SELECT id, reference FROM {table} WHERE reference LIKE $1"
    ))
    .bind(format!("{prefix}%"))
    .fetch_all(store.pool())
    .await
}
