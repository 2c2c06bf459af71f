//! "Bel mij terug": the form's context, storing a request exactly once, the
//! daily limits against abuse (never a CAPTCHA, WCAG 3.3.8), and the secret
//! link to view or cancel.

use std::net::SocketAddr;

use app::callback::{self, CallbackDraft};
use app::page_context::CallbackForm;
use axum::Form;
use axum::extract::connect_info::ConnectInfo;
use axum::extract::{Path, State};
use axum::http::{Extensions, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;

use crate::http::errors::AppError;
use crate::services::assisted::AssistedNow;
use crate::services::callbacks;
use crate::services::drafts::{self, DraftId};
use crate::store;
use crate::{AppState, time};

pub const FORM_ROUTE: &str = "/terugbellen";
pub const CANCEL_ROUTE: &str = "/terugbellen/{token}/annuleren";

fn cookie_id(jar: &CookieJar) -> Option<DraftId> {
    drafts::id_from(jar)
}

/// What the form page needs: the typed values, the day parts to choose from,
/// a fresh one-time value, and whether there are answers that could go along.
pub async fn form_context(
    state: &AppState,
    jar: &CookieJar,
    from: Option<String>,
) -> Result<CallbackForm, sqlx::Error> {
    let id = cookie_id(jar);
    let mut draft = match &id {
        Some(id) => crate::store::drafts::load::<CallbackDraft>(&state.store, id, drafts::CALLBACK)
            .await?
            .unwrap_or_default(),
        None => CallbackDraft::default(),
    };
    if let Some(from) = from
        .as_deref()
        .and_then(app::domain::LocalPath::parse)
        .map(app::domain::LocalPath::into_string)
    {
        // A new visit from another page: the topic follows the page, unless typed before.
        if draft.errors.is_empty() {
            draft.from = from;
            draft.topic.clear();
        }
    }
    let can_share_answers = match &id {
        Some(id) => callbacks::has_answers(&state.store, id, &draft.from).await?,
        None => false,
    };
    Ok(CallbackForm {
        draft,
        slots: callback::slots(time::today(), state.holidays),
        nonce: drafts::random_hex(),
        can_share_answers,
    })
}

fn field<'a>(form: &'a [(String, String)], name: &str) -> &'a str {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or("")
}

const LIMIT_MESSAGE: &str = "callback-error-limit";

/// The volunteer's short note on a handover from the library (nothing else of them), trimmed.
pub fn helper_note(form: &[(String, String)]) -> Option<String> {
    let note: String = field(form, "notitie-vrijwilliger")
        .trim()
        .chars()
        .take(app::callback::MAX_NOTE_CHARS)
        .collect();
    (!note.is_empty()).then_some(note)
}

/// Saves the form; on success stores the request and shows its page.
pub async fn submit_callback(
    State(state): State<AppState>,
    jar: CookieJar,
    extensions: Extensions,
    headers: axum::http::HeaderMap,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let lang = app::i18n::lang_of(&headers);
    let today = time::today();
    let nonce = drafts::form_nonce(field(&form, "formulier"));
    // A resent form goes to the request it already made, before any limit is counted.
    if !nonce.is_empty() {
        match store::callbacks::token_for_nonce(&state.store, &nonce).await {
            Ok(Some(token)) => {
                return Ok(Redirect::to(&format!("{}/{token}", callback::PATH)).into_response());
            }
            Ok(None) => {}
            Err(e) => return Err(e.into()),
        }
    }
    let id = cookie_id(&jar).unwrap_or_else(DraftId::new);
    let mut draft = CallbackDraft::default();
    let request = draft.apply(&form, today, state.holidays);
    let mut limited = false;
    if let Some(request) = &request {
        let address = extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        let by_phone = match store::callbacks::requests_today(
            &state.store,
            request.phone.e164(),
            &today.to_string(),
        )
        .await
        {
            Ok(n) => n >= state.callbacks_per_day,
            Err(e) => return Err(e.into()),
        };
        // At the library every visitor shares one address: only their phone counts.
        let address = address.filter(|_| extensions.get::<AssistedNow>().is_none());
        let by_address = match address {
            Some(address) => match callbacks::address_allowed(
                &state.store,
                address,
                today,
                state.callbacks_per_address,
            )
            .await
            {
                Ok(allowed) => !allowed,
                Err(e) => return Err(e.into()),
            },
            None => false,
        };
        limited = by_phone || by_address;
        if limited {
            draft.errors.push(app::journey::FieldError {
                anchor: "telefoon".into(),
                field: "limiet".into(),
                key: LIMIT_MESSAGE.into(),
                args: Vec::new(),
                invalid_inputs: vec![],
            });
        }
    }
    let jar = jar.add(crate::http::cookies::draft_cookie(
        &id,
        state.secure_cookies,
    ));
    match request {
        Some(request) if !limited && !nonce.is_empty() => {
            let shared = if request.share_answers {
                callbacks::shared_answers(&state.store, &id, &draft.from).await
            } else {
                None
            };
            let receipt = |reference: &str, token: &str| {
                crate::messages::callbacks::receipt(&state, &request, reference, token, lang)
            };
            let helped = extensions
                .get::<AssistedNow>()
                .map(|a| a.helped(helper_note(&form)));
            match callbacks::save_request(
                &state.store,
                &nonce,
                &request,
                (shared, helped),
                lang,
                receipt,
            )
            .await
            {
                Ok(token) => {
                    // The form is done: nothing of it stays in the draft.
                    crate::store::drafts::save(
                        &state.store,
                        &id,
                        drafts::CALLBACK,
                        &CallbackDraft::default(),
                    )
                    .await?;
                    tracing::info!("callback requested");
                    Ok((jar, Redirect::to(&format!("{}/{token}", callback::PATH))).into_response())
                }
                Err(e) => Err(e.into()),
            }
        }
        _ => match crate::store::drafts::save(&state.store, &id, drafts::CALLBACK, &draft).await {
            Ok(()) => Ok((jar, Redirect::to(callback::PATH)).into_response()),
            Err(e) => Err(e.into()),
        },
    }
}

/// Cancels an open request at once; a second cancel changes nothing.
pub async fn cancel_callback(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    if DraftId::parse(&token).is_none() {
        return Ok(StatusCode::NOT_FOUND.into_response());
    }
    match store::callbacks::cancel(&state.store, &crate::services::secret_key::key(&token)).await {
        Ok(_) => match callbacks::view(&state.store, &token).await {
            Ok(Some(_)) => Ok(Redirect::to(&format!("{}/{token}", callback::PATH)).into_response()),
            Ok(None) => Ok(StatusCode::NOT_FOUND.into_response()),
            Err(e) => Err(e.into()),
        },
        Err(e) => Err(e.into()),
    }
}
