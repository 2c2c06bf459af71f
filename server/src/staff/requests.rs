//! The posts of a request's page (taking it, changing its status) and its
//! photos. Each change runs in one transaction with its access-log row, its
//! history entry and its mail; a version check makes the second of two
//! colleagues acting at once hear that it changed meanwhile, their typing kept.

use app::domain::RequestStatus;
use app::journey::posted as field;
use app::staff::paths;
use app::staff::request::MAX_MESSAGE_CHARS;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::access_log::{self, Action};
use super::handled::handled_request;
use super::kept_form::{self, KeptForm};
use super::sessions::StaffSession;
use crate::http::errors::AppError;
use crate::services::submissions::StoredForm;
use crate::store::work;
use crate::{AppState, outbox, time};

fn not_found() -> Result<Response, AppError> {
    Ok(StatusCode::NOT_FOUND.into_response())
}

/// `POST .../toewijzen`: assigns the request to whoever pressed it.
pub async fn take(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    Path(reference): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let Some(found) = handled_request(&state, &session, &reference).await? else {
        return not_found();
    };
    let Some(version) = field(&form, "versie").and_then(|v| v.parse::<i64>().ok()) else {
        return Ok(StatusCode::BAD_REQUEST.into_response());
    };
    let mut tx = state.store.begin().await?;
    if work::assign(&mut tx, found.id, session.account_id, version).await? {
        access_log::record_in(
            &mut tx,
            &session,
            Action::Change,
            "aanvraag",
            &found.reference,
            "toewijzen",
        )
        .await?;
        tx.commit().await?;
    } else {
        drop(tx);
        let kept = KeptForm {
            action: paths::request_status(&reference),
            fields: Vec::new(),
            problem: Some(format!("meanwhile:{}", found.status)),
        };
        kept_form::keep(&state.store, &session.key, &kept).await?;
    }
    Ok(Redirect::to(&paths::request(&reference)).into_response())
}

/// What the status form asks, checked; or the problem's word.
fn check(
    form: &[(String, String)],
    from: RequestStatus,
) -> Result<(RequestStatus, Option<String>), &'static str> {
    let message = field(form, "bericht")
        .map(str::trim)
        .filter(|m| !m.is_empty());
    if message.is_some_and(|m| m.chars().count() > MAX_MESSAGE_CHARS) {
        return Err("too-long");
    }
    let Some(to) = field(form, "nieuwe-status").and_then(RequestStatus::parse) else {
        return Err("no-status");
    };
    if !from.may_become(to) {
        return Err("not-allowed");
    }
    if to == RequestStatus::NeedsMore && message.is_none() {
        return Err("missing-what");
    }
    Ok((to, message.map(String::from)))
}

/// `POST .../status`: a new status along the transition table, with a message
/// to the resident (on Mijn aanvraag, and by mail when an address is known).
pub async fn change_status(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    Path(reference): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let Some(found) = handled_request(&state, &session, &reference).await? else {
        return not_found();
    };
    let page = paths::request(&reference);
    let Some(from) = RequestStatus::parse(&found.status) else {
        return not_found();
    };
    let Some(version) = field(&form, "versie").and_then(|v| v.parse::<i64>().ok()) else {
        return Ok(StatusCode::BAD_REQUEST.into_response());
    };
    let keep = |problem: String| KeptForm {
        action: paths::request_status(&reference),
        fields: form
            .iter()
            .filter(|(k, _)| k == "nieuwe-status" || k == "bericht")
            .cloned()
            .collect(),
        problem: Some(problem),
    };
    if version != found.version {
        kept_form::keep(
            &state.store,
            &session.key,
            &keep(format!("meanwhile:{from}", from = from.as_str())),
        )
        .await?;
        return Ok(Redirect::to(&page).into_response());
    }
    let (to, message) = match check(&form, from) {
        Ok(checked) => checked,
        // A jump the table does not allow is not a typing mistake: refused, nothing changed.
        Err("not-allowed") => return Ok(StatusCode::UNPROCESSABLE_ENTITY.into_response()),
        Err(problem) => {
            kept_form::keep(&state.store, &session.key, &keep(problem.to_string())).await?;
            return Ok(Redirect::to(&page).into_response());
        }
    };
    let stored: Option<StoredForm> = serde_json::from_str(&found.answers).ok();
    // Closed: the mail may carry the satisfaction question (keyed before
    // the transaction: the shared key is read from the pool).
    let closed = matches!(to, RequestStatus::Done | RequestStatus::Refused);
    let person = match stored.as_ref().and_then(|s| s.email.as_deref()) {
        Some(email) if closed => {
            crate::services::satisfaction::person_key(&state.store, email).await?
        }
        _ => None,
    };
    let now = time::now().to_string();
    let mut tx = state.store.begin().await?;
    let missing = (to == RequestStatus::NeedsMore)
        .then_some(message.as_deref())
        .flatten();
    if !work::change_status(&mut tx, found.id, version, from, to, missing).await? {
        drop(tx);
        let now_status = work::detail(&state.store, &reference)
            .await?
            .map(|d| d.status)
            .unwrap_or_else(|| from.as_str().to_string());
        kept_form::keep(
            &state.store,
            &session.key,
            &keep(format!("meanwhile:{now_status}")),
        )
        .await?;
        return Ok(Redirect::to(&page).into_response());
    }
    work::add_staff_event(
        &mut tx,
        found.id,
        to,
        message.as_deref(),
        &now,
        session.account_id,
    )
    .await?;
    access_log::record_in(
        &mut tx,
        &session,
        Action::Change,
        "aanvraag",
        &found.reference,
        "status wijzigen",
    )
    .await?;
    if let (Some(stored), Some(token), Some(product)) = (
        stored.as_ref(),
        found.token.as_deref(),
        app::catalogue::by_slug(&found.product),
    ) && let Some(to_address) = stored.email.as_deref()
    {
        let link = format!("{}{}/{token}", state.public_url, app::STATUS_BASE);
        let survey = crate::services::satisfaction::mail_link(
            &mut tx,
            &state.public_url,
            person.as_deref(),
            token,
            &crate::services::satisfaction::Contact {
                kind: "aanvraag",
                reference: &found.reference,
                channel: &found.channel,
                product: Some(&found.product),
                location: None,
            },
        )
        .await?;
        let mail = crate::messages::status::StatusMail {
            product,
            reference: &found.reference,
            status: to,
            message: message.as_deref(),
            status_link: &link,
            to: to_address,
            lang: app::i18n::Lang::from_code(&stored.lang).unwrap_or(app::i18n::Lang::Nl),
            survey: survey.as_deref(),
        };
        outbox::enqueue(&mut tx, &crate::messages::status::changed(&mail)).await?;
    }
    tx.commit().await?;
    tracing::info!(reference = %found.reference, status = to.as_str(), "request status changed by staff");
    Ok(Redirect::to(&page).into_response())
}

/// `GET .../foto/<id>`: a photo of the request, only for staff, its view logged.
pub async fn photo(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    Path((reference, photo)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let Some(found) = handled_request(&state, &session, &reference).await? else {
        return not_found();
    };
    if photo.len() > 64
        || !photo
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return not_found();
    }
    access_log::record(
        &state.store,
        &session,
        Action::View,
        "aanvraag",
        &found.reference,
        "foto bekijken",
    )
    .await?;
    let Some((content_type, bytes)) = work::photo(&state.store, found.id, &photo).await? else {
        return not_found();
    };
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        bytes,
    )
        .into_response())
}
