//! The form posts of every product whose questions live in its product file
//! (the form engine, `app::form`), and the context its pages render from.
//! Every post answers with a redirect (post/redirect/get).

use std::collections::BTreeMap;

use app::catalogue::{self, Product};
use app::form::{self, FormDraft, Outcome};
use app::i18n::Lang;
use app::journey::SummaryRow;
use app::page_context::{FormContext, FormSubmissionView, SavedView};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::{Deserialize, Serialize};

use crate::http::cookies::draft_cookie;
use crate::http::errors::AppError;
use crate::http::posted::Posted;
use crate::services::drafts::{self, DraftId};
use crate::services::submissions::{self, NewSubmission, Sent};
use crate::{AppState, services::saved, time};

pub const STEP_ROUTE: &str = "/producten/{product}/{step}";
pub const CHECK_ROUTE: &str = "/producten/{product}/controleren";
pub const RESUME_ROUTE: &str = form::RESUME_PATH;

#[derive(Deserialize)]
pub struct ReturnTo {
    terug: Option<String>,
}

/// A sent form as stored: the typed answers for the back office and the copy
/// in both languages, exactly as the resident confirmed it (Wmebv).
#[derive(Serialize, Deserialize)]
struct StoredForm {
    values: Vec<(String, form::Value)>,
    summary: BTreeMap<String, Vec<SummaryRow>>,
    /// The language the resident used; messages later go in it.
    lang: String,
    email: Option<String>,
}

use crate::services::drafts::form_journey as journey;

/// The draft of this product in this browser, and what was sent from it.
async fn current(
    state: &AppState,
    jar: &CookieJar,
    product: &Product,
) -> Result<Option<(DraftId, FormDraft, Option<submissions::Stored>)>, sqlx::Error> {
    let Some(id) = drafts::id_from(jar) else {
        return Ok(None);
    };
    let Some(draft) = crate::store::drafts::load(&state.store, &id, &journey(product)).await?
    else {
        return Ok(None);
    };
    let sent = submissions::find(&state.store, &submissions::draft_key(&id, product)).await?;
    Ok(Some((id, draft, sent)))
}

/// A product with questions and the page asked for, from `/producten/<slug>/<page>`.
pub fn parse_path(path: &str) -> Option<(&'static Product, String)> {
    let rest = path.strip_prefix(catalogue::BASE)?.strip_prefix('/')?;
    let (slug, page) = rest.split_once('/')?;
    if page.is_empty() || page.contains('/') {
        return None;
    }
    let product = catalogue::by_slug(slug).filter(|p| p.form.is_some() && p.online_now())?;
    Some((product, page.to_string()))
}

/// The working days a pickup can be planned on now (free or not).
fn pickup_window(state: &AppState, field: &form::FieldDef) -> Vec<jiff::civil::Date> {
    let (first, last) = field.pickup_window(time::today());
    let mut days = Vec::new();
    let mut day = first;
    while day <= last {
        if app::domain::working_days::is_working_day(day, state.holidays) {
            days.push(day);
        }
        match day.tomorrow() {
            Ok(next) => day = next,
            Err(_) => break,
        }
    }
    days
}

pub enum Prepared {
    Page(Box<FormContext>),
    Redirect(String),
}

/// What a page of the form needs, or where the resident should be instead.
pub async fn prepare(
    state: &AppState,
    jar: &CookieJar,
    product: &'static Product,
    page: &str,
    query: Option<&str>,
    lang: Lang,
) -> Result<Prepared, sqlx::Error> {
    let today = time::today();
    let mut context = FormContext::default();
    // Free days are counted only for the page that offers them.
    if let Some((_, field)) = form::pickup_step(product).filter(|(step, _)| step.slug == page) {
        let days = pickup_window(state, field);
        context.pickup_days = submissions::free_pickup_days(
            &state.store,
            &product.slug,
            &days,
            field.per_day.unwrap_or(0),
        )
        .await?;
    }
    let found = current(state, jar, product).await?;
    let sent = found.as_ref().and_then(|(_, _, s)| s.as_ref());
    if page == form::CONFIRMATION {
        let Some(stored) = sent else {
            return Ok(Prepared::Redirect(product.path()));
        };
        let Ok(saved) = serde_json::from_str::<StoredForm>(&stored.answers) else {
            return Ok(Prepared::Redirect(product.path()));
        };
        context.submission = Some(FormSubmissionView {
            reference: stored.reference.clone(),
            received_at: stored.received_at.clone(),
            summary: saved.summary.get(lang.code()).cloned().unwrap_or_default(),
            email: saved.email,
            status_path: stored
                .token
                .as_ref()
                .map(|token| format!("{}/{token}", app::STATUS_BASE)),
        });
        return Ok(Prepared::Page(Box::new(context)));
    }
    if page == form::SAVED {
        let code = found.as_ref().and_then(|(_, draft, _)| {
            draft
                .saved_code
                .clone()
                .map(|c| (c, draft.saved_mail_to.clone()))
        });
        let Some((code, mailed_to)) = code else {
            return Ok(Prepared::Redirect(product.path()));
        };
        let Some(expires) = saved::expires_at(&state.store, &code).await? else {
            return Ok(Prepared::Redirect(product.path()));
        };
        context.saved = Some(SavedView {
            code: saved::display(&code),
            until: crate::resident::saved_routes::local_date(expires),
            mailed_to,
        });
        return Ok(Prepared::Page(Box::new(context)));
    }
    if sent.is_some() && (page == form::CHECK || page == form::COPY) {
        return Ok(Prepared::Redirect(form::path(
            &product.slug,
            form::CONFIRMATION,
        )));
    }
    // A sent draft is finished: its question pages start afresh.
    if let Some((_, draft, None)) = found {
        context.draft = draft;
    }
    let draft = &context.draft;
    if page == form::CHECK || page == form::COPY {
        if let Err(step) = draft.to_answers(product, today) {
            return Ok(Prepared::Redirect(form::path(&product.slug, &step)));
        }
        return Ok(Prepared::Page(Box::new(context)));
    }
    let Some(form) = &product.form else {
        return Ok(Prepared::Page(Box::new(context)));
    };
    let steps = draft.steps(form);
    let Some(index) = steps.iter().position(|s| s.slug == page) else {
        // Not a step, or one that does not apply to these answers.
        if form.steps.iter().any(|s| s.slug == page) {
            let to = draft
                .first_open_step(product, today)
                .map(|s| form::path(&product.slug, &s))
                .unwrap_or_else(|| form::path(&product.slug, form::CHECK));
            return Ok(Prepared::Redirect(to));
        }
        return Ok(Prepared::Page(Box::new(context)));
    };
    // Never ahead of the first question still open (the page would lack what it builds on).
    let back_to_check = query.is_some_and(|q| q.contains("terug=controleren"));
    if let Some(open) = draft.first_open_step(product, today)
        && let Some(open_index) = steps.iter().position(|s| s.slug == open)
        && index > open_index
        && !back_to_check
    {
        return Ok(Prepared::Redirect(form::path(&product.slug, &open)));
    }
    Ok(Prepared::Page(Box::new(context)))
}

/// Saves the answers of one question page and redirects to what comes next.
pub async fn submit_step(
    State(state): State<AppState>,
    Path((slug, step_slug)): Path<(String, String)>,
    Query(return_to): Query<ReturnTo>,
    headers: HeaderMap,
    jar: CookieJar,
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
        return crate::resident::saved_routes::save_for_later(
            &state, &jar, id, draft, product, step, &posted, lang,
        )
        .await;
    }
    let outcome = draft.apply(product, step, &posted, time::today(), back_to_check);
    crate::store::drafts::save(&state.store, &id, &journey(product), &draft).await?;
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
) -> Result<Response, AppError> {
    let Some(product) = catalogue::by_slug(&slug).filter(|p| p.online_now()) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let Some(form_def) = &product.form else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let lang = app::i18n::lang_of(&headers);
    let confirmation = form::path(&product.slug, form::CONFIRMATION);
    let (id, draft) = match current(&state, &jar, product).await {
        Err(e) => return Err(e.into()),
        Ok(None) => return Ok(Redirect::to(&product.path()).into_response()),
        Ok(Some((_, _, Some(_)))) => return Ok(Redirect::to(&confirmation).into_response()),
        Ok(Some((id, draft, None))) => (id, draft),
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
