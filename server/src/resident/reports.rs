//! "Meld een toegankelijkheidsprobleem": stored once per form as a request
//! for the staff side, with a receipt through the outbox when an address is given.

use app::accessibility::{PATH, REFERENCE_PREFIX, Report, ReportDraft};
use app::i18n::Lang;
use app::page_context::ReportForm;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;

use crate::http::cookies::draft_cookie;
use crate::http::errors::AppError;
use crate::outbox::{self};
use crate::services::drafts::{self, DraftId};
use crate::services::references::new_reference;
use crate::store::{Store, reports};
use crate::{AppState, time};

pub const ROUTE: &str = PATH;

fn cookie_id(jar: &CookieJar) -> Option<DraftId> {
    drafts::id_from(jar)
}

/// What the statement's form needs: what was typed (after an error) and a one-time value.
pub async fn form_context(store: &Store, jar: &CookieJar) -> Result<ReportForm, sqlx::Error> {
    let draft = match cookie_id(jar) {
        Some(id) => crate::store::drafts::load::<ReportDraft>(store, &id, drafts::REPORT)
            .await?
            .unwrap_or_default(),
        None => ReportDraft::default(),
    };
    Ok(ReportForm {
        draft,
        nonce: drafts::random_hex(),
    })
}

/// Stores the report and its receipt together; a resent form gives the first reference.
async fn store(
    store: &Store,
    nonce: &str,
    report: &Report,
    lang: Lang,
) -> Result<String, sqlx::Error> {
    let reference = new_reference(REFERENCE_PREFIX).as_str().to_string();
    let mut tx = store.begin().await?;
    let created_at = time::now().to_string();
    let row = reports::Insert {
        reference: &reference,
        nonce,
        page: report.page.as_deref(),
        description: &report.description,
        email: report.email.as_ref().map(|e| e.as_str()),
        created_at: &created_at,
    };
    if !reports::insert(&mut tx, &row).await? {
        drop(tx);
        return Ok(reports::reference_for_nonce(store, nonce)
            .await?
            .unwrap_or(reference));
    }
    if let Some(message) = crate::messages::reports::receipt(&reference, report, lang) {
        outbox::enqueue(&mut tx, &message).await?;
    }
    tx.commit().await?;
    Ok(reference)
}

pub async fn submit(
    State(state): State<AppState>,
    jar: CookieJar,
    headers: axum::http::HeaderMap,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let lang = app::i18n::lang_of(&headers);
    let id = cookie_id(&jar).unwrap_or_else(DraftId::new);
    let nonce: String = form
        .iter()
        .find(|(k, _)| k == "formulier")
        .map(|(_, v)| drafts::form_nonce(v))
        .unwrap_or_default();
    let mut draft = ReportDraft::default();
    let report = draft.apply(&form);
    let jar = jar.add(draft_cookie(&id, state.secure_cookies));
    match report {
        Some(report) if !nonce.is_empty() => {
            let reference = store(&state.store, &nonce, &report, lang).await?;
            crate::store::drafts::save(&state.store, &id, drafts::REPORT, &ReportDraft::default())
                .await?;
            tracing::info!(reference = %reference, "accessibility problem reported");
            Ok((
                jar,
                Redirect::to(&format!("{PATH}?gemeld={reference}#melden")),
            )
                .into_response())
        }
        _ => match crate::store::drafts::save(&state.store, &id, drafts::REPORT, &draft).await {
            // No fragment here: a fragment target stops `autofocus` from moving focus
            // to the error summary (HTML spec), and the summary scrolls into view itself.
            Ok(()) => Ok((jar, Redirect::to(PATH)).into_response()),
            Err(e) => Err(e.into()),
        },
    }
}
