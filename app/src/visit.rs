//! Counter visits ("afspraak aan de balie"): locations with opening hours and
//! counters, products with a visit length, and the start times a day offers.
//! Times are civil times in Europe/Amsterdam; the daylight-saving changes fall
//! at night, outside any opening hours, so a civil time names one instant.

use std::collections::BTreeMap;

use jiff::civil::{Date, Time, time};
use serde::{Deserialize, Serialize};

use crate::domain::working_days::{HolidayRules, is_working_day};
use crate::domain::{Email, PersonName, PhoneNumber};
use crate::i18n::weekday_and_date;
use crate::i18n::{Lang, t, t_args, t_args_in, t_in};
use crate::journey::{FieldError, field, optional_email};

pub const BASE: &str = "/afspraak";
pub const CHECK_PATH: &str = "/afspraak/controleren";
/// The secret link of a booked visit: `/afspraak/mijn/{token}`.
pub const MANAGE_BASE: &str = "/afspraak/mijn";
pub const TOTAL_STEPS: u8 = 5;
/// How far ahead a visit can be booked, in days.
pub const DAYS_AHEAD: i64 = 28;

/// Visits start on this grid, in minutes.
pub const START_EVERY_MINUTES: u16 = 15;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub slug: &'static str,
    pub name: &'static str,
    pub address: &'static str,
    /// How many residents can be served at the same moment.
    pub counters: u16,
    /// Opening hours per weekday, Monday first; `None` is closed.
    pub hours: [Option<(Time, Time)>; 7],
    /// Extra closed days (a training day, a move of the office).
    pub closures: &'static [Date],
}

pub const LOCATIONS: [Location; 2] = [
    Location {
        slug: "stadhuis",
        name: "Stadhuis",
        address: "Marktplein 1, Voorbeeld",
        counters: 3,
        hours: [
            Some((time(9, 0, 0, 0), time(17, 0, 0, 0))),
            Some((time(9, 0, 0, 0), time(17, 0, 0, 0))),
            Some((time(9, 0, 0, 0), time(17, 0, 0, 0))),
            Some((time(9, 0, 0, 0), time(20, 0, 0, 0))),
            Some((time(9, 0, 0, 0), time(12, 30, 0, 0))),
            None,
            None,
        ],
        closures: &[],
    },
    Location {
        slug: "wijkpunt-noord",
        name: "Wijkpunt Noord",
        address: "Lindelaan 40, Voorbeeld",
        counters: 1,
        hours: [
            None,
            Some((time(9, 0, 0, 0), time(12, 30, 0, 0))),
            None,
            Some((time(13, 0, 0, 0), time(16, 30, 0, 0))),
            None,
            None,
            None,
        ],
        closures: &[],
    },
];

pub fn location(slug: &str) -> Option<&'static Location> {
    LOCATIONS.iter().find(|l| l.slug == slug)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VisitProduct {
    pub slug: &'static str,
    pub minutes: u16,
    /// What to bring to the counter (keys in the translation files).
    pub bring: &'static [&'static str],
}

impl VisitProduct {
    /// The product's name in a language (key `visit-product-{slug}`).
    pub fn name_in(&self, lang: Lang) -> String {
        t_in(lang, &format!("visit-product-{}", self.slug))
    }

    pub fn name(&self) -> String {
        self.name_in(crate::i18n::current())
    }
}

pub const VISIT_PRODUCTS: [VisitProduct; 4] = [
    VisitProduct {
        slug: "paspoort-id-kaart",
        minutes: 15,
        bring: &["bring-current-passport", "bring-photo"],
    },
    VisitProduct {
        slug: "rijbewijs",
        minutes: 15,
        bring: &["bring-current-licence", "bring-photo"],
    },
    VisitProduct {
        slug: "verhuizing",
        minutes: 10,
        bring: &["bring-id", "bring-rent-or-deed"],
    },
    VisitProduct {
        slug: "bijzondere-bijstand",
        minutes: 30,
        bring: &["bring-id", "bring-income", "bring-bill"],
    },
];

/// The length of a visit for these products together, in minutes.
pub fn visit_minutes(products: &[&str]) -> u16 {
    products
        .iter()
        .filter_map(|slug| VISIT_PRODUCTS.iter().find(|p| p.slug == *slug))
        .map(|p| p.minutes)
        .sum()
}

fn minute_of_day(t: Time) -> u16 {
    u16::try_from(t.hour()).unwrap_or(0) * 60 + u16::try_from(t.minute()).unwrap_or(0)
}

/// The location is open on this day: a working day, open that weekday, not closed.
pub fn is_open(location: &Location, day: Date, rules: HolidayRules) -> bool {
    let weekday = usize::try_from(day.weekday().to_monday_zero_offset()).unwrap_or(0);
    location.hours[weekday].is_some()
        && is_working_day(day, rules)
        && !location.closures.contains(&day)
}

/// Start times (minutes after midnight) at which a visit of `minutes` fits in the opening hours.
pub fn start_minutes(
    location: &Location,
    day: Date,
    minutes: u16,
    rules: HolidayRules,
) -> Vec<u16> {
    if minutes == 0 || !is_open(location, day, rules) {
        return Vec::new();
    }
    let weekday = usize::try_from(day.weekday().to_monday_zero_offset()).unwrap_or(0);
    let Some((open, close)) = location.hours[weekday] else {
        return Vec::new();
    };
    let (open, close) = (minute_of_day(open), minute_of_day(close));
    (open..close)
        .step_by(usize::from(START_EVERY_MINUTES))
        .filter(|start| start + minutes <= close)
        .collect()
}

/// "9.15 uur" / "9.15".
pub fn clock(minute: u16) -> String {
    clock_in(crate::i18n::current(), minute)
}

use crate::i18n::bare_clock;
pub use crate::i18n::clock_in;

pub fn product(slug: &str) -> Option<&'static VisitProduct> {
    VISIT_PRODUCTS.iter().find(|p| p.slug == slug)
}

/// "9.15 tot 9.45 uur" / "9.15 to 9.45".
pub fn clock_range(start: u16, minutes: u16) -> String {
    clock_range_in(crate::i18n::current(), start, minutes)
}

pub fn clock_range_in(lang: Lang, start: u16, minutes: u16) -> String {
    t_args_in(
        lang,
        "clock-range",
        &[
            ("from", bare_clock(start).into()),
            ("to", bare_clock(start + minutes).into()),
        ],
    )
}

/// The part of the day a start time belongs to, for the time page's groups.
pub fn day_part(minute: u16) -> String {
    t(match minute {
        m if m < 12 * 60 => "day-part-morning",
        m if m < 17 * 60 => "day-part-afternoon",
        _ => "day-part-evening",
    })
}

/// A question page of the visit flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum VisitStep {
    Products,
    Location,
    Day,
    Time,
    Contact,
}

impl VisitStep {
    pub const ALL: [VisitStep; 5] = [
        VisitStep::Products,
        VisitStep::Location,
        VisitStep::Day,
        VisitStep::Time,
        VisitStep::Contact,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            VisitStep::Products => "product",
            VisitStep::Location => "locatie",
            VisitStep::Day => "dag",
            VisitStep::Time => "tijd",
            VisitStep::Contact => "gegevens",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn path(self) -> String {
        format!("{BASE}/{}", self.slug())
    }

    pub fn number(self) -> u8 {
        match self {
            VisitStep::Products => 1,
            VisitStep::Location => 2,
            VisitStep::Day => 3,
            VisitStep::Time => 4,
            VisitStep::Contact => 5,
        }
    }

    pub fn title(self) -> String {
        t(&format!("visit-step-{}", self.slug()))
    }

    pub fn previous(self) -> Option<Self> {
        let i = Self::ALL.iter().position(|s| *s == self)?;
        i.checked_sub(1).map(|p| Self::ALL[p])
    }

    pub fn next(self) -> Option<Self> {
        let i = Self::ALL.iter().position(|s| *s == self)?;
        Self::ALL.get(i + 1).copied()
    }
}

/// A day the resident can choose, with how many start times are still free.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FreeDay {
    pub day: Date,
    pub free: usize,
}

impl FreeDay {
    /// "dinsdag 1 december: 12 tijden vrij".
    pub fn label(&self) -> String {
        t_args(
            "visit-free-day",
            &[
                ("day", weekday_and_date(self.day).into()),
                ("free", self.free.into()),
            ],
        )
    }
}

/// The visit as typed, kept on the server until it is booked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VisitDraft {
    pub products: Vec<String>,
    pub location: String,
    pub day: String,
    pub time: String,
    pub name: String,
    pub email: String,
    pub phone: String,
    /// The secret token of a booked visit this one moves (reschedule).
    pub replacing: Option<String>,
    /// The secret token of the visit this draft became: a resent check page goes there.
    pub booked: Option<String>,
    /// The page the resident asked for a visit from (`/producten/verhuizing/datum`), for the staff.
    pub from: String,
    /// The resident ticked that the answers of that form go along.
    pub share_answers: bool,
    /// Problems found on the last post, per step.
    pub errors: BTreeMap<VisitStep, Vec<FieldError>>,
}

/// A complete, valid visit request, before the capacity check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VisitAnswers {
    pub products: Vec<&'static VisitProduct>,
    pub location: &'static Location,
    pub day: Date,
    pub start: u16,
    pub name: PersonName,
    pub email: Option<Email>,
    pub phone: Option<PhoneNumber>,
}

impl VisitAnswers {
    pub fn minutes(&self) -> u16 {
        self.products.iter().map(|p| p.minutes).sum()
    }

    pub fn product_slugs(&self) -> Vec<String> {
        self.products.iter().map(|p| p.slug.to_string()).collect()
    }
}

impl VisitDraft {
    pub fn products(&self) -> Vec<&'static VisitProduct> {
        self.products.iter().filter_map(|s| product(s)).collect()
    }

    pub fn minutes(&self) -> u16 {
        self.products().iter().map(|p| p.minutes).sum()
    }

    pub fn location(&self) -> Option<&'static Location> {
        location(&self.location)
    }

    pub fn day(&self) -> Option<Date> {
        self.day.parse().ok()
    }

    pub fn start(&self) -> Option<u16> {
        self.time.parse().ok()
    }

    /// Preselects products when the resident came from one (never overrides a choice).
    pub fn preselect(&mut self, slug: &str) {
        if self.products.is_empty() && product(slug).is_some() {
            self.products.push(slug.to_string());
        }
    }

    fn set_errors(&mut self, step: VisitStep, errors: Vec<FieldError>) -> bool {
        let ok = errors.is_empty();
        if ok {
            self.errors.remove(&step);
        } else {
            self.errors.insert(step, errors);
        }
        ok
    }

    /// Stores the posted answers of `step`; `free_days` and `free_times` are
    /// what the server found free for this draft. True when the step is answered well.
    pub fn apply(
        &mut self,
        step: VisitStep,
        form: &[(String, String)],
        free_days: &[FreeDay],
        free_times: &[u16],
    ) -> bool {
        let mut errors = Vec::new();
        match step {
            VisitStep::Products => {
                let chosen: Vec<String> = VISIT_PRODUCTS
                    .iter()
                    .filter(|p| form.iter().any(|(k, v)| k == "product" && v == p.slug))
                    .map(|p| p.slug.to_string())
                    .collect();
                if chosen != self.products {
                    // Another length: the chosen time may no longer fit.
                    self.time.clear();
                }
                self.products = chosen;
                if self.products.is_empty() {
                    errors.push(FieldError::single("product", "visit-error-product"));
                }
            }
            VisitStep::Location => {
                let chosen = field(form, "locatie");
                if chosen != self.location {
                    self.day.clear();
                    self.time.clear();
                }
                self.location = chosen;
                if self.location().is_none() {
                    errors.push(FieldError::single("locatie", "visit-error-location"));
                }
            }
            VisitStep::Day => {
                let chosen = field(form, "dag");
                if chosen != self.day {
                    self.time.clear();
                }
                self.day = chosen;
                let offered = self
                    .day()
                    .is_some_and(|d| free_days.iter().any(|f| f.day == d));
                if !offered {
                    errors.push(FieldError::single("dag", "visit-error-day"));
                }
            }
            VisitStep::Time => {
                self.time = field(form, "tijd");
                if !self.start().is_some_and(|s| free_times.contains(&s)) {
                    errors.push(FieldError::single("tijd", "visit-error-time"));
                }
            }
            VisitStep::Contact => {
                self.name = field(form, "naam");
                self.email = field(form, "email");
                self.phone = field(form, "telefoon");
                self.share_answers = field(form, "antwoorden-meesturen") == "ja";
                if let Err(e) = PersonName::parse(&self.name) {
                    let message = if self.name.trim().is_empty() {
                        "callback-error-name".to_string()
                    } else {
                        e.0.to_string()
                    };
                    errors.push(FieldError::single("naam", message));
                }
                optional_email(&self.email, &mut errors);
                if !self.phone.trim().is_empty()
                    && let Err(e) = PhoneNumber::parse(&self.phone)
                {
                    errors.push(FieldError::single("telefoon", e.0));
                }
            }
        }
        self.set_errors(step, errors)
    }

    /// The first step that still needs an answer, or the typed answers.
    /// The capacity is checked again when booking.
    pub fn to_answers(&self) -> Result<VisitAnswers, VisitStep> {
        let products = self.products();
        if products.is_empty() {
            return Err(VisitStep::Products);
        }
        let location = self.location().ok_or(VisitStep::Location)?;
        let day = self.day().ok_or(VisitStep::Day)?;
        let start = self.start().ok_or(VisitStep::Time)?;
        let name = PersonName::parse(&self.name).map_err(|_| VisitStep::Contact)?;
        let email = match self.email.trim() {
            "" => None,
            e => Some(Email::parse(e).map_err(|_| VisitStep::Contact)?),
        };
        let phone = match self.phone.trim() {
            "" => None,
            p => Some(PhoneNumber::parse(p).map_err(|_| VisitStep::Contact)?),
        };
        Ok(VisitAnswers {
            products,
            location,
            day,
            start,
            name,
            email,
            phone,
        })
    }
}

impl VisitView {
    /// "Rijbewijs verlengen, Paspoort of ID-kaart aanvragen".
    pub fn product_names(&self, lang: Lang) -> String {
        self.products
            .iter()
            .map(|p| p.name_in(lang))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// What to bring for all products of the visit (each thing once).
    pub fn bring(&self, lang: Lang) -> Vec<String> {
        let mut keys: Vec<&str> = Vec::new();
        for key in self.products.iter().flat_map(|p| p.bring.iter().copied()) {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
        keys.into_iter().map(|k| t_in(lang, k)).collect()
    }

    /// The list of what to bring as plain text lines ("- ...").
    pub fn bring_text(&self, lang: Lang) -> String {
        self.bring(lang)
            .iter()
            .map(|b| format!("- {b}"))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// A booked visit as its secret link shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VisitView {
    pub reference: String,
    pub token: String,
    pub products: Vec<&'static VisitProduct>,
    pub location: &'static Location,
    pub day: Date,
    pub start: u16,
    pub end: u16,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub cancelled: bool,
    /// The secret token of the visit that replaced this one.
    pub moved_to: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::test_form as form;
    use crate::wording::Worded;
    use jiff::civil::date;

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
}
