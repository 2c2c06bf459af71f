//! The KPIs of a week ("Kengetallen"), each with its definition and its
//! norm on the page: what the callback queue, the counter, the request
//! handling and the contact registration recorded. The figures are computed
//! here from the week's raw records ([`percentile`], [`share`]), so the page
//! and the tests use one definition.

/// One figure and what it is measured in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    Percent(i64),
    Seconds(i64),
    Minutes(i64),
    Hours(i64),
    WorkingDays(i64),
    Count(i64),
    /// Nothing to measure this week.
    Nothing,
    /// Answers there were, but fewer than [`MIN_ANSWERS`]: no figure is given.
    TooFew,
}

/// Below this many answers a satisfaction share is not given: a handful of
/// answers says little, and one unhappy resident would swing it.
pub const MIN_ANSWERS: i64 = 30;

/// What a figure is measured in, as the store names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Percent,
    Seconds,
    Minutes,
    Hours,
    WorkingDays,
    Count,
}

impl Unit {
    pub const ALL: [Unit; 6] = [
        Unit::Percent,
        Unit::Seconds,
        Unit::Minutes,
        Unit::Hours,
        Unit::WorkingDays,
        Unit::Count,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Percent => "percent",
            Unit::Seconds => "seconds",
            Unit::Minutes => "minutes",
            Unit::Hours => "hours",
            Unit::WorkingDays => "days",
            Unit::Count => "count",
        }
    }

    pub fn parse(text: &str) -> Option<Unit> {
        Unit::ALL.into_iter().find(|u| u.as_str() == text)
    }

    pub fn measure(self, value: i64) -> Measure {
        match self {
            Unit::Percent => Measure::Percent(value),
            Unit::Seconds => Measure::Seconds(value),
            Unit::Minutes => Measure::Minutes(value),
            Unit::Hours => Measure::Hours(value),
            Unit::WorkingDays => Measure::WorkingDays(value),
            Unit::Count => Measure::Count(value),
        }
    }

    /// The unit and number of a figure; `None` for [`Measure::Nothing`].
    pub fn of(measure: Measure) -> Option<(Unit, i64)> {
        Some(match measure {
            Measure::Percent(v) => (Unit::Percent, v),
            Measure::Seconds(v) => (Unit::Seconds, v),
            Measure::Minutes(v) => (Unit::Minutes, v),
            Measure::Hours(v) => (Unit::Hours, v),
            Measure::WorkingDays(v) => (Unit::WorkingDays, v),
            Measure::Count(v) => (Unit::Count, v),
            Measure::Nothing | Measure::TooFew => return None,
        })
    }
}

/// One row of the page: the KPI's name and definition (text keys), the
/// figure, the norm, whether it is met, and how many records it rests on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kpi {
    pub key: String,
    /// What the figure is measured in (also when there is nothing to measure).
    pub unit: Unit,
    pub value: Measure,
    pub norm: Option<Measure>,
    pub meets: Option<bool>,
    pub basis: i64,
}

/// A group of KPIs (callbacks, counter, requests, contacts) with its heading key.
#[derive(Clone, Debug)]
pub struct KpiGroup {
    pub key: String,
    pub kpis: Vec<Kpi>,
}

/// What the last upload of the telephony export did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CallImport {
    Imported {
        new: i64,
        known: i64,
    },
    /// A bad line: its number and what is wrong (as the checker says it).
    BadLine {
        line: i64,
        problem: String,
    },
    NoFile,
    TooBig,
}

/// Where residents stop in one product's online form: its pages in order,
/// each with the forms that passed it this week, and the forms sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Funnel {
    pub product: String,
    /// Page slug and forms passed.
    pub steps: Vec<(String, i64)>,
    pub sent: i64,
}

/// What was made with a volunteer's help at one library (assisted digital).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LibraryFigures {
    /// What follows "Bibliotheek".
    pub name: String,
    pub requests: i64,
    pub callbacks: i64,
    pub visits: i64,
}

#[derive(Clone, Debug)]
pub struct KpiView {
    /// The result of an upload just made.
    pub import: Option<CallImport>,
    /// The Monday of the week shown.
    pub week: jiff::civil::Date,
    pub groups: Vec<KpiGroup>,
    /// Contacts per channel this week (the channel mix): text key and count.
    pub channels: Vec<(String, i64)>,
    pub funnel: Vec<Funnel>,
    pub libraries: Vec<LibraryFigures>,
}

/// The nearest-rank `p` percentile (0 to 100) of the values; `None` for none.
pub fn percentile(values: &[i64], p: u32) -> Option<i64> {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    if sorted.is_empty() {
        return None;
    }
    let rank = (u64::from(p) * sorted.len() as u64).div_ceil(100).max(1) as usize;
    sorted.get(rank - 1).copied()
}

/// `part` of `whole` in whole per cents (rounded); `None` when `whole` is 0.
pub fn share(part: i64, whole: i64) -> Option<i64> {
    (whole > 0).then(|| (part * 200 + whole) / (whole * 2))
}

impl Kpi {
    /// A share without a norm of its own.
    pub fn share_only(key: &str, part: i64, whole: i64) -> Self {
        Self {
            key: key.to_string(),
            unit: Unit::Percent,
            value: share(part, whole).map_or(Measure::Nothing, Measure::Percent),
            norm: None,
            meets: None,
            basis: whole,
        }
    }

    /// A share against a minimum norm ("at least 90 %").
    pub fn share_at_least(key: &str, part: i64, whole: i64, norm: u32) -> Self {
        let value = share(part, whole);
        Self {
            key: key.to_string(),
            unit: Unit::Percent,
            value: value.map_or(Measure::Nothing, Measure::Percent),
            norm: Some(Measure::Percent(i64::from(norm))),
            meets: value.map(|v| v >= i64::from(norm)),
            basis: whole,
        }
    }

    /// A share against a maximum norm ("at most 10 %").
    pub fn share_at_most(key: &str, part: i64, whole: i64, norm: u32) -> Self {
        let value = share(part, whole);
        Self {
            key: key.to_string(),
            unit: Unit::Percent,
            value: value.map_or(Measure::Nothing, Measure::Percent),
            norm: Some(Measure::Percent(i64::from(norm))),
            meets: value.map(|v| v <= i64::from(norm)),
            basis: whole,
        }
    }

    /// A percentile of durations, shown in `unit`, without a norm of its own.
    pub fn percentile_of(key: &str, values: &[i64], p: u32, unit: Unit) -> Self {
        Self {
            key: key.to_string(),
            unit,
            value: percentile(values, p).map_or(Measure::Nothing, |v| unit.measure(v)),
            norm: None,
            meets: None,
            basis: values.len() as i64,
        }
    }

    /// A share of satisfied answers against a minimum norm, given only
    /// from [`MIN_ANSWERS`] answers on.
    pub fn satisfied(key: &str, part: i64, whole: i64, norm: u32) -> Self {
        if whole < MIN_ANSWERS && whole > 0 {
            return Self {
                key: key.to_string(),
                unit: Unit::Percent,
                value: Measure::TooFew,
                norm: Some(Measure::Percent(i64::from(norm))),
                meets: None,
                basis: whole,
            };
        }
        Self::share_at_least(key, part, whole, norm)
    }

    pub fn count(key: &str, n: i64) -> Self {
        Self {
            key: key.to_string(),
            unit: Unit::Count,
            value: Measure::Count(n),
            norm: None,
            meets: None,
            basis: n,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_the_nearest_rank() {
        let values = [15, 20, 35, 40, 50];
        assert_eq!(percentile(&values, 50), Some(35));
        assert_eq!(percentile(&values, 90), Some(50));
        assert_eq!(percentile(&values, 0), Some(15));
        assert_eq!(percentile(&[], 50), None);
        assert_eq!(percentile(&[7], 90), Some(7));
    }

    #[test]
    fn shares_round_and_say_when_they_meet_the_norm() {
        assert_eq!(share(2, 3), Some(67));
        assert_eq!(share(0, 0), None);
        let k = Kpi::share_at_least("x", 9, 10, 90);
        assert_eq!(
            (k.value, k.meets, k.basis),
            (Measure::Percent(90), Some(true), 10)
        );
        let k = Kpi::share_at_least("x", 8, 10, 90);
        assert_eq!(k.meets, Some(false));
        let k = Kpi::share_at_most("x", 1, 20, 10);
        assert_eq!((k.value, k.meets), (Measure::Percent(5), Some(true)));
        assert_eq!(Kpi::share_at_least("x", 0, 0, 90).meets, None);
    }

    #[test]
    fn satisfaction_is_given_from_30_answers_on() {
        let k = Kpi::satisfied("x", 29, 29, 80);
        assert_eq!((k.value, k.meets, k.basis), (Measure::TooFew, None, 29));
        let k = Kpi::satisfied("x", 24, 30, 80);
        assert_eq!((k.value, k.meets), (Measure::Percent(80), Some(true)));
        assert_eq!(Kpi::satisfied("x", 0, 0, 80).value, Measure::Nothing);
        assert_eq!(Unit::of(Measure::TooFew), None);
    }
}
