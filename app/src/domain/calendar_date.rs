//! A date typed as three fields (day, month, year), checked against the real calendar.

use jiff::civil::Date;

/// A real date in the Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarDate(Date);

/// One of the three inputs, so an error can mark just the inputs that are wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateField {
    Day,
    Month,
    Year,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Nothing typed at all; the caller knows best how to ask for it.
    Empty,
    /// Some parts missing.
    Missing(Vec<DateField>),
    /// Letters or signs where digits belong.
    NotNumbers(Vec<DateField>),
    /// The year does not have four digits.
    ShortYear,
    /// Day 31 in April, 29 February in a common year, month 13...
    NoSuchDate,
}

impl DateError {
    /// The key of the message in the translation files.
    pub fn key(&self) -> String {
        match self {
            DateError::Empty => "date-empty".into(),
            DateError::Missing(parts) => {
                let mut key = String::from("date-missing");
                for part in parts {
                    key.push_str(match part {
                        DateField::Day => "-day",
                        DateField::Month => "-month",
                        DateField::Year => "-year",
                    });
                }
                key
            }
            DateError::NotNumbers(_) => "date-not-numbers".into(),
            DateError::ShortYear => "date-short-year".into(),
            DateError::NoSuchDate => "date-no-such-date".into(),
        }
    }

    /// The inputs to mark as wrong.
    pub fn fields(&self) -> Vec<DateField> {
        match self {
            DateError::Missing(parts) | DateError::NotNumbers(parts) => parts.clone(),
            DateError::ShortYear => vec![DateField::Year],
            DateError::Empty | DateError::NoSuchDate => {
                vec![DateField::Day, DateField::Month, DateField::Year]
            }
        }
    }
}

const MONTH_NAMES: [&[&str]; 12] = [
    &["januari", "jan"],
    &["februari", "feb"],
    &["maart", "mrt", "mar"],
    &["april", "apr"],
    &["mei"],
    &["juni", "jun"],
    &["juli", "jul"],
    &["augustus", "aug"],
    &["september", "sep", "sept"],
    &["oktober", "okt", "oct"],
    &["november", "nov"],
    &["december", "dec"],
];

fn parse_number(raw: &str) -> Option<i32> {
    // Five digits are plenty for any part; longer input is refused, never overflows.
    if raw.is_empty() || raw.len() > 5 || !raw.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    raw.parse().ok()
}

fn parse_month(raw: &str) -> Option<i32> {
    parse_number(raw).or_else(|| {
        let lower = raw.trim_end_matches('.').to_lowercase();
        MONTH_NAMES
            .iter()
            .position(|names| names.contains(&lower.as_str()))
            .and_then(|i| i32::try_from(i + 1).ok())
    })
}

fn month_name(lang: crate::i18n::Lang, month: i8) -> String {
    crate::i18n::t_in(lang, &format!("month-{month}"))
}

fn weekday_name(lang: crate::i18n::Lang, day: jiff::civil::Weekday) -> String {
    crate::i18n::t_in(lang, &format!("weekday-{}", day.to_monday_one_offset()))
}

impl CalendarDate {
    /// Parses the three inputs. Month may also be a Dutch month name ("maart", "mrt").
    pub fn parse(day: &str, month: &str, year: &str) -> Result<Self, DateError> {
        let parts = [
            (DateField::Day, day.trim()),
            (DateField::Month, month.trim()),
            (DateField::Year, year.trim()),
        ];
        let missing: Vec<DateField> = parts
            .iter()
            .filter(|(_, v)| v.is_empty())
            .map(|(f, _)| *f)
            .collect();
        if missing.len() == 3 {
            return Err(DateError::Empty);
        }
        if !missing.is_empty() {
            return Err(DateError::Missing(missing));
        }
        let d = parse_number(parts[0].1);
        let m = parse_month(parts[1].1);
        let y = parse_number(parts[2].1);
        let not_numbers: Vec<DateField> = [
            (DateField::Day, d.is_none()),
            (DateField::Month, m.is_none()),
            (DateField::Year, y.is_none()),
        ]
        .into_iter()
        .filter(|(_, bad)| *bad)
        .map(|(f, _)| f)
        .collect();
        let (Some(d), Some(m), Some(y)) = (d, m, y) else {
            return Err(DateError::NotNumbers(not_numbers));
        };
        if parts[2].1.len() != 4 {
            return Err(DateError::ShortYear);
        }
        let (Ok(d), Ok(m), Ok(y)) = (i8::try_from(d), i8::try_from(m), i16::try_from(y)) else {
            return Err(DateError::NoSuchDate);
        };
        Date::new(y, m, d)
            .map(Self)
            .map_err(|_| DateError::NoSuchDate)
    }

    pub fn from_date(date: Date) -> Self {
        Self(date)
    }

    pub fn date(self) -> Date {
        self.0
    }

    /// "1 maart 2027".
    pub fn to_dutch(self) -> String {
        self.long(crate::i18n::Lang::Nl)
    }

    /// "1 maart 2027" / "1 March 2027".
    pub fn long(self, lang: crate::i18n::Lang) -> String {
        format!(
            "{} {} {}",
            self.0.day(),
            month_name(lang, self.0.month()),
            self.0.year()
        )
    }

    /// "dinsdag 1 december" / "Tuesday 1 December".
    pub fn weekday_day_month(self, lang: crate::i18n::Lang) -> String {
        format!(
            "{} {} {}",
            weekday_name(lang, self.0.weekday()),
            self.0.day(),
            month_name(lang, self.0.month())
        )
    }

    /// From the ISO form (`2027-03-01`).
    pub fn from_iso(iso: &str) -> Option<Self> {
        iso.parse::<Date>().ok().map(Self)
    }

    /// The ISO form used for storage: `2027-03-01`.
    pub fn to_iso(self) -> String {
        self.0.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DateField::*;

    #[test]
    fn real_dates() {
        let cases = [
            (("1", "3", "2027"), "2027-03-01"),
            ((" 01 ", "03", "2027"), "2027-03-01"),
            (("29", "2", "2028"), "2028-02-29"),
            (("31", "december", "2026"), "2026-12-31"),
            (("15", "Mrt", "2027"), "2027-03-15"),
            (("15", "okt.", "2027"), "2027-10-15"),
            (("30", "4", "2027"), "2027-04-30"),
        ];
        for ((d, m, y), want) in cases {
            let got = CalendarDate::parse(d, m, y).unwrap_or_else(|e| panic!("{d}-{m}-{y}: {e:?}"));
            assert_eq!(got.to_iso(), want);
        }
    }

    #[test]
    fn rejected_dates() {
        let cases = [
            (("31", "4", "2027"), DateError::NoSuchDate, "31 April"),
            (
                ("29", "2", "2027"),
                DateError::NoSuchDate,
                "29 February in a common year",
            ),
            (
                ("29", "2", "2100"),
                DateError::NoSuchDate,
                "2100 is not a leap year",
            ),
            (("0", "1", "2027"), DateError::NoSuchDate, "day zero"),
            (("1", "13", "2027"), DateError::NoSuchDate, "month 13"),
            (("99999", "1", "2027"), DateError::NoSuchDate, "huge day"),
            (("", "", ""), DateError::Empty, "empty"),
            (
                ("1", "", ""),
                DateError::Missing(vec![Month, Year]),
                "month and year missing",
            ),
            (
                ("", "3", "2027"),
                DateError::Missing(vec![Day]),
                "day missing",
            ),
            (("1", "3", "27"), DateError::ShortYear, "two-digit year"),
            (
                ("a", "3", "2027"),
                DateError::NotNumbers(vec![Day]),
                "letter day",
            ),
            (
                ("1", "maartje", "2027"),
                DateError::NotNumbers(vec![Month]),
                "unknown month",
            ),
            (
                ("-1", "3", "2027"),
                DateError::NotNumbers(vec![Day]),
                "negative",
            ),
            (
                ("1", "3", "999999999999"),
                DateError::NotNumbers(vec![Year]),
                "long year",
            ),
        ];
        for ((d, m, y), want, why) in cases {
            assert_eq!(CalendarDate::parse(d, m, y), Err(want), "{why}");
        }
    }

    #[test]
    fn messages_name_the_missing_parts() {
        assert_eq!(
            DateError::Missing(vec![Month, Year]).key(),
            "date-missing-month-year"
        );
        assert_eq!(DateError::Missing(vec![Day]).key(), "date-missing-day");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn notation_per_language() {
        use crate::i18n::{Lang, t_in};
        let date = CalendarDate::parse("1", "3", "2027").expect("valid");
        assert_eq!(date.to_dutch(), "1 maart 2027");
        assert_eq!(date.long(Lang::En), "1 March 2027");
        assert_eq!(date.weekday_day_month(Lang::Nl), "maandag 1 maart");
        assert_eq!(date.weekday_day_month(Lang::En), "Monday 1 March");
        assert_eq!(
            t_in(Lang::Nl, &DateError::Missing(vec![Month, Year]).key()),
            "Vul ook de maand en het jaar in"
        );
        assert_eq!(
            t_in(Lang::En, &DateError::Missing(vec![Day]).key()),
            "Also fill in the day"
        );
    }
}
