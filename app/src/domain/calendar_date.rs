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
    pub fn message(&self) -> String {
        match self {
            DateError::Empty => "Vul de datum in".into(),
            DateError::Missing(parts) => {
                let names: Vec<&str> = parts
                    .iter()
                    .map(|p| match p {
                        DateField::Day => "de dag",
                        DateField::Month => "de maand",
                        DateField::Year => "het jaar",
                    })
                    .collect();
                format!("Vul ook {} in", join_dutch(&names))
            }
            DateError::NotNumbers(_) => "Vul de datum in met cijfers, zoals 15 3 2027".into(),
            DateError::ShortYear => "Vul het jaar in met 4 cijfers, zoals 2027".into(),
            DateError::NoSuchDate => {
                "Deze datum bestaat niet. Controleer de dag en de maand".into()
            }
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

fn join_dutch(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} en {}", init.join(", "), last),
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
        format!(
            "{} {} {}",
            self.0.day(),
            MONTH_NAMES[usize::try_from(self.0.month() - 1).unwrap_or(0)][0],
            self.0.year()
        )
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
            DateError::Missing(vec![Month, Year]).message(),
            "Vul ook de maand en het jaar in"
        );
        assert_eq!(DateError::Missing(vec![Day]).message(), "Vul ook de dag in");
    }

    #[test]
    fn dutch_notation() {
        let date = CalendarDate::parse("1", "3", "2027").expect("valid");
        assert_eq!(date.to_dutch(), "1 maart 2027");
    }
}
