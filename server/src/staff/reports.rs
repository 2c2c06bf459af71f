//! Accessibility reports on the staff side: the list, one report (its view
//! logged: it may hold an address and the resident's words), and a reply that
//! is mailed through the outbox when an address is known and may close it.

use app::staff::context::{ReportDetailView, ReportRow, StaffPage};
use app::staff::paths;
use app::staff::reports::MAX_REPLY_CHARS;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::access_log::{self, Action};
use super::kept_form::{self, KeptForm};
use super::sessions::StaffSession;
use crate::http::errors::AppError;
use crate::store::reports;
use crate::{AppState, outbox, time};

/// The problems a reply can have (keys of their messages).
const PROBLEMS: [&str; 2] = ["staff-report-error-empty", "staff-report-error-too-long"];

fn zoned(text: &str) -> jiff::Zoned {
    text.parse().unwrap_or_else(|_| time::now())
}

/// The list, newest first.
pub async fn list(state: &AppState) -> Result<StaffPage, AppError> {
    let rows = reports::all(&state.store)
        .await?
        .into_iter()
        .map(|(reference, created_at, page, state)| ReportRow {
            reference,
            created_at: zoned(&created_at),
            page,
            state,
        })
        .collect();
    Ok(StaffPage::Reports(rows))
}

/// One report; `None` for an unknown reference. Its view is logged first.
pub async fn detail(
    state: &AppState,
    session: &StaffSession,
    reference: &str,
) -> Result<Option<StaffPage>, AppError> {
    if reference.len() > 40 {
        return Ok(None);
    }
    let Some(report) = reports::by_reference(&state.store, reference).await? else {
        return Ok(None);
    };
    access_log::record(
        &state.store,
        session,
        Action::View,
        "melding",
        &report.reference,
        "toegankelijkheidsmeldingen",
    )
    .await?;
    let kept = kept_form::take(&state.store, &session.key, &paths::report_reply(reference)).await?;
    let replies = reports::replies(&state.store, report.id)
        .await?
        .into_iter()
        .map(|(at, text)| (zoned(&at), text))
        .collect();
    Ok(Some(StaffPage::Report(Box::new(ReportDetailView {
        reference: report.reference,
        created_at: zoned(&report.created_at),
        page: report.page,
        description: report.description,
        has_email: report.email.is_some(),
        state: report.state,
        replies,
        typed: kept
            .as_ref()
            .and_then(|k| k.field("antwoord"))
            .unwrap_or_default()
            .to_string(),
        problem: kept
            .and_then(|k| k.problem)
            .filter(|p| PROBLEMS.contains(&p.as_str())),
    }))))
}

/// `POST /medewerker/meldingen/<reference>/antwoord`.
pub async fn reply(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    Path(reference): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let Some(report) = reports::by_reference(&state.store, &reference).await? else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let page = paths::report(&reference);
    let text = app::journey::posted(&form, "antwoord")
        .unwrap_or("")
        .trim()
        .to_string();
    let problem = if text.is_empty() {
        Some(PROBLEMS[0])
    } else if text.chars().count() > MAX_REPLY_CHARS {
        Some(PROBLEMS[1])
    } else {
        None
    };
    if let Some(problem) = problem {
        let kept = KeptForm {
            action: paths::report_reply(&reference),
            fields: vec![("antwoord".into(), text)],
            problem: Some(problem.into()),
        };
        kept_form::keep(&state.store, &session.key, &kept).await?;
        return Ok(Redirect::to(&page).into_response());
    }
    let close = form.iter().any(|(k, v)| k == "afsluiten" && v == "ja");
    let new_state = if close {
        "afgehandeld"
    } else {
        "in behandeling"
    };
    let mut tx = state.store.begin().await?;
    if !reports::add_reply(
        &mut tx,
        report.id,
        session.account_id,
        &text,
        &time::now().to_string(),
        new_state,
    )
    .await?
    {
        // Closed meanwhile: nothing added; the page says it is handled.
        return Ok(Redirect::to(&page).into_response());
    }
    access_log::record_in(
        &mut tx,
        &session,
        Action::Change,
        "melding",
        &report.reference,
        "toegankelijkheidsmeldingen",
    )
    .await?;
    if let Some(to) = report.email.as_deref() {
        outbox::enqueue(
            &mut tx,
            &crate::messages::reports::reply(&report.reference, to, &text),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Redirect::to(&page).into_response())
}
