//! The municipality's clock: dates and times in Europe/Amsterdam.

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

/// "28 november 2026 om 13.45 uur", in the resident's language.
pub fn date_time(lang: app::i18n::Lang, at: &Zoned) -> String {
    app::i18n::date_time_in(lang, at)
}
