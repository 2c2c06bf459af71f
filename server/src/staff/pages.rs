//! What each staff page renders from, loaded after the guard let the request
//! through: the sign-in form, the start page, the work list, a request (its
//! view written to the access log first: no log row, no page), and the access log.

use app::domain::RequestStatus;
use app::domain::working_days::{open_at_most_since, working_days_between};
use app::journey::posted as value;
use app::page_context::PageContext;
use app::staff::context::{
    AccessLogView, AccessRow, ChangeForm, ChangeProblem, NormState, SignInProblem, SignInView,
    StaffPage, WorkFilter, WorkListView, WorkRow,
};
use app::staff::paths;
use app::staff::roles::Role;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::access_log::{self, Action};
use super::frame::{context, pairs};
use super::handled::{handled_request, products_for};
use super::kept_form;
use super::routes::back_to;
use super::sessions::StaffSession;
use crate::http::errors::AppError;
use crate::services::submissions::StoredForm;
use crate::store::{Store, work};
use crate::{AppState, time};

pub const PER_PAGE: u32 = 25;

pub enum Loaded {
    Page(Box<PageContext>),
    Answer(Response),
}

/// The sign-in page, with what the query says (`melding`, `terug`, `email`).
pub fn sign_in(query: Option<&str>, single_sign_on: bool) -> PageContext {
    let pairs = pairs(query);
    let problem = match value(&pairs, "melding") {
        Some("fout") => Some(SignInProblem::Wrong),
        Some("wacht") => Some(SignInProblem::Slowed),
        Some("verlopen") => Some(SignInProblem::Expired),
        Some("uitgelogd") => Some(SignInProblem::SignedOut),
        Some("sso") => Some(SignInProblem::SingleSignOn),
        _ => None,
    };
    let view = SignInView {
        email: String::new(),
        problem,
        back_to: value(&pairs, "terug").and_then(back_to),
        single_sign_on,
    };
    context(None, StaffPage::SignIn(view))
}

pub async fn load(
    state: &AppState,
    session: &StaffSession,
    path: &str,
    query: Option<&str>,
) -> Result<Loaded, AppError> {
    if path == paths::START {
        return Ok(Loaded::Page(Box::new(context(
            Some(session),
            StaffPage::Start,
        ))));
    }
    if path == paths::REQUESTS {
        return work_list(state, session, query).await;
    }
    if path == paths::ACCESS_LOG {
        return access_log_page(&state.store, session, query).await;
    }
    if let Some(reference) = path.strip_prefix("/medewerker/aanvragen/") {
        return request(state, session, reference).await;
    }
    if path == paths::KPI {
        let page = super::kpi::page(state, session, query).await?;
        return Ok(Loaded::Page(Box::new(context(Some(session), page))));
    }
    if path == paths::PANEL {
        let page = super::panel::list(state, session, query).await?;
        return Ok(Loaded::Page(Box::new(context(Some(session), page))));
    }
    if path == paths::PANEL_SIGN_UP {
        let page = super::panel::sign_up_page(state, session).await?;
        return Ok(Loaded::Page(Box::new(context(Some(session), page))));
    }
    if path == paths::COUNCIL_REPORT {
        let page = super::council::page(state, session, query).await?;
        return Ok(Loaded::Page(Box::new(context(Some(session), page))));
    }
    if path == paths::KPI_TRENDS {
        let page = super::trends::page(state, session, query).await?;
        return Ok(Loaded::Page(Box::new(context(Some(session), page))));
    }
    if path == paths::SATISFACTION {
        let page = super::satisfaction::page(state, session, query).await?;
        return Ok(Loaded::Page(Box::new(context(Some(session), page))));
    }
    if path == paths::OPENING {
        let page = super::opening::page(state, session, query).await?;
        return Ok(Loaded::Page(Box::new(context(Some(session), page))));
    }
    if path == paths::COUNTER {
        let page = super::counter::page(state, session, query).await?;
        return Ok(Loaded::Page(Box::new(context(Some(session), page))));
    }
    if path == paths::SEARCH {
        let page = super::search::page(state, session, query).await?;
        return Ok(Loaded::Page(Box::new(context(Some(session), page))));
    }
    if path == paths::CONTACT {
        let page = super::contacts::page(state, session, query).await?;
        return Ok(Loaded::Page(Box::new(context(Some(session), page))));
    }
    if path == paths::CALLBACKS {
        let page = super::callback_pages::queue(state, session, query).await?;
        return Ok(Loaded::Page(Box::new(context(Some(session), page))));
    }
    if let Some(reference) = path.strip_prefix("/medewerker/terugbellen/") {
        return Ok(
            match super::callback_pages::detail(state, session, reference).await? {
                Some(found) => Loaded::Page(Box::new(context(Some(session), found))),
                None => Loaded::Answer(StatusCode::NOT_FOUND.into_response()),
            },
        );
    }
    if path == paths::REPORTS {
        let list = super::reports::list(state).await?;
        return Ok(Loaded::Page(Box::new(context(Some(session), list))));
    }
    if let Some(reference) = path.strip_prefix("/medewerker/meldingen/") {
        return Ok(
            match super::reports::detail(state, session, reference).await? {
                Some(found) => Loaded::Page(Box::new(context(Some(session), found))),
                None => Loaded::Answer(StatusCode::NOT_FOUND.into_response()),
            },
        );
    }
    Ok(Loaded::Answer(StatusCode::NOT_FOUND.into_response()))
}

fn norm_days(product: &str) -> i64 {
    app::catalogue::by_slug(product)
        .and_then(|p| p.service_norm_days)
        .map(i64::from)
        .unwrap_or(10)
}

pub fn norm_state(status: RequestStatus, days_open: i64, norm: i64) -> NormState {
    if status.is_closed() {
        NormState::Closed
    } else if days_open > norm {
        NormState::Overdue
    } else if norm - days_open <= 1 {
        NormState::AlmostDue
    } else {
        NormState::InTime
    }
}

fn received_date(received_at: &str) -> jiff::civil::Date {
    received_at
        .parse::<jiff::Zoned>()
        .map(|z| z.date())
        .unwrap_or_else(|_| time::today())
}

async fn work_list(
    state: &AppState,
    session: &StaffSession,
    query: Option<&str>,
) -> Result<Loaded, AppError> {
    let filter = WorkFilter::from_pairs(&pairs(query));
    let handled = products_for(&state.store, session).await?;
    // A product filter narrows the products this staff member handles, never widens them.
    let products: Vec<String> = match &filter.product {
        Some(p) => handled.iter().filter(|h| *h == p).cloned().collect(),
        None => handled.clone(),
    };
    let today = time::today();
    let lines: Vec<(String, String)> = products
        .iter()
        .map(|p| {
            let line = open_at_most_since(today, norm_days(p) as usize, state.holidays);
            (p.clone(), line.to_string())
        })
        .collect();
    let every_product = app::catalogue::all()
        .iter()
        .filter(|p| p.form.is_some())
        .count();
    let q = work::Query {
        products: &products,
        all_products: filter.product.is_none() && products.len() == every_product,
        status: filter.status,
        overdue_lines: filter.overdue.then_some(lines.as_slice()),
        assigned_to: filter.mine.then_some(session.account_id),
        unassigned: filter.unassigned,
        sort: match filter.sort {
            app::staff::context::WorkSort::Received => "received",
            app::staff::context::WorkSort::Product => "product",
            app::staff::context::WorkSort::Status => "status",
        },
        descending: filter.descending,
        limit: i64::from(PER_PAGE),
        offset: i64::from(filter.page - 1) * i64::from(PER_PAGE),
    };
    let (rows, total) = work::list(&state.store, &q).await?;
    let rows = rows
        .into_iter()
        .filter_map(|row| {
            let status = RequestStatus::parse(&row.status)?;
            let received = received_date(&row.received_at);
            let norm = norm_days(&row.product);
            let days_open = working_days_between(received, today, state.holidays);
            Some(WorkRow {
                norm: norm_state(status, days_open, norm),
                reference: row.reference,
                product: row.product,
                received,
                status,
                days_open,
                norm_days: norm,
                assigned_to: row.assigned_to,
                addition_in: row.addition_in,
            })
        })
        .collect();
    let view = WorkListView {
        filter,
        rows,
        total,
        per_page: PER_PAGE,
        products: handled,
    };
    Ok(Loaded::Page(Box::new(context(
        Some(session),
        StaffPage::WorkList(view),
    ))))
}

/// The change form as the kept form left it (after a problem or signing in again).
fn change_form(kept: Option<kept_form::KeptForm>) -> ChangeForm {
    let Some(kept) = kept else {
        return ChangeForm::default();
    };
    let problem = match kept.problem.as_deref() {
        Some("restored") => Some(ChangeProblem::Restored),
        Some("no-status") => Some(ChangeProblem::NoStatus),
        Some("missing-what") => Some(ChangeProblem::MissingWhat),
        Some("too-long") => Some(ChangeProblem::TooLong),
        Some(other) => other
            .strip_prefix("meanwhile:")
            .and_then(RequestStatus::parse)
            .map(|status| ChangeProblem::ChangedMeanwhile { status }),
        None => None,
    };
    ChangeForm {
        to: kept.field("nieuwe-status").and_then(RequestStatus::parse),
        message: kept.field("bericht").unwrap_or_default().to_string(),
        problem,
    }
}

async fn request(
    state: &AppState,
    session: &StaffSession,
    reference: &str,
) -> Result<Loaded, AppError> {
    let Some(found) = handled_request(state, session, reference).await? else {
        return Ok(Loaded::Answer(StatusCode::NOT_FOUND.into_response()));
    };
    // Written before anything personal is read for the page: no row, no page.
    access_log::record(
        &state.store,
        session,
        Action::View,
        "aanvraag",
        &found.reference,
        "werklijst aanvragen",
    )
    .await?;
    let kept = kept_form::take(
        &state.store,
        &session.key,
        &paths::request_status(reference),
    )
    .await?;
    let Some(status) = RequestStatus::parse(&found.status) else {
        return Err(AppError::from(sqlx::Error::Protocol(
            "unknown status".into(),
        )));
    };
    let stored: Option<StoredForm> = serde_json::from_str(&found.answers).ok();
    let answers = stored
        .as_ref()
        .and_then(|s| s.summary.get("nl").cloned())
        .unwrap_or_default();
    let has_email = stored.as_ref().is_some_and(|s| s.email.is_some());
    let history = crate::store::submissions::events(&state.store, found.id)
        .await?
        .into_iter()
        .filter_map(|(at, status, note)| {
            Some((at.parse().ok()?, RequestStatus::parse(&status)?, note))
        })
        .collect();
    let additions = work::additions(&state.store, found.id)
        .await?
        .into_iter()
        .filter_map(|(at, text)| Some((at.parse().ok()?, text)))
        .collect();
    let photos = work::photos(&state.store, found.id).await?;
    let received_at: jiff::Zoned = found.received_at.parse().unwrap_or_else(|_| time::now());
    let norm = norm_days(&found.product);
    let days_open = working_days_between(received_at.date(), time::today(), state.holidays);
    let view = app::staff::context::RequestDetailView {
        reference: found.reference,
        product: found.product,
        received_at,
        status,
        version: found.version,
        assigned_to_me: found.assigned_to == Some(session.account_id),
        assigned_to: found.assigned_name,
        registered_by: found.registered_by,
        library: found
            .library
            .as_deref()
            .and_then(app::assisted::library)
            .map(|l| l.name.clone()),
        answers,
        photos,
        history,
        additions,
        missing: found.missing,
        has_email,
        norm_days: norm,
        days_open,
        change: change_form(kept),
    };
    Ok(Loaded::Page(Box::new(context(
        Some(session),
        StaffPage::Request(Box::new(view)),
    ))))
}

async fn access_log_page(
    store: &Store,
    session: &StaffSession,
    query: Option<&str>,
) -> Result<Loaded, AppError> {
    let pairs = pairs(query);
    let record = value(&pairs, "record")
        .unwrap_or("")
        .trim()
        .chars()
        .take(60)
        .collect::<String>();
    let page: u32 = value(&pairs, "pagina")
        .and_then(|p| p.parse().ok())
        .unwrap_or(1)
        .clamp(1, 100_000);
    let per_page = 50u32;
    let (rows, total) = crate::store::access_log::page(
        store,
        (!record.is_empty()).then_some(record.as_str()),
        i64::from(per_page),
        i64::from(page - 1) * i64::from(per_page),
    )
    .await?;
    let rows = rows
        .into_iter()
        .filter_map(|r| {
            Some(AccessRow {
                at: r.at.parse().ok()?,
                staff: r.staff,
                role: Role::parse(&r.role)?,
                team: r.team,
                action: r.action,
                record_kind: r.record_kind,
                record_id: r.record_id,
                purpose: r.purpose,
            })
        })
        .collect();
    let view = AccessLogView {
        rows,
        total,
        record,
        page,
        per_page,
    };
    Ok(Loaded::Page(Box::new(context(
        Some(session),
        StaffPage::AccessLog(view),
    ))))
}
