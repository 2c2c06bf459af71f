//! Working hours left before a callback is due: the KCC calls on working days
//! from 9.00 to 17.00, and a request is due at 17.00 on its due day. "Bijna
//! verlopen" means less than 4 of those hours are left, however the evenings,
//! weekends and holidays in between fall.

use jiff::ToSpan;
use jiff::civil::{Date, DateTime};

use super::working_days::{HolidayRules, is_working_day};

/// The KCC's working day, in minutes after midnight.
const DAY_START: i64 = 9 * 60;
const DAY_END: i64 = 17 * 60;
/// Less than this many working minutes left: "bijna verlopen".
pub const ALMOST_DUE_MINUTES: i64 = 4 * 60;

/// How a callback request stands against its due time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Urgency {
    InTime,
    /// Less than 4 working hours left.
    AlmostDue,
    /// Past 17.00 on the due day.
    Overdue,
}

impl Urgency {
    pub const ALL: [Self; 3] = [Self::InTime, Self::AlmostDue, Self::Overdue];

    /// The word in addresses (`?termijn=te-laat`) and the end of its text key.
    pub fn slug(self) -> &'static str {
        match self {
            Self::InTime => "op-tijd",
            Self::AlmostDue => "bijna",
            Self::Overdue => "te-laat",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|u| u.slug() == word)
    }
}

fn minute_of_day(at: DateTime) -> i64 {
    i64::from(at.hour()) * 60 + i64::from(at.minute())
}

/// Working minutes from `now` until 17.00 on `due`; `None` once that has passed.
pub fn minutes_left(now: DateTime, due: Date, rules: HolidayRules) -> Option<i64> {
    let today = now.date();
    if today > due || (today == due && minute_of_day(now) >= DAY_END) {
        return None;
    }
    let mut left = 0;
    let mut day = today;
    // A due date is a few working days out; the bound only guards against odd data.
    for _ in 0..400 {
        if is_working_day(day, rules) {
            let from = if day == today {
                minute_of_day(now).clamp(DAY_START, DAY_END)
            } else {
                DAY_START
            };
            left += DAY_END - from;
        }
        if day >= due {
            break;
        }
        day = match day.checked_add(1.day()) {
            Ok(next) => next,
            Err(_) => break,
        };
    }
    Some(left)
}

pub fn urgency(now: DateTime, due: Date, rules: HolidayRules) -> Urgency {
    match minutes_left(now, due, rules) {
        None => Urgency::Overdue,
        Some(left) if left < ALMOST_DUE_MINUTES => Urgency::AlmostDue,
        Some(_) => Urgency::InTime,
    }
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
    fn hours_count_only_working_time() {
        // Friday 4 December 2026, 16.00, due Monday 7 December: 1 hour + 8 hours.
        let now = date(2026, 12, 4).at(16, 0, 0, 0);
        assert_eq!(minutes_left(now, date(2026, 12, 7), RULES), Some(9 * 60));
        // Before 9.00 the whole day still counts.
        let early = date(2026, 12, 7).at(7, 30, 0, 0);
        assert_eq!(minutes_left(early, date(2026, 12, 7), RULES), Some(8 * 60));
        // Christmas and the weekend do not count: Thursday 24 Dec 17.30 to Monday 28 Dec.
        let christmas = date(2026, 12, 24).at(17, 30, 0, 0);
        assert_eq!(
            minutes_left(christmas, date(2026, 12, 28), RULES),
            Some(8 * 60)
        );
    }

    #[test]
    fn almost_due_from_13_on_the_due_day_and_overdue_from_17() {
        let due = date(2026, 12, 7);
        let at = |h, m| date(2026, 12, 7).at(h, m, 0, 0);
        assert_eq!(urgency(at(12, 59), due, RULES), Urgency::InTime);
        assert_eq!(urgency(at(13, 1), due, RULES), Urgency::AlmostDue);
        assert_eq!(urgency(at(16, 59), due, RULES), Urgency::AlmostDue);
        assert_eq!(urgency(at(17, 0), due, RULES), Urgency::Overdue);
        assert_eq!(
            urgency(date(2026, 12, 8).at(9, 0, 0, 0), due, RULES),
            Urgency::Overdue
        );
        // The evening before the due day: 8 hours left, in time.
        assert_eq!(
            urgency(date(2026, 12, 4).at(20, 0, 0, 0), due, RULES),
            Urgency::InTime
        );
    }
}
