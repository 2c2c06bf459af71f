//! The form posts of "Verhuizing doorgeven" and the context its pages render
//! from. Every post answers with a redirect (post/redirect/get), so the journey
//! needs no JavaScript, and refresh or back never resends or loses anything.

use app::callback;
use app::move_journey::{BASE, CHECK_PATH, CONFIRMATION_PATH, MoveDraft, Outcome, Step};
use app::page_context::{PageContext, SubmissionView};
use axum::Form;
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::Deserialize;

use crate::drafts::{self, COOKIE, DraftId, LIFETIME_SECS};
use crate::{AppState, callbacks, submissions, time, visit_routes};

pub const STEP_ROUTE: &str = "/verhuizen/{step}";
pub const CHECK_ROUTE: &str = "/verhuizen/controleren";
const BACK_TO_CHECK: &str = "controleren";

#[derive(Deserialize)]
pub struct ReturnTo {
    terug: Option<String>,
}

/// Something went wrong on our side: logged without personal data, and a calm page.
pub(crate) fn unexpected(e: sqlx::Error) -> Response {
    tracing::error!(error = %e, "database error");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

pub(crate) fn draft_cookie(id: &DraftId, secure: bool) -> Cookie<'static> {
    Cookie::build((COOKIE, id.as_str().to_string()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(cookie::time::Duration::seconds(LIFETIME_SECS))
        .build()
}

/// The draft this browser works on, if it exists and has not expired, with the
/// submission made from it, if it was sent.
async fn current_draft(
    state: &AppState,
    jar: &CookieJar,
) -> Result<Option<(DraftId, MoveDraft, Option<SubmissionView>)>, sqlx::Error> {
    let Some(id) = jar.get(COOKIE).and_then(|c| DraftId::parse(c.value())) else {
        return Ok(None);
    };
    let Some(draft) = drafts::load(&state.pool, &id, drafts::MOVE).await? else {
        return Ok(None);
    };
    let submission = submissions::find_by_draft(&state.pool, &id).await?;
    Ok(Some((id, draft, submission)))
}

/// Loads what the journey's pages need before Leptos renders them, and sends
/// the resident to the right page when this one does not apply yet.
pub async fn page_context(
    State(state): State<AppState>,
    jar: CookieJar,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_string();
    let is_move = path == BASE || path.starts_with("/verhuizen/");
    let is_callback = path == callback::PATH || path.starts_with("/terugbellen/");
    // The calendar file is not a page: its own handler answers it.
    let is_visit =
        (path == app::visit::BASE || path.starts_with("/afspraak/")) && !path.ends_with(".ics");
    let is_report = path == app::accessibility::PATH;
    let product_form = crate::form_routes::parse_path(&path);
    let status_token = path
        .strip_prefix(app::STATUS_BASE)
        .and_then(|rest| rest.strip_prefix('/'))
        .map(str::to_string);
    if request.method() != Method::GET
        || !(is_move
            || is_callback
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
        return match crate::status::view_context(&state.pool, &token).await {
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
        return match crate::form_routes::prepare(
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
            Ok(crate::form_routes::Prepared::Redirect(to)) => Redirect::to(&to).into_response(),
            Ok(crate::form_routes::Prepared::Page(form)) => {
                context.form = Some(*form);
                render_private(request, context, next).await
            }
        };
    }
    if is_report {
        return match crate::reports::form_context(&state.pool, &jar).await {
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
            callbacks::view_context(&state.pool, token)
                .await
                .map(|v| context.callback_view = v)
        };
        if let Err(e) = loaded {
            return unexpected(e);
        }
        return render_private(request, context, next).await;
    }
    match current_draft(&state, &jar).await {
        Err(e) => return unexpected(e),
        Ok(Some((_, _, Some(submission)))) => context.submission = Some(submission),
        Ok(Some((_, draft, None))) => context.draft = draft,
        Ok(None) => {}
    }
    if path == CHECK_PATH {
        if context.submission.is_some() {
            return Redirect::to(CONFIRMATION_PATH).into_response();
        }
        if let Err(step) = context.draft.to_request(today) {
            return Redirect::to(&step.path()).into_response();
        }
    }
    if path == CONFIRMATION_PATH && context.submission.is_none() {
        return Redirect::to(BASE).into_response();
    }
    render_private(request, context, next).await
}

/// Renders a page that shows personal answers: with its context, never cached.
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
pub async fn submit_step(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(return_to): Query<ReturnTo>,
    jar: CookieJar,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let Some(step) = Step::from_slug(&slug) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let back_to_check = return_to.terug.as_deref() == Some(BACK_TO_CHECK);
    let (id, mut draft) = match current_draft(&state, &jar).await {
        Err(e) => return unexpected(e),
        // A sent draft is finished: a new answer starts a new report.
        Ok(Some((_, _, Some(_))) | None) => (DraftId::new(), MoveDraft::default()),
        Ok(Some((id, draft, None))) => (id, draft),
    };
    let outcome = draft.apply(step, &form, time::today(), back_to_check);
    if let Err(e) = drafts::save(&state.pool, &id, drafts::MOVE, &draft).await {
        return unexpected(e);
    }
    let suffix = if back_to_check {
        "?terug=controleren"
    } else {
        ""
    };
    let target = match outcome {
        Outcome::Stay(step) | Outcome::Next(step) => format!("{}{suffix}", step.path()),
        Outcome::Check => CHECK_PATH.to_string(),
    };
    // The cookie is renewed on every answer: 24 hours from the last change.
    (
        jar.add(draft_cookie(&id, state.secure_cookies)),
        Redirect::to(&target),
    )
        .into_response()
}

/// Sends the report: stored once, whatever the number of clicks.
pub async fn submit_move(State(state): State<AppState>, jar: CookieJar) -> Response {
    let (id, draft) = match current_draft(&state, &jar).await {
        Err(e) => return unexpected(e),
        Ok(None) => return Redirect::to(BASE).into_response(),
        Ok(Some((_, _, Some(_)))) => return Redirect::to(CONFIRMATION_PATH).into_response(),
        Ok(Some((id, draft, None))) => (id, draft),
    };
    let request = match draft.to_request(time::today()) {
        Ok(request) => request,
        Err(step) => return Redirect::to(&step.path()).into_response(),
    };
    match submissions::submit(&state.pool, &id, &request).await {
        Ok(reference) => {
            tracing::info!(reference = %reference, "move reported");
            Redirect::to(CONFIRMATION_PATH).into_response()
        }
        Err(e) => unexpected(e),
    }
}
