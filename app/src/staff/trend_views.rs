//! The trend of every KPI over the last 26 whole weeks ("Verloop"), against
//! the baseline (0-meting) a team lead marked: the weekly figures as the
//! store keeps them, the limits and the weeks that deviate
//! ([`super::deviation`]), and the baseline's figure to compare with.

use jiff::civil::Date;

use super::deviation::{self, Limits, Signal};
#[cfg(test)]
use super::kpi_views::Measure;
pub use super::kpi_views::Unit;

/// How many whole weeks a trend shows.
pub const WEEKS: usize = 26;

/// One week of a KPI: its Monday, the figure (`None`: nothing to measure) and its basis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekFigure {
    pub week: Date,
    pub value: Option<i64>,
    pub basis: i64,
}

/// One KPI's trend, with what the deviation rule says about each week.
#[derive(Clone, Debug, PartialEq)]
pub struct Trend {
    pub key: String,
    pub unit: Unit,
    /// Oldest first.
    pub weeks: Vec<WeekFigure>,
    /// The baseline's figure: the mean of its weekly values.
    pub baseline: Option<f64>,
    /// Where the limits come from: the 0-meting, or (without one) the weeks shown.
    pub from_baseline: bool,
    pub limits: Option<Limits>,
    pub signals: Vec<Option<Signal>>,
}

impl Trend {
    /// The trend of `weeks`, judged against `baseline` (its weekly figures)
    /// when there is one with at least two values, else against the weeks
    /// themselves. Limits of a share stay within 0 to 100, others above 0.
    pub fn new(key: &str, unit: Unit, weeks: Vec<WeekFigure>, baseline: &[WeekFigure]) -> Self {
        let values = |w: &[WeekFigure]| -> Vec<f64> {
            w.iter().filter_map(|f| f.value).map(|v| v as f64).collect()
        };
        let base = values(baseline);
        let own = values(&weeks);
        let from_baseline = base.len() >= 2;
        let limits = deviation::limits(if from_baseline { &base } else { &own }).map(|mut l| {
            l.lower = l.lower.max(0.0);
            if unit == Unit::Percent {
                l.upper = l.upper.min(100.0);
            }
            l
        });
        let series: Vec<Option<f64>> = weeks.iter().map(|w| w.value.map(|v| v as f64)).collect();
        let signals = limits.map_or_else(
            || vec![None; weeks.len()],
            |l| deviation::signals(&series, &l),
        );
        let baseline = (!base.is_empty()).then(|| base.iter().sum::<f64>() / base.len() as f64);
        Self {
            key: key.to_string(),
            unit,
            weeks,
            baseline,
            from_baseline,
            limits,
            signals,
        }
    }

    /// The last week shown with what the rule says about it.
    pub fn last(&self) -> Option<(&WeekFigure, Option<Signal>)> {
        let week = self.weeks.last()?;
        Some((week, self.signals.last().copied().flatten()))
    }

    pub fn deviations(&self) -> usize {
        self.signals.iter().filter(|s| s.is_some()).count()
    }
}

/// How the CSV names a week's verdict.
pub fn signal_slug(signal: Signal) -> &'static str {
    match signal {
        Signal::Above => "boven de grens",
        Signal::Below => "onder de grens",
        Signal::RunAbove => "reeks boven het gemiddelde",
        Signal::RunBelow => "reeks onder het gemiddelde",
    }
}

/// A group of trends under one heading (phone, callbacks, counter, ...).
#[derive(Clone, Debug)]
pub struct TrendGroup {
    pub key: String,
    pub trends: Vec<Trend>,
}

/// A marked baseline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Baseline {
    pub id: i64,
    pub name: String,
    pub first_week: Date,
    pub last_week: Date,
    pub marked_by: String,
    pub marked_at: String,
}

/// What was wrong with a baseline the team lead tried to mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaselineProblem {
    NoName,
    NameTaken,
    BadDates,
    NotPast,
    TooShort,
    TooLong,
}

impl BaselineProblem {
    pub fn key(self) -> &'static str {
        match self {
            BaselineProblem::NoName => "staff-trend-baseline-no-name",
            BaselineProblem::NameTaken => "staff-trend-baseline-taken",
            BaselineProblem::BadDates => "staff-trend-baseline-dates",
            BaselineProblem::NotPast => "staff-trend-baseline-not-past",
            BaselineProblem::TooShort => "staff-trend-baseline-short",
            BaselineProblem::TooLong => "staff-trend-baseline-long",
        }
    }
}

/// The baseline form as posted, with its problem (kept for the page after the redirect).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BaselineForm {
    pub name: String,
    pub from: String,
    pub to: String,
    pub problem: Option<BaselineProblem>,
    pub marked: bool,
}

#[derive(Clone, Debug)]
pub struct TrendView {
    pub groups: Vec<TrendGroup>,
    /// Every marked baseline, newest first.
    pub baselines: Vec<Baseline>,
    /// The one the trends are judged against.
    pub chosen: Option<Baseline>,
    /// When the weekly figures were last computed.
    pub computed_at: Option<String>,
    pub form: BaselineForm,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weeks(values: &[Option<i64>]) -> Vec<WeekFigure> {
        let start: Date = "2026-01-05".parse().unwrap();
        values
            .iter()
            .enumerate()
            .map(|(i, v)| WeekFigure {
                week: start
                    .checked_add(jiff::Span::new().days(7 * i as i64))
                    .unwrap(),
                value: *v,
                basis: 10,
            })
            .collect()
    }

    #[test]
    fn a_trend_is_judged_against_its_baseline_and_kept_within_0_and_100() {
        let baseline = weeks(&[Some(96), Some(100), Some(96), Some(100)]);
        let t = Trend::new(
            "k",
            Unit::Percent,
            weeks(&[Some(98), None, Some(70)]),
            &baseline,
        );
        assert!(t.from_baseline);
        assert_eq!(t.baseline, Some(98.0));
        let l = t.limits.unwrap();
        // Mean range 4: 98 + 10.64 is cut at 100.
        assert_eq!(l.upper, 100.0);
        assert!((l.lower - (98.0 - 10.64)).abs() < 1e-9);
        assert_eq!(t.signals, vec![None, None, Some(Signal::Below)]);
        assert_eq!(t.last().unwrap().1, Some(Signal::Below));
        assert_eq!(t.deviations(), 1);
    }

    #[test]
    fn without_a_baseline_the_weeks_shown_set_the_limits() {
        let t = Trend::new("k", Unit::Count, weeks(&[Some(10), Some(12)]), &[]);
        assert!(!t.from_baseline);
        assert_eq!(t.baseline, None);
        assert!((t.limits.unwrap().mean - 11.0).abs() < 1e-9);
        let t = Trend::new("k", Unit::Count, weeks(&[None, Some(3)]), &[]);
        assert_eq!(t.limits, None, "one value: no limits");
        assert_eq!(t.signals, vec![None, None]);
    }

    #[test]
    fn units_read_back_what_they_write() {
        for unit in Unit::ALL {
            assert_eq!(Unit::parse(unit.as_str()), Some(unit));
            assert_eq!(Unit::of(unit.measure(7)), Some((unit, 7)));
        }
        assert_eq!(Unit::of(Measure::Nothing), None);
    }
}
