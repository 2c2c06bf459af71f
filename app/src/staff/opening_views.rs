//! Opening hours and closures on the staff side (role `beheer`): a change to
//! one day of a location (closed, or open other hours) parsed from the form,
//! and what the page shows: the usual hours from the location files, the
//! changes to come, and after closing a day with bookings those visits, for
//! the clerks to contact.

use jiff::civil::{Date, Time};

use crate::journey::{FieldError, posted};

pub const MAX_REASON_CHARS: usize = 200;
/// The inputs of the form.
pub const FIELDS: [&str; 6] = ["locatie", "datum", "soort", "open", "dicht", "reden"];

/// A valid change to one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayChangeRequest {
    pub location: String,
    pub day: Date,
    /// `None`: closed.
    pub hours: Option<(Time, Time)>,
    pub reason: String,
}

/// "9.00", "9:00" or "13.30", minutes in steps of 5.
pub fn clock(text: &str) -> Option<Time> {
    let (h, m) = text.trim().split_once(['.', ':'])?;
    let (h, m): (i8, i8) = (h.parse().ok()?, m.parse().ok()?);
    (m % 5 == 0).then_some(())?;
    Time::new(h, m, 0, 0).ok()
}

/// "24-12-2026", "24 12 2026" or "2026-12-24".
fn date(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Ok(d) = text.parse::<Date>() {
        return Some(d);
    }
    let parts: Vec<&str> = text
        .split(['-', '/', ' ', '.'])
        .filter(|p| !p.is_empty())
        .collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    crate::domain::CalendarDate::parse(d, m, y)
        .ok()
        .map(|c| c.date())
}

pub fn parse_change(
    form: &[(String, String)],
    today: Date,
) -> Result<DayChangeRequest, Vec<FieldError>> {
    let value = |name: &str| posted(form, name).unwrap_or("").trim().to_string();
    let mut errors = Vec::new();
    let location = value("locatie");
    if crate::visit::location(&location).is_none() {
        errors.push(FieldError::single(
            "locatie",
            "staff-opening-error-location",
        ));
    }
    let day = date(&value("datum")).filter(|d| *d >= today && d.year() <= today.year() + 2);
    if day.is_none() {
        errors.push(FieldError::single("datum", "staff-opening-error-date"));
    }
    let hours = match value("soort").as_str() {
        "dicht" => Some(None),
        "open" => match (clock(&value("open")), clock(&value("dicht"))) {
            (Some(o), Some(c)) if o < c => Some(Some((o, c))),
            _ => {
                errors.push(FieldError::single("open", "staff-opening-error-hours"));
                None
            }
        },
        _ => {
            errors.push(FieldError::single("soort", "staff-opening-error-kind"));
            None
        }
    };
    let reason = value("reden");
    if reason.is_empty() {
        errors.push(FieldError::single("reden", "staff-opening-error-reason"));
    } else if reason.chars().count() > MAX_REASON_CHARS {
        errors.push(FieldError::single(
            "reden",
            "staff-opening-error-reason-long",
        ));
    }
    match (day, hours) {
        (Some(day), Some(hours)) if errors.is_empty() => Ok(DayChangeRequest {
            location,
            day,
            hours,
            reason,
        }),
        _ => Err(errors),
    }
}

/// A location's usual week, one line per weekday ("maandag: 9.00 tot 17.00").
#[derive(Clone, Debug)]
pub struct LocationWeek {
    pub name: String,
    pub counters: u16,
    /// Per weekday, Monday first: the hours, or `None` when closed.
    pub hours: Vec<Option<(u16, u16)>>,
}

#[derive(Clone, Debug)]
pub struct ChangeRow {
    pub location: String,
    pub day: Date,
    /// Minutes after midnight; `None` is closed.
    pub hours: Option<(u16, u16)>,
    pub reason: String,
}

/// A visit on a day that was closed: who to contact.
#[derive(Clone, Debug)]
pub struct AffectedVisit {
    pub reference: String,
    pub start: u16,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Affected {
    pub location: String,
    pub location_name: String,
    pub day: Date,
    pub visits: Vec<AffectedVisit>,
    /// The message went to those with an e-mail address (how many).
    pub messaged: Option<i64>,
}

#[derive(Clone, Debug, Default)]
pub struct OpeningView {
    pub weeks: Vec<LocationWeek>,
    pub changes: Vec<ChangeRow>,
    pub locations: Vec<(String, String)>,
    pub typed: Vec<(String, String)>,
    pub errors: Vec<FieldError>,
    pub saved: bool,
    pub affected: Option<Affected>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::test_form as form;
    use jiff::civil::date as d;

    #[test]
    fn a_closure_and_other_hours_are_read_and_mistakes_named() {
        let today = d(2026, 12, 4);
        let closed = parse_change(
            &form(&[
                ("locatie", "stadhuis"),
                ("datum", "24-12-2026"),
                ("soort", "dicht"),
                ("reden", "Kerst"),
            ]),
            today,
        )
        .expect("valid");
        assert_eq!((closed.day, closed.hours), (d(2026, 12, 24), None));
        let open = parse_change(
            &form(&[
                ("locatie", "stadhuis"),
                ("datum", "2026-12-12"),
                ("soort", "open"),
                ("open", "9.00"),
                ("dicht", "12.30"),
                ("reden", "Verkiezingen"),
            ]),
            today,
        )
        .expect("valid");
        assert_eq!(
            open.hours,
            Some((Time::constant(9, 0, 0, 0), Time::constant(12, 30, 0, 0)))
        );
        for (fields, field) in [
            (vec![("locatie", "elders")], "locatie"),
            (vec![("datum", "3-12-2026")], "datum"),
            (vec![("datum", "morgen")], "datum"),
            (
                vec![("soort", "open"), ("open", "12.00"), ("dicht", "9.00")],
                "open",
            ),
            (vec![("soort", "half")], "soort"),
            (vec![("reden", "")], "reden"),
        ] {
            let mut all = vec![
                ("locatie", "stadhuis"),
                ("datum", "24-12-2026"),
                ("soort", "dicht"),
                ("reden", "Kerst"),
            ];
            for (k, v) in &fields {
                all.retain(|(name, _)| name != k);
                all.push((k, v));
            }
            let errors = parse_change(&form(&all), today).expect_err(field);
            assert!(
                errors.iter().any(|e| e.field == field),
                "{field}: {errors:?}"
            );
        }
    }
}
