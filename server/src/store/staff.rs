//! Staff accounts, the products a behandelaar handles, sessions on the server
//! and failed sign-ins. Session ids and sign-in subjects arrive here hashed.

use super::{Conn, Store};

/// An account as stored.
#[derive(Clone, Debug)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: String,
    pub team: String,
    pub password_hash: Option<String>,
    pub disabled: bool,
}

type AccountRow = (i64, String, String, String, String, Option<String>, i64);

fn account((id, email, name, role, team, password_hash, disabled): AccountRow) -> Account {
    Account {
        id,
        email,
        name,
        role,
        team,
        password_hash,
        disabled: disabled != 0,
    }
}

const ACCOUNT_COLUMNS: &str = "id, email, name, role, team, password_hash, disabled";

/// A new account; `None` when the address is taken.
pub async fn insert_account(
    conn: &mut Conn,
    email: &str,
    name: &str,
    role: &str,
    team: &str,
    password_hash: Option<&str>,
    created_at: &str,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_as::<_, (i64,)>(
        "INSERT INTO staff_accounts (email, name, role, team, password_hash, disabled, created_at) \
         VALUES ($1, $2, $3, $4, $5, 0, $6) ON CONFLICT (email) DO NOTHING RETURNING id",
    )
    .bind(email)
    .bind(name)
    .bind(role)
    .bind(team)
    .bind(password_hash)
    .bind(created_at)
    .fetch_optional(conn)
    .await
    .map(|row| row.map(|(id,)| id))
}

pub async fn add_product(conn: &mut Conn, account: i64, product: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO staff_products (account_id, product) VALUES ($1, $2) ON CONFLICT DO NOTHING",
    )
    .bind(account)
    .bind(product)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn by_email(store: &Store, email: &str) -> Result<Option<Account>, sqlx::Error> {
    let row: Option<AccountRow> = sqlx::query_as(&format!(
        "SELECT {ACCOUNT_COLUMNS} FROM staff_accounts WHERE email = $1"
    ))
    .bind(email)
    .fetch_optional(store.pool())
    .await?;
    Ok(row.map(account))
}

pub async fn all(store: &Store) -> Result<Vec<Account>, sqlx::Error> {
    let rows: Vec<AccountRow> = sqlx::query_as(&format!(
        "SELECT {ACCOUNT_COLUMNS} FROM staff_accounts ORDER BY email"
    ))
    .fetch_all(store.pool())
    .await?;
    Ok(rows.into_iter().map(account).collect())
}

/// Disables the account and ends its sessions; whether it existed.
pub async fn disable(store: &Store, email: &str) -> Result<bool, sqlx::Error> {
    let mut tx = store.begin().await?;
    let found: Option<(i64,)> =
        sqlx::query_as("UPDATE staff_accounts SET disabled = 1 WHERE email = $1 RETURNING id")
            .bind(email)
            .fetch_optional(&mut *tx)
            .await?;
    let Some((id,)) = found else {
        return Ok(false);
    };
    sqlx::query("DELETE FROM staff_sessions WHERE account_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

pub async fn products_of(store: &Store, account: i64) -> Result<Vec<String>, sqlx::Error> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT product FROM staff_products WHERE account_id = $1 ORDER BY product")
            .bind(account)
            .fetch_all(store.pool())
            .await?;
    Ok(rows.into_iter().map(|(p,)| p).collect())
}

/// A session with its account, as the guard needs it.
#[derive(Clone, Debug)]
pub struct Session {
    pub account: Account,
    pub created_at: i64,
    pub last_seen: i64,
    pub kept_form: Option<String>,
}

pub async fn insert_session(
    store: &Store,
    key: &str,
    account: i64,
    now: i64,
    kept_form: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO staff_sessions (key, account_id, created_at, last_seen, kept_form) VALUES ($1, $2, $3, $3, $4)",
    )
    .bind(key)
    .bind(account)
    .bind(now)
    .bind(kept_form)
    .execute(store.pool())
    .await?;
    Ok(())
}

type SessionRow = (
    i64,
    String,
    String,
    String,
    String,
    Option<String>,
    i64,
    i64,
    i64,
    Option<String>,
);

pub async fn session(store: &Store, key: &str) -> Result<Option<Session>, sqlx::Error> {
    let row: Option<SessionRow> = sqlx::query_as(
        "SELECT a.id, a.email, a.name, a.role, a.team, a.password_hash, a.disabled, \
             s.created_at, s.last_seen, s.kept_form \
             FROM staff_sessions s JOIN staff_accounts a ON a.id = s.account_id WHERE s.key = $1",
    )
    .bind(key)
    .fetch_optional(store.pool())
    .await?;
    Ok(row.map(
        |(id, email, name, role, team, hash, disabled, created_at, last_seen, kept_form)| Session {
            account: account((id, email, name, role, team, hash, disabled)),
            created_at,
            last_seen,
            kept_form,
        },
    ))
}

pub async fn touch_session(store: &Store, key: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE staff_sessions SET last_seen = $1 WHERE key = $2")
        .bind(now)
        .bind(key)
        .execute(store.pool())
        .await?;
    Ok(())
}

/// Keeps what was typed on the (run out) session, for after signing in again.
pub async fn keep_form(store: &Store, key: &str, form: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE staff_sessions SET kept_form = $1 WHERE key = $2")
        .bind(form)
        .bind(key)
        .execute(store.pool())
        .await?;
    Ok(())
}

/// Takes the kept form off the session (it is given back once).
pub async fn take_kept_form(store: &Store, key: &str) -> Result<Option<String>, sqlx::Error> {
    let mut tx = store.begin().await?;
    sqlx::query("UPDATE staff_sessions SET last_seen = last_seen WHERE key = $1")
        .bind(key)
        .execute(&mut *tx)
        .await?;
    let row: Option<(Option<String>,)> =
        sqlx::query_as("SELECT kept_form FROM staff_sessions WHERE key = $1")
            .bind(key)
            .fetch_optional(&mut *tx)
            .await?;
    sqlx::query("UPDATE staff_sessions SET kept_form = NULL WHERE key = $1")
        .bind(key)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(row.and_then(|(f,)| f))
}

pub async fn end_session(store: &Store, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM staff_sessions WHERE key = $1")
        .bind(key)
        .execute(store.pool())
        .await?;
    Ok(())
}

pub async fn end_all_sessions(store: &Store, account: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM staff_sessions WHERE account_id = $1")
        .bind(account)
        .execute(store.pool())
        .await?;
    Ok(())
}

/// Sessions idle since before `idle_before` or begun before `begun_before`.
pub async fn purge_sessions(
    store: &Store,
    idle_before: i64,
    begun_before: i64,
) -> Result<u64, sqlx::Error> {
    sqlx::query("DELETE FROM staff_sessions WHERE last_seen < $1 OR created_at < $2")
        .bind(idle_before)
        .bind(begun_before)
        .execute(store.pool())
        .await
        .map(|r| r.rows_affected())
}

pub async fn failures_since(store: &Store, subject: &str, since: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_as::<_, (i64,)>(
        "SELECT COUNT(*) FROM staff_signin_failures WHERE subject = $1 AND at >= $2",
    )
    .bind(subject)
    .bind(since)
    .fetch_one(store.pool())
    .await
    .map(|(n,)| n)
}

pub async fn add_failure(store: &Store, subjects: &[&str], now: i64) -> Result<(), sqlx::Error> {
    let mut tx = store.begin().await?;
    for subject in subjects {
        sqlx::query("INSERT INTO staff_signin_failures (subject, at) VALUES ($1, $2)")
            .bind(*subject)
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    // Old failures say nothing any more.
    sqlx::query("DELETE FROM staff_signin_failures WHERE at < $1")
        .bind(now - 24 * 3600)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// A single sign-on on its way to the provider.
pub async fn insert_login(
    store: &Store,
    state_key: &str,
    nonce: &str,
    verifier: &str,
    back_to: Option<&str>,
    now: i64,
) -> Result<(), sqlx::Error> {
    let mut tx = store.begin().await?;
    sqlx::query("DELETE FROM staff_oidc_logins WHERE created_at < $1")
        .bind(now - 3600)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO staff_oidc_logins (state_key, nonce, verifier, back_to, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(state_key)
    .bind(nonce)
    .bind(verifier)
    .bind(back_to)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// Takes the sign-on with this state (once), if begun since `since`: nonce, verifier, where to go.
pub async fn take_login(
    store: &Store,
    state_key: &str,
    since: i64,
) -> Result<Option<(String, String, Option<String>)>, sqlx::Error> {
    let row: Option<(String, String, Option<String>, i64)> = sqlx::query_as(
        "DELETE FROM staff_oidc_logins WHERE state_key = $1 RETURNING nonce, verifier, back_to, created_at",
    )
    .bind(state_key)
    .fetch_optional(store.pool())
    .await?;
    Ok(row
        .filter(|(_, _, _, at)| *at >= since)
        .map(|(nonce, verifier, back, _)| (nonce, verifier, back)))
}

/// The account of a staff member signed in by the provider, made or brought up
/// to date (name, role); `None` when it is disabled in Loket.
pub async fn upsert_sso_account(
    store: &Store,
    email: &str,
    name: &str,
    role: &str,
    created_at: &str,
) -> Result<Option<i64>, sqlx::Error> {
    let mut tx = store.begin().await?;
    let found: Option<(i64, i64)> =
        sqlx::query_as("SELECT id, disabled FROM staff_accounts WHERE email = $1")
            .bind(email)
            .fetch_optional(&mut *tx)
            .await?;
    let id = match found {
        Some((_, disabled)) if disabled != 0 => return Ok(None),
        Some((id, _)) => {
            sqlx::query("UPDATE staff_accounts SET name = $1, role = $2 WHERE id = $3")
                .bind(name)
                .bind(role)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            id
        }
        None => {
            let Some(id) =
                insert_account(&mut tx, email, name, role, "Burgerzaken", None, created_at).await?
            else {
                return Ok(None);
            };
            id
        }
    };
    tx.commit().await?;
    Ok(Some(id))
}
