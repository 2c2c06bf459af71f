//! The inwonerpanel on the staff side: the team lead's list (in the access
//! log: it shows names and addresses), removing a member who asked to stop
//! by phone, and signing a resident up on the phone or at the counter (a
//! kept form with its problems; the member keeps who registered them).

use app::panel::{PanelDraft, SignUp, Via};
use app::staff::context::StaffPage;
use app::staff::panel_views::{Member, PanelListView, PanelSignUpView, STAFF_VIA};
use app::staff::paths;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::access_log::{self, Action};
use super::kept_form::{self, KeptForm};
use super::sessions::StaffSession;
use crate::AppState;
use crate::http::errors::AppError;
use crate::services::panel as members;
use crate::store::panel;

const FIELDS: [&str; 6] = ["via", "naam", "bereikbaar", "email", "telefoon", "meedoen"];

pub async fn list(
    state: &AppState,
    session: &StaffSession,
    query: Option<&str>,
) -> Result<StaffPage, AppError> {
    access_log::record(
        &state.store,
        session,
        Action::View,
        "inwonerpanel",
        "leden",
        "inwonerpanel",
    )
    .await?;
    let counts = panel::counts(&state.store).await?;
    let members = panel::members(&state.store)
        .await?
        .into_iter()
        .filter_map(|(id, name, email, phone, via, joined)| {
            Some(Member {
                id,
                name,
                reach: email.or(phone)?,
                via: Via::parse(&via)?,
                joined: joined.parse().ok()?,
            })
        })
        .collect();
    let counts = Via::ALL
        .into_iter()
        .map(|via| {
            let n = counts
                .iter()
                .find(|(v, _)| v == via.slug())
                .map_or(0, |c| c.1);
            (via, n)
        })
        .collect();
    let pairs = super::frame::pairs(query);
    Ok(StaffPage::Panel(Box::new(PanelListView {
        counts,
        members,
        removed: app::journey::posted(&pairs, "melding") == Some("verwijderd"),
    })))
}

/// `POST /medewerker/inwonerpanel/<id>/verwijderen`.
pub async fn remove(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    if panel::remove(&state.store, id).await? {
        access_log::record(
            &state.store,
            &session,
            Action::Change,
            "inwonerpanel",
            &id.to_string(),
            "verwijderen",
        )
        .await?;
    }
    Ok(Redirect::to(&format!("{}?melding=verwijderd", paths::PANEL)).into_response())
}

/// The posted sign-up checked: the draft with its problems (the way of
/// signing up first), the way as posted, and the sign-up when complete.
fn checked(form: &[(String, String)]) -> (PanelDraft, String, Option<(SignUp, Via)>) {
    let mut draft = PanelDraft::default();
    let sign_up = draft.apply(form);
    let via = app::journey::posted(form, "via")
        .unwrap_or_default()
        .to_string();
    let chosen = Via::parse(&via).filter(|v| STAFF_VIA.contains(v));
    if chosen.is_none() {
        draft.errors.insert(
            0,
            app::journey::FieldError::single("via", "staff-panel-error-via"),
        );
    }
    let complete = sign_up.zip(chosen);
    (draft, via, complete)
}

pub async fn sign_up_page(state: &AppState, session: &StaffSession) -> Result<StaffPage, AppError> {
    let view = match kept_form::take(&state.store, &session.key, paths::PANEL_SIGN_UP).await? {
        None => PanelSignUpView::default(),
        Some(kept) => match kept.problem.as_deref() {
            Some("aangemeld") => PanelSignUpView {
                done: Some(false),
                ..PanelSignUpView::default()
            },
            Some("aangemeld-mail") => PanelSignUpView {
                done: Some(true),
                ..PanelSignUpView::default()
            },
            _ => {
                let (draft, via, _) = checked(&kept.fields);
                PanelSignUpView {
                    draft,
                    via,
                    done: None,
                }
            }
        },
    };
    Ok(StaffPage::PanelSignUp(Box::new(view)))
}

/// `POST /medewerker/inwonerpanel/aanmelden`.
pub async fn sign_up(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let problem = match checked(&form).2 {
        Some((sign_up, via)) => {
            let joined = members::join(
                &state.store,
                &state.public_url,
                &members::Joining {
                    sign_up: &sign_up,
                    via,
                    nonce: None,
                    registered_by: Some(session.account_id),
                    // The resident's language is not known here: the welcome mail is Dutch.
                    lang: app::i18n::Lang::Nl,
                },
            )
            .await?;
            let mailed = joined.is_some_and(|j| j.mailed);
            access_log::record(
                &state.store,
                &session,
                Action::Change,
                "inwonerpanel",
                "aanmelding",
                "aanmelden",
            )
            .await?;
            if mailed {
                "aangemeld-mail"
            } else {
                "aangemeld"
            }
        }
        _ => "probleem",
    };
    let fields = if problem == "probleem" {
        form.iter()
            .filter(|(k, _)| FIELDS.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.chars().take(300).collect()))
            .collect()
    } else {
        Vec::new()
    };
    let kept = KeptForm {
        action: paths::PANEL_SIGN_UP.to_string(),
        fields,
        problem: Some(problem.to_string()),
    };
    kept_form::keep(&state.store, &session.key, &kept).await?;
    Ok(Redirect::to(paths::PANEL_SIGN_UP).into_response())
}
