//! Working days of the municipality: Monday to Friday, except Dutch public
//! holidays, computed for any year (Easter by the `computus` crate).

use jiff::ToSpan;
use jiff::civil::{Date, Weekday, date};

/// Holidays that differ between municipalities: Good Friday and Liberation Day
/// are days off in some, working days in others.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HolidayRules {
    pub good_friday: bool,
    pub liberation_day: bool,
}

/// The public holidays of `year` with their Dutch names, in date order.
pub fn public_holidays(year: i16, rules: HolidayRules) -> Vec<(Date, &'static str)> {
    // jiff's calendar covers the years -9999 to 9999; outside it there is nothing to compute.
    if !(-9999..=9999).contains(&year) {
        return Vec::new();
    }
    let mut days = vec![(date(year, 1, 1), "Nieuwjaarsdag")];
    if let Ok(easter) = computus::gregorian_jiff_date(i32::from(year)) {
        let after = |n: i64, name: &'static str| (easter.saturating_add(n.days()), name);
        if rules.good_friday {
            days.push(after(-2, "Goede Vrijdag"));
        }
        days.push(after(0, "Eerste Paasdag"));
        days.push(after(1, "Tweede Paasdag"));
        days.push(after(39, "Hemelvaartsdag"));
        days.push(after(49, "Eerste Pinksterdag"));
        days.push(after(50, "Tweede Pinksterdag"));
    }
    // Koningsdag moves to the Saturday before when 27 April is a Sunday.
    let kings_day = date(year, 4, 27);
    days.push((
        if kings_day.weekday() == Weekday::Sunday {
            date(year, 4, 26)
        } else {
            kings_day
        },
        "Koningsdag",
    ));
    if rules.liberation_day {
        days.push((date(year, 5, 5), "Bevrijdingsdag"));
    }
    days.push((date(year, 12, 25), "Eerste Kerstdag"));
    days.push((date(year, 12, 26), "Tweede Kerstdag"));
    days.sort();
    days
}

pub fn is_working_day(day: Date, rules: HolidayRules) -> bool {
    !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday)
        && !public_holidays(day.year(), rules)
            .iter()
            .any(|(d, _)| *d == day)
}

/// The `count` working days after `from` (not counting `from` itself).
pub fn next_working_days(from: Date, count: usize, rules: HolidayRules) -> Vec<Date> {
    let mut out = Vec::with_capacity(count);
    let mut day = from;
    // A year holds far more than enough working days; the bound only guards the loop.
    for _ in 0..(count * 7 + 30) {
        if out.len() == count {
            break;
        }
        day = day.saturating_add(1.day());
        if is_working_day(day, rules) {
            out.push(day);
        }
    }
    out
}

/// The last day of a service norm of `n` working days that starts on `from`:
/// a request on Friday with a norm of 2 working days is due on Tuesday.
pub fn due_date(from: Date, n: usize, rules: HolidayRules) -> Date {
    next_working_days(from, n, rules)
        .last()
        .copied()
        .unwrap_or(from)
}

/// Working days after `from` up to and including `to` (0 when `to` is not later):
/// how long a request received on `from` has been open on `to`.
pub fn working_days_between(from: Date, to: Date, rules: HolidayRules) -> i64 {
    let mut count = 0;
    let mut day = from;
    // Bounded: a request open for more than ten years counts as ten years.
    for _ in 0..3660 {
        if day >= to {
            break;
        }
        day = day.saturating_add(1.day());
        if is_working_day(day, rules) {
            count += 1;
        }
    }
    count
}

/// The first day a request may have come in and still be open `n` working days
/// or less on `today`: one received before it has been open longer.
pub fn open_at_most_since(today: Date, n: usize, rules: HolidayRules) -> Date {
    let mut found = 0;
    let mut day = today;
    for _ in 0..(n * 7 + 30) {
        if is_working_day(day, rules) {
            found += 1;
            if found == n + 1 {
                return day;
            }
        }
        day = day.saturating_sub(1.day());
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: HolidayRules = HolidayRules {
        good_friday: true,
        liberation_day: true,
    };

    #[test]
    fn holidays_of_known_years() {
        let names = |year| {
            public_holidays(year, ALL)
                .into_iter()
                .map(|(d, n)| format!("{d} {n}"))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names(2027),
            [
                "2027-01-01 Nieuwjaarsdag",
                "2027-03-26 Goede Vrijdag",
                "2027-03-28 Eerste Paasdag",
                "2027-03-29 Tweede Paasdag",
                "2027-04-27 Koningsdag",
                "2027-05-05 Bevrijdingsdag",
                "2027-05-06 Hemelvaartsdag",
                "2027-05-16 Eerste Pinksterdag",
                "2027-05-17 Tweede Pinksterdag",
                "2027-12-25 Eerste Kerstdag",
                "2027-12-26 Tweede Kerstdag",
            ]
        );
        // 27 April 2025 was a Sunday: Koningsdag on Saturday 26 April.
        assert!(names(2025).contains(&"2025-04-26 Koningsdag".to_string()));
        assert!(names(2025).contains(&"2025-04-20 Eerste Paasdag".to_string()));
        assert!(names(2026).contains(&"2026-05-14 Hemelvaartsdag".to_string()));
    }

    #[test]
    fn optional_holidays_follow_the_rules() {
        let plain = public_holidays(2027, HolidayRules::default());
        assert!(
            !plain
                .iter()
                .any(|(_, n)| *n == "Goede Vrijdag" || *n == "Bevrijdingsdag")
        );
        assert!(
            is_working_day(date(2027, 3, 26), HolidayRules::default()),
            "Good Friday is a working day unless configured"
        );
        assert!(!is_working_day(date(2027, 3, 26), ALL));
    }

    #[test]
    fn service_norm_skips_weekends_and_holidays() {
        let rules = HolidayRules::default();
        let cases = [
            (
                date(2026, 11, 27),
                "2026-12-01",
                "Friday: Monday and Tuesday",
            ),
            (
                date(2026, 11, 28),
                "2026-12-01",
                "Saturday: Monday and Tuesday",
            ),
            (
                date(2026, 11, 30),
                "2026-12-02",
                "Monday: Tuesday and Wednesday",
            ),
            (
                date(2026, 12, 24),
                "2026-12-29",
                "Christmas Eve: over Christmas and the weekend",
            ),
            (
                date(2027, 3, 26),
                "2027-03-31",
                "Good Friday (not configured) to after Easter Monday",
            ),
            (date(2027, 4, 26), "2027-04-29", "over Koningsdag"),
        ];
        for (from, want, why) in cases {
            assert_eq!(due_date(from, 2, rules).to_string(), want, "{why}");
        }
    }

    #[test]
    fn days_open_count_working_days_and_the_overdue_line_agrees() {
        use jiff::civil::date;
        // Friday 27 November 2026 to Tuesday 1 December: Monday and Tuesday.
        assert_eq!(
            working_days_between(date(2026, 11, 27), date(2026, 12, 1), ALL),
            2
        );
        assert_eq!(
            working_days_between(date(2026, 12, 1), date(2026, 12, 1), ALL),
            0
        );
        assert_eq!(
            working_days_between(date(2026, 12, 2), date(2026, 12, 1), ALL),
            0
        );
        // Over Christmas: 24 December (Thursday) to 28 December: only Monday 28.
        assert_eq!(
            working_days_between(date(2026, 12, 24), date(2026, 12, 28), ALL),
            1
        );
        let today = date(2026, 12, 1);
        for n in [0usize, 1, 2, 5, 10] {
            let line = open_at_most_since(today, n, ALL);
            for back in 0..40 {
                let received = today.saturating_sub(jiff::Span::new().days(back));
                let open = working_days_between(received, today, ALL);
                assert_eq!(
                    received < line,
                    open > n as i64,
                    "n {n}, received {received}"
                );
            }
        }
    }
}
