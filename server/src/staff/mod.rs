//! The staff side's server wing (`/medewerker/...`): the guard in front of
//! every staff route (`guard`, with its table in `routes`), sessions,
//! signing in (`sign_in`, `passwords`), the page loaders (`pages`), the posts
//! of a request (`requests`), the callback queue (`callback_pages`,
//! `callbacks`), the access log (`access_log`) and the command
//! line for accounts (`cli`). Staff pages themselves live in `app::staff`.

pub mod access_log;
mod call_import;
mod callback_pages;
mod callbacks;
pub mod cli;
mod contacts;
mod council;
mod counter;
mod frame;
pub mod guard;
mod handled;
mod kept_form;
mod kpi;
pub mod oidc;
mod opening;
mod pages;
mod panel;
mod passwords;
pub mod phone_form;
mod reports;
mod requests;
pub mod routes;
mod satisfaction;
mod search;
pub mod sessions;
mod sign_in;
mod trends;

use app::staff::paths;
use axum::Router;
use axum::routing::{get, post};

use crate::AppState;

/// The staff routes that are not pages (the pages are Leptos routes).
pub fn routes(router: Router<AppState>) -> Router<AppState> {
    router
        .route(paths::SIGN_IN, post(sign_in::sign_in))
        .route(paths::SIGN_OUT, post(sign_in::sign_out))
        .route(
            "/medewerker/aanvragen/{reference}/toewijzen",
            post(requests::take),
        )
        .route(
            "/medewerker/aanvragen/{reference}/status",
            post(requests::change_status),
        )
        .route(
            "/medewerker/aanvragen/{reference}/foto/{photo}",
            get(requests::photo),
        )
        .route(paths::ACCESS_LOG_CSV, get(access_log::export))
        .route(
            "/medewerker/meldingen/{reference}/antwoord",
            post(reports::reply),
        )
        .route(paths::CONTACT, post(contacts::register))
        .route(
            paths::KPI_CALLS,
            post(call_import::upload).layer(axum::extract::DefaultBodyLimit::max(
                crate::UPLOAD_BODY_LIMIT,
            )),
        )
        .route(paths::OPENING, post(opening::save))
        .route(paths::KPI_TRENDS, post(trends::mark))
        .route(paths::KPI_TRENDS_CSV, get(trends::export))
        .route(
            "/medewerker/tevredenheid/{id}/opgevolgd",
            post(satisfaction::followed),
        )
        .route(paths::PANEL_SIGN_UP, post(panel::sign_up))
        .route(
            "/medewerker/inwonerpanel/{id}/verwijderen",
            post(panel::remove),
        )
        .route(paths::OPENING_NOTIFY, post(opening::notify))
        .route(paths::COUNTER_WALK_IN, post(counter::walk_in))
        .route("/medewerker/balie/{reference}/{step}", post(counter::step))
        .route(paths::CALLBACK_NEXT, post(callbacks::take_next))
        .route(
            "/medewerker/terugbellen/{reference}/oppakken",
            post(callbacks::take),
        )
        .route(
            "/medewerker/terugbellen/{reference}/poging",
            post(callbacks::attempt),
        )
        .route(
            "/medewerker/terugbellen/{reference}/formulier",
            post(phone_form::open),
        )
        .route(
            "/medewerker/terugbellen/{reference}/teruggeven",
            post(callbacks::release),
        )
        .route(paths::OIDC_START, get(oidc::start))
        .route(paths::OIDC_RETURN, get(oidc::finish))
}
