//! Requests as staff handle them: the work list (filters, sorting, paging, a
//! count), one request with its photos and additions, taking it and changing
//! its status under a version check, and the resident's additions.

use app::domain::RequestStatus;

use super::{Conn, Store};

/// What the work list asks for, already turned into plain values.
pub struct Query<'a> {
    /// Only these products (empty: none at all)...
    pub products: &'a [String],
    /// ... unless these are all products there are: then no product condition.
    pub all_products: bool,
    pub status: Option<RequestStatus>,
    /// Open requests received before their product's line (`YYYY-MM-DD`).
    pub overdue_lines: Option<&'a [(String, String)]>,
    pub assigned_to: Option<i64>,
    pub unassigned: bool,
    /// `received`, `product` or `status`.
    pub sort: &'a str,
    pub descending: bool,
    pub limit: i64,
    pub offset: i64,
}

/// One row of the work list.
pub struct Row {
    pub reference: String,
    pub product: String,
    pub received_at: String,
    pub status: String,
    pub assigned_to: Option<String>,
    pub addition_in: bool,
}

/// The WHERE clause and its text values, numbered from `$1`.
fn conditions(query: &Query<'_>) -> (String, Vec<String>) {
    let mut values: Vec<String> = Vec::new();
    let next = |value: String, values: &mut Vec<String>| {
        values.push(value);
        format!("${}", values.len())
    };
    let mut parts = Vec::new();
    let products: Vec<String> = if query.all_products {
        Vec::new()
    } else {
        query
            .products
            .iter()
            .map(|p| next(p.clone(), &mut values))
            .collect()
    };
    if query.all_products {
        // Every product: no condition, so the count and the order use the plain indexes.
    } else if products.is_empty() {
        parts.push("1 = 0".to_string());
    } else {
        parts.push(format!("s.product IN ({})", products.join(", ")));
    }
    if let Some(status) = query.status {
        parts.push(format!(
            "s.status = {}",
            next(status.as_str().into(), &mut values)
        ));
    }
    if let Some(lines) = query.overdue_lines {
        let closed: Vec<String> = RequestStatus::ALL
            .into_iter()
            .filter(|s| s.is_closed())
            .map(|s| next(s.as_str().into(), &mut values))
            .collect();
        // One CASE, not an OR of per-product ranges: an OR lets SQLite gather every
        // overdue row through an index and sort them all (300 ms with 100,000
        // requests); the CASE is read row by row in the list's order, up to the page.
        let each: Vec<String> = lines
            .iter()
            .map(|(product, line)| {
                let p = next(product.clone(), &mut values);
                let l = next(line.clone(), &mut values);
                format!("WHEN {p} THEN {l}")
            })
            .collect();
        parts.push(format!("s.status NOT IN ({})", closed.join(", ")));
        if each.is_empty() {
            parts.push("1 = 0".into());
        } else {
            parts.push(format!(
                "s.received_at < CASE s.product {} END",
                each.join(" ")
            ));
        }
    }
    if let Some(staff) = query.assigned_to {
        // A number, not typed by anyone: safe to write into the statement.
        parts.push(format!("s.assigned_to = {staff}"));
    }
    if query.unassigned {
        parts.push("s.assigned_to IS NULL".into());
    }
    if parts.is_empty() {
        parts.push("1 = 1".into());
    }
    (format!("WHERE {}", parts.join(" AND ")), values)
}

pub async fn list(store: &Store, query: &Query<'_>) -> Result<(Vec<Row>, i64), sqlx::Error> {
    let (filter, values) = conditions(query);
    let (direction, within) = if query.descending {
        ("DESC", "ASC")
    } else {
        ("ASC", "DESC")
    };
    // Within a product or status the newest first, or with the order turned
    // around all the way, so one index (`submissions_by_*`) reads it in order.
    let order = match query.sort {
        "product" => format!("s.product {direction}, s.id {within}"),
        "status" => format!("s.status {direction}, s.id {within}"),
        _ => format!("s.id {direction}"),
    };
    let sql = format!(
        "SELECT s.reference, s.product, s.received_at, s.status, a.name, s.addition_in \
         FROM submissions s LEFT JOIN staff_accounts a ON a.id = s.assigned_to \
         {filter} ORDER BY {order} LIMIT {} OFFSET {}",
        query.limit.clamp(1, 500),
        query.offset.max(0)
    );
    let mut select =
        sqlx::query_as::<_, (String, String, String, String, Option<String>, i64)>(&sql);
    for value in &values {
        select = select.bind(value.as_str());
    }
    let rows = select.fetch_all(store.pool()).await?;
    let count_sql = format!("SELECT COUNT(*) FROM submissions s {filter}");
    let mut count = sqlx::query_as::<_, (i64,)>(&count_sql);
    for value in &values {
        count = count.bind(value.as_str());
    }
    let (total,) = count.fetch_one(store.pool()).await?;
    let rows = rows
        .into_iter()
        .map(
            |(reference, product, received_at, status, assigned_to, addition_in)| Row {
                reference,
                product,
                received_at,
                status,
                assigned_to,
                addition_in: addition_in != 0,
            },
        )
        .collect();
    Ok((rows, total))
}

/// One request as its detail page needs it.
pub struct Detail {
    pub id: i64,
    pub reference: String,
    pub product: String,
    pub answers: String,
    pub received_at: String,
    pub status: String,
    pub version: i64,
    pub assigned_to: Option<i64>,
    pub assigned_name: Option<String>,
    pub missing: Option<String>,
    pub token: Option<String>,
    /// The agent who registered it on the phone (channel `telefoon`), if any.
    pub registered_by: Option<String>,
    /// How it came in: `online`, `balie`, `telefoon`, `bibliotheek`.
    pub channel: String,
    /// Sent with a volunteer's help at this library.
    pub library: Option<String>,
}

pub async fn detail(store: &Store, reference: &str) -> Result<Option<Detail>, sqlx::Error> {
    type Raw = (
        i64,
        String,
        String,
        String,
        String,
        String,
        i64,
        Option<i64>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        String,
        Option<String>,
    );
    let row: Option<Raw> = sqlx::query_as(
        "SELECT s.id, s.reference, s.product, s.answers, s.received_at, s.status, s.version, \
         s.assigned_to, a.name, s.missing, s.token, r.name, s.channel, s.library \
         FROM submissions s LEFT JOIN staff_accounts a ON a.id = s.assigned_to \
         LEFT JOIN staff_accounts r ON r.id = s.registered_by WHERE s.reference = $1",
    )
    .bind(reference)
    .fetch_optional(store.pool())
    .await?;
    Ok(row.map(
        |(
            id,
            reference,
            product,
            answers,
            received_at,
            status,
            version,
            assigned_to,
            assigned_name,
            missing,
            token,
            registered_by,
            channel,
            library,
        )| Detail {
            id,
            reference,
            product,
            answers,
            received_at,
            status,
            version,
            assigned_to,
            assigned_name,
            missing,
            token,
            registered_by,
            channel,
            library,
        },
    ))
}

/// The photos sent with a request: id and file name, in the order sent.
pub async fn photos(store: &Store, submission: i64) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, file_name FROM uploads WHERE submission_id = $1 ORDER BY created_at, id",
    )
    .bind(submission)
    .fetch_all(store.pool())
    .await
}

/// One photo of a request: its type and bytes.
pub async fn photo(
    store: &Store,
    submission: i64,
    id: &str,
) -> Result<Option<(String, Vec<u8>)>, sqlx::Error> {
    sqlx::query_as("SELECT content_type, bytes FROM uploads WHERE submission_id = $1 AND id = $2")
        .bind(submission)
        .bind(id)
        .fetch_optional(store.pool())
        .await
}

pub async fn additions(
    store: &Store,
    submission: i64,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT at, text FROM submission_additions WHERE submission_id = $1 ORDER BY id")
        .bind(submission)
        .fetch_all(store.pool())
        .await
}

/// Inside a transaction: assigns the request if it is still at `version`.
pub async fn assign(
    conn: &mut Conn,
    id: i64,
    staff: i64,
    version: i64,
) -> Result<bool, sqlx::Error> {
    sqlx::query(
        "UPDATE submissions SET assigned_to = $1, version = version + 1 WHERE id = $2 AND version = $3",
    )
    .bind(staff)
    .bind(id)
    .bind(version)
    .execute(conn)
    .await
    .map(|r| r.rows_affected() == 1)
}

/// Inside a transaction: the new status if the request is still at `version`
/// and in `from`. Clears "addition came in"; keeps what is missing while it waits.
pub async fn change_status(
    conn: &mut Conn,
    id: i64,
    version: i64,
    from: RequestStatus,
    to: RequestStatus,
    missing: Option<&str>,
) -> Result<bool, sqlx::Error> {
    sqlx::query(
        "UPDATE submissions SET status = $1, missing = $2, addition_in = 0, version = version + 1 \
         WHERE id = $3 AND version = $4 AND status = $5",
    )
    .bind(to.as_str())
    .bind(missing)
    .bind(id)
    .bind(version)
    .bind(from.as_str())
    .execute(conn)
    .await
    .map(|r| r.rows_affected() == 1)
}

/// Inside a transaction: an event of the history, by a staff member.
pub async fn add_staff_event(
    conn: &mut Conn,
    submission: i64,
    status: RequestStatus,
    note: Option<&str>,
    at: &str,
    staff: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO submission_events (submission_id, status, note, at, staff_id) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(submission)
    .bind(status.as_str())
    .bind(note)
    .bind(at)
    .bind(staff)
    .execute(conn)
    .await?;
    Ok(())
}

/// Inside a transaction: the resident's addition, and the request back in
/// handling, if it still waits for one. Whether it did.
pub async fn add_addition(
    conn: &mut Conn,
    submission: i64,
    text: &str,
    at: &str,
) -> Result<bool, sqlx::Error> {
    let changed = sqlx::query(
        "UPDATE submissions SET status = $1, addition_in = 1, missing = NULL, version = version + 1 \
         WHERE id = $2 AND status = $3",
    )
    .bind(RequestStatus::InProgress.as_str())
    .bind(submission)
    .bind(RequestStatus::NeedsMore.as_str())
    .execute(&mut *conn)
    .await?
    .rows_affected()
        == 1;
    if !changed {
        return Ok(false);
    }
    sqlx::query("INSERT INTO submission_additions (submission_id, text, at) VALUES ($1, $2, $3)")
        .bind(submission)
        .bind(text)
        .bind(at)
        .execute(&mut *conn)
        .await?;
    Ok(true)
}

/// What is missing for the request with this status token, while it waits.
pub async fn missing_by_token_key(
    store: &Store,
    token_key: &str,
) -> Result<Option<(i64, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, missing FROM submissions WHERE token_key = $1 AND status = $2 AND missing IS NOT NULL",
    )
    .bind(token_key)
    .bind(RequestStatus::NeedsMore.as_str())
    .fetch_optional(store.pool())
    .await
}
