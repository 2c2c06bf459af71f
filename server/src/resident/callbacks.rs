//! "Bel mij terug": the form's context, storing a request exactly once, the
//! daily limits against abuse (never a CAPTCHA, WCAG 3.3.8), and the secret
//! link to view or cancel.

use std::net::{IpAddr, SocketAddr};

use app::callback::{self, CallbackDraft, CallbackRequest, DAILY_LIMIT, Slot};
use app::form::FormDraft;
use app::page_context::{CallbackForm, CallbackView};
use axum::Form;
use axum::extract::connect_info::ConnectInfo;
use axum::extract::{Path, State};
use axum::http::{Extensions, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use jiff::civil::Date;

use crate::http::errors::unexpected;
use crate::outbox::{self, NewMessage};
use crate::services::drafts::{self, DraftId};
use crate::services::references::new_reference;
use crate::store::{self, Store};
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
        Some(id) => has_answers(&state.store, id, &draft.from).await?,
        None => false,
    };
    Ok(CallbackForm {
        draft,
        slots: callback::slots(time::today(), state.holidays),
        nonce: drafts::random_hex(),
        can_share_answers,
    })
}

/// The form of the product whose page the resident came from (`from`), as far
/// as they got with it.
async fn form_draft(
    store: &Store,
    id: &DraftId,
    from: &str,
) -> Result<Option<FormDraft>, sqlx::Error> {
    let Some(product) = app::catalogue::for_path(from).filter(|p| p.form.is_some()) else {
        return Ok(None);
    };
    crate::store::drafts::load::<FormDraft>(
        store,
        id,
        &crate::resident::form_routes::journey(product),
    )
    .await
}

/// The resident has answered at least one question of the form they came
/// from (those answers could go along).
pub(crate) async fn has_answers(
    store: &Store,
    id: &DraftId,
    from: &str,
) -> Result<bool, sqlx::Error> {
    Ok(form_draft(store, id, from)
        .await?
        .is_some_and(|d| !d.completed.is_empty()))
}

/// Stores the request once per form nonce; returns the secret token of its link.
async fn save_request(
    store: &Store,
    nonce: &str,
    request: &CallbackRequest,
    shared_answers: Option<String>,
    receipt: impl Fn(&str, &str) -> Option<NewMessage>,
) -> Result<String, sqlx::Error> {
    let now = time::now();
    let (created_at, created_day) = (now.to_string(), now.date().to_string());
    let (preferred_day, due_by) = (request.slot.day.to_string(), request.due.to_string());
    for _ in 0..5 {
        let token = drafts::random_hex();
        let token_key = crate::services::secret_key::key(&token);
        let reference = new_reference(callback::REFERENCE_PREFIX);
        let row = store::callbacks::Insert {
            reference: reference.as_str(),
            token: &token,
            token_key: &token_key,
            nonce,
            name: request.name.as_str(),
            phone: request.phone.e164(),
            topic: &request.topic,
            preferred_day: &preferred_day,
            day_part: request.slot.part.slug(),
            note: request.note.as_deref(),
            origin_product: request.origin.product.as_deref(),
            origin_step: request.origin.step.as_deref(),
            shared_answers: shared_answers.as_deref(),
            created_at: &created_at,
            created_day: &created_day,
            due_by: &due_by,
        };
        // The request and its receipt are written together, or neither.
        let mut tx = store.begin().await?;
        match store::callbacks::insert(&mut tx, &row).await {
            Ok(()) => {
                if let Some(message) = receipt(reference.as_str(), &token) {
                    outbox::enqueue(&mut tx, &message).await?;
                }
                tx.commit().await?;
                return Ok(token);
            }
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                drop(tx);
                // Sent before with this form (double click, resent post): the same request.
                if let Some(existing) = store::callbacks::token_for_nonce(store, nonce).await? {
                    return Ok(existing);
                }
            }
            Err(e) => return Err(e),
        }
    }
    Err(sqlx::Error::Protocol(
        "no free reference after 5 tries".into(),
    ))
}

/// Counts a request of this network address today; false over the daily limit.
/// The database keeps a hash of the day and the address, never the address.
async fn address_allowed(store: &Store, address: IpAddr, today: Date) -> Result<bool, sqlx::Error> {
    let key = crate::services::secret_key::key(&format!("callback|{today}|{address}"));
    store::callbacks::count_address(store, &key, &today.to_string(), DAILY_LIMIT).await
}

fn field<'a>(form: &'a [(String, String)], name: &str) -> &'a str {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or("")
}

const LIMIT_MESSAGE: &str = "callback-error-limit";

/// Saves the form; on success stores the request and shows its page.
pub async fn submit_callback(
    State(state): State<AppState>,
    jar: CookieJar,
    extensions: Extensions,
    headers: axum::http::HeaderMap,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let lang = app::i18n::lang_of(&headers);
    let today = time::today();
    let nonce = drafts::form_nonce(field(&form, "formulier"));
    // A resent form goes to the request it already made, before any limit is counted.
    if !nonce.is_empty() {
        match store::callbacks::token_for_nonce(&state.store, &nonce).await {
            Ok(Some(token)) => {
                return Redirect::to(&format!("{}/{token}", callback::PATH)).into_response();
            }
            Ok(None) => {}
            Err(e) => return unexpected(e),
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
            Ok(n) => n >= DAILY_LIMIT,
            Err(e) => return unexpected(e),
        };
        let by_address = match address {
            Some(address) => match address_allowed(&state.store, address, today).await {
                Ok(allowed) => !allowed,
                Err(e) => return unexpected(e),
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
                shared_answers(&state.store, &id, &draft.from).await
            } else {
                None
            };
            let receipt = |reference: &str, token: &str| {
                crate::messages::callbacks::receipt(&state, &request, reference, token, lang)
            };
            match save_request(&state.store, &nonce, &request, shared, receipt).await {
                Ok(token) => {
                    // The form is done: nothing of it stays in the draft.
                    if let Err(e) = crate::store::drafts::save(
                        &state.store,
                        &id,
                        drafts::CALLBACK,
                        &CallbackDraft::default(),
                    )
                    .await
                    {
                        return unexpected(e);
                    }
                    tracing::info!("callback requested");
                    (jar, Redirect::to(&format!("{}/{token}", callback::PATH))).into_response()
                }
                Err(e) => unexpected(e),
            }
        }
        _ => match crate::store::drafts::save(&state.store, &id, drafts::CALLBACK, &draft).await {
            Ok(()) => (jar, Redirect::to(callback::PATH)).into_response(),
            Err(e) => unexpected(e),
        },
    }
}

/// The answers typed so far in the form the resident came from, as typed
/// (checked or not): what the staff member needs to take over.
pub(crate) async fn shared_answers(store: &Store, id: &DraftId, from: &str) -> Option<String> {
    let draft = form_draft(store, id, from).await.ok()??;
    serde_json::to_string(&draft.raw).ok()
}

pub async fn view_context(store: &Store, token: &str) -> Result<Option<CallbackView>, sqlx::Error> {
    if DraftId::parse(token).is_none() {
        return Ok(None);
    }
    let row =
        store::callbacks::by_token_key(store, &crate::services::secret_key::key(token)).await?;
    Ok(row.and_then(
        |(reference, name, phone, topic, day, part, note, shared, due, state)| {
            let day: Date = day.parse().ok()?;
            let due: Date = due.parse().ok()?;
            let part = if part == "ochtend" {
                callback::DayPart::Morning
            } else {
                callback::DayPart::Afternoon
            };
            let phone = app::domain::PhoneNumber::parse(&phone)
                .map(|p| p.national())
                .unwrap_or(phone);
            Some(CallbackView {
                reference,
                token: token.to_string(),
                name,
                phone,
                topic,
                slot: Slot { day, part },
                due,
                note,
                shared_answers: shared.is_some(),
                cancelled: state == "geannuleerd",
            })
        },
    ))
}

/// Cancels an open request at once; a second cancel changes nothing.
pub async fn cancel_callback(State(state): State<AppState>, Path(token): Path<String>) -> Response {
    if DraftId::parse(&token).is_none() {
        return StatusCode::NOT_FOUND.into_response();
    }
    match store::callbacks::cancel(&state.store, &crate::services::secret_key::key(&token)).await {
        Ok(_) => match view_context(&state.store, &token).await {
            Ok(Some(_)) => Redirect::to(&format!("{}/{token}", callback::PATH)).into_response(),
            Ok(None) => StatusCode::NOT_FOUND.into_response(),
            Err(e) => unexpected(e),
        },
        Err(e) => unexpected(e),
    }
}
