//! Helped at the library: the assisted session behind its cookie (an
//! opaque token; the store keeps its SHA-256), what each request in the
//! mode carries ([`AssistedNow`]), "Klaar: alles wissen", and the job that
//! wipes a visit after 10 minutes without activity on every server.

use std::time::Duration;

use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};

use crate::services::drafts::{self, DraftId, cookie_name};
use crate::services::secret_key;
use crate::store::{Store, assisted, unix_now};

/// The cookie of the assisted session: a random token, for this visit only
/// (no `Max-Age`: it ends with the browser too).
pub const COOKIE: &str = "loket_hulp";

/// The mode as a request in it sees it (a request extension): which
/// library and who helps; channel `bibliotheek` for what it sends.
#[derive(Clone, Debug)]
pub struct AssistedNow {
    pub key: String,
    pub library: String,
    pub helper: String,
    pub agreed: bool,
}

/// A callback or visit asked in the mode: where, who helped (first name or
/// code only), and the volunteer's short note for the staff member.
#[derive(Clone, Debug)]
pub struct Helped {
    pub library: String,
    pub helper: String,
    pub note: Option<String>,
}

impl AssistedNow {
    pub fn helped(&self, note: Option<String>) -> Helped {
        Helped {
            library: self.library.clone(),
            helper: self.helper.clone(),
            note,
        }
    }
}

/// What the cookie of a request leads to.
pub enum Found {
    /// No cookie: not in the mode.
    None,
    /// A session, seen now.
    Active(AssistedNow),
    /// Wiped after 10 minutes without activity (or unknown): the library, if known.
    Wiped(Option<String>),
}

pub fn cookie(token: &str, secure: bool) -> Cookie<'static> {
    Cookie::build((cookie_name(COOKIE, secure), token.to_string()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .build()
}

/// Starts a session for a fresh draft id: its token for the cookie.
pub async fn start(
    store: &Store,
    (library, helper): (&str, &str),
    draft_id: &DraftId,
) -> Result<String, sqlx::Error> {
    let token = drafts::random_hex();
    assisted::start(
        store,
        &secret_key::key(&token),
        (library, helper),
        draft_id.as_str(),
        unix_now(),
    )
    .await?;
    Ok(token)
}

/// The session of this request's cookie. An active one is seen now; one
/// idle past the limit that the job has not reached yet is wiped now.
pub async fn find(store: &Store, jar: &CookieJar, secure: bool) -> Result<Found, sqlx::Error> {
    let Some(token) = jar
        .get(&cookie_name(COOKIE, secure))
        .map(|c| c.value().to_string())
    else {
        return Ok(Found::None);
    };
    let key = secret_key::key(&token);
    let Some((library, helper, _, agreed, seen_at, wiped_at)) = assisted::find(store, &key).await?
    else {
        return Ok(Found::Wiped(None));
    };
    let now = unix_now();
    if wiped_at.is_some() {
        return Ok(Found::Wiped(Some(library)));
    }
    if now - seen_at >= app::assisted::idle_seconds() {
        wipe_idle(store).await?;
        return Ok(Found::Wiped(Some(library)));
    }
    assisted::seen(store, &key, now).await?;
    Ok(Found::Active(AssistedNow {
        key,
        library,
        helper,
        agreed: agreed == 1,
    }))
}

pub async fn agree(store: &Store, key: &str) -> Result<(), sqlx::Error> {
    assisted::agree(store, key).await
}

/// Notes that the visit's browser uses this draft id (a sent form starts a new one).
pub async fn uses_draft(store: &Store, key: &str, draft_id: &str) -> Result<(), sqlx::Error> {
    assisted::uses_draft(store, key, draft_id).await
}

/// The photos in the product drafts of a visit (not sent: sent ones are the request's).
fn photos_in(drafts: &[(String, String)]) -> Vec<String> {
    drafts
        .iter()
        .filter_map(|(journey, answers)| {
            let product = app::catalogue::by_slug(journey.strip_prefix("product:")?)?;
            let draft: app::form::FormDraft = serde_json::from_str(answers).ok()?;
            Some(draft.photo_ids(product.form.as_ref()?))
        })
        .flatten()
        .collect()
}

/// Removes the unsent photos of these visits' drafts.
async fn remove_photos(store: &Store, keys: &[String]) -> Result<(), sqlx::Error> {
    let mut conn = store.acquire().await?;
    let mut photos = Vec::new();
    for key in keys {
        photos.extend(photos_in(&assisted::drafts_of(&mut conn, key).await?));
    }
    drop(conn);
    for photo in photos {
        crate::store::uploads::remove_unsent(store, &photo).await?;
    }
    Ok(())
}

/// "Klaar: alles wissen": the unsent photos, every draft of the visit and the
/// session go (the drafts and the session in one transaction).
pub async fn end(store: &Store, key: &str) -> Result<(), sqlx::Error> {
    remove_photos(store, &[key.to_string()]).await?;
    let mut tx = store.begin().await?;
    assisted::end(&mut tx, key).await?;
    tx.commit().await
}

async fn wipe_idle(store: &Store) -> Result<u64, sqlx::Error> {
    let now = unix_now();
    let before = now - app::assisted::idle_seconds();
    let keys = {
        let mut conn = store.acquire().await?;
        assisted::idle(&mut conn, before).await?
    };
    if keys.is_empty() {
        return Ok(0);
    }
    remove_photos(store, &keys).await?;
    let mut tx = store.begin().await?;
    let n = assisted::wipe_idle(&mut tx, before, now).await?;
    tx.commit().await?;
    Ok(n)
}

/// Every 20 seconds, on every server: visits idle for 10 minutes are wiped
/// (also when the browser never comes back); wiped sessions are forgotten
/// after a day.
pub fn spawn_idle_wipe(store: Store) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(20));
        loop {
            tick.tick().await;
            match wipe_idle(&store).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(sessions = n, "assisted visits wiped after 10 minutes"),
                Err(e) => tracing::warn!(error = %e, "could not wipe idle assisted visits"),
            }
            if let Err(e) = assisted::forget_wiped(&store, unix_now() - 24 * 3600).await {
                tracing::warn!(error = %e, "could not forget wiped assisted visits");
            }
        }
    });
}

/// The cookies "Klaar" removes: the session, the draft, and the display and
/// language choices of this visit (the next visitor starts plain).
pub fn wiped_cookies(jar: CookieJar, secure: bool) -> CookieJar {
    [
        COOKIE,
        drafts::COOKIE,
        app::display::COOKIE,
        app::i18n::COOKIE,
    ]
    .into_iter()
    // Sent whether or not this request carried them: the browser drops what it has.
    .fold(jar, |jar, name| {
        jar.add(
            Cookie::build((cookie_name(name, secure), ""))
                .path("/")
                .max_age(cookie::time::Duration::ZERO)
                .build(),
        )
    })
}
