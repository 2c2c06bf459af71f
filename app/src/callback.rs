//! "Bel mij terug" (call me back): the form's raw answers, its rules, and the
//! typed request that only valid answers become.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::domain::working_days::{HolidayRules, due_date, next_working_days};
use crate::domain::{Email, PersonName, PhoneNumber};
use crate::i18n::{t, t_args};
use crate::journey::{FieldError, field, optional_email};

pub const PATH: &str = "/terugbellen";
pub use crate::domain::reference::CALLBACK_PREFIX as REFERENCE_PREFIX;
/// Service norm: we call back within this many working days.
pub const NORM_WORKING_DAYS: usize = 2;
/// How many working days a resident can choose from.
pub const CHOICE_DAYS: usize = 3;
pub const MAX_TOPIC_CHARS: usize = 150;
pub const MAX_NOTE_CHARS: usize = 500;
/// Requests per phone number per day.
pub const DAILY_LIMIT: i64 = 3;
/// Requests per network address per day. A library, an office or a mobile
/// network puts many residents behind one address, so this ceiling is far
/// above one resident's; it stops a script from one address, while the limit
/// per phone number stops the same number being used again and again.
pub const DAILY_LIMIT_PER_ADDRESS: i64 = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DayPart {
    Morning,
    Afternoon,
}

impl DayPart {
    pub fn slug(self) -> &'static str {
        match self {
            DayPart::Morning => "ochtend",
            DayPart::Afternoon => "middag",
        }
    }

    pub fn hours(self, lang: crate::i18n::Lang) -> String {
        crate::i18n::t_in(lang, &format!("callback-hours-{}", self.slug()))
    }

    fn from_slug(slug: &str) -> Option<Self> {
        [DayPart::Morning, DayPart::Afternoon]
            .into_iter()
            .find(|p| p.slug() == slug)
    }
}

pub use crate::i18n::{weekday_and_date, weekday_and_date_in};

/// One choice of day and day part, as a radio value ("2026-11-30/ochtend") and label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    pub day: Date,
    pub part: DayPart,
}

impl Slot {
    pub fn value(&self) -> String {
        format!("{}/{}", self.day, self.part.slug())
    }

    pub fn label(&self) -> String {
        self.label_in(crate::i18n::current())
    }

    pub fn label_in(&self, lang: crate::i18n::Lang) -> String {
        crate::i18n::t_args_in(
            lang,
            "callback-slot-label",
            &[
                ("day", weekday_and_date_in(lang, self.day).into()),
                ("hours", self.part.hours(lang).into()),
            ],
        )
    }

    fn parse(value: &str) -> Option<Self> {
        let (day, part) = value.split_once('/')?;
        Some(Self {
            day: day.parse().ok()?,
            part: DayPart::from_slug(part)?,
        })
    }
}

/// The day parts a resident can choose: the next working days, morning and afternoon.
pub fn slots(today: Date, rules: HolidayRules) -> Vec<Slot> {
    next_working_days(today, CHOICE_DAYS, rules)
        .into_iter()
        .flat_map(|day| [DayPart::Morning, DayPart::Afternoon].map(|part| Slot { day, part }))
        .collect()
}

/// Where the resident came from: a product and the step they got stuck on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub product: Option<String>,
    pub step: Option<String>,
    /// The product's slug, for staff to show handed-over answers with its questions.
    #[serde(default)]
    pub slug: Option<String>,
}

impl Origin {
    /// Reads a path of our own (`/producten/verhuizing/datum`); anything else
    /// gives no origin.
    pub fn from_path(path: &str) -> Self {
        let Some(product) = path
            .strip_prefix(crate::catalogue::BASE)
            .and_then(|_| crate::catalogue::for_path(path))
        else {
            return Self::default();
        };
        let lang = crate::i18n::current();
        let name = Some(product.texts(lang).name.clone());
        let page = path
            .strip_prefix(product.path().as_str())
            .unwrap_or_default()
            .trim_start_matches('/');
        if page.is_empty() {
            // The start page: its name, no step.
            return Self {
                product: name,
                step: None,
                slug: Some(product.slug.clone()),
            };
        }
        if page == crate::form::CHECK {
            return Self {
                product: name,
                step: Some(t("check-title")),
                slug: Some(product.slug.clone()),
            };
        }
        let step = product.form.as_ref().and_then(|form| {
            let (index, step) = form
                .steps
                .iter()
                .enumerate()
                .find(|(_, s)| s.slug == page)?;
            Some(t_args(
                "origin-step",
                &[
                    ("number", (index as i64 + 1).into()),
                    ("title", step.title.get(lang).to_string().into()),
                ],
            ))
        });
        match step {
            Some(step) => Self {
                product: name,
                step: Some(step),
                slug: Some(product.slug.clone()),
            },
            None => Self::default(),
        }
    }

    /// The topic to prefill: "Verhuizing doorgeven (Stap 2: Verhuisdatum)".
    pub fn topic(&self) -> String {
        match (&self.product, &self.step) {
            (Some(p), Some(s)) => format!("{p} ({s})"),
            (Some(p), None) => p.clone(),
            _ => String::new(),
        }
    }
}

/// The form as typed, kept on the server until it is sent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CallbackDraft {
    pub name: String,
    pub phone: String,
    pub topic: String,
    pub slot: String,
    pub note: String,
    /// Optional: where the receipt goes.
    pub email: String,
    pub share_answers: bool,
    /// The path the resident came from, kept through error round trips.
    pub from: String,
    /// Helped at the library: the volunteer's short note for the agent.
    pub helper_note: String,
    pub errors: Vec<FieldError>,
}

/// A valid request to be called back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallbackRequest {
    pub name: PersonName,
    pub phone: PhoneNumber,
    pub topic: String,
    pub slot: Slot,
    pub note: Option<String>,
    pub email: Option<Email>,
    pub share_answers: bool,
    pub origin: Origin,
    pub due: Date,
}

impl CallbackDraft {
    /// Stores the posted form; returns the typed request, or keeps the errors.
    pub fn apply(
        &mut self,
        form: &[(String, String)],
        today: Date,
        rules: HolidayRules,
    ) -> Option<CallbackRequest> {
        self.name = field(form, "naam");
        self.phone = field(form, "telefoon");
        self.topic = field(form, "onderwerp");
        self.slot = field(form, "dagdeel");
        // The note may be longer than other fields; read it whole, then check its length.
        self.note = form
            .iter()
            .find(|(k, _)| k == "opmerking")
            .map(|(_, v)| v.chars().take(MAX_NOTE_CHARS + 100).collect())
            .unwrap_or_default();
        self.email = field(form, "email");
        self.helper_note = field(form, "notitie-vrijwilliger")
            .chars()
            .take(MAX_NOTE_CHARS)
            .collect();
        self.share_answers = field(form, "antwoorden-meesturen") == "ja";
        self.from = crate::domain::LocalPath::parse(&field(form, "vanaf"))
            .map(crate::domain::LocalPath::into_string)
            .unwrap_or_default();
        let mut errors = Vec::new();
        let name = PersonName::parse(&self.name).map_err(|e| {
            let key = if self.name.trim().is_empty() {
                "callback-error-name"
            } else {
                e.0
            };
            errors.push(FieldError::single("naam", key));
        });
        let phone = PhoneNumber::parse(&self.phone).map_err(|e| {
            let key = if self.phone.trim().is_empty() {
                "callback-error-phone"
            } else {
                e.0
            };
            errors.push(FieldError::single("telefoon", key));
        });
        let topic = self.topic.split_whitespace().collect::<Vec<_>>().join(" ");
        if topic.is_empty() {
            errors.push(FieldError::single("onderwerp", "callback-error-topic"));
        } else if topic.chars().count() > MAX_TOPIC_CHARS {
            errors.push(FieldError::single("onderwerp", "callback-error-topic-long"));
        }
        let offered = slots(today, rules);
        let slot = Slot::parse(&self.slot).filter(|s| offered.contains(s));
        if slot.is_none() {
            errors.push(FieldError::single("dagdeel", "callback-error-slot"));
        }
        let email = optional_email(&self.email, &mut errors);
        let note = self.note.trim();
        if note.chars().count() > MAX_NOTE_CHARS {
            errors.push(FieldError::single("opmerking", "callback-error-note-long"));
        }
        self.errors = errors;
        let (Ok(name), Ok(phone), Some(slot)) = (name, phone, slot) else {
            return None;
        };
        if !self.errors.is_empty() {
            return None;
        }
        Some(CallbackRequest {
            name,
            phone,
            topic,
            slot,
            note: (!note.is_empty()).then(|| note.to_string()),
            email,
            share_answers: self.share_answers,
            origin: Origin::from_path(&self.from),
            due: due_date(today, NORM_WORKING_DAYS, rules),
        })
    }
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
    fn slots_are_the_next_working_days() {
        // Thursday 24 December 2026: Christmas and the weekend are skipped.
        let labels: Vec<String> = slots(date(2026, 12, 24), RULES)
            .iter()
            .map(Slot::value)
            .collect();
        assert_eq!(
            labels,
            [
                "2026-12-28/ochtend",
                "2026-12-28/middag",
                "2026-12-29/ochtend",
                "2026-12-29/middag",
                "2026-12-30/ochtend",
                "2026-12-30/middag"
            ]
        );
        assert_eq!(weekday_and_date(date(2026, 12, 28)), "maandag 28 december");
    }

    #[test]
    fn a_valid_form_becomes_a_request_due_in_two_working_days() {
        let mut draft = CallbackDraft::default();
        let request = draft
            .apply(
                &form(&[
                    ("naam", "Ayşe Özdemir"),
                    ("telefoon", "06-12345678"),
                    ("onderwerp", " Verhuizing  doorgeven "),
                    ("dagdeel", "2026-11-30/middag"),
                    ("vanaf", "/producten/verhuizing/datum"),
                ]),
                date(2026, 11, 27),
                RULES,
            )
            .expect("valid");
        assert_eq!(request.topic, "Verhuizing doorgeven");
        assert_eq!(request.due, date(2026, 12, 1));
        assert_eq!(
            request.origin.topic(),
            "Verhuizing doorgeven (Stap 2: Verhuisdatum)"
        );
        assert_eq!(request.note, None);
    }

    #[test]
    fn each_wrong_answer_is_explained_and_kept() {
        let cases = [
            ("naam", "", "Vul uw naam in"),
            ("telefoon", "12345", "Nederlands telefoonnummer"),
            ("onderwerp", "", "Schrijf waarover"),
            ("dagdeel", "2026-12-25/ochtend", "Kies wanneer"),
            ("dagdeel", "gisteren", "Kies wanneer"),
        ];
        for (name, value, message) in cases {
            let mut fields = vec![
                ("naam", "Jan"),
                ("telefoon", "0201234567"),
                ("onderwerp", "Vraag"),
                ("dagdeel", "2026-11-30/ochtend"),
            ];
            fields.retain(|(k, _)| *k != name);
            fields.push((name, value));
            let mut draft = CallbackDraft::default();
            assert!(
                draft
                    .apply(&form(&fields), date(2026, 11, 27), RULES)
                    .is_none(),
                "{name}={value:?}"
            );
            assert!(
                draft
                    .errors
                    .iter()
                    .any(|e| e.field == name && e.message().contains(message)),
                "{name}: {:?}",
                draft.errors
            );
        }
        let mut draft = CallbackDraft::default();
        let long = "x".repeat(501);
        draft.apply(&form(&[("opmerking", &long)]), date(2026, 11, 27), RULES);
        assert!(draft.errors.iter().any(|e| e.field == "opmerking"));
        assert_eq!(
            draft.note.chars().count(),
            501,
            "the note is kept as typed to be shortened"
        );
    }

    #[test]
    fn origin_only_from_our_own_paths() {
        assert_eq!(
            Origin::from_path("/producten/verhuizing").topic(),
            "Verhuizing doorgeven"
        );
        assert_eq!(
            Origin::from_path("/producten/verhuizing/datum").topic(),
            "Verhuizing doorgeven (Stap 2: Verhuisdatum)"
        );
        assert_eq!(
            Origin::from_path("/producten/verhuizing/controleren").topic(),
            "Verhuizing doorgeven (Controleer uw antwoorden)"
        );
        assert_eq!(Origin::from_path("https://evil.example/").topic(), "");
        assert_eq!(
            Origin::from_path("/producten/verhuizing/onbekend").topic(),
            ""
        );
        assert_eq!(Origin::from_path("/producten/bestaat-niet").topic(), "");
    }
}
