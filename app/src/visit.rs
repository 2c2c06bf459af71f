//! Counter visits ("afspraak aan de balie"): locations with opening hours and
//! counters, products with a visit length, and the start times a day offers.
//! Times are civil times in Europe/Amsterdam; the daylight-saving changes fall
//! at night, outside any opening hours, so a civil time names one instant.

use jiff::civil::{Date, Time, time};

use crate::domain::working_days::{HolidayRules, is_working_day};

/// Visits start on this grid, in minutes.
pub const START_EVERY_MINUTES: u16 = 15;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub slug: &'static str,
    pub name: &'static str,
    pub address: &'static str,
    /// How many residents can be served at the same moment.
    pub counters: u16,
    /// Opening hours per weekday, Monday first; `None` is closed.
    pub hours: [Option<(Time, Time)>; 7],
    /// Extra closed days (a training day, a move of the office).
    pub closures: &'static [Date],
}

pub const LOCATIONS: [Location; 2] = [
    Location {
        slug: "stadhuis",
        name: "Stadhuis",
        address: "Marktplein 1, Voorbeeld",
        counters: 3,
        hours: [
            Some((time(9, 0, 0, 0), time(17, 0, 0, 0))),
            Some((time(9, 0, 0, 0), time(17, 0, 0, 0))),
            Some((time(9, 0, 0, 0), time(17, 0, 0, 0))),
            Some((time(9, 0, 0, 0), time(20, 0, 0, 0))),
            Some((time(9, 0, 0, 0), time(12, 30, 0, 0))),
            None,
            None,
        ],
        closures: &[],
    },
    Location {
        slug: "wijkpunt-noord",
        name: "Wijkpunt Noord",
        address: "Lindelaan 40, Voorbeeld",
        counters: 1,
        hours: [
            None,
            Some((time(9, 0, 0, 0), time(12, 30, 0, 0))),
            None,
            Some((time(13, 0, 0, 0), time(16, 30, 0, 0))),
            None,
            None,
            None,
        ],
        closures: &[],
    },
];

pub fn location(slug: &str) -> Option<&'static Location> {
    LOCATIONS.iter().find(|l| l.slug == slug)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VisitProduct {
    pub slug: &'static str,
    pub name: &'static str,
    pub minutes: u16,
}

pub const VISIT_PRODUCTS: [VisitProduct; 4] = [
    VisitProduct {
        slug: "paspoort-id-kaart",
        name: "Paspoort of ID-kaart aanvragen",
        minutes: 15,
    },
    VisitProduct {
        slug: "rijbewijs",
        name: "Rijbewijs verlengen",
        minutes: 15,
    },
    VisitProduct {
        slug: "verhuizing",
        name: "Verhuizing doorgeven",
        minutes: 10,
    },
    VisitProduct {
        slug: "bijzondere-bijstand",
        name: "Bijzondere bijstand",
        minutes: 30,
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

fn minute_of_day(t: Time) -> u16 {
    u16::try_from(t.hour()).unwrap_or(0) * 60 + u16::try_from(t.minute()).unwrap_or(0)
}

/// The location is open on this day: a working day, open that weekday, not closed.
pub fn is_open(location: &Location, day: Date, rules: HolidayRules) -> bool {
    let weekday = usize::try_from(day.weekday().to_monday_zero_offset()).unwrap_or(0);
    location.hours[weekday].is_some()
        && is_working_day(day, rules)
        && !location.closures.contains(&day)
}

/// Start times (minutes after midnight) at which a visit of `minutes` fits in the opening hours.
pub fn start_minutes(
    location: &Location,
    day: Date,
    minutes: u16,
    rules: HolidayRules,
) -> Vec<u16> {
    if minutes == 0 || !is_open(location, day, rules) {
        return Vec::new();
    }
    let weekday = usize::try_from(day.weekday().to_monday_zero_offset()).unwrap_or(0);
    let Some((open, close)) = location.hours[weekday] else {
        return Vec::new();
    };
    let (open, close) = (minute_of_day(open), minute_of_day(close));
    (open..close)
        .step_by(usize::from(START_EVERY_MINUTES))
        .filter(|start| start + minutes <= close)
        .collect()
}

/// "9.15 uur".
pub fn clock(minute: u16) -> String {
    format!("{}.{:02} uur", minute / 60, minute % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const RULES: HolidayRules = HolidayRules {
        good_friday: false,
        liberation_day: false,
    };

    #[test]
    fn visits_fit_inside_opening_hours() {
        let stadhuis = location("stadhuis").expect("known");
        // Friday: 9.00 to 12.30; a 30-minute visit can start at 12.00 at the latest.
        let starts = start_minutes(stadhuis, date(2026, 12, 4), 30, RULES);
        assert_eq!(starts.first().copied(), Some(9 * 60));
        assert_eq!(starts.last().copied(), Some(12 * 60));
        assert_eq!(clock(12 * 60), "12.00 uur");
        // Thursday evening opening.
        assert_eq!(
            start_minutes(stadhuis, date(2026, 12, 3), 15, RULES)
                .last()
                .copied(),
            Some(19 * 60 + 45)
        );
    }

    #[test]
    fn closed_on_weekends_holidays_and_closed_weekdays() {
        let stadhuis = location("stadhuis").expect("known");
        let noord = location("wijkpunt-noord").expect("known");
        assert!(
            start_minutes(stadhuis, date(2026, 12, 5), 15, RULES).is_empty(),
            "Saturday"
        );
        assert!(
            start_minutes(stadhuis, date(2026, 12, 25), 15, RULES).is_empty(),
            "Christmas"
        );
        assert!(
            start_minutes(stadhuis, date(2027, 4, 27), 15, RULES).is_empty(),
            "Koningsdag"
        );
        assert!(
            start_minutes(noord, date(2026, 11, 30), 15, RULES).is_empty(),
            "Wijkpunt closed on Monday"
        );
        assert!(
            !start_minutes(noord, date(2026, 12, 1), 15, RULES).is_empty(),
            "Wijkpunt open on Tuesday"
        );
        // Daylight saving ends on 25 October 2026 (a Sunday); the Monday after has ordinary hours.
        assert_eq!(
            start_minutes(stadhuis, date(2026, 10, 26), 15, RULES).len(),
            32
        );
    }

    #[test]
    fn lengths_add_up() {
        assert_eq!(visit_minutes(&["paspoort-id-kaart", "rijbewijs"]), 30);
        assert_eq!(visit_minutes(&["onbekend"]), 0);
    }
}
