//! The posts of the KCC's callback pages: take one ("oppakken"), take the
//! next free one, record an attempt, give one back. Taking is one conditional
//! update in the store, so two agents never hold the same request; an attempt
//! first lets go of the agent's own hold in its transaction, so a resent
//! attempt or one after a colleague took over records nothing. Each change is
//! in the access log in its own transaction, and the "niet bereikt" message is
//! written to the outbox in that same transaction.

use app::callback::DayPart;
use app::journey::posted as field;
use app::staff::callback_views::{CallOutcome, HOLD_MINUTES, MAX_ATTEMPT_NOTE_CHARS, MISSED_AFTER};
use app::staff::contact_form::{Channel, ContactResult, NewContact};
use app::staff::paths;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::access_log::{self, Action};
use super::kept_form::{self, KeptForm};
use super::sessions::StaffSession;
use crate::http::errors::AppError;
use crate::store::callback_queue as queue;
use crate::{AppState, outbox, time};

const KIND: &str = "terugbelverzoek";
const PURPOSE: &str = "terugbellen";

/// Now and the end of a new hold, in unix seconds.
fn hold_window() -> (i64, i64) {
    let now = jiff::Timestamp::now().as_second();
    (now, now + HOLD_MINUTES * 60)
}

/// A word for the request's page to say (`taken`, `busy`, `gone`, a form problem).
pub(super) async fn tell(
    state: &AppState,
    session: &StaffSession,
    reference: &str,
    word: &str,
    fields: Vec<(String, String)>,
) -> Result<(), AppError> {
    let kept = KeptForm {
        action: paths::callback_attempt(reference),
        fields,
        problem: Some(word.to_string()),
    };
    kept_form::keep(&state.store, &session.key, &kept).await?;
    Ok(())
}

fn queue_with(notice: &str, reference: &str) -> Response {
    Redirect::to(&format!(
        "{}?melding={notice}&nummer={reference}",
        paths::CALLBACKS
    ))
    .into_response()
}

/// `POST /medewerker/terugbellen/<reference>/oppakken`.
pub async fn take(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let Some(found) = super::callback_pages::find(&state, &reference).await? else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let (now, until) = hold_window();
    let mut tx = state.store.begin().await?;
    let word = if queue::take(&mut tx, &found.reference, session.account_id, now, until)
        .await?
        .is_some()
    {
        access_log::record_in(
            &mut tx,
            &session,
            Action::Change,
            KIND,
            &found.reference,
            "oppakken",
        )
        .await?;
        tx.commit().await?;
        "taken"
    } else {
        drop(tx);
        if found.state == "open" {
            "busy"
        } else {
            "gone"
        }
    };
    tell(&state, &session, &found.reference, word, Vec::new()).await?;
    Ok(Redirect::to(&paths::callback(&found.reference)).into_response())
}

/// `POST /medewerker/terugbellen/volgende`: the first free request (of the
/// chosen day part), taken for this agent; its page, or the queue saying
/// nothing is free.
pub async fn take_next(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let part = match field(&form, "dagdeel") {
        Some("ochtend") => Some(DayPart::Morning.slug()),
        Some("middag") => Some(DayPart::Afternoon.slug()),
        _ => None,
    };
    // A colleague may take the chosen one first; then the next is tried.
    for _ in 0..5 {
        let (now, until) = hold_window();
        let mut tx = state.store.begin().await?;
        if let Some(reference) = queue::take_next(
            &mut tx,
            state.store.engine(),
            part,
            session.account_id,
            now,
            until,
        )
        .await?
        {
            access_log::record_in(
                &mut tx,
                &session,
                Action::Change,
                KIND,
                &reference,
                "oppakken",
            )
            .await?;
            tx.commit().await?;
            tell(&state, &session, &reference, "taken", Vec::new()).await?;
            return Ok(Redirect::to(&paths::callback(&reference)).into_response());
        }
        drop(tx);
        if !queue::any_free(&state.store, part, now).await? {
            break;
        }
    }
    let back = match part {
        Some(p) => format!("{}?dagdeel={p}&melding=leeg", paths::CALLBACKS),
        None => format!("{}?melding=leeg", paths::CALLBACKS),
    };
    Ok(Redirect::to(&back).into_response())
}

/// `POST /medewerker/terugbellen/<reference>/poging`: reached (with the
/// result) or not; after the second time not reached the request is missed
/// and the resident gets a message when an address is known.
pub async fn attempt(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    Path(reference): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let Some(found) = super::callback_pages::find(&state, &reference).await? else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let page = Redirect::to(&paths::callback(&found.reference)).into_response();
    let note = field(&form, "notitie").unwrap_or("").trim().to_string();
    let typed: Vec<(String, String)> = form
        .iter()
        .filter(|(k, _)| k == "uitkomst" || k == "notitie")
        .cloned()
        .collect();
    let Some(outcome) = field(&form, "uitkomst").and_then(CallOutcome::parse) else {
        tell(&state, &session, &found.reference, "outcome", typed).await?;
        return Ok(page);
    };
    if note.chars().count() > MAX_ATTEMPT_NOTE_CHARS {
        tell(&state, &session, &found.reference, "note-long", typed).await?;
        return Ok(page);
    }
    // Reached: a thank-you mail may carry the satisfaction question (keyed
    // before the transaction: the shared key is read from the pool).
    let person = match found.email.as_deref() {
        Some(email) if outcome.reached() => {
            crate::services::satisfaction::person_key(&state.store, email).await?
        }
        _ => None,
    };
    let at = time::now().to_string();
    let mut tx = state.store.begin().await?;
    if !queue::release(&mut tx, found.id, session.account_id).await? {
        drop(tx);
        tell(&state, &session, &found.reference, "gone", Vec::new()).await?;
        return Ok(page);
    }
    let note = (!note.is_empty()).then_some(note.as_str());
    queue::add_attempt(
        &mut tx,
        found.id,
        session.account_id,
        &at,
        outcome.reached(),
        note,
    )
    .await?;
    let notice = if outcome.reached() {
        queue::close(
            &mut tx,
            found.id,
            "bereikt",
            Some(outcome.slug()),
            &at,
            session.account_id,
        )
        .await?;
        // The call is a phone contact: first-contact resolution counts it.
        let contact = NewContact {
            channel: Channel::Phone,
            product: found.origin_slug.clone(),
            topic: found
                .origin_slug
                .is_none()
                .then(|| "Terugbelverzoek".to_string()),
            result: match outcome {
                CallOutcome::VisitBooked => ContactResult::VisitBooked,
                CallOutcome::RequestStarted => ContactResult::RequestStarted,
                CallOutcome::PassedOn => ContactResult::PutThrough,
                _ => ContactResult::Resolved,
            },
            satisfaction: None,
        };
        let nonce = format!("callback:{}", found.reference);
        super::contacts::record_in(&mut tx, &session, &nonce, &contact).await?;
        let token = crate::store::callbacks::token_of(&mut tx, found.id).await?;
        if let (Some(to), Some(token)) = (found.email.as_deref(), token) {
            let survey = crate::services::satisfaction::mail_link(
                &mut tx,
                &state.public_url,
                person.as_deref(),
                &token,
                &crate::services::satisfaction::Contact {
                    kind: "terugbelverzoek",
                    reference: &found.reference,
                    // As the callback request's own page invites it (one invitation per contact).
                    channel: "online",
                    product: found.origin_slug.as_deref(),
                    location: None,
                },
            )
            .await?;
            if let Some(link) = survey {
                let lang = found
                    .lang
                    .as_deref()
                    .and_then(app::i18n::Lang::from_code)
                    .unwrap_or_default();
                let mail = crate::messages::callbacks::survey(
                    &found.reference,
                    to,
                    &found.name,
                    &link,
                    lang,
                );
                outbox::enqueue(&mut tx, &mail).await?;
            }
        }
        "bereikt"
    } else if queue::missed_attempts(&mut tx, found.id).await? >= MISSED_AFTER {
        queue::close(
            &mut tx,
            found.id,
            "niet bereikt",
            None,
            &at,
            session.account_id,
        )
        .await?;
        if let Some(to) = found.email.as_deref() {
            let lang = found
                .lang
                .as_deref()
                .and_then(app::i18n::Lang::from_code)
                .unwrap_or_default();
            let message = crate::messages::callbacks::missed(
                &state.public_url,
                &found.reference,
                to,
                &found.name,
                found.origin_slug.as_deref(),
                lang,
            );
            outbox::enqueue(&mut tx, &message).await?;
        }
        "niet-bereikt"
    } else {
        "vastgelegd"
    };
    access_log::record_in(
        &mut tx,
        &session,
        Action::Change,
        KIND,
        &found.reference,
        PURPOSE,
    )
    .await?;
    tx.commit().await?;
    Ok(queue_with(notice, &found.reference))
}

/// `POST /medewerker/terugbellen/<reference>/teruggeven`: back to the queue, no attempt.
pub async fn release(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let Some(found) = super::callback_pages::find(&state, &reference).await? else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let mut tx = state.store.begin().await?;
    if queue::release(&mut tx, found.id, session.account_id).await? {
        access_log::record_in(
            &mut tx,
            &session,
            Action::Change,
            KIND,
            &found.reference,
            "teruggeven",
        )
        .await?;
        tx.commit().await?;
    }
    Ok(queue_with("teruggegeven", &found.reference))
}
