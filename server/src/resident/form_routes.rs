//! The form posts of every product whose questions live in its product file
//! (the form engine, `app::form`), and the context its pages render from.
//! Every post answers with a redirect (post/redirect/get).

use std::collections::BTreeMap;

use app::catalogue::{self, Product};
use app::form::{self, FormDraft, Outcome};
use app::i18n::Lang;
use app::journey::SummaryRow;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;

use crate::http::cookies::draft_cookie;
use crate::http::errors::AppError;
use crate::http::posted::Posted;
pub use crate::resident::form_context::{Prepared, parse_path, prepare};
use crate::resident::form_context::{current, pickup_window};
use crate::services::drafts::DraftId;
use crate::services::submissions::{self, NewSubmission, Sent, StoredForm};
use crate::staff::phone_form;
use crate::{AppState, services::saved, time};

pub const STEP_ROUTE: &str = "/producten/{product}/{step}";
pub const CHECK_ROUTE: &str = "/producten/{product}/controleren";
pub const RESUME_ROUTE: &str = form::RESUME_PATH;

#[derive(Deserialize)]
pub struct ReturnTo {
    terug: Option<String>,
}

use crate::services::drafts::form_journey as journey;

/// Saves the answers of one question page and redirects to what comes next.
pub async fn submit_step(
    State(state): State<AppState>,
    Path((slug, step_slug)): Path<(String, String)>,
    Query(return_to): Query<ReturnTo>,
    headers: HeaderMap,
    jar: CookieJar,
    assisted: Option<axum::Extension<crate::services::assisted::AssistedNow>>,
    Posted {
        pairs: posted,
        files,
    }: Posted,
) -> Result<Response, AppError> {
    let Some(product) = catalogue::by_slug(&slug).filter(|p| p.online_now()) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let Some(step) = product
        .form
        .as_ref()
        .and_then(|f| f.steps.iter().find(|s| s.slug == step_slug))
    else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let back_to_check = return_to.terug.as_deref() == Some(form::CHECK);
    let (id, mut draft) = match current(&state, &jar, product).await {
        Err(e) => return Err(e.into()),
        // A sent draft is finished: a new answer starts a new request.
        Ok(Some((_, _, Some(_))) | None) => (DraftId::new(), FormDraft::default()),
        Ok(Some((id, draft, None))) => (id, draft),
    };
    // Photos: removed on request, added from the files sent (cleaned first).
    let mut photo_errors = Vec::new();
    let removing = posted
        .iter()
        .find(|(k, _)| k == "verwijder-foto")
        .map(|(_, v)| v.clone());
    for field in step.fields.iter().filter(|f| f.kind == form::Kind::Photos) {
        if let Some(photo) = &removing
            && draft.remove_photo(&field.id, photo)
            && let Err(e) = crate::store::uploads::remove_unsent(&state.store, photo).await
        {
            return Err(e.into());
        }
        for file in files.iter().filter(|f| f.field == field.id) {
            if draft.photos(&field.id).len() >= form::MAX_PHOTOS {
                photo_errors.push(
                    app::journey::FieldError::single(&field.id, "form-error-photos-many").with(
                        "max",
                        app::journey::MessageArg::Number(form::MAX_PHOTOS as i64),
                    ),
                );
                break;
            }
            let cleaned = file.bytes.clone().and_then(crate::services::photos::clean);
            match cleaned {
                Ok(photo) => {
                    match crate::services::photos::store(
                        &state.store,
                        &journey(product),
                        &field.id,
                        &file.name,
                        &photo,
                    )
                    .await
                    {
                        Ok(id) => draft.add_photo(&field.id, &id, &file.name),
                        Err(e) => return Err(e.into()),
                    }
                }
                Err(key) => {
                    photo_errors.push(app::journey::FieldError::single(&field.id, key));
                    break;
                }
            }
        }
    }
    if removing.is_some() || !photo_errors.is_empty() {
        // Stay on the page: the list of photos changed, or a file could not be used.
        draft.keep(step, &posted);
        if photo_errors.is_empty() {
            draft.errors.remove(&step.slug);
        } else {
            draft.errors.insert(step.slug.clone(), photo_errors);
            draft.completed.remove(&step.slug);
        }
        if let Err(e) =
            crate::store::drafts::save(&state.store, &id, &journey(product), &draft).await
        {
            return Err(e.into());
        }
        let mut to = form::path(&product.slug, &step.slug);
        if back_to_check {
            to.push_str("?terug=controleren");
        }
        return Ok((
            jar.add(draft_cookie(&id, state.secure_cookies)),
            Redirect::to(&to),
        )
            .into_response());
    }
    if posted.iter().any(|(k, v)| k == "actie" && v == "opslaan") {
        let lang = app::i18n::lang_of(&headers);
        // At the library the address in the form may not be the resident's
        // own: the code is shown to print, never mailed.
        let mail = assisted.is_none();
        return crate::resident::saved_routes::save_for_later(
            &state,
            &jar,
            (id, draft),
            (product, step),
            &posted,
            (lang, mail),
        )
        .await;
    }
    if let Some(registrar) = &draft.registrar {
        // Each answer the agent gives keeps their session alive.
        phone_form::registrar_session(&state, &jar, registrar).await?;
    }
    let first_pass = !draft.completed.contains(&step.slug);
    let outcome = draft.apply(product, step, &posted, time::today(), back_to_check);
    crate::store::drafts::save(&state.store, &id, &journey(product), &draft).await?;
    // The anonymous funnel: a resident's own form passing a page for the first time.
    if first_pass && draft.registrar.is_none() && draft.completed.contains(&step.slug) {
        let day = time::today().to_string();
        if let Err(e) =
            crate::store::funnel::count(&state.store, &day, &product.slug, &step.slug).await
        {
            // A lost count never costs the resident their answer.
            tracing::warn!(error = %e, "could not count a form step");
        }
    }
    let target = match outcome {
        Outcome::Stay(step) | Outcome::Next(step) => {
            let mut to = form::path(&product.slug, &step);
            if back_to_check {
                to.push_str("?terug=controleren");
            }
            to
        }
        Outcome::Check => form::path(&product.slug, form::CHECK),
    };
    Ok(
        // The cookie is renewed on every answer: 24 hours from the last change.
        (
            jar.add(draft_cookie(&id, state.secure_cookies)),
            Redirect::to(&target),
        )
            .into_response(),
    )
}

/// Sends the request: stored once, whatever the number of clicks, with its receipt.
pub async fn submit_form(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    jar: CookieJar,
    assisted: Option<axum::Extension<crate::services::assisted::AssistedNow>>,
) -> Result<Response, AppError> {
    let Some(product) = catalogue::by_slug(&slug).filter(|p| p.online_now()) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let Some(form_def) = &product.form else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let confirmation = form::path(&product.slug, form::CONFIRMATION);
    let (id, draft) = match current(&state, &jar, product).await {
        Err(e) => return Err(e.into()),
        Ok(None) => return Ok(Redirect::to(&product.path()).into_response()),
        Ok(Some((_, _, Some(_)))) => return Ok(Redirect::to(&confirmation).into_response()),
        Ok(Some((id, draft, None))) => (id, draft),
    };
    // A form an agent completes on the phone is sent only by that agent, signed
    // in; its receipt goes in the resident's language.
    let agent = match &draft.registrar {
        None => None,
        Some(registrar) => match phone_form::registrar_session(&state, &jar, registrar).await? {
            Some(session) => Some((registrar, session)),
            None => return Ok(phone_form::sign_in_first(registrar)),
        },
    };
    let lang = match agent {
        Some((registrar, _)) => Lang::from_code(&registrar.lang).unwrap_or(Lang::Nl),
        None => app::i18n::lang_of(&headers),
    };
    let answers = match draft.to_answers(product, time::today()) {
        Ok(answers) => answers,
        Err(step) => return Ok(Redirect::to(&form::path(&product.slug, &step)).into_response()),
    };
    let email = form::email_of(&answers);
    let summary: BTreeMap<String, Vec<SummaryRow>> = [Lang::Nl, Lang::En]
        .into_iter()
        .map(|l| (l.code().to_string(), form::summary(product, &answers, l)))
        .collect();
    let stored = StoredForm {
        values: answers.0.clone(),
        summary,
        lang: lang.code().to_string(),
        email: email.clone(),
    };
    let json = match serde_json::to_string(&stored) {
        Ok(json) => json,
        Err(e) => {
            tracing::error!(error = %e, "could not serialise a submission");
            return Ok(StatusCode::INTERNAL_SERVER_ERROR.into_response());
        }
    };
    let journey = journey(product);
    let capacity = form::pickup_of(product, &answers);
    // A day outside what we offer (changed page, a holiday) is treated as full.
    let offered = form::pickup_field(product).is_none_or(|field| {
        capacity.as_ref().is_some_and(|(day, _)| {
            pickup_window(&state, field)
                .iter()
                .any(|d| d.to_string() == *day)
        })
    });
    let new = NewSubmission {
        product: &product.slug,
        prefix: &form_def.reference_prefix,
        key: submissions::draft_key(&id, product),
        journey: &journey,
        answers: json,
        capacity,
        photos: draft.photo_ids(form_def),
        registered_by: agent
            .as_ref()
            .map(|(registrar, session)| (session.account_id, registrar.callback.as_str())),
        library: assisted.as_ref().map(|a| a.library.as_str()),
    };
    let messages = |reference: &str, token: &str| {
        let status_link = format!("{}{}/{token}", state.public_url, app::STATUS_BASE);
        email
            .as_ref()
            .map(|to| {
                crate::messages::submissions::receipt(
                    product,
                    &answers,
                    to,
                    reference,
                    &status_link,
                    lang,
                )
            })
            .into_iter()
            .collect()
    };
    let sent = if offered {
        submissions::store(&state.store, &id, &new, messages).await
    } else {
        Ok(Sent::Full)
    };
    match sent {
        Ok(Sent::Stored(reference)) => {
            tracing::info!(reference = %reference, product = %product.slug, "request received");
            // Sent: the copy saved to continue later is needed no more.
            if let Some(code) = &draft.saved_code
                && let Err(e) = saved::forget(&state.store, code).await
            {
                tracing::warn!(error = %e, "could not remove a saved form after sending");
            }
            if let Some((registrar, session)) = &agent {
                return phone_form::sent(&state, session, registrar, &reference).await;
            }
            Ok(Redirect::to(&confirmation).into_response())
        }
        Ok(Sent::Full) => day_taken(&state, &id, product, draft, &journey).await,
        Err(e) => Err(e.into()),
    }
}

/// The chosen pickup day filled up before this request was sent: nothing was
/// stored; the resident chooses again from the days that have room.
async fn day_taken(
    state: &AppState,
    id: &DraftId,
    product: &Product,
    mut draft: FormDraft,
    journey: &str,
) -> Result<Response, AppError> {
    let Some((step, field)) = form::pickup_step(product) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    draft.completed.remove(&step.slug);
    draft.errors.insert(
        step.slug.clone(),
        vec![app::journey::FieldError::single(
            &field.id,
            "form-error-day-full",
        )],
    );
    crate::store::drafts::save(&state.store, id, journey, &draft).await?;
    tracing::info!(product = %product.slug, "pickup day full, resident chooses again");
    Ok(Redirect::to(&format!(
        "{}?terug=controleren",
        form::path(&product.slug, &step.slug)
    ))
    .into_response())
}
