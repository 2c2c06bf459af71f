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
    sqlx::query(
        "INSERT INTO satisfaction_invitations (token_key, contact_kind, contact_ref, channel, product, location, \
         created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
    )
    .bind(row.token_key)
    .bind(row.contact_kind)
    .bind(row.contact_ref)
    .bind(row.channel)
    .bind(row.product)
    .bind(row.location)
    .bind(row.created_at)
    .bind(row.expires_at)
    .execute(store.pool())
    .await?;
    Ok(())
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
