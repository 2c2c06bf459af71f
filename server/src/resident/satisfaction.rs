//! The satisfaction question's page and its post (`/tevredenheid/<token>`):
//! the page's context (open, just answered, answered before, gone), and the
//! answer, stored once in the transaction that marks the invitation
//! answered. A problem keeps what was typed in a draft, as every form does.

use app::satisfaction::{self, SatisfactionDraft, SurveyState, SurveyView};
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;

use crate::http::cookies::draft_cookie;
use crate::http::errors::AppError;
use crate::services::drafts::{self, DraftId};
use crate::services::satisfaction as invitations;
use crate::store::{satisfaction as answers, unix_now};
use crate::{AppState, time};

pub const ROUTE: &str = "/tevredenheid/{token}";
const JOURNEY: &str = "tevredenheid";

/// What the page of `token` renders from; `None` for an address we never make.
pub async fn view(
    state: &AppState,
    jar: &CookieJar,
    token: &str,
    query: Option<&str>,
) -> Result<Option<SurveyView>, sqlx::Error> {
    if let Some(place) = place(token) {
        let draft = match drafts::id_from(jar) {
            Some(id) => crate::store::drafts::load(&state.store, &id, &journey(token))
                .await?
                .unwrap_or_default(),
            None => SatisfactionDraft::default(),
        };
        return Ok(Some(SurveyView {
            token: token.to_string(),
            kiosk: Some(place.name),
            state: if query == Some("bedankt=ja") {
                SurveyState::Thanks
            } else {
                SurveyState::Open
            },
            draft,
        }));
    }
    let Some(found) = invitations::find(&state.store, token).await? else {
        return Ok(None);
    };
    let state_now = if found.answered && query == Some("bedankt=ja") {
        SurveyState::Thanks
    } else if found.answered {
        SurveyState::Answered
    } else if found.expires_at > unix_now() {
        SurveyState::Open
    } else {
        SurveyState::Gone
    };
    let draft = match (state_now, drafts::id_from(jar)) {
        (SurveyState::Open, Some(id)) => {
            crate::store::drafts::load(&state.store, &id, &journey(token))
                .await?
                .unwrap_or_default()
        }
        _ => SatisfactionDraft::default(),
    };
    Ok(Some(SurveyView {
        token: token.to_string(),
        kiosk: None,
        state: state_now,
        draft,
    }))
}

fn journey(token: &str) -> String {
    format!("{JOURNEY}:{token}")
}

/// `POST /tevredenheid/<token>`.
pub async fn submit(
    State(state): State<AppState>,
    Path(token): Path<String>,
    jar: CookieJar,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    if let Some(place) = place(&token) {
        return kiosk(&state, &token, &place, jar, form).await;
    }
    let Some(found) = invitations::find(&state.store, &token).await? else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let page = satisfaction::path(&token);
    let mut draft = SatisfactionDraft::default();
    let Some(answer) = draft.apply(&form) else {
        let id = drafts::id_from(&jar).unwrap_or_else(DraftId::new);
        crate::store::drafts::save(&state.store, &id, &journey(&token), &draft).await?;
        let jar = jar.add(draft_cookie(&id, state.secure_cookies));
        return Ok((jar, Redirect::to(&page)).into_response());
    };
    let now = time::now();
    let mut tx = state.store.begin().await?;
    let stored = answers::answer(
        &mut tx,
        &found,
        &answers::Answer {
            score: i64::from(answer.score),
            improve: answer.improve.as_deref(),
            call_me: answer.call_me,
            answered_at: &now.to_string(),
            day: &now.date().to_string(),
        },
        unix_now(),
    )
    .await?;
    tx.commit().await?;
    if stored {
        tracing::info!(kind = %found.contact_kind, "satisfaction answered");
        if let Some(id) = drafts::id_from(&jar) {
            crate::store::drafts::save(
                &state.store,
                &id,
                &journey(&token),
                &SatisfactionDraft::default(),
            )
            .await?;
        }
        return Ok(Redirect::to(&format!("{page}?bedankt=ja")).into_response());
    }
    // Answered before (a second click) or run out: the page says which.
    Ok(Redirect::to(&page).into_response())
}

/// Seconds between two answers on one counter tablet: a double tap, or
/// someone tapping on, counts once.
const KIOSK_PAUSE_SECONDS: i64 = 10;

/// `POST /tevredenheid/<location>`: an answer on the counter tablet, for a
/// visitor without an e-mail address. Nothing about the visitor is stored:
/// the location, the score and the optional text; no "bel mij" (nobody to
/// call). A second answer within 10 seconds is refused with a word.
/// A place with a question for anyone: a counter's tablet (`/tevredenheid/stadhuis`)
/// or the end of the assisted mode at a library (`/tevredenheid/bibliotheek-centrum`).
struct Place {
    /// What the answer keeps as its location.
    slug: String,
    /// As the question names it: "Stadhuis", "Bibliotheek Centrum".
    name: String,
    channel: &'static str,
    kind: &'static str,
}

fn place(token: &str) -> Option<Place> {
    if let Some(location) = app::visit::location(token) {
        return Some(Place {
            slug: location.slug.clone(),
            name: location.name.clone(),
            channel: "balie",
            kind: "tablet",
        });
    }
    let library = app::assisted::library(token.strip_prefix("bibliotheek-")?)?;
    Some(Place {
        slug: library.slug.clone(),
        name: app::i18n::t_args("help-library", &[("name", library.name.clone().into())]),
        channel: "bibliotheek",
        kind: "hulp",
    })
}

async fn kiosk(
    state: &AppState,
    token: &str,
    place: &Place,
    jar: CookieJar,
    mut form: Vec<(String, String)>,
) -> Result<Response, AppError> {
    let location = token;
    let page = satisfaction::path(token);
    form.retain(|(k, _)| k != "bellen");
    let mut draft = SatisfactionDraft::default();
    let answer = draft.apply(&form);
    let now = time::now();
    let since = now
        .checked_sub(jiff::Span::new().seconds(KIOSK_PAUSE_SECONDS))
        .unwrap_or_else(|_| now.clone());
    let answer = match answer {
        Some(_)
            if answers::recent_on_tablet(
                &state.store,
                (&place.slug, place.kind),
                &since.to_string(),
            )
            .await? =>
        {
            draft.errors = vec![app::journey::FieldError::single(
                "tevredenheid",
                "survey-kiosk-wait",
            )];
            None
        }
        other => other,
    };
    let id = drafts::id_from(&jar).unwrap_or_else(DraftId::new);
    let Some(answer) = answer else {
        crate::store::drafts::save(&state.store, &id, &journey(location), &draft).await?;
        let jar = jar.add(draft_cookie(&id, state.secure_cookies));
        return Ok((jar, Redirect::to(&page)).into_response());
    };
    answers::answer_on_tablet(
        &state.store,
        (&place.slug, place.channel, place.kind),
        &answers::Answer {
            score: i64::from(answer.score),
            improve: answer.improve.as_deref(),
            call_me: false,
            answered_at: &now.to_string(),
            day: &now.date().to_string(),
        },
    )
    .await?;
    tracing::info!("satisfaction answered on a counter tablet");
    // What the last visitor typed is gone for the next one.
    crate::store::drafts::save(
        &state.store,
        &id,
        &journey(location),
        &SatisfactionDraft::default(),
    )
    .await?;
    Ok(Redirect::to(&format!("{page}?bedankt=ja")).into_response())
}
