//! Booking rules: opening hours, start times, the steps and their errors.

use super::*;
use crate::journey::test_form as form;
use crate::wording::Worded;
use jiff::civil::date;

use crate::domain::working_days::HolidayRules;

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
fn each_step_checks_its_answer_and_keeps_what_was_typed() {
    let mut draft = VisitDraft::default();
    assert!(!draft.apply(
        VisitStep::Products,
        &form(&[("product", "onbekend")]),
        &[],
        &[]
    ));
    assert_eq!(
        draft.errors[&VisitStep::Products][0].message(),
        "Kies waarvoor u komt"
    );
    assert!(draft.apply(
        VisitStep::Products,
        &form(&[("product", "rijbewijs"), ("product", "paspoort-id-kaart")]),
        &[],
        &[]
    ));
    assert!(draft.errors.is_empty());
    assert_eq!(draft.minutes(), 30);
    assert!(!draft.apply(VisitStep::Location, &form(&[("locatie", "maan")]), &[], &[]));
    assert!(draft.apply(
        VisitStep::Location,
        &form(&[("locatie", "stadhuis")]),
        &[],
        &[]
    ));
    let free = [FreeDay {
        day: date(2026, 12, 1),
        free: 4,
    }];
    assert!(!draft.apply(VisitStep::Day, &form(&[("dag", "2026-12-02")]), &free, &[]));
    assert_eq!(draft.day, "2026-12-02", "kept as typed");
    assert!(draft.apply(VisitStep::Day, &form(&[("dag", "2026-12-01")]), &free, &[]));
    assert!(!draft.apply(
        VisitStep::Time,
        &form(&[("tijd", "600")]),
        &free,
        &[540, 555]
    ));
    assert!(draft.apply(
        VisitStep::Time,
        &form(&[("tijd", "555")]),
        &free,
        &[540, 555]
    ));
    assert_eq!(
        draft.to_answers().map_err(|s| s.slug()).err(),
        Some("gegevens")
    );
    assert!(!draft.apply(
        VisitStep::Contact,
        &form(&[("naam", ""), ("email", "geen-mail"), ("telefoon", "12")]),
        &[],
        &[]
    ));
    let fields: Vec<&str> = draft.errors[&VisitStep::Contact]
        .iter()
        .map(|e| e.field.as_str())
        .collect();
    assert_eq!(fields, ["naam", "email", "telefoon"]);
    // Email and phone are optional (Wmebv: never force what is not needed).
    assert!(draft.apply(
        VisitStep::Contact,
        &form(&[("naam", "Jan Jansen")]),
        &[],
        &[]
    ));
    let answers = draft.to_answers().expect("complete");
    assert_eq!(
        (answers.start, answers.minutes(), answers.email),
        (555, 30, None)
    );
}

#[test]
fn changing_an_earlier_answer_clears_what_depends_on_it() {
    let mut draft = VisitDraft {
        products: vec!["rijbewijs".into()],
        location: "stadhuis".into(),
        day: "2026-12-01".into(),
        time: "540".into(),
        ..VisitDraft::default()
    };
    draft.apply(
        VisitStep::Location,
        &form(&[("locatie", "wijkpunt-noord")]),
        &[],
        &[],
    );
    assert_eq!((draft.day.as_str(), draft.time.as_str()), ("", ""));
    draft.preselect("verhuizing");
    assert_eq!(
        draft.products,
        ["rijbewijs"],
        "a choice is never overridden"
    );
}

#[test]
fn labels_read_naturally() {
    assert_eq!(
        FreeDay {
            day: date(2026, 12, 1),
            free: 1
        }
        .label(),
        "dinsdag 1 december: 1 tijd vrij"
    );
    assert_eq!(clock_range(9 * 60 + 45, 30), "9.45 tot 10.15 uur");
    assert_eq!(
        (day_part(11 * 60 + 45), day_part(12 * 60), day_part(17 * 60)),
        ("Ochtend".into(), "Middag".into(), "Avond".into())
    );
}

#[test]
fn lengths_add_up() {
    assert_eq!(visit_minutes(&["paspoort-id-kaart", "rijbewijs"]), 30);
    assert_eq!(visit_minutes(&["onbekend"]), 0);
}
