//! The one guard of the staff side, in front of every `/medewerker` address:
//! finds the route in [`super::routes::ROUTES`] (unknown: 404), the session
//! (none: to the sign-in page; run out: the same, saying why, with a posted
//! form kept), checks the role against the permission table (refused: 403),
//! loads the page's context for a GET page, and marks every answer `no-store`
//! and `noindex`. The resident's cookies are taken off the request first, so no
//! staff handler ever sees a resident's draft.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;

use super::kept_form::{self, KeptForm};
use super::pages;
use super::routes::{self, Access, back_to};
use super::sessions::{self, Found};
use crate::AppState;
use crate::http::errors::AppError;

/// The cookies a staff page may read: the session, a single sign-on's state,
/// the display and the language.
fn staff_cookies(request: &mut Request, secure: bool) {
    let session = sessions::cookie_name(secure);
    let keep = |name: &str| {
        name == session
            || name == super::oidc::STATE_COOKIE
            || name == app::display::COOKIE
            || name == app::i18n::COOKIE
    };
    let kept: Vec<String> = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .map(str::trim)
        .filter(|pair| {
            pair.split_once('=')
                .is_some_and(|(name, _)| keep(name.trim()))
        })
        .map(String::from)
        .collect();
    let headers = request.headers_mut();
    headers.remove(header::COOKIE);
    if !kept.is_empty()
        && let Ok(value) = HeaderValue::from_str(&kept.join("; "))
    {
        headers.insert(header::COOKIE, value);
    }
}

fn to_sign_in(back: Option<&str>, expired: bool) -> Response {
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    if expired {
        pairs.push(("melding", "verlopen"));
    }
    if let Some(back) = back {
        pairs.push(("terug", back));
    }
    let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
    let to = if query.is_empty() {
        app::staff::BASE.to_string()
    } else {
        format!("{}?{query}", app::staff::BASE)
    };
    Redirect::to(&to).into_response()
}

/// The page a form posted to `action` returns to (the request's page).
fn form_page(action: &str) -> String {
    action
        .rsplit_once('/')
        .map(|(page, _)| page.to_string())
        .unwrap_or_else(|| app::staff::paths::START.to_string())
}

pub async fn guard(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    if !routes::is_staff(&path) {
        return next.run(request).await;
    }
    let mut response = match check(&state, &mut request, &path).await {
        Ok(None) => next.run(request).await,
        Ok(Some(answer)) => answer,
        Err(e) => e.into_response(),
    };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        "x-robots-tag",
        HeaderValue::from_static("noindex, nofollow"),
    );
    response
}

/// `None` to go on to the handler or page; otherwise the answer instead.
async fn check(
    state: &AppState,
    request: &mut Request,
    path: &str,
) -> Result<Option<Response>, AppError> {
    let route = match routes::find(request.method(), path) {
        Ok(route) => route,
        Err(true) => return Ok(Some(StatusCode::METHOD_NOT_ALLOWED.into_response())),
        Err(false) => return Ok(Some(StatusCode::NOT_FOUND.into_response())),
    };
    staff_cookies(request, state.secure_cookies);
    let jar = CookieJar::from_headers(request.headers());
    let found = sessions::find(&state.store, &jar, state.secure_cookies).await?;
    let query = request.uri().query().map(str::to_string);
    let Access::Staff(area) = route.access else {
        if route.page {
            if let Found::Active(_) = found {
                return Ok(Some(Redirect::to(app::staff::paths::START).into_response()));
            }
            let context = pages::sign_in(query.as_deref(), state.oidc.is_some());
            request.extensions_mut().insert(context);
        }
        return Ok(None);
    };
    let session = match found {
        Found::Active(session) => session,
        Found::None => {
            let back = (request.method() == Method::GET).then(|| with_query(path, &query));
            return Ok(Some(to_sign_in(
                back.as_deref().and_then(back_to).as_deref(),
                false,
            )));
        }
        Found::Expired(key) => {
            if request.method() == Method::POST {
                let fields = read_form(request).await;
                let form = KeptForm {
                    action: path.to_string(),
                    fields,
                    problem: Some("restored".into()),
                };
                kept_form::keep(&state.store, &key, &form).await?;
                return Ok(Some(to_sign_in(back_to(&form_page(path)).as_deref(), true)));
            }
            return Ok(Some(to_sign_in(
                back_to(&with_query(path, &query)).as_deref(),
                true,
            )));
        }
    };
    if !session.role.may(area) {
        tracing::info!(
            role = session.role.as_str(),
            "staff route refused for this role"
        );
        return Ok(Some(StatusCode::FORBIDDEN.into_response()));
    }
    if route.page {
        match pages::load(state, &session, path, query.as_deref()).await? {
            pages::Loaded::Page(context) => {
                request.extensions_mut().insert(*context);
            }
            pages::Loaded::Answer(answer) => return Ok(Some(answer)),
        }
    }
    request.extensions_mut().insert(*session);
    Ok(None)
}

fn with_query(path: &str, query: &Option<String>) -> String {
    match query {
        Some(q) if !q.is_empty() => format!("{path}?{q}"),
        _ => path.to_string(),
    }
}

/// The urlencoded fields of a post, within the body limit; nothing otherwise.
async fn read_form(request: &mut Request) -> Vec<(String, String)> {
    let body = std::mem::take(request.body_mut());
    let Ok(bytes) = axum::body::to_bytes(body, crate::BODY_LIMIT).await else {
        return Vec::new();
    };
    serde_urlencoded::from_bytes(&bytes).unwrap_or_default()
}
