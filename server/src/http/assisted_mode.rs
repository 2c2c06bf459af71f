//! Middleware: the assisted mode (helped at the library) around every
//! resident request. With the mode's cookie, the request carries
//! [`AssistedNow`] (what it sends gets channel `bibliotheek`), each request
//! counts as activity, every answer is `no-store`, and until the resident
//! agreed only the agreement page is shown. A visit wiped after 10 minutes
//! without activity goes to the page that says so, with its cookies removed.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;

use crate::AppState;
use crate::http::errors::AppError;
use crate::services::assisted::{self, AssistedNow, Found};

/// Paths the mode leaves alone: the staff side and files.
fn outside(path: &str) -> bool {
    path.starts_with("/medewerker")
        || path.starts_with("/pkg/")
        || path
            .rsplit('/')
            .next()
            .is_some_and(|last| last.contains('.'))
}

/// The mode's own pages, open before the resident agreed.
fn own(path: &str) -> bool {
    path == app::assisted::BASE || path.starts_with("/hulp/")
}

/// The end page after an idle wipe, with the library's question when known.
pub fn ended_path(idle: bool, library: Option<&str>) -> String {
    let mut query = Vec::new();
    if idle {
        query.push("waarom=stil".to_string());
    }
    if let Some(library) = library {
        query.push(format!("bibliotheek={library}"));
    }
    if query.is_empty() {
        app::assisted::DONE.to_string()
    } else {
        format!("{}?{}", app::assisted::DONE, query.join("&"))
    }
}

/// What "Klaar" and the idle wipe answer with: the cookies of the visit go,
/// and the browser is asked to forget what it kept of the site.
pub fn wiped_answer(jar: CookieJar, secure: bool, to: &str) -> Response {
    let mut response = (assisted::wiped_cookies(jar, secure), Redirect::to(to)).into_response();
    response.headers_mut().insert(
        header::HeaderName::from_static("clear-site-data"),
        HeaderValue::from_static("\"cache\", \"storage\""),
    );
    response
}

pub async fn assisted_mode(
    State(state): State<AppState>,
    jar: CookieJar,
    mut request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_string();
    if outside(&path) {
        return next.run(request).await;
    }
    let found = match assisted::find(&state.store, &jar, state.secure_cookies).await {
        Ok(found) => found,
        Err(e) => return AppError::from(e).into_response(),
    };
    let now: AssistedNow = match found {
        Found::None => return next.run(request).await,
        Found::Wiped(library) => {
            // Starting again, or the end page itself: let it through.
            if own(&path) && (request.method() == Method::POST || path == app::assisted::DONE) {
                return next.run(request).await;
            }
            let to = ended_path(true, library.as_deref());
            return wiped_answer(jar, state.secure_cookies, &to);
        }
        Found::Active(now) => now,
    };
    if !now.agreed && !own(&path) {
        return Redirect::to(app::assisted::AGREE).into_response();
    }
    let key = now.key.clone();
    let draft_cookie =
        crate::services::drafts::cookie_name(crate::services::drafts::COOKIE, state.secure_cookies);
    // "Klaar" ends the visit: nothing is noted after it.
    let ending = path == app::assisted::DONE;
    let used = jar
        .get(&draft_cookie)
        .map(|c| c.value().to_string())
        .filter(|_| !ending);
    request.extensions_mut().insert(now);
    let mut response = next.run(request).await;
    // Every draft id this browser uses in the visit is wiped with it.
    let given = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|c| c.strip_prefix(&format!("{draft_cookie}=")))
        .filter_map(|rest| rest.split(';').next())
        .map(str::to_string)
        .filter(|_| !ending)
        .collect::<Vec<_>>();
    for id in used.into_iter().chain(given) {
        if crate::services::drafts::DraftId::parse(&id).is_some()
            && let Err(e) = assisted::uses_draft(&state.store, &key, &id).await
        {
            return AppError::from(e).into_response();
        }
    }
    // Think of the next visitor at this PC: nothing of the mode is kept in a cache.
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
