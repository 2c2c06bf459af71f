//! "Bel mij terug" requests: stored exactly once per form nonce with their
//! receipt, the daily limit per network address (in the database, so it holds
//! over every server), the request behind a secret link, and the answers of
//! the form the resident came from, which go along only with consent.

use std::net::IpAddr;

use app::callback::{self, CallbackRequest, Slot};
use app::form::FormDraft;
use app::page_context::CallbackView;
use jiff::civil::Date;

use crate::outbox::{self, NewMessage};
use crate::services::drafts::{self, DraftId};
use crate::services::references::new_reference;
use crate::store::{self, Store};
use crate::time;

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
    crate::store::drafts::load::<FormDraft>(store, id, &drafts::form_journey(product)).await
}

/// The resident has answered at least one question of the form they came
/// from (those answers could go along).
pub async fn has_answers(store: &Store, id: &DraftId, from: &str) -> Result<bool, sqlx::Error> {
    Ok(form_draft(store, id, from)
        .await?
        .is_some_and(|d| !d.completed.is_empty()))
}

/// Stores the request once per form nonce; returns the secret token of its link.
pub async fn save_request(
    store: &Store,
    nonce: &str,
    request: &CallbackRequest,
    (shared_answers, helped): (Option<String>, Option<crate::services::assisted::Helped>),
    lang: app::i18n::Lang,
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
            email: request.email.as_ref().map(|e| e.as_str()),
            origin_slug: request.origin.slug.as_deref(),
            lang: lang.code(),
            created_at: &created_at,
            created_day: &created_day,
            due_by: &due_by,
            helped: helped
                .as_ref()
                .map(|h| (h.library.as_str(), h.helper.as_str(), h.note.as_deref())),
        };
        // The request and its receipt are written together, or neither.
        let mut tx = store.begin().await?;
        match store::callbacks::insert(&mut tx, &row).await {
            Ok(()) => {
                let terms = crate::services::person_keys::terms_of_contact(
                    request.name.as_str(),
                    Some(request.phone.e164()),
                    request.email.as_ref().map(|e| e.as_str()),
                );
                crate::services::person_keys::index_in(
                    &mut tx,
                    reference.as_str(),
                    crate::services::person_keys::CALLBACK,
                    &terms,
                )
                .await?;
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
pub async fn address_allowed(
    store: &Store,
    address: IpAddr,
    today: Date,
    limit: i64,
) -> Result<bool, sqlx::Error> {
    let key = crate::services::secret_key::key(&format!("callback|{today}|{address}"));
    store::callbacks::count_address(store, &key, &today.to_string(), limit).await
}

/// The answers typed so far in the form the resident came from, as typed
/// (checked or not): what the staff member needs to take over.
pub async fn shared_answers(store: &Store, id: &DraftId, from: &str) -> Option<String> {
    let draft = form_draft(store, id, from).await.ok()??;
    serde_json::to_string(&draft.raw).ok()
}

pub async fn view(store: &Store, token: &str) -> Result<Option<CallbackView>, sqlx::Error> {
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
                survey_path: None,
            })
        },
    ))
}
