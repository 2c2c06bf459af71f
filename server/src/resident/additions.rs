//! `POST /aanvraag/<secret>/aanvullen`: what the resident adds when staff
//! asked for more. An empty or too long addition comes back with a message and
//! the typed text kept (in the draft); a good one returns the request to "in
//! behandeling" and the work list marks that it came in.

use app::MAX_ADDITION_CHARS;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;

use crate::AppState;
use crate::http::cookies::draft_cookie;
use crate::http::errors::AppError;
use crate::services::drafts::{self, DraftId};

pub const ROUTE: &str = "/aanvraag/{token}/aanvullen";

pub async fn submit(
    State(state): State<AppState>,
    jar: CookieJar,
    Path(token): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let page = format!("{}/{token}/aanvullen", app::STATUS_BASE);
    let text = form
        .iter()
        .find(|(k, _)| k == "aanvulling")
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_default();
    let problem = if text.is_empty() {
        Some("leeg")
    } else if text.chars().count() > MAX_ADDITION_CHARS {
        Some("lang")
    } else {
        None
    };
    if let Some(problem) = problem {
        let id = drafts::id_from(&jar).unwrap_or_else(DraftId::new);
        crate::store::drafts::save(&state.store, &id, drafts::ADDITION, &text).await?;
        let jar = jar.add(draft_cookie(&id, state.secure_cookies));
        return Ok((jar, Redirect::to(&format!("{page}?fout={problem}"))).into_response());
    }
    match crate::services::status::add_addition(&state.store, &token, &text).await? {
        true => {
            if let Some(id) = drafts::id_from(&jar) {
                crate::store::drafts::save(&state.store, &id, drafts::ADDITION, &String::new())
                    .await?;
            }
            tracing::info!("addition to a request received");
            Ok(Redirect::to(&format!("{}/{token}?aangevuld=ja", app::STATUS_BASE)).into_response())
        }
        // Not waiting for one (any more), or no such request: back to Mijn aanvraag,
        // which itself is a 404 without the right secret.
        false => Ok(Redirect::to(&format!("{}/{token}", app::STATUS_BASE)).into_response()),
    }
}
