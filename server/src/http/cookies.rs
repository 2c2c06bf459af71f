//! The draft cookie: an opaque random id, `HttpOnly`, `SameSite=Lax`, with the
//! `__Host-` prefix and `Secure` behind HTTPS, living as long as a draft.

use axum_extra::extract::cookie::{Cookie, SameSite};

use crate::services::drafts::{COOKIE, DraftId, cookie_name};
use crate::store::drafts::LIFETIME_SECS;

pub(crate) fn draft_cookie(id: &DraftId, secure: bool) -> Cookie<'static> {
    Cookie::build((cookie_name(COOKIE, secure), id.as_str().to_string()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(cookie::time::Duration::seconds(LIFETIME_SECS))
        .build()
}
