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
use crate::http::errors::AppError;
use crate::resident::{callbacks, form_routes, help, panel, reports, satisfaction, visit_routes};
use crate::{AppState, time};

/// The move journey's old addresses (`/verhuizen/...`, before it ran on the
/// form engine): links in old mails and bookmarks still arrive.
pub const OLD_MOVE_BASE: &str = "/verhuizen";
pub const OLD_MOVE_ROUTE: &str = "/verhuizen/{*rest}";

/// A GET of a page, as a loader sees it.
struct Asked {
    state: AppState,
    jar: CookieJar,
    path: String,
    query: Option<String>,
    lang: app::i18n::Lang,
}

/// What a loader found: what the page renders from (and a draft cookie to
/// set), or an answer instead of the page (a redirect, a 404).
enum Found {
    Page(Box<PageContext>, Option<crate::services::drafts::DraftId>),
    Answer(Response),
}

type Loading = std::pin::Pin<Box<dyn Future<Output = Result<Found, AppError>> + Send>>;

/// One entry of [`LOADERS`]: the path test and the loader.
struct Loader {
    matches: fn(&str) -> bool,
    load: fn(Asked) -> Loading,
}

/// The pages that need the server before they render: which paths, and what
/// loads their context. The first whose test matches the path loads; every
/// other page renders from the empty context.
const LOADERS: [Loader; 8] = [
    Loader {
        matches: is_status,
        load: |a| Box::pin(status_page(a)),
    },
    Loader {
        matches: is_product_form,
        load: |a| Box::pin(product_form(a)),
    },
    Loader {
        matches: is_report,
        load: |a| Box::pin(report_form(a)),
    },
    Loader {
        matches: is_visit,
        load: |a| Box::pin(visit_page(a)),
    },
    Loader {
        matches: is_callback,
        load: |a| Box::pin(callback_page(a)),
    },
    Loader {
        // The page only; its numbers text (`/wachtkamer/<location>/nummers`) is a route.
        matches: |path| {
            path.strip_prefix("/wachtkamer/")
                .is_some_and(|slug| !slug.contains('/'))
        },
        load: |a| Box::pin(waiting_room(a)),
    },
    Loader {
        matches: |path| survey_token(path).is_some(),
        load: |a| Box::pin(survey_page(a)),
    },
    Loader {
        matches: panel::is_panel,
        load: |a| Box::pin(panel_page(a)),
    },
];

fn survey_token(path: &str) -> Option<&str> {
    path.strip_prefix(app::satisfaction::BASE)?
        .strip_prefix('/')
        .filter(|t| !t.contains('/'))
}

fn is_status(path: &str) -> bool {
    status_token(path).is_some()
}

fn status_token(path: &str) -> Option<&str> {
    path.strip_prefix(app::STATUS_BASE)?.strip_prefix('/')
}

fn is_product_form(path: &str) -> bool {
    form_routes::parse_path(path).is_some()
}

fn is_report(path: &str) -> bool {
    path == app::accessibility::PATH
}

fn is_visit(path: &str) -> bool {
    // The calendar file is not a page: its own handler answers it.
    (path == app::visit::BASE || path.starts_with("/afspraak/")) && !path.ends_with(".ics")
}

fn is_callback(path: &str) -> bool {
    path == callback::PATH || path.starts_with("/terugbellen/")
}

fn empty() -> PageContext {
    PageContext {
        today: time::today(),
        ..PageContext::default()
    }
}

async fn status_page(asked: Asked) -> Result<Found, AppError> {
    let rest = status_token(&asked.path).unwrap_or_default();
    let (token, addition_page) = match rest.strip_suffix("/aanvullen") {
        Some(token) => (token, true),
        None => (rest, false),
    };
    let query: Vec<(String, String)> = asked
        .query
        .as_deref()
        .and_then(|q| serde_urlencoded::from_str(q).ok())
        .unwrap_or_default();
    let said = |name: &str| {
        query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let mut context = empty();
    let mut view = crate::services::status::view_context(&asked.state.store, token).await?;
    if let Some(view) = view.as_mut() {
        view.added = said("aangevuld") == Some("ja");
        if addition_page {
            view.addition_error = match said("fout") {
                Some("leeg") => Some("addition-error-empty".into()),
                Some("lang") => Some("addition-error-too-long".into()),
                _ => None,
            };
            if view.addition_error.is_some()
                && let Some(id) = crate::services::drafts::id_from(&asked.jar)
            {
                view.addition_text = crate::store::drafts::load::<String>(
                    &asked.state.store,
                    id.as_str(),
                    crate::services::drafts::ADDITION,
                )
                .await?
                .unwrap_or_default();
            }
        }
    }
    context.request_status = view;
    Ok(Found::Page(Box::new(context), None))
}

async fn product_form(asked: Asked) -> Result<Found, AppError> {
    let Some((product, page)) = form_routes::parse_path(&asked.path) else {
        return Ok(Found::Answer(StatusCode::NOT_FOUND.into_response()));
    };
    let prepared = form_routes::prepare(
        &asked.state,
        &asked.jar,
        product,
        &page,
        asked.query.as_deref(),
        asked.lang,
    )
    .await?;
    Ok(match prepared {
        form_routes::Prepared::Redirect(to) => Found::Answer(Redirect::to(&to).into_response()),
        form_routes::Prepared::Page(form) => {
            let mut context = empty();
            context.form = Some(*form);
            Found::Page(Box::new(context), None)
        }
    })
}

async fn survey_page(asked: Asked) -> Result<Found, AppError> {
    let token = survey_token(&asked.path).unwrap_or_default();
    let found = satisfaction::view(&asked.state, &asked.jar, token, asked.query.as_deref()).await?;
    let Some(view) = found else {
        return Ok(Found::Answer(StatusCode::NOT_FOUND.into_response()));
    };
    let mut context = empty();
    context.survey = Some(view);
    Ok(Found::Page(Box::new(context), None))
}

/// The banner's view of an assisted session.
fn assisted_context(
    now: &crate::services::assisted::AssistedNow,
) -> Option<app::assisted::Assisted> {
    let library = app::assisted::library(&now.library)?;
    Some(app::assisted::Assisted {
        helper: now.helper.clone(),
        library: library.name.clone(),
        library_slug: library.slug.clone(),
        agreed: now.agreed,
    })
}

async fn help_page(asked: Asked) -> Result<Found, AppError> {
    let mut context = empty();
    context.help = Some(
        help::view(
            &asked.state,
            &asked.jar,
            &asked.path,
            asked.query.as_deref(),
        )
        .await?,
    );
    Ok(Found::Page(Box::new(context), None))
}

async fn panel_page(asked: Asked) -> Result<Found, AppError> {
    let mut context = empty();
    context.panel = Some(panel::view(&asked.state, &asked.jar, &asked.path).await?);
    Ok(Found::Page(Box::new(context), None))
}

async fn report_form(asked: Asked) -> Result<Found, AppError> {
    let mut context = empty();
    context.report = Some(reports::form_context(&asked.state.store, &asked.jar).await?);
    Ok(Found::Page(Box::new(context), None))
}

async fn visit_page(asked: Asked) -> Result<Found, AppError> {
    let prepared = visit_routes::prepare(
        &asked.state,
        &asked.jar,
        &asked.path,
        asked.query.as_deref(),
    )
    .await?;
    Ok(match prepared {
        visit_routes::Prepared::Redirect(to) => Found::Answer(Redirect::to(&to).into_response()),
        visit_routes::Prepared::NotFound => Found::Answer(StatusCode::NOT_FOUND.into_response()),
        visit_routes::Prepared::Page(mut visit, saved) => {
            // A booked visit's page: its satisfaction question, one click away.
            if let Some(view) = visit
                .view
                .as_mut()
                .filter(|v| !v.cancelled && v.moved_to.is_none())
            {
                let contact = crate::services::satisfaction::Contact {
                    kind: "afspraak",
                    reference: &view.reference,
                    channel: "online",
                    product: view.products.first().map(|p| p.slug),
                    location: Some(view.location.slug.as_str()),
                };
                view.survey_path = Some(
                    crate::services::satisfaction::invite(
                        &asked.state.store,
                        &view.token,
                        &contact,
                    )
                    .await?,
                );
            }
            let mut context = empty();
            context.visit = Some(*visit);
            Found::Page(Box::new(context), saved)
        }
    })
}

async fn callback_page(asked: Asked) -> Result<Found, AppError> {
    let mut context = empty();
    if asked.path == callback::PATH {
        let from = asked
            .query
            .as_deref()
            .and_then(|q| serde_urlencoded::from_str::<Vec<(String, String)>>(q).ok())
            .and_then(|pairs| {
                pairs
                    .into_iter()
                    .find(|(k, _)| k == "vanaf")
                    .map(|(_, v)| v)
            });
        context.callback_form =
            Some(callbacks::form_context(&asked.state, &asked.jar, from).await?);
    } else {
        let token = asked.path.trim_start_matches("/terugbellen/");
        let mut view = crate::services::callbacks::view(&asked.state.store, token).await?;
        if let Some(found) = view.as_mut().filter(|v| !v.cancelled) {
            let contact = crate::services::satisfaction::Contact {
                kind: "terugbelverzoek",
                reference: &found.reference,
                channel: "online",
                product: None,
                location: None,
            };
            found.survey_path = Some(
                crate::services::satisfaction::invite(&asked.state.store, token, &contact).await?,
            );
        }
        context.callback_view = view;
    }
    Ok(Found::Page(Box::new(context), None))
}

/// The waiting-room screen: the numbers called today at a location.
async fn waiting_room(asked: Asked) -> Result<Found, AppError> {
    let slug = asked.path.trim_start_matches("/wachtkamer/");
    let Some(location) = app::visit::location(slug) else {
        return Ok(Found::Answer(StatusCode::NOT_FOUND.into_response()));
    };
    let called = crate::store::counter::called(
        &asked.state.store,
        &location.slug,
        &time::today().to_string(),
    )
    .await?;
    let mut context = empty();
    context.waiting_room = Some(app::staff::counter_views::WaitingRoomView {
        location: location.name.to_string(),
        slug: location.slug.to_string(),
        called,
        screen: asked.query.as_deref() == Some("scherm=ja"),
    });
    Ok(Found::Page(Box::new(context), None))
}

/// `GET /wachtkamer/<location>/nummers`: the calls of today at a location,
/// newest first, worded as the page words them in its language ("B12 naar
/// balie 3"), one per line, for the waiting room's island. Nothing personal;
/// never cached.
pub async fn waiting_room_numbers(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    axum::extract::Path(slug): axum::extract::Path<String>,
) -> Result<Response, AppError> {
    let lang = app::i18n::lang_of(&headers);
    let Some(location) = app::visit::location(&slug) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let called =
        crate::store::counter::called(&state.store, &location.slug, &time::today().to_string())
            .await?;
    let text: String = called
        .iter()
        .map(|(number, counter)| {
            let words = app::i18n::t_args_in(
                lang,
                "waiting-room-line",
                &[
                    ("number", number.clone().into()),
                    ("counter", (*counter).into()),
                ],
            );
            format!("{words}\n")
        })
        .collect();
    Ok((
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        text,
    )
        .into_response())
}

/// Middleware: a GET of a page in [`LOADERS`] gets its context loaded and is
/// rendered private (`no-store`); anything else passes untouched.
pub async fn page_context(
    State(state): State<AppState>,
    jar: CookieJar,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_string();
    let loader = LOADERS
        .iter()
        .find(|loader| (loader.matches)(&path))
        .map(|loader| loader.load);
    // Helped at the library: every page has the banner's context.
    let assisted = request
        .extensions()
        .get::<crate::services::assisted::AssistedNow>()
        .and_then(assisted_context);
    let help = help::is_help(&path);
    let load: fn(Asked) -> Loading = match loader {
        Some(load) => load,
        None if help => |a| Box::pin(help_page(a)),
        None if assisted.is_some() => {
            |_| Box::pin(async { Ok(Found::Page(Box::new(empty()), None)) })
        }
        None => return next.run(request).await,
    };
    if request.method() != Method::GET {
        return next.run(request).await;
    }
    let secure = state.secure_cookies;
    let asked = Asked {
        state,
        jar: jar.clone(),
        path,
        query: request.uri().query().map(str::to_string),
        lang: app::i18n::lang_of(request.headers()),
    };
    let with_banner = |mut context: Box<PageContext>| {
        context.assisted = assisted.clone();
        *context
    };
    match load(asked).await {
        Err(e) => e.into_response(),
        Ok(Found::Answer(answer)) => answer,
        Ok(Found::Page(context, None)) => render_private(request, with_banner(context), next).await,
        Ok(Found::Page(context, Some(id))) => {
            let response = render_private(request, with_banner(context), next).await;
            (jar.add(draft_cookie(&id, secure)), response).into_response()
        }
    }
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
