//! "Opslaan en later verder": saving a form halfway (a resume code, mailed
//! once to the address given) and picking it up again with the code, on any
//! device (`/verder`).

use app::catalogue::{self, Product};
use app::form::{self, FormDraft};
use app::i18n::Lang;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;

use crate::http::cookies::draft_cookie;
use crate::http::errors::AppError;
use crate::services::drafts::form_journey as journey;
use crate::services::drafts::{self, DraftId};
use crate::services::submissions;
use crate::{AppState, services::saved, time};

/// A date in the Netherlands from unix seconds.
pub(crate) fn local_date(unix: i64) -> jiff::civil::Date {
    jiff::Timestamp::from_second(unix)
        .ok()
        .and_then(|t| t.in_tz("Europe/Amsterdam").ok())
        .map(|z| z.date())
        .unwrap_or_else(time::today)
}

/// "Opslaan en later verder": keeps what was typed on this page (checked or not),
/// saves a copy under a resume code for 30 days, and mails the link once if the
/// resident gave an email address.
/// Not mailed in the assisted mode (`mail` false): the code is printed there.
pub(crate) async fn save_for_later(
    state: &AppState,
    jar: &CookieJar,
    (id, mut draft): (DraftId, FormDraft),
    (product, step): (&Product, &form::StepDef),
    posted: &[(String, String)],
    (lang, mail): (Lang, bool),
) -> Result<Response, AppError> {
    let Some(form_def) = &product.form else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    draft.keep(step, posted);
    let journey = journey(product);
    let snapshot = match serde_json::to_string(&draft) {
        Ok(json) => json,
        Err(e) => {
            tracing::error!(error = %e, "could not serialise a draft");
            return Ok(StatusCode::INTERNAL_SERVER_ERROR.into_response());
        }
    };
    let (code, expires) = saved::save(
        &state.store,
        draft.saved_code.as_deref(),
        &journey,
        &snapshot,
    )
    .await?;
    draft.saved_code = Some(code.clone());
    let email = draft.email(form_def).filter(|_| mail);
    if let Some(to) = email.filter(|e| draft.saved_mail_to.as_ref() != Some(e)) {
        let until = app::domain::CalendarDate::from_date(local_date(expires)).long(lang);
        let message =
            crate::messages::saved::link(&state.public_url, product, &code, &to, until, lang);
        let queued = async {
            let mut tx = state.store.begin().await?;
            crate::outbox::enqueue(&mut tx, &message).await?;
            tx.commit().await
        };
        queued.await?;
        draft.saved_mail_to = Some(to);
    }
    crate::store::drafts::save(&state.store, &id, &journey, &draft).await?;
    Ok((
        jar.clone().add(draft_cookie(&id, state.secure_cookies)),
        Redirect::to(&form::path(&product.slug, form::SAVED)),
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct ResumeForm {
    #[serde(default)]
    code: String,
}

/// Picks a saved form up again: its answers go into this browser's draft.
pub async fn resume(
    State(state): State<AppState>,
    jar: CookieJar,
    Form(typed): Form<ResumeForm>,
) -> Result<Response, AppError> {
    let typed_code: String = typed.code.chars().take(20).collect();
    let again = || {
        let query = serde_urlencoded::to_string([("fout", "1"), ("code", typed_code.as_str())])
            .unwrap_or_default();
        let mut answer = Redirect::to(&format!("{}?{query}", form::RESUME_PATH)).into_response();
        // Counted by the look-up limit: guessing codes is slowed down.
        answer
            .extensions_mut()
            .insert(crate::http::lookup_limit::LookupFailed);
        answer
    };
    let Some(code) = saved::normalise(&typed.code) else {
        return Ok(again());
    };
    let found = saved::load(&state.store, &code).await?;
    let Some((journey, answers)) = found else {
        return Ok(again());
    };
    let Some(product) = journey
        .strip_prefix("product:")
        .and_then(catalogue::by_slug)
        .filter(|p| p.online_now())
    else {
        return Ok(again());
    };
    let mut draft: FormDraft = serde_json::from_str(&answers).unwrap_or_default();
    draft.saved_code = Some(code);
    let id = drafts::id_from(&jar).unwrap_or_else(DraftId::new);
    // A draft of this product already sent from this browser must not hide the resumed one.
    let id = match submissions::find(&state.store, &submissions::draft_key(&id, product)).await {
        Ok(Some(_)) => DraftId::new(),
        Ok(None) => id,
        Err(e) => return Err(e.into()),
    };
    crate::store::drafts::save(&state.store, &id, &journey, &draft).await?;
    let to = draft
        .first_open_step(product, time::today())
        .map(|step| form::path(&product.slug, &step))
        .unwrap_or_else(|| form::path(&product.slug, form::CHECK));
    Ok((
        jar.add(draft_cookie(&id, state.secure_cookies)),
        Redirect::to(&to),
    )
        .into_response())
}
