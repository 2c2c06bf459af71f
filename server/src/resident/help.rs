//! The assisted mode's own pages and posts (`/hulp`, `/hulp/afspraken`,
//! `/hulp/klaar`, `/hulp/verder`): a volunteer starts it (a fresh draft id
//! for the visit, the session's cookie), the resident agrees, "Klaar: alles
//! wissen" removes every trace on the server and asks the browser to forget,
//! and the page's script says the resident is still here.

use app::assisted::{self, Ended, HelpPage, StartDraft};
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;

use crate::AppState;
use crate::http::assisted_mode::{ended_path, wiped_answer};
use crate::http::cookies::draft_cookie;
use crate::http::errors::AppError;
use crate::services::assisted::{self as sessions, AssistedNow};
use crate::services::drafts::{self, DraftId};

const JOURNEY: &str = "hulp";

/// Whether `path` is one of the mode's pages.
pub fn is_help(path: &str) -> bool {
    [assisted::BASE, assisted::AGREE, assisted::DONE].contains(&path)
}

fn library_names() -> Vec<(String, String)> {
    assisted::libraries()
        .iter()
        .map(|l| (l.slug.clone(), l.name.clone()))
        .collect()
}

/// What the page at `path` renders from.
pub async fn view(
    state: &AppState,
    jar: &CookieJar,
    path: &str,
    query: Option<&str>,
) -> Result<HelpPage, sqlx::Error> {
    if path == assisted::AGREE {
        return Ok(HelpPage::Agree);
    }
    if path == assisted::DONE {
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_str(query.unwrap_or_default()).unwrap_or_default();
        let why = if app::journey::posted(&pairs, "waarom") == Some("stil") {
            Ended::Idle
        } else {
            Ended::Done
        };
        let library = app::journey::posted(&pairs, "bibliotheek")
            .and_then(assisted::library)
            .map(|l| (l.slug.clone(), l.name.clone()));
        return Ok(HelpPage::Ended { why, library });
    }
    let draft = match drafts::id_from(jar) {
        Some(id) => crate::store::drafts::load(&state.store, &id, JOURNEY)
            .await?
            .unwrap_or_default(),
        None => StartDraft::default(),
    };
    Ok(HelpPage::Start {
        draft,
        libraries: library_names(),
    })
}

/// `POST /hulp`: the volunteer starts the mode.
pub async fn start(
    State(state): State<AppState>,
    jar: CookieJar,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let known: Vec<&str> = assisted::libraries()
        .iter()
        .map(|l| l.slug.as_str())
        .collect();
    let mut draft = StartDraft::default();
    let Some((library, helper)) = draft.apply(&form, &known) else {
        let id = drafts::id_from(&jar).unwrap_or_else(DraftId::new);
        crate::store::drafts::save(&state.store, &id, JOURNEY, &draft).await?;
        let jar = jar.add(draft_cookie(&id, state.secure_cookies));
        return Ok((jar, Redirect::to(assisted::BASE)).into_response());
    };
    // A fresh draft id: nothing typed before this visit belongs to it.
    let id = DraftId::new();
    let token = sessions::start(&state.store, (&library, &helper), &id).await?;
    tracing::info!(%library, "assisted visit started");
    let jar = jar
        .add(draft_cookie(&id, state.secure_cookies))
        .add(sessions::cookie(&token, state.secure_cookies));
    Ok((jar, Redirect::to(assisted::AGREE)).into_response())
}

/// `POST /hulp/afspraken`: the resident agreed; the start page follows.
pub async fn agree(
    State(state): State<AppState>,
    now: Option<axum::Extension<AssistedNow>>,
) -> Result<Response, AppError> {
    let Some(axum::Extension(now)) = now else {
        return Ok(Redirect::to(assisted::BASE).into_response());
    };
    sessions::agree(&state.store, &now.key).await?;
    Ok(Redirect::to("/").into_response())
}

/// `POST /hulp/klaar`: everything of the visit goes; the end page with the
/// question about the help.
pub async fn done(
    State(state): State<AppState>,
    jar: CookieJar,
    now: Option<axum::Extension<AssistedNow>>,
) -> Result<Response, AppError> {
    let library = match now {
        Some(axum::Extension(now)) => {
            sessions::end(&state.store, &now.key).await?;
            tracing::info!(library = %now.library, "assisted visit ended and wiped");
            Some(now.library)
        }
        None => None,
    };
    Ok(wiped_answer(
        jar,
        state.secure_cookies,
        &ended_path(false, library.as_deref()),
    ))
}

/// `POST /hulp/verder`: the resident is still here (the request itself is
/// the activity; the middleware noted it).
pub async fn still_here() -> StatusCode {
    StatusCode::NO_CONTENT
}
