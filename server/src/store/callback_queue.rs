//! Callback requests as the KCC works them (`callback_requests`,
//! `callback_attempts`): the open queue, one request, taking one for an agent
//! (one conditional statement, so two agents can never hold the same one, on
//! either engine and over several servers), attempts, and how it ended.
//! A hold runs until `held_until` (unix seconds); after that it is free again
//! without anyone having to clear it.

use sqlx::Row;

use super::{Conn, Engine, Store};

/// One open request in the queue.
pub struct QueueRow {
    pub reference: String,
    pub topic: String,
    pub preferred_day: String,
    pub day_part: String,
    pub due_by: String,
    pub attempts: i64,
    pub held_by: Option<i64>,
    pub held_until: Option<i64>,
    pub holder: Option<String>,
}

/// The open requests, by due day, then the chosen day and part, then arrival.
/// `part` narrows to one day part.
pub async fn open(store: &Store, part: Option<&str>) -> Result<Vec<QueueRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT c.reference, c.topic, c.preferred_day, c.day_part, c.due_by, \
         (SELECT COUNT(*) FROM callback_attempts a WHERE a.callback_id = c.id) AS attempts, \
         c.held_by, c.held_until, s.name AS holder \
         FROM callback_requests c LEFT JOIN staff_accounts s ON s.id = c.held_by \
         WHERE c.state = 'open' AND ($1 = '' OR c.day_part = $1) \
         ORDER BY c.due_by, c.preferred_day, c.day_part, c.id LIMIT 1000",
    )
    .bind(part.unwrap_or(""))
    .fetch_all(store.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(QueueRow {
                reference: r.try_get("reference")?,
                topic: r.try_get("topic")?,
                preferred_day: r.try_get("preferred_day")?,
                day_part: r.try_get("day_part")?,
                due_by: r.try_get("due_by")?,
                attempts: r.try_get("attempts")?,
                held_by: r.try_get("held_by")?,
                held_until: r.try_get("held_until")?,
                holder: r.try_get("holder")?,
            })
        })
        .collect()
}

/// One request as the agent's page shows it.
pub struct Request {
    pub id: i64,
    pub reference: String,
    pub name: String,
    pub phone: String,
    pub email: Option<String>,
    pub lang: Option<String>,
    pub topic: String,
    pub preferred_day: String,
    pub day_part: String,
    pub note: Option<String>,
    pub origin_product: Option<String>,
    pub origin_slug: Option<String>,
    pub shared_answers: Option<String>,
    pub created_at: String,
    pub due_by: String,
    pub state: String,
    pub result: Option<String>,
    pub held_by: Option<i64>,
    pub held_until: Option<i64>,
    pub holder: Option<String>,
    /// The draft an agent opened with "Verder met het formulier".
    pub form_draft: Option<String>,
    /// Asked with a volunteer's help: library, volunteer, their note.
    pub library: Option<String>,
    pub helper: Option<String>,
    pub helper_note: Option<String>,
}

pub async fn by_reference(store: &Store, reference: &str) -> Result<Option<Request>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT c.id, c.reference, c.name, c.phone, c.email, c.lang, c.topic, c.preferred_day, c.day_part, \
         c.note, c.origin_product, c.origin_slug, c.shared_answers, c.created_at, c.due_by, c.state, \
         c.result, c.held_by, c.held_until, s.name AS holder, c.form_draft, c.library, c.helper, c.helper_note \
         FROM callback_requests c LEFT JOIN staff_accounts s ON s.id = c.held_by WHERE c.reference = $1",
    )
    .bind(reference)
    .fetch_optional(store.pool())
    .await?;
    let Some(r) = row else { return Ok(None) };
    Ok(Some(Request {
        id: r.try_get("id")?,
        reference: r.try_get("reference")?,
        name: r.try_get("name")?,
        phone: r.try_get("phone")?,
        email: r.try_get("email")?,
        lang: r.try_get("lang")?,
        topic: r.try_get("topic")?,
        preferred_day: r.try_get("preferred_day")?,
        day_part: r.try_get("day_part")?,
        note: r.try_get("note")?,
        origin_product: r.try_get("origin_product")?,
        origin_slug: r.try_get("origin_slug")?,
        shared_answers: r.try_get("shared_answers")?,
        created_at: r.try_get("created_at")?,
        due_by: r.try_get("due_by")?,
        state: r.try_get("state")?,
        result: r.try_get("result")?,
        held_by: r.try_get("held_by")?,
        held_until: r.try_get("held_until")?,
        holder: r.try_get("holder")?,
        form_draft: r.try_get("form_draft")?,
        library: r.try_get("library")?,
        helper: r.try_get("helper")?,
        helper_note: r.try_get("helper_note")?,
    }))
}

/// Remembers the draft an agent opened for this request.
pub async fn set_form_draft(store: &Store, id: i64, draft: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE callback_requests SET form_draft = $1 WHERE id = $2")
        .bind(draft)
        .bind(id)
        .execute(store.pool())
        .await?;
    Ok(())
}

/// Inside a transaction: takes an open request for `staff` until `until`,
/// when nobody else holds it (or their hold ran out at `now`). One statement:
/// of two agents at once, exactly one gets it. Its id, or `None`.
pub async fn take(
    conn: &mut Conn,
    reference: &str,
    staff: i64,
    now: i64,
    until: i64,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_as::<_, (i64,)>(
        "UPDATE callback_requests SET held_by = $1, held_until = $2 \
         WHERE reference = $3 AND state = 'open' \
         AND (held_by IS NULL OR held_by = $1 OR held_until <= $4) RETURNING id",
    )
    .bind(staff)
    .bind(until)
    .bind(reference)
    .bind(now)
    .fetch_optional(conn)
    .await
    .map(|row| row.map(|(id,)| id))
}

/// Inside a transaction: takes the first free open request (of `part`, when
/// given) for `staff`; its reference, or `None` when nothing is free. The
/// choice and the take are one statement whose condition is checked again on
/// the row, so a colleague who took it first makes this return nothing
/// rather than a shared request; the caller may try again. On PostgreSQL
/// the choice skips rows a colleague is taking at that moment.
pub async fn take_next(
    conn: &mut Conn,
    engine: Engine,
    part: Option<&str>,
    staff: i64,
    now: i64,
    until: i64,
) -> Result<Option<String>, sqlx::Error> {
    let sql = format!(
        "UPDATE callback_requests SET held_by = $1, held_until = $2 \
         WHERE id = (SELECT id FROM callback_requests WHERE state = 'open' \
           AND (held_by IS NULL OR held_until <= $3) AND ($4 = '' OR day_part = $4) \
           ORDER BY due_by, preferred_day, day_part, id LIMIT 1{}) \
         AND state = 'open' AND (held_by IS NULL OR held_until <= $3) RETURNING reference",
        engine.skip_locked()
    );
    sqlx::query_as::<_, (String,)>(&sql)
        .bind(staff)
        .bind(until)
        .bind(now)
        .bind(part.unwrap_or(""))
        .fetch_optional(conn)
        .await
        .map(|row| row.map(|(r,)| r))
}

/// Whether any open request is free to take (to tell "nothing free" from "a colleague was first").
pub async fn any_free(store: &Store, part: Option<&str>, now: i64) -> Result<bool, sqlx::Error> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM callback_requests WHERE state = 'open' \
         AND (held_by IS NULL OR held_until <= $1) AND ($2 = '' OR day_part = $2)",
    )
    .bind(now)
    .bind(part.unwrap_or(""))
    .fetch_one(store.pool())
    .await?;
    Ok(n > 0)
}

/// Inside a transaction: lets go of an open request this agent holds; false
/// when they do not hold it (any more). The first statement of an attempt:
/// it locks the row, so a second attempt on the same hold finds it let go.
pub async fn release(conn: &mut Conn, id: i64, staff: i64) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE callback_requests SET held_by = NULL, held_until = NULL \
         WHERE id = $1 AND state = 'open' AND held_by = $2",
    )
    .bind(id)
    .bind(staff)
    .execute(conn)
    .await?
    .rows_affected()
        == 1)
}

pub async fn add_attempt(
    conn: &mut Conn,
    id: i64,
    staff: i64,
    at: &str,
    reached: bool,
    note: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO callback_attempts (callback_id, at, outcome, staff_id, note) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id)
    .bind(at)
    .bind(if reached { "bereikt" } else { "niet bereikt" })
    .bind(staff)
    .bind(note)
    .execute(conn)
    .await?;
    Ok(())
}

/// Attempts without reaching the resident so far.
pub async fn missed_attempts(conn: &mut Conn, id: i64) -> Result<i64, sqlx::Error> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM callback_attempts WHERE callback_id = $1 AND outcome = 'niet bereikt'",
    )
    .bind(id)
    .fetch_one(conn)
    .await?;
    Ok(n)
}

/// Closes an open request: `bereikt` with its result, or `niet bereikt`.
pub async fn close(
    conn: &mut Conn,
    id: i64,
    state: &str,
    result: Option<&str>,
    at: &str,
    staff: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE callback_requests SET state = $1, result = $2, closed_at = $3, closed_by = $4 \
         WHERE id = $5 AND state = 'open'",
    )
    .bind(state)
    .bind(result)
    .bind(at)
    .bind(staff)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Every attempt, oldest first: when, reached, note, who.
pub async fn attempts(
    store: &Store,
    id: i64,
) -> Result<Vec<(String, String, Option<String>, Option<String>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT a.at, a.outcome, a.note, s.name FROM callback_attempts a \
         LEFT JOIN staff_accounts s ON s.id = a.staff_id WHERE a.callback_id = $1 ORDER BY a.id",
    )
    .bind(id)
    .fetch_all(store.pool())
    .await
}
