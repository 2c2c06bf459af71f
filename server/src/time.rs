//! The municipality's clock: dates and times in Europe/Amsterdam.

use app::domain::CalendarDate;
use jiff::Zoned;
use jiff::civil::Date;

pub const ZONE: &str = "Europe/Amsterdam";

pub fn now() -> Zoned {
    // The time zone database is bundled (jiff feature tzdb-bundle-always), so this cannot fail.
    Zoned::now().in_tz(ZONE).unwrap_or_else(|_| Zoned::now())
}

pub fn today() -> Date {
    now().date()
}

/// "28 november 2026 om 13.45 uur".
pub fn dutch_date_time(at: &Zoned) -> String {
    format!(
        "{} om {}.{:02} uur",
        CalendarDate::from_date(at.date()).to_dutch(),
        at.hour(),
        at.minute()
    )
}
