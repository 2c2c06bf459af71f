//! Numbers, amounts, dates and clock times in the words of each language:
//! "€ 15,00" / "€15.00", "maandag 30 november" / "Monday 30 November",
//! "9.15 uur" / "9.15". One place for what pages, messages and errors all write.

use jiff::civil::Date;

use super::{Lang, t_args_in};
use crate::domain::CalendarDate;

/// "28 november 2026" / "28 November 2026".
pub fn date_in(lang: Lang, day: Date) -> String {
    CalendarDate::from_date(day).long(lang)
}

/// "28 november 2026 om 13.45 uur" / "28 November 2026 at 13.45".
pub fn date_time_in(lang: Lang, at: &jiff::Zoned) -> String {
    let date = CalendarDate::from_date(at.date()).long(lang);
    let time = format!("{}.{:02}", at.hour(), at.minute());
    t_args_in(
        lang,
        "date-time-at",
        &[("date", date.into()), ("time", time.into())],
    )
}

/// An amount in euros, from cents: "€ 15,00" in Dutch, "€15.00" in English.
pub fn euros(lang: Lang, cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.unsigned_abs();
    let (whole, rest) = (grouped(lang, cents / 100), cents % 100);
    match lang {
        Lang::Nl => format!("{sign}€ {whole},{rest:02}"),
        Lang::En => format!("{sign}€{whole}.{rest:02}"),
    }
}

/// A whole number with the language's thousands separator: "1.250" / "1,250".
pub fn number(lang: Lang, n: i64) -> String {
    let sign = if n < 0 { "-" } else { "" };
    format!("{sign}{}", grouped(lang, n.unsigned_abs()))
}

fn grouped(lang: Lang, n: u64) -> String {
    use num_format::{Buffer, Locale};
    let mut buffer = Buffer::default();
    buffer.write_formatted(
        &n,
        match lang {
            Lang::Nl => &Locale::nl,
            Lang::En => &Locale::en,
        },
    );
    buffer.as_str().to_string()
}

/// "maandag 30 november" / "Monday 30 November", in the page's language.
/// No year: it is always this year or the next, and the day name makes it clear.
pub fn weekday_and_date(day: Date) -> String {
    weekday_and_date_in(super::current(), day)
}

pub fn weekday_and_date_in(lang: Lang, day: Date) -> String {
    CalendarDate::from_date(day).weekday_day_month(lang)
}

/// "9.15 uur" / "9.15": a clock time from minutes after midnight.
pub fn clock_in(lang: Lang, minute: u16) -> String {
    t_args_in(lang, "clock", &[("time", bare_clock(minute).into())])
}

/// "9.15".
pub fn bare_clock(minute: u16) -> String {
    format!("{}.{:02}", minute / 60, minute % 60)
}
