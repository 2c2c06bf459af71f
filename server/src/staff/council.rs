//! The team lead's quarterly report for the council
//! (`/medewerker/kengetallen/raad?kwartaal=2026-3`, `services::council_report`);
//! without a quarter, or with one not over yet, the last quarter that is over.

use app::staff::context::StaffPage;
use app::staff::council_views::Quarter;

use super::sessions::StaffSession;
use crate::http::errors::AppError;
use crate::services::council_report;
use crate::{AppState, time};

pub async fn page(
    state: &AppState,
    _session: &StaffSession,
    query: Option<&str>,
) -> Result<StaffPage, AppError> {
    let today = time::today();
    let quarter = app::journey::posted(&super::frame::pairs(query), "kwartaal")
        .and_then(Quarter::parse)
        .unwrap_or_else(|| council_report::latest(today));
    let view = council_report::report(&state.store, state.holidays, quarter, today).await?;
    Ok(StaffPage::Council(Box::new(view)))
}
