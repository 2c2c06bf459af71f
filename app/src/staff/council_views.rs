//! The quarterly report for the council ("raadsinformatie"): every KPI over
//! a whole quarter, computed from its records by the KPI page's definitions,
//! beside its norm and the 0-meting, with the weeks of the quarter the
//! deviation rule flags. Figures that rest on fewer than [`SMALL`] contacts
//! are not published: a council report is public, and a figure about two
//! residents may point at them.

use jiff::civil::Date;

use super::deviation::Signal;
use super::kpi_views::Kpi;
use super::trend_views::Baseline;

/// Below this many contacts a figure is not published.
pub const SMALL: i64 = 5;

/// A calendar quarter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quarter {
    pub year: i16,
    /// 1 to 4.
    pub number: i8,
}

impl Quarter {
    /// The quarter `day` falls in.
    pub fn of(day: Date) -> Self {
        Self {
            year: day.year(),
            number: (day.month() - 1) / 3 + 1,
        }
    }

    /// A quarter as the address writes it: `2026-3`.
    pub fn parse(text: &str) -> Option<Self> {
        let (year, number) = text.trim().split_once('-')?;
        let (year, number): (i16, i8) = (year.parse().ok()?, number.parse().ok()?);
        ((1..=4).contains(&number) && (2000..=2200).contains(&year))
            .then_some(Self { year, number })
    }

    pub fn slug(self) -> String {
        format!("{}-{}", self.year, self.number)
    }

    pub fn first_day(self) -> Date {
        Date::new(self.year, (self.number - 1) * 3 + 1, 1).unwrap_or_default()
    }

    pub fn last_day(self) -> Date {
        self.next()
            .first_day()
            .yesterday()
            .unwrap_or_else(|_| self.first_day())
    }

    pub fn previous(self) -> Self {
        if self.number == 1 {
            Self {
                year: self.year - 1,
                number: 4,
            }
        } else {
            Self {
                number: self.number - 1,
                ..self
            }
        }
    }

    pub fn next(self) -> Self {
        if self.number == 4 {
            Self {
                year: self.year + 1,
                number: 1,
            }
        } else {
            Self {
                number: self.number + 1,
                ..self
            }
        }
    }

    /// The Mondays of the whole weeks that start in the quarter.
    pub fn mondays(self) -> Vec<Date> {
        let first = self.first_day();
        let back = i64::from(first.weekday().to_monday_zero_offset());
        let ahead = if back == 0 { 0 } else { 7 - back };
        (0..)
            .filter_map(|n: i64| {
                first
                    .checked_add(jiff::Span::new().days(ahead + 7 * n))
                    .ok()
            })
            .take_while(|d| *d <= self.last_day())
            .collect()
    }
}

/// Whether a figure may be published: nothing measured, or at least [`SMALL`] contacts.
pub fn published(kpi: &Kpi) -> bool {
    kpi.basis == 0 || kpi.basis >= SMALL
}

/// One KPI in the report.
#[derive(Clone, Debug)]
pub struct CouncilRow {
    /// The quarter's figure.
    pub kpi: Kpi,
    /// The 0-meting's figure (mean of its weeks).
    pub baseline: Option<f64>,
    /// The weeks of the quarter the rule flags, with what it says.
    pub deviations: Vec<(Date, Signal)>,
}

/// One theme (phone, callbacks, ...): a page of the printed report.
#[derive(Clone, Debug)]
pub struct CouncilTheme {
    pub key: String,
    pub rows: Vec<CouncilRow>,
}

#[derive(Clone, Debug)]
pub struct CouncilView {
    pub quarter: Quarter,
    /// The last quarter that is over: later ones cannot be reported yet.
    pub latest: Quarter,
    pub themes: Vec<CouncilTheme>,
    /// Contacts per channel over the quarter: text key and count.
    pub channels: Vec<(String, i64)>,
    /// The baseline the weeks are judged against; without one, the quarter's own weeks.
    pub baseline: Option<Baseline>,
    /// How many whole weeks of the quarter were judged.
    pub weeks: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_know_their_days_and_weeks() {
        let q = Quarter::of("2026-08-15".parse().unwrap());
        assert_eq!(
            q,
            Quarter {
                year: 2026,
                number: 3
            }
        );
        assert_eq!(q.first_day().to_string(), "2026-07-01");
        assert_eq!(q.last_day().to_string(), "2026-09-30");
        let mondays = q.mondays();
        assert_eq!(mondays.first().unwrap().to_string(), "2026-07-06");
        assert_eq!(mondays.last().unwrap().to_string(), "2026-09-28");
        assert_eq!(mondays.len(), 13);
        assert_eq!(
            q.next().next(),
            Quarter {
                year: 2027,
                number: 1
            }
        );
        assert_eq!(
            Quarter::parse("2027-1")
                .unwrap()
                .previous()
                .last_day()
                .to_string(),
            "2026-12-31"
        );
        assert_eq!(Quarter::parse("2026-5"), None);
        assert_eq!(Quarter::parse("zomer"), None);
        assert_eq!(Quarter::parse(&q.slug()), Some(q));
    }

    #[test]
    fn small_counts_are_not_published() {
        let k = |basis| Kpi::share_only("x", 1, basis);
        assert!(!published(&k(4)));
        assert!(published(&k(5)));
        assert!(
            published(&k(0)),
            "nothing measured says nothing about anyone"
        );
    }
}
