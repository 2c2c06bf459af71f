//! The inwonerpanel's pages for residents (`/inwonerpanel`,
//! `/inwonerpanel/afmelden/<token>`): the page's context, joining (a problem
//! keeps what was typed in a draft; joined, the draft keeps the leave link
//! for the page after the redirect) and leaving (a POST: links alone never
//! remove anyone, as mail scanners open them).

use app::panel::{self, PanelDraft, PanelState, PanelView, Via};
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;

use crate::AppState;
use crate::http::cookies::draft_cookie;
use crate::http::errors::AppError;
use crate::services::drafts::{self, DraftId};
use crate::services::panel as members;

pub const LEAVE_ROUTE: &str = "/inwonerpanel/afmelden/{token}";
const JOURNEY: &str = "inwonerpanel";

/// A leave token as we make them (32 hex digits); anything else is no page.
fn leave_token(path: &str) -> Option<&str> {
    path.strip_prefix(panel::LEAVE_BASE)?
        .strip_prefix('/')
        .filter(|t| t.len() == 32 && t.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Whether `path` is one of the panel's pages.
pub fn is_panel(path: &str) -> bool {
    path == panel::BASE || leave_token(path).is_some()
}

async fn draft_of(state: &AppState, jar: &CookieJar) -> Result<PanelDraft, sqlx::Error> {
    Ok(match drafts::id_from(jar) {
        Some(id) => crate::store::drafts::load(&state.store, &id, JOURNEY)
            .await?
            .unwrap_or_default(),
        None => PanelDraft::default(),
    })
}

/// What the page at `path` renders from.
pub async fn view(state: &AppState, jar: &CookieJar, path: &str) -> Result<PanelView, sqlx::Error> {
    if let Some(token) = leave_token(path) {
        let state_now = if members::is_member(&state.store, token).await? {
            PanelState::Leave {
                token: token.to_string(),
            }
        } else {
            PanelState::Left
        };
        return Ok(PanelView {
            state: state_now,
            draft: PanelDraft::default(),
            nonce: String::new(),
        });
    }
    let draft = draft_of(state, jar).await?;
    let state_now = match &draft.joined {
        Some(token) => PanelState::Joined {
            leave: panel::leave_path(token),
            mailed: draft.mailed,
        },
        None => PanelState::Form,
    };
    Ok(PanelView {
        state: state_now,
        draft,
        nonce: drafts::random_hex(),
    })
}

/// `POST /inwonerpanel`.
pub async fn submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    jar: CookieJar,
    assisted: Option<axum::Extension<crate::services::assisted::AssistedNow>>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let id = drafts::id_from(&jar).unwrap_or_else(DraftId::new);
    let jar = jar.add(draft_cookie(&id, state.secure_cookies));
    let mut draft = PanelDraft::default();
    let Some(sign_up) = draft.apply(&form) else {
        crate::store::drafts::save(&state.store, &id, JOURNEY, &draft).await?;
        return Ok((jar, Redirect::to(panel::BASE)).into_response());
    };
    let nonce = app::journey::posted(&form, "formulier")
        .map(drafts::form_nonce)
        .filter(|n| !n.is_empty());
    let joined = members::join(
        &state.store,
        &state.public_url,
        &members::Joining {
            sign_up: &sign_up,
            // Helped at the library: the panel sees who did not sign up alone online.
            via: if assisted.is_some() {
                Via::Library
            } else {
                Via::Online
            },
            nonce: nonce.as_deref(),
            registered_by: None,
            lang: app::i18n::lang_of(&headers),
        },
    )
    .await?;
    // Sent twice (a double click): the first post's page stands.
    if let Some(joined) = joined {
        tracing::info!("joined the inwonerpanel");
        let done = PanelDraft {
            joined: Some(joined.token),
            mailed: joined.mailed,
            ..PanelDraft::default()
        };
        crate::store::drafts::save(&state.store, &id, JOURNEY, &done).await?;
    }
    Ok((jar, Redirect::to(panel::BASE)).into_response())
}

/// `POST /inwonerpanel/afmelden/<token>`: removes the member; the page then says so.
pub async fn leave(
    State(state): State<AppState>,
    Path(token): Path<String>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let path = panel::leave_path(&token);
    if leave_token(&path).is_none() {
        return Ok(StatusCode::NOT_FOUND.into_response());
    }
    if members::leave(&state.store, &token).await? {
        tracing::info!("left the inwonerpanel");
    }
    // This browser's page no longer shows the leave link of a member who left.
    if let Some(id) = drafts::id_from(&jar) {
        crate::store::drafts::save(&state.store, &id, JOURNEY, &PanelDraft::default()).await?;
    }
    Ok(Redirect::to(&path).into_response())
}
