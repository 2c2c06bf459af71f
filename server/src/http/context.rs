//! What the server finds out before a page renders (`page_context`), and the
//! old addresses of the move journey. Every post answers with a
//! redirect (post/redirect/get), so no journey needs JavaScript, and refresh or
//! back never resends or loses anything.

use app::callback;
use app::page_context::PageContext;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;

use crate::http::cookies::draft_cookie;
use crate::http::errors::unexpected;
use crate::{AppState, resident::callbacks, resident::visit_routes, time};

/// The move journey's old addresses (`/verhuizen/...`, before it ran on the
/// form engine): links in old mails and bookmarks still arrive.
pub const OLD_MOVE_BASE: &str = "/verhuizen";
pub const OLD_MOVE_ROUTE: &str = "/verhuizen/{*rest}";

/// The draft this browser works on, if it exists and has not expired, with the
/// submission made from it, if it was sent.
pub async fn page_context(
    State(state): State<AppState>,
    jar: CookieJar,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_string();
    let is_callback = path == callback::PATH || path.starts_with("/terugbellen/");
    // The calendar file is not a page: its own handler answers it.
    let is_visit =
        (path == app::visit::BASE || path.starts_with("/afspraak/")) && !path.ends_with(".ics");
    let is_report = path == app::accessibility::PATH;
    let product_form = crate::resident::form_routes::parse_path(&path);
    let status_token = path
        .strip_prefix(app::STATUS_BASE)
        .and_then(|rest| rest.strip_prefix('/'))
        .map(str::to_string);
    if request.method() != Method::GET
        || !(is_callback
            || is_visit
            || is_report
            || product_form.is_some()
            || status_token.is_some())
    {
        return next.run(request).await;
    }
    let today = time::today();
    let mut context = PageContext {
        today,
        ..PageContext::default()
    };
    if let Some(token) = status_token {
        return match crate::services::status::view_context(&state.store, &token).await {
            Err(e) => unexpected(e),
            Ok(view) => {
                context.request_status = view;
                render_private(request, context, next).await
            }
        };
    }
    if let Some((product, page)) = product_form {
        let query = request.uri().query().map(str::to_string);
        let lang = app::i18n::lang_of(request.headers());
        return match crate::resident::form_routes::prepare(
            &state,
            &jar,
            product,
            &page,
            query.as_deref(),
            lang,
        )
        .await
        {
            Err(e) => unexpected(e),
            Ok(crate::resident::form_routes::Prepared::Redirect(to)) => {
                Redirect::to(&to).into_response()
            }
            Ok(crate::resident::form_routes::Prepared::Page(form)) => {
                context.form = Some(*form);
                render_private(request, context, next).await
            }
        };
    }
    if is_report {
        return match crate::resident::reports::form_context(&state.store, &jar).await {
            Ok(form) => {
                context.report = Some(form);
                render_private(request, context, next).await
            }
            Err(e) => unexpected(e),
        };
    }
    if is_visit {
        let query = request.uri().query().map(str::to_string);
        return match visit_routes::prepare(&state, &jar, &path, query.as_deref()).await {
            Err(e) => unexpected(e),
            Ok(visit_routes::Prepared::Redirect(to)) => Redirect::to(&to).into_response(),
            Ok(visit_routes::Prepared::NotFound) => StatusCode::NOT_FOUND.into_response(),
            Ok(visit_routes::Prepared::Page(visit, saved)) => {
                context.visit = Some(*visit);
                let response = render_private(request, context, next).await;
                match saved {
                    Some(id) => {
                        (jar.add(draft_cookie(&id, state.secure_cookies)), response).into_response()
                    }
                    None => response,
                }
            }
        };
    }
    if is_callback {
        let loaded = if path == callback::PATH {
            let from = request
                .uri()
                .query()
                .and_then(|q| serde_urlencoded::from_str::<Vec<(String, String)>>(q).ok())
                .and_then(|pairs| {
                    pairs
                        .into_iter()
                        .find(|(k, _)| k == "vanaf")
                        .map(|(_, v)| v)
                });
            callbacks::form_context(&state, &jar, from)
                .await
                .map(|f| context.callback_form = Some(f))
        } else {
            let token = path.trim_start_matches("/terugbellen/");
            crate::services::callbacks::view(&state.store, token)
                .await
                .map(|v| context.callback_view = v)
        };
        if let Err(e) = loaded {
            return unexpected(e);
        }
        return render_private(request, context, next).await;
    }
    render_private(request, context, next).await
}

async fn render_private(mut request: Request, context: PageContext, next: Next) -> Response {
    request.extensions_mut().insert(context);
    let mut response = next.run(request).await;
    // Answers are personal: never keep these pages in a cache (think of a library PC).
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Saves the answers of one question page and redirects to what comes next.
/// An old move address answers with a permanent redirect to the same page of
/// the form engine (`/verhuizen/datum` to `/producten/verhuizing/datum`), the
/// query kept. 308 keeps the method, so a page open since before still posts.
pub async fn old_move_address(request: Request) -> Response {
    let uri = request.uri();
    let rest = uri
        .path()
        .strip_prefix(OLD_MOVE_BASE)
        .unwrap_or_default()
        .trim_start_matches('/');
    let mut to = format!("{}/verhuizing", app::catalogue::BASE);
    if !rest.is_empty() {
        to.push('/');
        to.push_str(rest);
    }
    if let Some(query) = uri.query() {
        to.push('?');
        to.push_str(query);
    }
    Redirect::permanent(&to).into_response()
}
