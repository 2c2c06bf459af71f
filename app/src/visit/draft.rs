//! The steps of booking a visit and the draft that walks them: what was
//! chosen and typed, the problems shown, and the answers once complete.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::domain::{Email, PersonName, PhoneNumber};
use crate::i18n::{t, t_args, weekday_and_date};
use crate::journey::{FieldError, field, optional_email};

use super::*;

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
    /// The resident agreed to be asked the satisfaction question by mail after the visit.
    pub survey_mail: bool,
    /// Helped at the library: the volunteer's short note for the clerk.
    pub helper_note: Option<String>,
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
    /// Asked by mail after the visit (only with an e-mail address).
    pub survey_mail: bool,
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
                self.survey_mail = field(form, "na-bezoek-vragen") == "ja";
                let note: String = field(form, "notitie-vrijwilliger")
                    .trim()
                    .chars()
                    .take(crate::callback::MAX_NOTE_CHARS)
                    .collect();
                self.helper_note = (!note.is_empty()).then_some(note);
                optional_email(&self.email, &mut errors);
                if self.survey_mail && self.email.trim().is_empty() {
                    errors.push(FieldError::single("email", "visit-error-survey-email"));
                }
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
            survey_mail: self.survey_mail && email.is_some(),
            email,
            phone,
        })
    }
}
