//! Staff sessions on the server. The cookie holds only a random id
//! (`__Host-loket_medewerker` behind HTTPS: HttpOnly, SameSite=Strict, Secure,
//! Path=/); the database keeps its SHA-256. A session ends after 30 minutes
//! without a request (WCAG 2.2.1: the page says so and keeps what was typed)
//! and after 10 hours in all; "overal uitloggen" ends every session of the account.

use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};

use crate::services::drafts::random_hex;
use crate::services::secret_key;
use crate::store::{Store, staff, unix_now};
use app::staff::context::StaffUser;
use app::staff::roles::Role;

pub const COOKIE: &str = "loket_medewerker";
/// Idle limit in seconds.
pub const IDLE_SECS: i64 = 30 * 60;
/// Absolute limit in seconds.
pub const ABSOLUTE_SECS: i64 = 10 * 3600;

/// The cookie's name: `__Host-` prefixed behind HTTPS.
pub fn cookie_name(secure: bool) -> String {
    if secure {
        format!("__Host-{COOKIE}")
    } else {
        COOKIE.to_string()
    }
}

/// A signed-in staff member, as the guard hands it to the handlers.
#[derive(Clone, Debug)]
pub struct StaffSession {
    /// The hash of the cookie's id (what the database keeps).
    pub key: String,
    pub account_id: i64,
    pub email: String,
    pub user: StaffUser,
    pub role: Role,
    /// Since when the session runs, and its last request (seconds).
    pub created_at: i64,
    pub last_seen: i64,
}

/// What the cookie leads to.
pub enum Found {
    None,
    /// A session that ran out (its key, for keeping a typed form).
    Expired(String),
    Active(Box<StaffSession>),
}

/// The session the cookie names, if any.
pub async fn find(store: &Store, jar: &CookieJar, secure: bool) -> Result<Found, sqlx::Error> {
    let Some(id) = jar.get(&cookie_name(secure)).map(|c| c.value().to_string()) else {
        return Ok(Found::None);
    };
    if id.len() != 32 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(Found::None);
    }
    let key = secret_key::key(&id);
    let Some(session) = staff::session(store, &key).await? else {
        return Ok(Found::None);
    };
    let now = unix_now();
    let role = Role::parse(&session.account.role);
    let expired = now - session.last_seen > IDLE_SECS || now - session.created_at > ABSOLUTE_SECS;
    match role {
        _ if session.account.disabled => Ok(Found::None),
        Some(_) if expired => Ok(Found::Expired(key)),
        None => Ok(Found::None),
        Some(role) => {
            staff::touch_session(store, &key, now).await?;
            Ok(Found::Active(Box::new(StaffSession {
                key,
                account_id: session.account.id,
                email: session.account.email,
                user: StaffUser {
                    name: session.account.name,
                    role,
                    team: session.account.team,
                },
                role,
                created_at: session.created_at,
                last_seen: now,
            })))
        }
    }
}

/// Starts a session for the account, with a form kept from a run-out one;
/// the cookie to set.
pub async fn start(
    store: &Store,
    account: i64,
    secure: bool,
    kept_form: Option<&str>,
) -> Result<Cookie<'static>, sqlx::Error> {
    let id = random_hex();
    staff::insert_session(store, &secret_key::key(&id), account, unix_now(), kept_form).await?;
    Ok(Cookie::build((cookie_name(secure), id))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(secure)
        .build())
}

/// The cookie that removes the session cookie.
pub fn removal(secure: bool) -> Cookie<'static> {
    let mut cookie = Cookie::build((cookie_name(secure), ""))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(secure)
        .build();
    cookie.make_removal();
    cookie
}
