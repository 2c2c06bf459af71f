//! "Verder met het formulier": a KCC agent completes the resident's product
//! form on the phone. Opening it (from the request the agent holds) starts a
//! draft from the handed-over answers, or goes on with the one opened before,
//! and puts it in the agent's browser; the form pages are the resident's own.
//! Sending it checks the agent's session again: only a signed-in agent with
//! the right to the queue sends a request as registrar (channel `telefoon`);
//! otherwise the answers stay and the agent signs in first. After sending, the
//! request's page opens with the outcome "aanvraag gestart" ready to record.

use app::form::{self, FormDraft, Registrar};
use app::staff::paths;
use app::staff::roles::Area;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;

use super::access_log::{self, Action};
use super::kept_form::{self, KeptForm};
use super::sessions::{self, Found, StaffSession};
use crate::http::cookies::draft_cookie;
use crate::http::errors::AppError;
use crate::services::drafts::{DraftId, form_journey};
use crate::services::submissions;
use crate::store::callback_queue as queue;
use crate::{AppState, time};

const KIND: &str = "terugbelverzoek";
const PURPOSE: &str = "terugbellen";

/// `POST /medewerker/terugbellen/<reference>/formulier`.
pub async fn open(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let Some(found) = super::callback_pages::find(&state, &reference).await? else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let back = Redirect::to(&paths::callback(&found.reference)).into_response();
    let mine = found.held_by == Some(session.account_id)
        && super::callback_pages::held(found.held_until, jiff::Timestamp::now().as_second());
    if !mine || found.state != "open" {
        let word = if found.state == "open" {
            "busy"
        } else {
            "gone"
        };
        super::callbacks::tell(&state, &session, &found.reference, word, Vec::new()).await?;
        return Ok(back);
    }
    let Some(product) =
        super::callback_pages::product_of(&found).filter(|p| p.form.is_some() && p.online_now())
    else {
        super::callbacks::tell(&state, &session, &found.reference, "no-form", Vec::new()).await?;
        return Ok(back);
    };
    let journey = form_journey(product);
    let today = time::today();
    let earlier = found.form_draft.as_deref().and_then(DraftId::parse);
    let mut target = None;
    if let Some(id) = &earlier {
        if submissions::find(&state.store, &submissions::draft_key(id, product))
            .await?
            .is_some()
        {
            // Sent before: its confirmation, never a second request.
            target = Some((id.clone(), form::path(&product.slug, form::CONFIRMATION)));
        } else if let Some(draft) = crate::store::drafts::load(&state.store, id, &journey)
            .await?
            .filter(|d: &FormDraft| {
                d.registrar
                    .as_ref()
                    .is_some_and(|r| r.callback == found.reference)
            })
        {
            target = Some((id.clone(), first_open(product, &draft, today)));
        }
    }
    let (id, to) = match target {
        Some(found) => found,
        None => {
            let raw = found
                .shared_answers
                .as_deref()
                .and_then(|json| serde_json::from_str(json).ok())
                .unwrap_or_default();
            let registrar = Registrar {
                staff_id: session.account_id,
                staff_name: session.user.name.clone(),
                callback: found.reference.clone(),
                lang: found.lang.clone().unwrap_or_else(|| "nl".into()),
            };
            let draft = FormDraft::from_handed_over(product, &raw, today, registrar);
            let id = DraftId::new();
            crate::store::drafts::save(&state.store, &id, &journey, &draft).await?;
            queue::set_form_draft(&state.store, found.id, id.as_str()).await?;
            let to = first_open(product, &draft, today);
            (id, to)
        }
    };
    access_log::record(
        &state.store,
        &session,
        Action::View,
        KIND,
        &found.reference,
        PURPOSE,
    )
    .await?;
    let jar = CookieJar::new().add(draft_cookie(&id, state.secure_cookies));
    Ok((jar, Redirect::to(&to)).into_response())
}

fn first_open(
    product: &app::catalogue::Product,
    draft: &FormDraft,
    today: jiff::civil::Date,
) -> String {
    let page = draft
        .first_open_step(product, today)
        .unwrap_or_else(|| form::CHECK.to_string());
    form::path(&product.slug, &page)
}

/// The agent's session when it may still register this draft: signed in as
/// the agent who opened it, with the right to the queue. Checking it also
/// keeps the session alive while the agent is on the form's pages.
pub async fn registrar_session(
    state: &AppState,
    jar: &CookieJar,
    registrar: &Registrar,
) -> Result<Option<StaffSession>, sqlx::Error> {
    Ok(
        match sessions::find(&state.store, jar, state.secure_cookies).await? {
            Found::Active(session)
                if session.account_id == registrar.staff_id
                    && session.role.may(Area::Callbacks) =>
            {
                Some(*session)
            }
            _ => None,
        },
    )
}

/// Where an agent goes whose session ended before sending: the sign-in, and
/// from there back to the request, where the form opens again with every answer.
pub fn sign_in_first(registrar: &Registrar) -> Response {
    let back = paths::callback(&registrar.callback);
    let query = serde_urlencoded::to_string([("melding", "verlopen"), ("terug", back.as_str())])
        .unwrap_or_default();
    Redirect::to(&format!("{}?{query}", app::staff::BASE)).into_response()
}

/// After the agent sent the form: the sending is in the access log, and the
/// request's page opens with "aanvraag gestart" and the reference ready to record.
pub async fn sent(
    state: &AppState,
    session: &StaffSession,
    registrar: &Registrar,
    reference: &str,
) -> Result<Response, AppError> {
    access_log::record(
        &state.store,
        session,
        Action::Change,
        "aanvraag",
        reference,
        PURPOSE,
    )
    .await?;
    let kept = KeptForm {
        action: paths::callback_attempt(&registrar.callback),
        fields: vec![
            ("uitkomst".into(), "aanvraag".into()),
            ("notitie".into(), reference.to_string()),
        ],
        problem: Some("verstuurd".into()),
    };
    kept_form::keep(&state.store, &session.key, &kept).await?;
    Ok(Redirect::to(&paths::callback(&registrar.callback)).into_response())
}
