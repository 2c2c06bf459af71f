//! The satisfaction question's invitations and answers
//! (`satisfaction_invitations`, `satisfaction_answers`): an invitation per
//! contact, found by its token's key; one answer per invitation, written in
//! the transaction that marks the invitation answered.

use super::{Conn, Store};

/// What an invitation is for.
pub struct Invitation<'a> {
    pub token_key: &'a str,
    pub contact_kind: &'a str,
    pub contact_ref: &'a str,
    pub channel: &'a str,
    pub product: Option<&'a str>,
    pub location: Option<&'a str>,
    pub created_at: i64,
    pub expires_at: i64,
}

/// The invitation, unless this contact has one already (then nothing changes).
pub async fn invite(store: &Store, row: &Invitation<'_>) -> Result<(), sqlx::Error> {
    insert(row, false).execute(store.pool()).await?;
    Ok(())
}

/// The insert of an invitation; when the contact has one, nothing changes,
/// or (`renew`) an unanswered one runs from now.
fn insert<'q>(
    row: &'q Invitation<'q>,
    renew: bool,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    let sql: &'static str = match renew {
        false => {
            "INSERT INTO satisfaction_invitations (token_key, contact_kind, contact_ref, channel, product, location, \
             created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING"
        }
        true => {
            "INSERT INTO satisfaction_invitations (token_key, contact_kind, contact_ref, channel, product, location, \
             created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (token_key) DO UPDATE \
             SET expires_at = excluded.expires_at WHERE satisfaction_invitations.answered_at IS NULL"
        }
    };
    sqlx::query(sql)
        .bind(row.token_key)
        .bind(row.contact_kind)
        .bind(row.contact_ref)
        .bind(row.channel)
        .bind(row.product)
        .bind(row.location)
        .bind(row.created_at)
        .bind(row.expires_at)
}

/// An invitation as its page needs it.
pub struct Found {
    pub id: i64,
    pub contact_kind: String,
    pub channel: String,
    pub product: Option<String>,
    pub location: Option<String>,
    pub expires_at: i64,
    pub answered: bool,
}

pub async fn find(store: &Store, token_key: &str) -> Result<Option<Found>, sqlx::Error> {
    type Raw = (
        i64,
        String,
        String,
        Option<String>,
        Option<String>,
        i64,
        Option<i64>,
    );
    let row: Option<Raw> = sqlx::query_as(
        "SELECT id, contact_kind, channel, product, location, expires_at, answered_at \
         FROM satisfaction_invitations WHERE token_key = $1",
    )
    .bind(token_key)
    .fetch_optional(store.pool())
    .await?;
    Ok(row.map(
        |(id, contact_kind, channel, product, location, expires_at, answered_at)| Found {
            id,
            contact_kind,
            channel,
            product,
            location,
            expires_at,
            answered: answered_at.is_some(),
        },
    ))
}

/// One answer.
pub struct Answer<'a> {
    pub score: i64,
    pub improve: Option<&'a str>,
    pub call_me: bool,
    pub answered_at: &'a str,
    pub day: &'a str,
}

/// Inside a transaction: marks the invitation answered, when it is still
/// open at `now`, and stores the answer with what the invitation says of the
/// contact. False when it was answered (or ran out) before: nothing stored.
pub async fn answer(
    conn: &mut Conn,
    invitation: &Found,
    answer: &Answer<'_>,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let marked = sqlx::query(
        "UPDATE satisfaction_invitations SET answered_at = $1 \
         WHERE id = $2 AND answered_at IS NULL AND expires_at > $1",
    )
    .bind(now)
    .bind(invitation.id)
    .execute(&mut *conn)
    .await?;
    if marked.rows_affected() != 1 {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO satisfaction_answers (invitation_id, channel, contact_kind, product, location, score, improve, \
         call_me, answered_at, day) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(invitation.id)
    .bind(&invitation.channel)
    .bind(&invitation.contact_kind)
    .bind(&invitation.product)
    .bind(&invitation.location)
    .bind(answer.score)
    .bind(answer.improve)
    .bind(i64::from(answer.call_me))
    .bind(answer.answered_at)
    .bind(answer.day)
    .execute(&mut *conn)
    .await?;
    Ok(true)
}

/// The answers of the days `from` to `to`: channel, kind of contact, score
/// and how many; from the question online and from registered contacts
/// (channel `contact-<channel>`).
pub async fn counts(
    store: &Store,
    from: &str,
    to: &str,
) -> Result<Vec<(String, i64, i64)>, sqlx::Error> {
    let asked: Vec<(String, String, i64, i64)> = sqlx::query_as(
        "SELECT channel, contact_kind, score, COUNT(*) FROM satisfaction_answers \
         WHERE day >= $1 AND day <= $2 GROUP BY channel, contact_kind, score",
    )
    .bind(from)
    .bind(to)
    .fetch_all(store.pool())
    .await?;
    let registered: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT channel, satisfaction, COUNT(*) FROM contacts \
         WHERE day >= $1 AND day <= $2 AND satisfaction IS NOT NULL GROUP BY channel, satisfaction",
    )
    .bind(from)
    .bind(to)
    .fetch_all(store.pool())
    .await?;
    Ok(asked
        .into_iter()
        .map(|(channel, kind, score, n)| (format!("{channel}-{kind}"), score, n))
        .chain(
            registered
                .into_iter()
                .map(|(channel, score, n)| (format!("contact-{channel}"), score, n)),
        )
        .collect())
}

/// The answers of the days `from` to `to` per product: product slug, score
/// and how many; from the question and from registered contacts.
pub async fn by_product(
    store: &Store,
    from: &str,
    to: &str,
) -> Result<Vec<(String, i64, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT product, score, COUNT(*) FROM satisfaction_answers \
         WHERE day >= $1 AND day <= $2 AND product IS NOT NULL GROUP BY product, score \
         UNION ALL \
         SELECT product, satisfaction, COUNT(*) FROM contacts \
         WHERE day >= $1 AND day <= $2 AND satisfaction IS NOT NULL AND product IS NOT NULL \
         GROUP BY product, satisfaction",
    )
    .bind(from)
    .bind(to)
    .fetch_all(store.pool())
    .await
}

/// An unhappy answer to follow up: id, when, score, text, kind and reference.
pub type FollowUpRow = (i64, String, i64, Option<String>, String, String);

/// Unhappy answers (1 or 2) whose resident may be called, not yet followed up, oldest first.
pub async fn follow_ups(store: &Store) -> Result<Vec<FollowUpRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT a.id, a.answered_at, a.score, a.improve, i.contact_kind, i.contact_ref \
         FROM satisfaction_answers a JOIN satisfaction_invitations i ON i.id = a.invitation_id \
         WHERE a.score <= 2 AND a.call_me = 1 AND a.followed_up_at IS NULL ORDER BY a.id LIMIT 200",
    )
    .fetch_all(store.pool())
    .await
}

/// The texts of the days `from` to `to`, newest first: when, score, kind, text.
pub async fn remarks(
    store: &Store,
    from: &str,
    to: &str,
) -> Result<Vec<(String, i64, String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT answered_at, score, contact_kind, improve FROM satisfaction_answers \
         WHERE day >= $1 AND day <= $2 AND improve IS NOT NULL ORDER BY id DESC LIMIT 500",
    )
    .bind(from)
    .bind(to)
    .fetch_all(store.pool())
    .await
}

/// Marks an answer followed up; false when it was already (or is unknown).
pub async fn followed(conn: &mut Conn, id: i64, staff: i64, at: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE satisfaction_answers SET followed_up_at = $1, followed_up_by = $2 \
         WHERE id = $3 AND followed_up_at IS NULL",
    )
    .bind(at)
    .bind(staff)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Inside a transaction: the contact's invitation, made now or (while
/// unanswered) given its days again from now; whether it can still be answered.
pub async fn invite_open(conn: &mut Conn, row: &Invitation<'_>) -> Result<bool, sqlx::Error> {
    insert(row, true).execute(&mut *conn).await?;
    let answered: Option<Option<i64>> =
        sqlx::query_scalar("SELECT answered_at FROM satisfaction_invitations WHERE token_key = $1")
            .bind(row.token_key)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(matches!(answered, Some(None)))
}

/// Inside a transaction: marks the person (a keyed hash) asked on `today`
/// unless they were asked after `since`; whether they may be asked now. One
/// statement, so two servers cannot both ask.
pub async fn ask_once(
    conn: &mut Conn,
    person_key: &str,
    today: &str,
    since: &str,
) -> Result<bool, sqlx::Error> {
    let marked: Option<String> = sqlx::query_scalar(
        "INSERT INTO satisfaction_asked (person_key, asked_day) VALUES ($1, $2) \
         ON CONFLICT (person_key) DO UPDATE SET asked_day = excluded.asked_day \
         WHERE satisfaction_asked.asked_day <= $3 RETURNING person_key",
    )
    .bind(person_key)
    .bind(today)
    .bind(since)
    .fetch_optional(conn)
    .await?;
    Ok(marked.is_some())
}

/// The key named `name` the servers share, made from `fresh` by the first that asks.
pub async fn server_key(store: &Store, name: &str, fresh: &str) -> Result<String, sqlx::Error> {
    sqlx::query(
        "INSERT INTO server_keys (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
    )
    .bind(name)
    .bind(fresh)
    .execute(store.pool())
    .await?;
    sqlx::query_scalar("SELECT value FROM server_keys WHERE name = $1")
        .bind(name)
        .fetch_one(store.pool())
        .await
}

/// Whether the counter tablet of `location` took an answer after `since` (a zoned time).
pub async fn recent_on_tablet(
    store: &Store,
    (location, kind): (&str, &str),
    since: &str,
) -> Result<bool, sqlx::Error> {
    let day = since.get(..10).unwrap_or_default();
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM satisfaction_answers WHERE contact_kind = $4 AND location = $1 \
         AND day >= $2 AND answered_at > $3",
    )
    .bind(location)
    .bind(day)
    .bind(since)
    .bind(kind)
    .fetch_one(store.pool())
    .await?;
    Ok(n > 0)
}

/// An answer on the counter tablet of `location`: no invitation, no contact.
pub async fn answer_on_tablet(
    store: &Store,
    (location, channel, kind): (&str, &str, &str),
    answer: &Answer<'_>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO satisfaction_answers (invitation_id, channel, contact_kind, product, location, score, improve, \
         call_me, answered_at, day) VALUES (NULL, $6, $7, NULL, $1, $2, $3, 0, $4, $5)",
    )
    .bind(location)
    .bind(answer.score)
    .bind(answer.improve)
    .bind(answer.answered_at)
    .bind(answer.day)
    .bind(channel)
    .bind(kind)
    .execute(store.pool())
    .await
    .map(|_| ())
}
