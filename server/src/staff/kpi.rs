//! The team lead's KPI page ("Kengetallen"): the figures of the week asked
//! for (`services::kpi_week`), with the result of the last telephony upload.

use app::staff::context::StaffPage;
use app::staff::kpi_views::KpiView;

use super::sessions::StaffSession;
use crate::AppState;
use crate::http::errors::AppError;
use crate::services::kpi_week;

pub async fn page(
    state: &AppState,
    session: &StaffSession,
    query: Option<&str>,
) -> Result<StaffPage, AppError> {
    let (week, _) = super::frame::week(&super::frame::pairs(query));
    let figures = kpi_week::figures(&state.store, state.holidays, week).await?;
    Ok(StaffPage::Kpi(Box::new(KpiView {
        import: super::call_import::result(state, session).await?,
        week,
        groups: figures.groups,
        channels: figures.channels,
        funnel: figures.funnel,
        libraries: figures.libraries,
    })))
}
