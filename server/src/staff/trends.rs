//! The team lead's trend page ("Verloop", `/medewerker/kengetallen/verloop`):
//! every KPI over the last 26 whole weeks against the chosen baseline
//! (`services::kpi_trends`), marking a baseline (POST, kept form with its
//! problem), and each trend as CSV.

use app::staff::context::StaffPage;
use app::staff::paths;
use app::staff::trend_views::{BaselineForm, BaselineProblem, TrendView};
use axum::Form;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};

use super::kept_form::{self, KeptForm};
use super::sessions::StaffSession;
use crate::http::errors::AppError;
use crate::services::kpi_trends;
use crate::{AppState, time};

const FIELDS: [&str; 3] = ["naam", "van", "tot"];

fn chosen(query: Option<&str>) -> Option<i64> {
    app::journey::posted(&super::frame::pairs(query), "nulmeting").and_then(|v| v.parse().ok())
}

pub async fn page(
    state: &AppState,
    session: &StaffSession,
    query: Option<&str>,
) -> Result<StaffPage, AppError> {
    let trends =
        kpi_trends::trends(&state.store, state.holidays, time::today(), chosen(query)).await?;
    let form = match kept_form::take(&state.store, &session.key, paths::KPI_TRENDS).await? {
        None => BaselineForm::default(),
        Some(kept) => {
            let field = |n: &str| kept.field(n).unwrap_or_default().to_string();
            let problem = kept.problem.as_deref();
            BaselineForm {
                name: field("naam"),
                from: field("van"),
                to: field("tot"),
                problem: [
                    BaselineProblem::NoName,
                    BaselineProblem::NameTaken,
                    BaselineProblem::BadDates,
                    BaselineProblem::NotPast,
                    BaselineProblem::TooShort,
                    BaselineProblem::TooLong,
                ]
                .into_iter()
                .find(|p| Some(p.key()) == problem),
                marked: problem == Some("marked"),
            }
        }
    };
    Ok(StaffPage::Trends(Box::new(TrendView {
        groups: trends.groups,
        baselines: trends.baselines,
        chosen: trends.chosen,
        computed_at: trends.computed_at,
        form,
    })))
}

/// `POST /medewerker/kengetallen/verloop`: marks a baseline.
pub async fn mark(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let field = |n: &str| app::journey::posted(&form, n).unwrap_or_default();
    let done = kpi_trends::mark_baseline(
        &state.store,
        state.holidays,
        session.account_id,
        field("naam"),
        (field("van"), field("tot")),
        time::today(),
    )
    .await?;
    let marked = done.is_ok();
    let (fields, problem) = match done {
        Ok(_) => (Vec::new(), "marked".to_string()),
        Err(p) => (
            form.iter()
                .filter(|(k, _)| FIELDS.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v.chars().take(100).collect()))
                .collect(),
            p.key().to_string(),
        ),
    };
    let kept = KeptForm {
        action: paths::KPI_TRENDS.to_string(),
        fields,
        problem: Some(problem),
    };
    kept_form::keep(&state.store, &session.key, &kept).await?;
    // A problem: the top of the page, where the error summary takes focus
    // (a fragment in the address would stop autofocus); marked: the list.
    let to = if marked {
        format!("{}#nulmeting", paths::KPI_TRENDS)
    } else {
        paths::KPI_TRENDS.to_string()
    };
    Ok(Redirect::to(&to).into_response())
}

#[derive(serde::Deserialize)]
pub struct CsvQuery {
    kpi: Option<String>,
    nulmeting: Option<i64>,
}

/// `GET /medewerker/kengetallen/verloop.csv[?kpi=...]`: the trend tables
/// (one, or all), one row per KPI and week, with the limits and the rule's
/// verdict; the KPI's name in the staff member's language.
pub async fn export(
    State(state): State<AppState>,
    Query(query): Query<CsvQuery>,
) -> Result<Response, AppError> {
    let trends =
        kpi_trends::trends(&state.store, state.holidays, time::today(), query.nulmeting).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let write = |out: &mut csv::Writer<Vec<u8>>| -> Result<(), csv::Error> {
        out.write_record([
            "kpi",
            "name",
            "week",
            "value",
            "unit",
            "basis",
            "lower",
            "mean",
            "upper",
            "deviation",
        ])?;
        for trend in trends.groups.iter().flat_map(|g| &g.trends) {
            if query.kpi.as_deref().is_some_and(|k| k != trend.key) {
                continue;
            }
            let limit = |f: fn(&app::staff::deviation::Limits) -> f64| {
                trend
                    .limits
                    .as_ref()
                    .map(|l| format!("{:.1}", f(l)))
                    .unwrap_or_default()
            };
            for (week, signal) in trend.weeks.iter().zip(&trend.signals) {
                out.write_record([
                    trend.key.as_str(),
                    &app::i18n::t(&trend.key),
                    &week.week.to_string(),
                    &week.value.map(|v| v.to_string()).unwrap_or_default(),
                    trend.unit.as_str(),
                    &week.basis.to_string(),
                    &limit(|l| l.lower),
                    &limit(|l| l.mean),
                    &limit(|l| l.upper),
                    signal
                        .map(app::staff::trend_views::signal_slug)
                        .unwrap_or_default(),
                ])?;
            }
        }
        out.flush()?;
        Ok(())
    };
    write(&mut out).map_err(|e| AppError::from(sqlx::Error::Protocol(e.to_string())))?;
    let body = out
        .into_inner()
        .map_err(|e| AppError::from(sqlx::Error::Protocol(e.to_string())))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"loket-verloop.csv\"",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response())
}
