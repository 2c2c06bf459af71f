//! The display switch's post: stores the preferences in a cookie (not personal
//! data) and returns to the same page at the switch.

use app::display::{self, Display};
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
    let cookie = Cookie::build((display::COOKIE, preferences.to_cookie()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.secure_cookies)
        .max_age(cookie::time::Duration::days(365))
        .build();
    (jar.add(cookie), Redirect::to(&back)).into_response()
}
