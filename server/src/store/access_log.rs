//! The access log ("inzage-log"): one row per view or change of a resident's
//! data by staff. Insert and read only; the database refuses updates and
//! deletes (triggers in the migration).

use super::{Conn, Store};

/// One row to write.
pub struct Entry<'a> {
    pub at: &'a str,
    pub staff_id: i64,
    pub role: &'a str,
    pub team: &'a str,
    pub action: &'a str,
    pub record_kind: &'a str,
    pub record_id: &'a str,
    pub purpose: &'a str,
}

pub async fn insert(conn: &mut Conn, entry: &Entry<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO access_log (at, staff_id, staff_role, staff_team, action, record_kind, record_id, purpose) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(entry.at)
    .bind(entry.staff_id)
    .bind(entry.role)
    .bind(entry.team)
    .bind(entry.action)
    .bind(entry.record_kind)
    .bind(entry.record_id)
    .bind(entry.purpose)
    .execute(conn)
    .await?;
    Ok(())
}

/// A row as read back, with the staff member's name.
pub struct Row {
    pub at: String,
    pub staff: String,
    pub role: String,
    pub team: String,
    pub action: String,
    pub record_kind: String,
    pub record_id: String,
    pub purpose: String,
}

type Raw = (
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
);

fn row((at, staff, role, team, action, record_kind, record_id, purpose): Raw) -> Row {
    Row {
        at,
        staff,
        role,
        team,
        action,
        record_kind,
        record_id,
        purpose,
    }
}

/// Newest first; with `record`, only rows about that record id.
pub async fn page(
    store: &Store,
    record: Option<&str>,
    limit: i64,
    offset: i64,
) -> Result<(Vec<Row>, i64), sqlx::Error> {
    let filter = if record.is_some() {
        "WHERE l.record_id = $3"
    } else {
        "WHERE $3 = $3"
    };
    let rows: Vec<Raw> = sqlx::query_as(&format!(
        "SELECT l.at, a.name, l.staff_role, l.staff_team, l.action, l.record_kind, l.record_id, l.purpose \
         FROM access_log l JOIN staff_accounts a ON a.id = l.staff_id {filter} \
         ORDER BY l.id DESC LIMIT $1 OFFSET $2"
    ))
    .bind(limit)
    .bind(offset)
    .bind(record.unwrap_or(""))
    .fetch_all(store.pool())
    .await?;
    let count_filter = if record.is_some() {
        "WHERE record_id = $1"
    } else {
        "WHERE $1 = $1"
    };
    let (total,): (i64,) =
        sqlx::query_as(&format!("SELECT COUNT(*) FROM access_log {count_filter}"))
            .bind(record.unwrap_or(""))
            .fetch_one(store.pool())
            .await?;
    Ok((rows.into_iter().map(row).collect(), total))
}

/// Who looked at or changed one record, newest first: when, team and role.
pub async fn for_record(
    store: &Store,
    kind: &str,
    id: &str,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT at, staff_team, staff_role FROM access_log \
         WHERE record_kind = $1 AND record_id = $2 ORDER BY id DESC LIMIT 50",
    )
    .bind(kind)
    .bind(id)
    .fetch_all(store.pool())
    .await
}
