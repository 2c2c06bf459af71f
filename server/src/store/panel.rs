//! The inwonerpanel's members: joining (once per form), leaving by the
//! link's key, the team lead's list and counts per way of signing up.

use super::{Conn, Store};

/// What one sign-up writes.
pub struct NewMember<'a> {
    pub name: &'a str,
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub via: &'a str,
    pub joined_day: &'a str,
    pub leave_key: &'a str,
    pub nonce: Option<&'a str>,
    pub registered_by: Option<i64>,
}

/// Adds a member; `None` when this form's one-time value signed up before.
pub async fn join(conn: &mut Conn, m: &NewMember<'_>) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO panel_members (name, email, phone, via, joined_day, leave_key, nonce, registered_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (nonce) DO NOTHING RETURNING id",
    )
    .bind(m.name)
    .bind(m.email)
    .bind(m.phone)
    .bind(m.via)
    .bind(m.joined_day)
    .bind(m.leave_key)
    .bind(m.nonce)
    .bind(m.registered_by)
    .fetch_optional(conn)
    .await
}

/// Whether a member has this leave key.
pub async fn is_member(store: &Store, leave_key: &str) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM panel_members WHERE leave_key = $1")
        .bind(leave_key)
        .fetch_one(store.pool())
        .await?;
    Ok(n > 0)
}

/// Removes the member with this leave key; whether there was one.
pub async fn leave(store: &Store, leave_key: &str) -> Result<bool, sqlx::Error> {
    Ok(
        sqlx::query("DELETE FROM panel_members WHERE leave_key = $1")
            .bind(leave_key)
            .execute(store.pool())
            .await?
            .rows_affected()
            == 1,
    )
}

/// Removes a member by id (a team lead, when a member asked by phone).
pub async fn remove(store: &Store, id: i64) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM panel_members WHERE id = $1")
        .bind(id)
        .execute(store.pool())
        .await?
        .rows_affected()
        == 1)
}

/// A member as the list shows one: id, name, e-mail, phone, via, joined.
pub type MemberRow = (i64, String, Option<String>, Option<String>, String, String);

/// Every member, newest first.
pub async fn members(store: &Store) -> Result<Vec<MemberRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, name, email, phone, via, joined_day FROM panel_members ORDER BY id DESC",
    )
    .fetch_all(store.pool())
    .await
}

/// How many members signed up each way.
pub async fn counts(store: &Store) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT via, COUNT(*) FROM panel_members GROUP BY via")
        .fetch_all(store.pool())
        .await
}
