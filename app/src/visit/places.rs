//! The counters: the locations with their opening hours and counters, the
//! products one can come for and how long each takes, and the start times a
//! day offers.

use jiff::civil::{Date, Time};

use crate::domain::working_days::{HolidayRules, is_working_day};
use crate::i18n::{Lang, t_in};

use super::*;

/// A counter location, from its file in `locations/` (`location_files`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub slug: String,
    pub name: String,
    pub address: String,
    /// How many residents can be served at the same moment.
    pub counters: u16,
    /// Opening hours per weekday, Monday first; `None` is closed.
    pub hours: [Option<(Time, Time)>; 7],
    /// Extra closed days (a training day, a move of the office).
    pub closures: Vec<Date>,
}

/// Every location, in the order of their files (none when a file is wrong:
/// the server does not start then).
pub fn locations() -> &'static [Location] {
    #[cfg(feature = "ssr")]
    {
        super::location_files::all()
    }
    #[cfg(not(feature = "ssr"))]
    {
        &[]
    }
}

pub fn location(slug: &str) -> Option<&'static Location> {
    locations().iter().find(|l| l.slug == slug)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VisitProduct {
    pub slug: &'static str,
    pub minutes: u16,
    /// What to bring to the counter (keys in the translation files).
    pub bring: &'static [&'static str],
}

impl VisitProduct {
    /// The product's name in a language (key `visit-product-{slug}`).
    pub fn name_in(&self, lang: Lang) -> String {
        t_in(lang, &format!("visit-product-{}", self.slug))
    }

    pub fn name(&self) -> String {
        self.name_in(crate::i18n::current())
    }
}

pub const VISIT_PRODUCTS: [VisitProduct; 4] = [
    VisitProduct {
        slug: "paspoort-id-kaart",
        minutes: 15,
        bring: &["bring-current-passport", "bring-photo"],
    },
    VisitProduct {
        slug: "rijbewijs",
        minutes: 15,
        bring: &["bring-current-licence", "bring-photo"],
    },
    VisitProduct {
        slug: "verhuizing",
        minutes: 10,
        bring: &["bring-id", "bring-rent-or-deed"],
    },
    VisitProduct {
        slug: "bijzondere-bijstand",
        minutes: 30,
        bring: &["bring-id", "bring-income", "bring-bill"],
    },
];

/// The length of a visit for these products together, in minutes.
pub fn visit_minutes(products: &[&str]) -> u16 {
    products
        .iter()
        .filter_map(|slug| VISIT_PRODUCTS.iter().find(|p| p.slug == *slug))
        .map(|p| p.minutes)
        .sum()
}

pub(crate) fn minute_of_day(t: Time) -> u16 {
    u16::try_from(t.hour()).unwrap_or(0) * 60 + u16::try_from(t.minute()).unwrap_or(0)
}

/// The location is open on this day: a working day, open that weekday, not closed.
pub fn is_open(location: &Location, day: Date, rules: HolidayRules) -> bool {
    let weekday = usize::try_from(day.weekday().to_monday_zero_offset()).unwrap_or(0);
    location.hours[weekday].is_some()
        && is_working_day(day, rules)
        && !location.closures.contains(&day)
}

/// A change staff made to one day of a location: closed (`None`), or open
/// these hours (an extra opening, or other hours than usual).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayChange {
    pub day: Date,
    pub hours: Option<(Time, Time)>,
}

/// The hours a location is open on a day, staff's changes first; `None` is closed.
pub fn hours_on(
    location: &Location,
    day: Date,
    rules: HolidayRules,
    changes: &[DayChange],
) -> Option<(Time, Time)> {
    if let Some(change) = changes.iter().find(|c| c.day == day) {
        return change.hours;
    }
    if !is_open(location, day, rules) {
        return None;
    }
    let weekday = usize::try_from(day.weekday().to_monday_zero_offset()).unwrap_or(0);
    location.hours[weekday]
}

/// Start times (minutes after midnight) at which a visit of `minutes` fits in the opening hours.
pub fn start_minutes(
    location: &Location,
    day: Date,
    minutes: u16,
    rules: HolidayRules,
) -> Vec<u16> {
    start_minutes_on(location, day, minutes, rules, &[])
}

/// The same, with staff's changes to days (closures, extra openings).
pub fn start_minutes_on(
    location: &Location,
    day: Date,
    minutes: u16,
    rules: HolidayRules,
    changes: &[DayChange],
) -> Vec<u16> {
    if minutes == 0 {
        return Vec::new();
    }
    let Some((open, close)) = hours_on(location, day, rules, changes) else {
        return Vec::new();
    };
    let (open, close) = (minute_of_day(open), minute_of_day(close));
    (open..close)
        .step_by(usize::from(START_EVERY_MINUTES))
        .filter(|start| start + minutes <= close)
        .collect()
}

pub fn product(slug: &str) -> Option<&'static VisitProduct> {
    VISIT_PRODUCTS.iter().find(|p| p.slug == slug)
}
