//! "Afspraak aan de balie": the form posts, the context its pages render
//! from, booking with its messages, and the secret link's actions (calendar
//! file, reschedule, cancel). Every post answers with a redirect.

use app::journey::{FieldError, MessageArg};
use app::page_context::VisitContext;
use app::visit::{BASE, CHECK_PATH, DAYS_AHEAD, FreeDay, MANAGE_BASE, VisitDraft, VisitStep};
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use jiff::ToSpan;
use serde::Deserialize;

use crate::http::cookies::draft_cookie;
use crate::http::errors::AppError;
use crate::messages::visits as messages;
use crate::services::drafts::{self, DraftId};
use crate::services::visits::{self, BookingError, Handover, VisitRequest};
use crate::{AppState, services::calendar, time};

pub const STEP_ROUTE: &str = "/afspraak/{step}";
pub const CHECK_ROUTE: &str = "/afspraak/controleren";
pub const CALENDAR_ROUTE: &str = "/afspraak/mijn/{token}/agenda.ics";
pub const CANCEL_ROUTE: &str = "/afspraak/mijn/{token}/annuleren";
pub const MOVE_ROUTE: &str = "/afspraak/mijn/{token}/verzetten";

#[derive(Deserialize)]
pub struct ReturnTo {
    terug: Option<String>,
}

async fn load(state: &AppState, jar: &CookieJar) -> Result<(DraftId, VisitDraft), sqlx::Error> {
    let Some(id) = drafts::id_from(jar) else {
        return Ok((DraftId::new(), VisitDraft::default()));
    };
    let draft = crate::store::drafts::load(&state.store, &id, drafts::VISIT)
        .await?
        .unwrap_or_default();
    Ok((id, draft))
}

/// The days with room (for the chosen products and location) and the free
/// times on the chosen day, from tomorrow up to four weeks ahead.
async fn offers(
    state: &AppState,
    draft: &VisitDraft,
) -> Result<(Vec<FreeDay>, Vec<u16>), sqlx::Error> {
    let minutes = draft.minutes();
    let Some(location) = draft.location().filter(|_| minutes > 0) else {
        return Ok((Vec::new(), Vec::new()));
    };
    let today = time::today();
    let from = today.saturating_add(1.day());
    let to = today.saturating_add(DAYS_AHEAD.days());
    let days = visits::free_days(&state.store, location, from, to, minutes, state.holidays).await?;
    let times = match draft.day().filter(|d| *d >= from && *d <= to) {
        Some(day) => {
            visits::free_times(&state.store, location, day, minutes, state.holidays).await?
        }
        None => Vec::new(),
    };
    Ok((days, times))
}

/// The first question without a (still valid) answer before `step`, if any.
fn missing_before(draft: &VisitDraft, step: VisitStep) -> Option<VisitStep> {
    let missing = match draft.to_answers() {
        Ok(_) => return None,
        Err(missing) => missing,
    };
    (missing < step).then_some(missing)
}

/// What the visit pages need, or where to send the resident instead.
pub enum Prepared {
    Page(Box<VisitContext>, Option<DraftId>),
    Redirect(String),
    NotFound,
}

/// Prepares a GET of a visit page (`path` starts with `/afspraak`).
pub async fn prepare(
    state: &AppState,
    jar: &CookieJar,
    path: &str,
    query: Option<&str>,
) -> Result<Prepared, sqlx::Error> {
    if let Some(token) = path.strip_prefix(&format!("{MANAGE_BASE}/")) {
        return Ok(match visits::view(&state.store, token).await? {
            Some(view) => Prepared::Page(
                Box::new(VisitContext {
                    view: Some(view),
                    ..VisitContext::default()
                }),
                None,
            ),
            None => Prepared::NotFound,
        });
    }
    let (id, mut draft) = load(state, jar).await?;
    // Coming from a product page or a form: that product is ticked already,
    // and the page is kept so the clerk knows where the resident got stuck.
    let pairs: Vec<(String, String)> = query
        .and_then(|q| serde_urlencoded::from_str(q).ok())
        .unwrap_or_default();
    let from = pairs
        .iter()
        .find(|(k, _)| k == "vanaf")
        .and_then(|(_, v)| app::domain::LocalPath::parse(v))
        .map(app::domain::LocalPath::into_string);
    let product = pairs
        .iter()
        .find(|(k, _)| k == "product")
        .map(|(_, v)| v.clone())
        .or_else(|| {
            from.as_deref()
                .and_then(app::catalogue::for_path)
                .and_then(|p| p.visit_product.clone())
        });
    let mut save_id = None;
    if product.is_some() || from.is_some() {
        if draft.booked.is_some() {
            draft = VisitDraft::default();
        }
        let before = draft.clone();
        if let Some(slug) = &product {
            draft.preselect(slug);
        }
        if let Some(from) = from {
            draft.from = from;
        }
        if draft != before {
            crate::store::drafts::save(&state.store, &id, drafts::VISIT, &draft).await?;
            save_id = Some(id.clone());
        }
    }
    let can_share_answers =
        crate::services::callbacks::has_answers(&state.store, &id, &draft.from).await?;
    let step = path
        .strip_prefix(&format!("{BASE}/"))
        .and_then(VisitStep::from_slug);
    if path == CHECK_PATH {
        if let Some(token) = &draft.booked {
            return Ok(Prepared::Redirect(visits::manage_path(token)));
        }
        if let Err(missing) = draft.to_answers() {
            return Ok(Prepared::Redirect(missing.path()));
        }
    }
    if let Some(step) = step
        && let Some(missing) = missing_before(&draft, step)
    {
        return Ok(Prepared::Redirect(missing.path()));
    }
    let (free_days, free_times) = match step {
        Some(VisitStep::Day | VisitStep::Time) => offers(state, &draft).await?,
        _ => (Vec::new(), Vec::new()),
    };
    Ok(Prepared::Page(
        Box::new(VisitContext {
            draft,
            free_days,
            free_times,
            nonce: drafts::random_hex(),
            view: None,
            can_share_answers,
        }),
        save_id,
    ))
}

/// Saves the answer of one question and redirects to what comes next.
pub async fn submit_step(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(return_to): Query<ReturnTo>,
    jar: CookieJar,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let Some(step) = VisitStep::from_slug(&slug) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let back_to_check = return_to.terug.as_deref() == Some("controleren");
    let (id, mut draft) = load(&state, &jar).await?;
    if draft.booked.is_some() {
        // That visit is booked: a new answer starts a new visit.
        draft = VisitDraft::default();
    }
    let (days, times) = offers(&state, &draft).await?;
    let answered = draft.apply(step, &form, &days, &times);
    crate::store::drafts::save(&state.store, &id, drafts::VISIT, &draft).await?;
    let suffix = if back_to_check {
        "?terug=controleren"
    } else {
        ""
    };
    let target = if !answered {
        format!("{}{suffix}", step.path())
    } else if back_to_check {
        match draft.to_answers() {
            Ok(_) => CHECK_PATH.to_string(),
            // A changed answer needs a new one later on (a new location needs a day).
            Err(missing) => format!("{}{suffix}", missing.path()),
        }
    } else {
        step.next()
            .map(VisitStep::path)
            .unwrap_or_else(|| CHECK_PATH.to_string())
    };
    Ok((
        jar.add(draft_cookie(&id, state.secure_cookies)),
        Redirect::to(&target),
    )
        .into_response())
}

/// Books the visit (or moves it), exactly once per check page.
pub async fn submit_check(
    State(state): State<AppState>,
    jar: CookieJar,
    headers: HeaderMap,
    assisted: Option<axum::Extension<crate::services::assisted::AssistedNow>>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let lang = app::i18n::lang_of(&headers);
    let (id, mut draft) = load(&state, &jar).await?;
    if let Some(token) = &draft.booked {
        return Ok(Redirect::to(&visits::manage_path(token)).into_response());
    }
    let answers = match draft.to_answers() {
        Ok(answers) => answers,
        Err(missing) => return Ok(Redirect::to(&missing.path()).into_response()),
    };
    let nonce = form
        .iter()
        .find(|(k, _)| k == "formulier")
        .map(|(_, v)| crate::services::drafts::form_nonce(v))
        .filter(|v| !v.is_empty());
    let origin = app::callback::Origin::from_path(&draft.from);
    let answers_along = if draft.share_answers {
        crate::services::callbacks::shared_answers(&state.store, &id, &draft.from).await
    } else {
        None
    };
    let request = VisitRequest {
        location: answers.location,
        day: answers.day,
        start: answers.start,
        products: answers.product_slugs(),
        name: answers.name.as_str().to_string(),
        email: answers.email.as_ref().map(|e| e.as_str().to_string()),
        phone: answers.phone.as_ref().map(|p| p.e164().to_string()),
        nonce,
        handover: Handover {
            product: origin.product,
            step: origin.step,
            answers: answers_along,
        },
        walk_in: false,
        survey_lang: answers.survey_mail.then(|| lang.code().to_string()),
        helped: assisted
            .as_ref()
            .map(|a| a.helped(draft.helper_note.clone())),
    };
    let moved = draft.replacing.is_some();
    let result = visits::book_with_messages(
        &state.store,
        request,
        state.holidays,
        draft.replacing.clone(),
        |booked| {
            messages::booking_messages(&state, &messages::view_of(&answers, booked), moved, lang)
        },
    )
    .await;
    let target = match result {
        Ok(booked) => {
            tracing::info!(reference = %booked.reference, "visit booked");
            draft = VisitDraft {
                booked: Some(booked.token.clone()),
                ..VisitDraft::default()
            };
            visits::manage_path(&booked.token)
        }
        Err(BookingError::Taken { nearest }) => {
            draft.time.clear();

            let step = if nearest.is_empty() {
                draft.day.clear();
                VisitStep::Day
            } else {
                VisitStep::Time
            };
            let error = if nearest.is_empty() {
                FieldError::single(step_field(step), "visit-error-taken-day-full")
            } else {
                FieldError::single(step_field(step), "visit-error-taken-times")
                    .with("times", MessageArg::Clocks(nearest.clone()))
            };
            draft.errors.insert(step, vec![error]);
            step.path()
        }
        Err(BookingError::NotOffered) => {
            draft.day.clear();
            draft.time.clear();
            draft.errors.insert(
                VisitStep::Day,
                vec![FieldError::single("dag", "visit-error-day-gone")],
            );
            VisitStep::Day.path()
        }
        Err(BookingError::Storage(e)) => return Err(e.into()),
    };
    crate::store::drafts::save(&state.store, &id, drafts::VISIT, &draft).await?;
    Ok((
        jar.add(draft_cookie(&id, state.secure_cookies)),
        Redirect::to(&target),
    )
        .into_response())
}

fn step_field(step: VisitStep) -> &'static str {
    match step {
        VisitStep::Day => "dag",
        _ => "tijd",
    }
}

/// The `.ics` file of a visit: PUBLISH while it stands, CANCEL once cancelled.
pub async fn calendar_file(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let lang = app::i18n::lang_of(&headers);
    match visits::view(&state.store, &token).await {
        Ok(Some(view)) => {
            let method = if view.cancelled { "CANCEL" } else { "PUBLISH" };
            let content_type = format!("{}; method={method}", calendar::CONTENT_TYPE);
            let disposition = format!(
                "attachment; filename=\"afspraak-{}.ics\"",
                view.reference.to_lowercase()
            );
            let mut response = calendar::visit_ics(&view, &state.mail_domain, lang).into_response();
            let headers = response.headers_mut();
            for (name, value) in [
                (header::CONTENT_TYPE, content_type),
                (header::CONTENT_DISPOSITION, disposition),
                (header::CACHE_CONTROL, "no-store".to_string()),
            ] {
                if let Ok(value) = HeaderValue::from_str(&value) {
                    headers.insert(name, value);
                }
            }
            Ok(response)
        }
        Ok(None) => Ok(StatusCode::NOT_FOUND.into_response()),
        Err(e) => Err(e.into()),
    }
}

/// Cancels at once (the time is free for someone else) and sends the cancellation.
pub async fn cancel(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let lang = app::i18n::lang_of(&headers);
    let view = match visits::view(&state.store, &token).await {
        Ok(Some(view)) => view,
        Ok(None) => return Ok(StatusCode::NOT_FOUND.into_response()),
        Err(e) => return Err(e.into()),
    };
    let message = messages::cancel_message(&state, &view, lang);
    match visits::cancel_with_message(&state.store, &token, move |_| message).await {
        Ok(_) => {
            tracing::info!(reference = %view.reference, "visit cancelled");
            Ok(Redirect::to(&visits::manage_path(&token)).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// Starts moving a visit: the same products, place and details; a new day and time.
pub async fn start_move(
    State(state): State<AppState>,
    Path(token): Path<String>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let view = match visits::view(&state.store, &token).await {
        Ok(Some(view)) if !view.cancelled => view,
        Ok(Some(_)) => return Ok(Redirect::to(&visits::manage_path(&token)).into_response()),
        Ok(None) => return Ok(StatusCode::NOT_FOUND.into_response()),
        Err(e) => return Err(e.into()),
    };
    let id = drafts::id_from(&jar).unwrap_or_else(DraftId::new);
    let draft = VisitDraft {
        products: view.products.iter().map(|p| p.slug.to_string()).collect(),
        location: view.location.slug.to_string(),
        name: view.name.clone(),
        email: view.email.clone().unwrap_or_default(),
        phone: view.phone.clone().unwrap_or_default(),
        // The consent given at booking goes along to the new time.
        survey_mail: crate::store::visits::survey_lang(
            &state.store,
            &crate::services::secret_key::key(&token),
        )
        .await?
        .is_some(),
        replacing: Some(token),
        ..VisitDraft::default()
    };
    crate::store::drafts::save(&state.store, &id, drafts::VISIT, &draft).await?;
    Ok((
        jar.add(draft_cookie(&id, state.secure_cookies)),
        Redirect::to(&VisitStep::Day.path()),
    )
        .into_response())
}
