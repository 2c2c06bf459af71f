//! The `.ics` calendar file of a counter visit (RFC 5545), written with the
//! `ics` crate. Times carry `TZID=Europe/Amsterdam` with its VTIMEZONE
//! definition, so a calendar in another zone still shows the right moment.
//! A cancelled visit gives the same UID with `METHOD:CANCEL`.

use app::i18n::{Lang, t_args_in, t_in};
use app::visit::VisitView;
use ics::parameters::TzIDParam;
use ics::properties::{
    Description, DtEnd, DtStart, Location, Method, RRule, Sequence, Status, Summary, TzName,
};
use ics::{Daylight, Event, ICalendar, Standard, TimeZone, escape_text};
use jiff::Timestamp;

use crate::time::ZONE;

pub const CONTENT_TYPE: &str = "text/calendar; charset=utf-8";

/// Europe/Amsterdam since 1996 (EU summer time: last Sunday of March to last Sunday of October).
fn amsterdam() -> TimeZone<'static> {
    let mut summer = Daylight::new("19700329T020000", "+0100", "+0200");
    summer.push(TzName::new("CEST"));
    summer.push(RRule::new("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
    let mut winter = Standard::new("19701025T030000", "+0200", "+0100");
    winter.push(TzName::new("CET"));
    winter.push(RRule::new("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
    let mut zone = TimeZone::daylight(ZONE, summer);
    zone.add_standard(winter);
    zone
}

/// "20261201T091500", local time on the day.
fn local(day: jiff::civil::Date, minute: u16) -> String {
    format!(
        "{}T{:02}{:02}00",
        day.strftime("%Y%m%d"),
        minute / 60,
        minute % 60
    )
}

/// The calendar file of a visit; `domain` makes the UID unique worldwide.
pub fn visit_ics(view: &VisitView, domain: &str, lang: Lang) -> String {
    let products = view.product_names(lang);
    let bring = view.bring_text(lang);
    let stamp = Timestamp::now().strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut event = Event::new(format!("{}@{domain}", view.reference), stamp);
    event.push(Summary::new(escape_text(t_args_in(
        lang,
        "ics-summary",
        &[("products", products.into())],
    ))));
    event.push(Location::new(escape_text(format!(
        "{}, {}",
        view.location.name, view.location.address
    ))));
    event.push(Description::new(escape_text(format!(
        "{}: {}\n{}\n{bring}",
        t_in(lang, "label-reference"),
        view.reference,
        t_in(lang, "mail-bring")
    ))));
    let mut start = DtStart::new(local(view.day, view.start));
    start.add(TzIDParam::new(ZONE));
    event.push(start);
    let mut end = DtEnd::new(local(view.day, view.end));
    end.add(TzIDParam::new(ZONE));
    event.push(end);
    event.push(Sequence::new(u8::from(view.cancelled).to_string()));
    event.push(if view.cancelled {
        Status::cancelled()
    } else {
        Status::confirmed()
    });
    let mut calendar = ICalendar::new("2.0", format!("-//{domain}//Loket//NL"));
    calendar.push(Method::new(if view.cancelled {
        "CANCEL"
    } else {
        "PUBLISH"
    }));
    calendar.add_timezone(amsterdam());
    calendar.add_event(event);
    calendar.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::visit::{location, product};
    use jiff::civil::date;

    fn view(day: jiff::civil::Date, cancelled: bool) -> VisitView {
        VisitView {
            reference: "BA-2345-6789".into(),
            token: "t".into(),
            products: vec![product("rijbewijs").expect("known")],
            location: location("stadhuis").expect("known"),
            day,
            start: 9 * 60 + 15,
            end: 9 * 60 + 30,
            name: "Jan".into(),
            email: None,
            phone: None,
            cancelled,
            moved_to: None,
            survey_path: None,
        }
    }

    /// Reads the file back with another crate's parser (`ical`) and finds
    /// the properties the issue asks for.
    #[test]
    fn a_visit_becomes_a_valid_calendar_file() {
        let text = visit_ics(&view(date(2026, 12, 1), false), "voorbeeld.nl", Lang::Nl);
        let calendar = ical::IcalParser::new(text.as_bytes())
            .next()
            .expect("one calendar")
            .unwrap_or_else(|e| panic!("{e}\n{text}"));
        let value = |props: &[ical::property::Property], name: &str| {
            props
                .iter()
                .find(|p| p.name == name)
                .and_then(|p| p.value.clone())
        };
        let tzid = |props: &[ical::property::Property], name: &str| {
            props
                .iter()
                .find(|p| p.name == name)
                .and_then(|p| p.params.clone())
                .and_then(|params| params.into_iter().find(|(k, _)| k == "TZID"))
                .map(|(_, v)| v.join(","))
        };
        assert_eq!(
            value(&calendar.properties, "METHOD").as_deref(),
            Some("PUBLISH")
        );
        assert_eq!(calendar.timezones.len(), 1);
        assert_eq!(
            value(&calendar.timezones[0].properties, "TZID").as_deref(),
            Some(ZONE)
        );
        let [event] = calendar.events.as_slice() else {
            panic!("one event: {text}");
        };
        let props = event.properties.as_slice();
        assert_eq!(
            value(props, "UID").as_deref(),
            Some("BA-2345-6789@voorbeeld.nl")
        );
        assert_eq!(
            value(props, "LOCATION").as_deref(),
            Some("Stadhuis\\, Marktplein 1\\, Voorbeeld"),
            "commas escaped as RFC 5545 says"
        );
        assert_eq!(
            value(props, "SUMMARY").as_deref(),
            Some("Afspraak gemeente: Rijbewijs verlengen")
        );
        assert_eq!(value(props, "DTSTART").as_deref(), Some("20261201T091500"));
        assert_eq!(value(props, "DTEND").as_deref(), Some("20261201T093000"));
        assert_eq!(tzid(props, "DTSTART").as_deref(), Some(ZONE));
        assert_eq!(tzid(props, "DTEND").as_deref(), Some(ZONE));
    }

    /// The offsets the VTIMEZONE states are the ones the time zone database
    /// gives on both sides of the change.
    #[test]
    fn the_zone_definition_agrees_with_the_database() {
        let text = amsterdam().to_string();
        for (day, offset) in [(date(2026, 12, 1), "+0100"), (date(2027, 6, 1), "+0200")] {
            let seconds = day
                .at(9, 15, 0, 0)
                .in_tz(ZONE)
                .expect("zone")
                .offset()
                .seconds();
            let stated = format!("+{:02}00", seconds / 3600);
            assert_eq!(stated, offset, "{day}");
            assert!(text.contains(&format!("TZOFFSETTO:{stated}")));
        }
    }

    #[test]
    fn a_cancelled_visit_publishes_a_cancel() {
        let text = visit_ics(&view(date(2026, 12, 1), true), "voorbeeld.nl", Lang::Nl);
        assert!(text.contains("METHOD:CANCEL\r\n"), "{text}");
        assert!(text.contains("STATUS:CANCELLED\r\n"));
        assert!(text.contains("SEQUENCE:1\r\n"));
        assert!(text.contains("UID:BA-2345-6789@voorbeeld.nl\r\n"));
    }
}
