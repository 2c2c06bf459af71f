//! The team lead's satisfaction page: a week's figures per channel (from the
//! question online and the answers registered with contacts), the unhappy
//! answers to follow up, and the texts; "Opgevolgd" marks one. The page's
//! view is in the access log (the texts may hold what a resident wrote about
//! themselves), as is each follow-up.

use app::staff::context::StaffPage;
use app::staff::paths;
use app::staff::satisfaction_views::{ChannelFigures, FollowUp, Remark, SatisfactionReportView};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::access_log::{self, Action};
use super::sessions::StaffSession;
use crate::http::errors::AppError;
use crate::store::satisfaction as answers;
use crate::{AppState, time};

/// The rows of the table, in this order, each with the key of its name.
const CHANNELS: [&str; 11] = [
    "online-aanvraag",
    "online-terugbelverzoek",
    "online-afspraak",
    "telefoon-aanvraag",
    "contact-telefoon",
    "contact-balie",
    "balie-tablet",
    "balie-bezoek",
    "bibliotheek-hulp",
    "contact-e-mail",
    "contact-bibliotheek",
];

pub async fn page(
    state: &AppState,
    session: &StaffSession,
    query: Option<&str>,
) -> Result<StaffPage, AppError> {
    let pairs = super::frame::pairs(query);
    let (week, sunday) = super::frame::week(&pairs);
    let (from, to) = (week.to_string(), sunday.to_string());
    access_log::record(
        &state.store,
        session,
        Action::View,
        "tevredenheid",
        &from,
        "tevredenheid",
    )
    .await?;
    let counts = answers::counts(&state.store, &from, &to).await?;
    let channels = CHANNELS
        .iter()
        .map(|channel| {
            let of: Vec<(i64, i64)> = counts
                .iter()
                .filter(|(c, _, _)| c == channel)
                .map(|(_, score, n)| (*score, *n))
                .collect();
            ChannelFigures::from_counts(&format!("staff-satisfaction-channel-{channel}"), &of)
        })
        .collect();
    let per_product = answers::by_product(&state.store, &from, &to).await?;
    let mut slugs: Vec<&String> = per_product.iter().map(|(p, _, _)| p).collect();
    slugs.sort();
    slugs.dedup();
    let products = slugs
        .into_iter()
        .map(|slug| {
            let of: Vec<(i64, i64)> = per_product
                .iter()
                .filter(|(p, _, _)| p == slug)
                .map(|(_, score, n)| (*score, *n))
                .collect();
            (slug.clone(), ChannelFigures::from_counts(slug, &of))
        })
        .collect();
    let follow_ups = answers::follow_ups(&state.store)
        .await?
        .into_iter()
        .filter_map(|(id, at, score, text, kind, reference)| {
            Some(FollowUp {
                id,
                answered_at: at.parse().ok()?,
                score,
                kind,
                reference,
                text,
            })
        })
        .collect();
    let remarks = answers::remarks(&state.store, &from, &to)
        .await?
        .into_iter()
        .filter_map(|(at, score, kind, text)| {
            Some(Remark {
                answered_at: at.parse().ok()?,
                score,
                kind,
                text,
            })
        })
        .collect();
    Ok(StaffPage::Satisfaction(Box::new(SatisfactionReportView {
        week,
        channels,
        products,
        follow_ups,
        remarks,
        followed: app::journey::posted(&pairs, "melding") == Some("opgevolgd"),
    })))
}

/// `POST /medewerker/tevredenheid/<id>/opgevolgd`.
pub async fn followed(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let mut tx = state.store.begin().await?;
    if answers::followed(&mut tx, id, session.account_id, &time::now().to_string()).await? {
        access_log::record_in(
            &mut tx,
            &session,
            Action::Change,
            "tevredenheid",
            &id.to_string(),
            "opvolgen",
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!("{}?melding=opgevolgd", paths::SATISFACTION)).into_response())
}
