//! The trends: every KPI over the last 26 whole weeks, against the baseline
//! (0-meting) a team lead marked.
//!
//! How the figures are kept (README, "Trends and the 0-meting"): a week's
//! figures are computed by `kpi_week` from its raw records, the same
//! definitions as the KPI page, and stored per week in `kpi_weeks`. The
//! trend page reads those 26 weeks (some 600 small rows), never a year of
//! records, so it stays fast however much history there is. The hourly
//! refresh computes the 26 weeks again, so late changes (a request done
//! today that came in a month ago, a callback attempt after the weekend)
//! reach their week within the hour; a week the page needs that has no
//! figures yet (a new database, demo data just loaded) is computed when the
//! page asks. A baseline is a snapshot: its weeks are computed fresh when
//! it is marked and copied, so correcting old records later does not move it.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::time::Duration;

use app::domain::working_days::HolidayRules;
use app::staff::kpi_views::Unit;
use app::staff::trend_views::{Baseline, BaselineProblem, Trend, TrendGroup, WEEKS, WeekFigure};
use jiff::Span;
use jiff::civil::Date;

use super::kpi_week;
use crate::store::{Store, kpi_weeks};

/// The longest baseline: a year of weeks.
pub const MAX_BASELINE_WEEKS: i64 = 53;
/// The shortest: the rule needs a few weeks to know what is normal.
pub const MIN_BASELINE_WEEKS: i64 = 4;

fn monday_of(day: Date) -> Date {
    let back = i64::from(day.weekday().to_monday_zero_offset());
    day.checked_sub(Span::new().days(back)).unwrap_or(day)
}

fn plus_weeks(monday: Date, weeks: i64) -> Date {
    monday
        .checked_add(Span::new().days(7 * weeks))
        .unwrap_or(monday)
}

/// The Mondays of the 26 whole weeks before the week of `today`, oldest first.
pub fn shown_weeks(today: Date) -> Vec<Date> {
    let this = monday_of(today);
    (1..=WEEKS as i64)
        .rev()
        .map(|n| plus_weeks(this, -n))
        .collect()
}

/// A week's figures as the store keeps them: KPI key, unit, value, basis.
async fn week_rows(
    store: &Store,
    rules: HolidayRules,
    monday: Date,
) -> Result<Vec<(String, String, Option<i64>, i64)>, sqlx::Error> {
    let figures = kpi_week::figures(store, rules, monday).await?;
    Ok(figures
        .groups
        .iter()
        .flat_map(|g| &g.kpis)
        .map(|k| {
            let value = Unit::of(k.value).map(|(_, v)| v);
            (k.key.clone(), k.unit.as_str().to_string(), value, k.basis)
        })
        .collect())
}

/// Computes and stores the figures of the week that starts on `monday`.
pub async fn compute_week(
    store: &Store,
    rules: HolidayRules,
    monday: Date,
) -> Result<(), sqlx::Error> {
    let rows = week_rows(store, rules, monday).await?;
    let at = crate::time::now().timestamp().to_string();
    kpi_weeks::replace_week(store, &monday.to_string(), &rows, &at).await
}

/// Computes the 26 weeks shown again (the hourly refresh).
pub async fn refresh(store: &Store, rules: HolidayRules, today: Date) -> Result<(), sqlx::Error> {
    for monday in shown_weeks(today) {
        compute_week(store, rules, monday).await?;
    }
    Ok(())
}

/// Computes those of `weeks` that have no figures yet; the oldest time any
/// of them was computed.
async fn fill_missing(
    store: &Store,
    rules: HolidayRules,
    weeks: &[Date],
) -> Result<Option<String>, sqlx::Error> {
    let (Some(first), Some(last)) = (weeks.first(), weeks.last()) else {
        return Ok(None);
    };
    let mut known: HashMap<String, String> =
        kpi_weeks::computed(store, &first.to_string(), &last.to_string())
            .await?
            .into_iter()
            .collect();
    for monday in weeks {
        if let Entry::Vacant(missing) = known.entry(monday.to_string()) {
            compute_week(store, rules, *monday).await?;
            missing.insert(crate::time::now().timestamp().to_string());
        }
    }
    Ok(known.into_values().min())
}

/// Refreshes the weeks every hour, on every server (the writes are the same
/// whoever does them).
pub fn spawn_refresh(store: Store, rules: HolidayRules) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60 * 60));
        loop {
            tick.tick().await;
            if let Err(e) = refresh(&store, rules, crate::time::today()).await {
                tracing::warn!(error = %e, "could not compute the weekly KPI figures");
            }
        }
    });
}

/// Stored rows to week figures per KPI, in the order of `weeks`.
fn by_kpi(rows: Vec<kpi_weeks::Row>, weeks: &[Date]) -> HashMap<String, (Unit, Vec<WeekFigure>)> {
    let mut found: HashMap<(String, String), (Unit, Option<i64>, i64)> = HashMap::new();
    let mut units: HashMap<String, Unit> = HashMap::new();
    for (week, kpi, unit, value, basis) in rows {
        let Some(unit) = Unit::parse(&unit) else {
            continue;
        };
        units.insert(kpi.clone(), unit);
        found.insert((kpi, week), (unit, value, basis));
    }
    units
        .into_iter()
        .map(|(kpi, unit)| {
            let figures = weeks
                .iter()
                .map(|w| {
                    let (_, value, basis) = found
                        .get(&(kpi.clone(), w.to_string()))
                        .copied()
                        .unwrap_or((unit, None, 0));
                    WeekFigure {
                        week: *w,
                        value,
                        basis,
                    }
                })
                .collect();
            (kpi, (unit, figures))
        })
        .collect()
}

fn baseline_of(row: kpi_weeks::Baseline) -> Option<Baseline> {
    let (id, name, first, last, marked_by, marked_at) = row;
    Some(Baseline {
        id,
        name,
        first_week: first.parse().ok()?,
        last_week: last.parse().ok()?,
        marked_by,
        marked_at,
    })
}

/// What the trend page shows.
pub struct Trends {
    pub groups: Vec<TrendGroup>,
    pub baselines: Vec<Baseline>,
    pub chosen: Option<Baseline>,
    pub computed_at: Option<String>,
}

/// The kept figures of some weeks per KPI and the baseline's, to judge them by.
pub struct Judged {
    series: HashMap<String, (Unit, Vec<WeekFigure>)>,
    base: HashMap<String, (Unit, Vec<WeekFigure>)>,
    weeks: Vec<Date>,
    pub baselines: Vec<Baseline>,
    pub chosen: Option<Baseline>,
    pub computed_at: Option<String>,
}

impl Judged {
    /// The trend of one KPI over the weeks (empty weeks where none is kept).
    pub fn trend(&mut self, key: &str, unit: Unit) -> Trend {
        let (unit, figures) = self.series.remove(key).unwrap_or_else(|| {
            let empty = self.weeks.iter().map(|w| WeekFigure {
                week: *w,
                value: None,
                basis: 0,
            });
            (unit, empty.collect())
        });
        let baseline = self
            .base
            .get(key)
            .map(|b| b.1.as_slice())
            .unwrap_or_default();
        Trend::new(key, unit, figures, baseline)
    }
}

/// The kept figures of `weeks` (computing those missing), with the baseline
/// `chosen` (or the newest) they are judged against.
pub async fn judged(
    store: &Store,
    rules: HolidayRules,
    weeks: &[Date],
    chosen: Option<i64>,
) -> Result<Judged, sqlx::Error> {
    let computed_at = fill_missing(store, rules, weeks).await?;
    let (Some(first), Some(last)) = (weeks.first(), weeks.last()) else {
        return Err(sqlx::Error::Protocol("no weeks to judge".into()));
    };
    let rows = kpi_weeks::between(store, &first.to_string(), &last.to_string()).await?;
    let series = by_kpi(rows, weeks);
    let baselines: Vec<Baseline> = kpi_weeks::baselines(store)
        .await?
        .into_iter()
        .filter_map(baseline_of)
        .collect();
    let chosen = chosen
        .and_then(|id| baselines.iter().find(|b| b.id == id))
        .or(baselines.first())
        .cloned();
    let mut base = HashMap::new();
    if let Some(b) = &chosen {
        let rows = kpi_weeks::baseline_figures(store, b.id).await?;
        let span: Vec<Date> = (0..)
            .map(|n| plus_weeks(b.first_week, n))
            .take_while(|w| *w <= b.last_week)
            .collect();
        base = by_kpi(rows, &span);
    }
    Ok(Judged {
        series,
        base,
        weeks: weeks.to_vec(),
        baselines,
        chosen,
        computed_at,
    })
}

/// The trends of the 26 weeks before `today`'s week, judged against the
/// baseline `chosen` (or the newest one).
pub async fn trends(
    store: &Store,
    rules: HolidayRules,
    today: Date,
    chosen: Option<i64>,
) -> Result<Trends, sqlx::Error> {
    let weeks = shown_weeks(today);
    let mut judged = judged(store, rules, &weeks, chosen).await?;
    // The groups and their order as the KPI page has them (one week's keys).
    let layout = kpi_week::figures(store, rules, *weeks.last().unwrap_or(&today)).await?;
    let groups = layout
        .groups
        .iter()
        .map(|g| TrendGroup {
            key: g.key.clone(),
            trends: g
                .kpis
                .iter()
                .map(|k| judged.trend(&k.key, k.unit))
                .collect(),
        })
        .collect();
    Ok(Trends {
        groups,
        baselines: judged.baselines,
        chosen: judged.chosen,
        computed_at: judged.computed_at,
    })
}

/// Marks the weeks from the one of `from` to the one of `to` as a baseline
/// named `name`: checks the period, computes its weeks fresh and copies
/// them in one transaction.
pub async fn mark_baseline(
    store: &Store,
    rules: HolidayRules,
    staff_id: i64,
    name: &str,
    (from, to): (&str, &str),
    today: Date,
) -> Result<Result<i64, BaselineProblem>, sqlx::Error> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 80 {
        return Ok(Err(BaselineProblem::NoName));
    }
    let (Ok(from), Ok(to)) = (from.trim().parse::<Date>(), to.trim().parse::<Date>()) else {
        return Ok(Err(BaselineProblem::BadDates));
    };
    let (first, last) = (monday_of(from), monday_of(to));
    if last < first {
        return Ok(Err(BaselineProblem::BadDates));
    }
    if last >= monday_of(today) {
        return Ok(Err(BaselineProblem::NotPast));
    }
    let count = (last - first).get_days() as i64 / 7 + 1;
    if count < MIN_BASELINE_WEEKS {
        return Ok(Err(BaselineProblem::TooShort));
    }
    if count > MAX_BASELINE_WEEKS {
        return Ok(Err(BaselineProblem::TooLong));
    }
    let mut weeks = Vec::new();
    for n in 0..count {
        let monday = plus_weeks(first, n);
        weeks.push((monday, week_rows(store, rules, monday).await?));
    }
    let at = crate::time::now().timestamp().to_string();
    let mut tx = store.begin().await?;
    let Some(id) = kpi_weeks::insert_baseline(
        &mut tx,
        name,
        (&first.to_string(), &last.to_string()),
        staff_id,
        &at,
    )
    .await?
    else {
        return Ok(Err(BaselineProblem::NameTaken));
    };
    for (monday, rows) in &weeks {
        for row in rows {
            kpi_weeks::insert_baseline_figure(&mut tx, id, &monday.to_string(), row).await?;
        }
    }
    tx.commit().await?;
    Ok(Ok(id))
}
