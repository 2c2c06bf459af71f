//! The quarterly report for the council: the quarter's figures computed
//! from its records (`kpi_week::figures_between`, the KPI page's
//! definitions), and its whole weeks from the kept weekly figures judged
//! against the newest 0-meting (`kpi_trends::judged`), so the report flags
//! the weeks the trend page flags.

use app::domain::working_days::HolidayRules;
use app::staff::council_views::{CouncilRow, CouncilTheme, CouncilView, Quarter};
use jiff::civil::Date;

use super::{kpi_trends, kpi_week};
use crate::store::Store;

/// The last quarter that is over on `today`.
pub fn latest(today: Date) -> Quarter {
    Quarter::of(today).previous()
}

/// The report of `quarter` (at most the latest quarter that is over).
pub async fn report(
    store: &Store,
    rules: HolidayRules,
    quarter: Quarter,
    today: Date,
) -> Result<CouncilView, sqlx::Error> {
    let latest = latest(today);
    let quarter = if quarter.first_day() > latest.first_day() {
        latest
    } else {
        quarter
    };
    let figures =
        kpi_week::figures_between(store, rules, quarter.first_day(), quarter.last_day()).await?;
    let weeks = quarter.mondays();
    let mut judged = kpi_trends::judged(store, rules, &weeks, None).await?;
    let themes = figures
        .groups
        .into_iter()
        .map(|group| CouncilTheme {
            key: group.key,
            rows: group
                .kpis
                .into_iter()
                .map(|kpi| {
                    let trend = judged.trend(&kpi.key, kpi.unit);
                    let deviations = trend
                        .weeks
                        .iter()
                        .zip(&trend.signals)
                        .filter_map(|(w, s)| s.map(|s| (w.week, s)))
                        .collect();
                    CouncilRow {
                        baseline: trend.baseline,
                        deviations,
                        kpi,
                    }
                })
                .collect(),
        })
        .collect();
    Ok(CouncilView {
        quarter,
        latest,
        themes,
        channels: figures.channels,
        baseline: judged.chosen,
        weeks: weeks.len(),
    })
}
