//! The display switch's post and the language switch: both keep a preference in
//! a cookie (not personal data) and return to the same page.

use app::display::{self, Display};
use app::i18n::{self, Lang};
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};

use crate::AppState;

pub const ROUTE: &str = display::PATH;

pub async fn save(
    State(state): State<AppState>,
    jar: CookieJar,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let preferences = Display::from_form(&form);
    let back = form
        .iter()
        .find(|(k, _)| k == "terug")
        .map(|(_, v)| display::return_path(v))
        .unwrap_or_else(|| display::return_path("/"));
    let cookie = preference(display::COOKIE, preferences.to_cookie(), &state);
    (jar.add(cookie), Redirect::to(&back)).into_response()
}

pub const LANGUAGE_ROUTE: &str = "/taal/{code}";

#[derive(serde::Deserialize)]
pub struct LanguageQuery {
    #[serde(default)]
    terug: String,
}

/// `GET /taal/{code}?terug=/path`: keeps the language in a cookie (not personal
/// data) and returns to the same page, now in that language. An unknown code
/// changes nothing.
pub async fn set_language(
    State(state): State<AppState>,
    jar: CookieJar,
    axum::extract::Path(code): axum::extract::Path<String>,
    axum::extract::Query(query): axum::extract::Query<LanguageQuery>,
) -> Response {
    let back = display::local_path(&query.terug).to_string();
    let Some(lang) = Lang::from_code(&code) else {
        return Redirect::to(&back).into_response();
    };
    let cookie = preference(i18n::COOKIE, lang.code().to_string(), &state);
    (jar.add(cookie), Redirect::to(&back)).into_response()
}

/// A preference cookie: the whole site, not for scripts, a year long.
fn preference(name: &'static str, value: String, state: &AppState) -> Cookie<'static> {
    Cookie::build((
        crate::services::drafts::cookie_name(name, state.secure_cookies),
        value,
    ))
    .path("/")
    .http_only(true)
    .same_site(SameSite::Lax)
    .secure(state.secure_cookies)
    .max_age(cookie::time::Duration::days(365))
    .build()
}
