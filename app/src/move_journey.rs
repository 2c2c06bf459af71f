//! "Verhuizing doorgeven" (report a move): its steps, the raw answers kept in
//! the draft, and the boundary where raw answers become a typed `MoveRequest`.

use std::collections::{BTreeMap, BTreeSet};

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::domain::{
    Addition, CalendarDate, DateError, DateField, Email, HouseNumber, MAX_FIELD_CHARS, PersonName,
    PhoneNumber, Postcode,
};
use crate::i18n::{t, t_args};

pub const BASE: &str = "/verhuizen";
pub const CHECK_PATH: &str = "/verhuizen/controleren";
pub const CONFIRMATION_PATH: &str = "/verhuizen/bevestiging";
pub const REFERENCE_PREFIX: &str = "VH";
pub const MAX_PEOPLE: usize = 8;
pub const TOTAL_STEPS: u8 = 4;
/// How far back and ahead a move may be reported (Wet BRP: from 4 weeks
/// before to 5 days after the move).
pub const DAYS_BACK: i64 = 5;
pub const DAYS_AHEAD: i64 = 28;

/// A question page of this journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Step {
    Address,
    MoveDate,
    Companions,
    People,
    Contact,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Address,
        Step::MoveDate,
        Step::Companions,
        Step::People,
        Step::Contact,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Step::Address => "adres",
            Step::MoveDate => "datum",
            Step::Companions => "meeverhuizers",
            Step::People => "personen",
            Step::Contact => "contact",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn path(self) -> String {
        format!("{BASE}/{}", self.slug())
    }

    /// "Stap n van 4": the people page belongs to the companions question.
    pub fn number(self) -> u8 {
        match self {
            Step::Address => 1,
            Step::MoveDate => 2,
            Step::Companions | Step::People => 3,
            Step::Contact => 4,
        }
    }

    /// The short name used in the page title.
    pub fn title(self) -> String {
        crate::i18n::t(&format!("move-step-{}", self.slug()))
    }

    pub fn previous(self) -> Option<Step> {
        match self {
            Step::Address => None,
            Step::MoveDate => Some(Step::Address),
            Step::Companions => Some(Step::MoveDate),
            Step::People => Some(Step::Companions),
            Step::Contact => Some(Step::Companions),
        }
    }
}

/// One person moving along, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawPerson {
    pub name: String,
    pub day: String,
    pub month: String,
    pub year: String,
}

impl RawPerson {
    fn is_blank(&self) -> bool {
        [&self.name, &self.day, &self.month, &self.year]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

/// A problem with one answer: where it is (for the error summary link) and
/// which inputs to mark `aria-invalid`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The id of the first input to fix; the error summary links to it.
    pub anchor: String,
    /// The id of the field or group; the message gets the id `{field}-error`.
    pub field: String,
    /// The message's key in the translation files; it is put into words when
    /// the page is rendered, in the language of that moment.
    pub key: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, MessageArg)>,
    pub invalid_inputs: Vec<String>,
}

/// A value in an error message, kept raw so it is written in the page's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MessageArg {
    Number(i64),
    /// A calendar date (ISO), written out as "1 maart 2027" / "1 March 2027".
    Date(String),
    /// Clock times (minutes after midnight), written as "9.15 uur, 9.30 uur".
    Clocks(Vec<u16>),
    /// An amount in cents, written as "€ 12,50" / "€12.50".
    Cents(i64),
}

impl FieldError {
    pub fn single(id: &str, key: impl Into<String>) -> Self {
        Self {
            anchor: id.into(),
            field: id.into(),
            key: key.into(),
            args: Vec::new(),
            invalid_inputs: vec![id.into()],
        }
    }

    pub fn with(mut self, name: &str, value: MessageArg) -> Self {
        self.args.push((name.into(), value));
        self
    }

    /// The message in the language of the page being rendered.
    pub fn message(&self) -> String {
        let lang = crate::i18n::current();
        // A product file's own message for a missing answer.
        if let Some(text) = crate::form::custom_message(&self.key, lang) {
            return text;
        }
        let args: Vec<(&str, crate::i18n::Arg)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    MessageArg::Number(n) => crate::i18n::Arg::Number(*n),
                    MessageArg::Date(iso) => crate::i18n::Arg::Text(
                        CalendarDate::from_iso(iso)
                            .map(|d| d.long(lang))
                            .unwrap_or_else(|| iso.clone()),
                    ),
                    MessageArg::Cents(cents) => {
                        crate::i18n::Arg::Text(crate::i18n::euros(lang, *cents))
                    }
                    MessageArg::Clocks(minutes) => crate::i18n::Arg::Text(
                        minutes
                            .iter()
                            .map(|m| crate::visit::clock_in(lang, *m))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                };
                (name.as_str(), value)
            })
            .collect();
        crate::i18n::t_args_in(lang, &self.key, &args)
    }

    pub(crate) fn date(group: &str, error: &DateError, key: impl Into<String>) -> Self {
        let inputs: Vec<String> = error
            .fields()
            .iter()
            .map(|f| date_input_id(group, *f))
            .collect();
        Self {
            anchor: inputs.first().cloned().unwrap_or_else(|| group.into()),
            field: group.into(),
            key: key.into(),
            args: Vec::new(),
            invalid_inputs: inputs,
        }
    }
}

pub fn date_input_id(group: &str, part: DateField) -> String {
    let suffix = match part {
        DateField::Day => "dag",
        DateField::Month => "maand",
        DateField::Year => "jaar",
    };
    format!("{group}-{suffix}")
}

/// Everything the resident typed so far, valid or not, so nothing is ever lost.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MoveDraft {
    pub postcode: String,
    pub house_number: String,
    pub addition: String,
    pub move_day: String,
    pub move_month: String,
    pub move_year: String,
    /// "nee", "ja" or empty.
    pub companions: String,
    pub people: Vec<RawPerson>,
    pub email: String,
    pub phone: String,
    /// Steps the resident has completed with valid answers.
    pub completed: BTreeSet<Step>,
    /// Problems found the last time a step was sent, shown until fixed.
    pub errors: BTreeMap<Step, Vec<FieldError>>,
}

/// What to do after a step was posted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Show this step again (with its errors, or with a row added).
    Stay(Step),
    Next(Step),
    Check,
}

/// A posted form from pairs, for the unit tests of every form.
#[cfg(test)]
pub(crate) fn test_form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// An optional email address: empty is none; a wrong one adds its error at `email`.
pub fn optional_email(raw: &str, errors: &mut Vec<FieldError>) -> Option<Email> {
    match raw.trim() {
        "" => None,
        typed => match Email::parse(typed) {
            Ok(email) => Some(email),
            Err(e) => {
                errors.push(FieldError::single("email", e.0));
                None
            }
        },
    }
}

pub(crate) fn field<'a>(form: &'a [(String, String)], name: &str) -> String {
    let value: &'a str = form
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or("");
    value.chars().take(MAX_FIELD_CHARS).collect()
}

pub fn person_id(index: usize, part: &str) -> String {
    format!("persoon-{}-{part}", index + 1)
}

impl MoveDraft {
    /// Stores the posted answers of `step` (always, even when wrong) and decides
    /// where the resident goes next.
    pub fn apply(
        &mut self,
        step: Step,
        form: &[(String, String)],
        today: Date,
        back_to_check: bool,
    ) -> Outcome {
        match step {
            Step::Address => {
                self.postcode = field(form, "postcode");
                self.house_number = field(form, "huisnummer");
                self.addition = field(form, "toevoeging");
            }
            Step::MoveDate => {
                self.move_day = field(form, "verhuisdatum-dag");
                self.move_month = field(form, "verhuisdatum-maand");
                self.move_year = field(form, "verhuisdatum-jaar");
            }
            Step::Companions => {
                let choice = field(form, "meeverhuizers");
                self.companions = if matches!(choice.as_str(), "ja" | "nee") {
                    choice
                } else {
                    String::new()
                };
                if self.companions == "nee" {
                    // Do not keep names we no longer need (AVG: data minimisation).
                    self.people.clear();
                    self.completed.remove(&Step::People);
                }
            }
            Step::People => {
                let rows = form
                    .iter()
                    .filter(|(k, _)| k.starts_with("persoon-") && k.ends_with("-naam"))
                    .count();
                self.people = (0..rows.min(MAX_PEOPLE))
                    .map(|i| RawPerson {
                        name: field(form, &person_id(i, "naam")),
                        day: field(form, &person_id(i, "geboortedatum-dag")),
                        month: field(form, &person_id(i, "geboortedatum-maand")),
                        year: field(form, &person_id(i, "geboortedatum-jaar")),
                    })
                    .collect();
                if field(form, "actie") == "toevoegen" {
                    if self.people.len() < MAX_PEOPLE {
                        self.people.push(RawPerson::default());
                    }
                    self.errors.remove(&step);
                    return Outcome::Stay(step);
                }
                let filled: Vec<RawPerson> = self
                    .people
                    .iter()
                    .filter(|p| !p.is_blank())
                    .cloned()
                    .collect();
                if !filled.is_empty() {
                    self.people = filled;
                }
            }
            Step::Contact => {
                self.email = field(form, "email");
                self.phone = field(form, "telefoon");
            }
        }
        let errors = self.validate(step, today);
        if !errors.is_empty() {
            self.errors.insert(step, errors);
            self.completed.remove(&step);
            return Outcome::Stay(step);
        }
        self.errors.remove(&step);
        self.completed.insert(step);
        let next = match step {
            Step::Address => Some(Step::MoveDate),
            Step::MoveDate => Some(Step::Companions),
            Step::Companions if self.companions == "ja" => Some(Step::People),
            Step::Companions | Step::People => Some(Step::Contact),
            Step::Contact => None,
        };
        match next {
            // Returning to "check your answers" unless the change opens a question not yet answered.
            Some(next)
                if !back_to_check || !self.completed.contains(&next) && next == Step::People =>
            {
                Outcome::Next(next)
            }
            _ => Outcome::Check,
        }
    }

    /// The steps that apply to this resident, in order.
    pub fn steps(&self) -> Vec<Step> {
        Step::ALL
            .into_iter()
            .filter(|s| *s != Step::People || self.companions == "ja")
            .collect()
    }

    /// Problems with the answers of one step; empty when they are all fine.
    pub fn validate(&self, step: Step, today: Date) -> Vec<FieldError> {
        let mut errors = Vec::new();
        match step {
            Step::Address => {
                if let Err(e) = Postcode::parse(&self.postcode) {
                    errors.push(FieldError::single("postcode", e.0));
                }
                if let Err(e) = HouseNumber::parse(&self.house_number) {
                    errors.push(FieldError::single("huisnummer", e.0));
                }
                if let Err(e) = Addition::parse(&self.addition) {
                    errors.push(FieldError::single("toevoeging", e.0));
                }
            }
            Step::MoveDate => {
                if let Err(e) = move_date(&self.move_day, &self.move_month, &self.move_year, today)
                {
                    errors.push(e);
                }
            }
            Step::Companions => {
                if self.companions.is_empty() {
                    errors.push(FieldError::single("meeverhuizers", "move-error-companions"));
                }
            }
            Step::People => {
                if self.people.iter().all(RawPerson::is_blank) {
                    errors.push(FieldError::single(
                        &person_id(0, "naam"),
                        "move-error-people-none",
                    ));
                }
                for (i, person) in self
                    .people
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| !p.is_blank())
                {
                    if let Err(e) = PersonName::parse(&person.name) {
                        let error = if person.name.trim().is_empty() {
                            FieldError::single(&person_id(i, "naam"), "move-error-person-name")
                                .with("number", MessageArg::Number(i as i64 + 1))
                        } else {
                            FieldError::single(&person_id(i, "naam"), e.0)
                        };
                        errors.push(error);
                    }
                    if let Err(e) = birth_date(person, today) {
                        let group = person_id(i, "geboortedatum");
                        let key = match &e {
                            BirthDateError::Date(DateError::Empty) => {
                                "move-error-person-birth-date".to_string()
                            }
                            BirthDateError::Date(other) => other.key(),
                            BirthDateError::Future => "move-error-birth-future".into(),
                            BirthDateError::TooOld => "move-error-birth-old".into(),
                        };
                        let as_date_error = match e {
                            BirthDateError::Date(d) => d,
                            _ => DateError::NoSuchDate,
                        };
                        errors.push(
                            FieldError::date(&group, &as_date_error, key)
                                .with("number", MessageArg::Number(i as i64 + 1)),
                        );
                    }
                }
            }
            Step::Contact => {
                if !self.email.trim().is_empty()
                    && let Err(e) = Email::parse(&self.email)
                {
                    errors.push(FieldError::single("email", e.0));
                }
                if !self.phone.trim().is_empty()
                    && let Err(e) = PhoneNumber::parse(&self.phone)
                {
                    errors.push(FieldError::single("telefoon", e.0));
                }
            }
        }
        errors
    }

    /// The first step that applies and is not done yet, if any.
    pub fn first_open_step(&self, today: Date) -> Option<Step> {
        self.steps()
            .into_iter()
            .find(|s| !self.completed.contains(s) || !self.validate(*s, today).is_empty())
    }

    /// The boundary: raw answers become a typed request, or the step to fix.
    pub fn to_request(&self, today: Date) -> Result<MoveRequest, Step> {
        if let Some(step) = self.first_open_step(today) {
            return Err(step);
        }
        let parse = || -> Option<MoveRequest> {
            let companions = if self.companions == "ja" {
                self.people
                    .iter()
                    .filter(|p| !p.is_blank())
                    .map(|p| {
                        Some(Companion {
                            name: PersonName::parse(&p.name).ok()?,
                            birth_date: birth_date(p, today).ok()?,
                        })
                    })
                    .collect::<Option<Vec<_>>>()?
            } else {
                Vec::new()
            };
            Some(MoveRequest {
                postcode: Postcode::parse(&self.postcode).ok()?,
                house_number: HouseNumber::parse(&self.house_number).ok()?,
                addition: Addition::parse(&self.addition).ok()?,
                move_date: CalendarDate::parse(&self.move_day, &self.move_month, &self.move_year)
                    .ok()?,
                companions,
                email: Email::parse(&self.email).ok(),
                phone: PhoneNumber::parse(&self.phone).ok(),
            })
        };
        parse().ok_or(Step::Address)
    }
}

fn move_date(day: &str, month: &str, year: &str, today: Date) -> Result<CalendarDate, FieldError> {
    let group = "verhuisdatum";
    let date = CalendarDate::parse(day, month, year).map_err(|e| {
        let key = if e == DateError::Empty {
            "move-error-date-empty".to_string()
        } else {
            e.key()
        };
        FieldError::date(group, &e, key)
    })?;
    let earliest = today.saturating_sub(DAYS_BACK.days());
    let latest = today.saturating_add(DAYS_AHEAD.days());
    let all = DateError::NoSuchDate;
    if date.date() < earliest {
        return Err(FieldError::date(group, &all, "move-error-date-past").with(
            "date",
            MessageArg::Date(CalendarDate::from_date(earliest).to_iso()),
        ));
    }
    if date.date() > latest {
        return Err(
            FieldError::date(group, &all, "move-error-date-future").with(
                "date",
                MessageArg::Date(CalendarDate::from_date(latest).to_iso()),
            ),
        );
    }
    Ok(date)
}

enum BirthDateError {
    Date(DateError),
    Future,
    TooOld,
}

fn birth_date(person: &RawPerson, today: Date) -> Result<CalendarDate, BirthDateError> {
    let date = CalendarDate::parse(&person.day, &person.month, &person.year)
        .map_err(BirthDateError::Date)?;
    if date.date() > today {
        return Err(BirthDateError::Future);
    }
    if date.date().year() < 1900 {
        return Err(BirthDateError::TooOld);
    }
    Ok(date)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Companion {
    pub name: PersonName,
    pub birth_date: CalendarDate,
}

/// A complete, valid report of a move; only this can be submitted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MoveRequest {
    pub postcode: Postcode,
    pub house_number: HouseNumber,
    pub addition: Option<Addition>,
    pub move_date: CalendarDate,
    pub companions: Vec<Companion>,
    pub email: Option<Email>,
    pub phone: Option<PhoneNumber>,
}

/// One line of "check your answers" and of the copy (afschrift).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryRow {
    pub question: String,
    /// Each line of the answer; `None` for an optional answer left empty.
    pub answer: Option<Vec<String>>,
    /// The question page to change it on; none where the answer cannot be changed here.
    #[serde(default)]
    pub step: Option<Step>,
    /// Another page to change it on (journeys other than the move).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_path: Option<String>,
}

impl MoveRequest {
    /// The answers as the resident sees them, in the order asked.
    pub fn summary(&self) -> Vec<SummaryRow> {
        let address = match &self.addition {
            Some(a) => format!("{} {}", self.house_number.get(), a.as_str()),
            None => self.house_number.get().to_string(),
        };
        let lang = crate::i18n::current();
        let people = if self.companions.is_empty() {
            vec![t("move-summary-nobody")]
        } else {
            self.companions
                .iter()
                .map(|c| {
                    t_args(
                        "move-summary-person",
                        &[
                            ("name", c.name.as_str().into()),
                            ("date", c.birth_date.long(lang).into()),
                        ],
                    )
                })
                .collect()
        };
        vec![
            SummaryRow {
                question: t("move-step-adres"),
                answer: Some(vec![
                    t_args(
                        "move-summary-postcode",
                        &[("postcode", self.postcode.as_str().into())],
                    ),
                    t_args("move-summary-house-number", &[("number", address.into())]),
                ]),
                change_path: None,
                step: Some(Step::Address),
            },
            SummaryRow {
                question: t("move-step-datum"),
                answer: Some(vec![self.move_date.long(lang)]),
                change_path: None,
                step: Some(Step::MoveDate),
            },
            SummaryRow {
                question: t("move-step-personen"),
                answer: Some(people),
                change_path: None,
                step: Some(if self.companions.is_empty() {
                    Step::Companions
                } else {
                    Step::People
                }),
            },
            SummaryRow {
                question: t("label-email-short"),
                answer: self.email.as_ref().map(|e| vec![e.as_str().to_string()]),
                change_path: None,
                step: Some(Step::Contact),
            },
            SummaryRow {
                question: t("label-phone-short"),
                answer: self.phone.as_ref().map(|p| vec![p.national()]),
                change_path: None,
                step: Some(Step::Contact),
            },
        ]
    }

    /// The canonical answers as stored with the submission.
    pub fn to_stored(&self) -> StoredMove {
        StoredMove {
            postcode: self.postcode.as_str().into(),
            house_number: self.house_number.get(),
            addition: self.addition.as_ref().map(|a| a.as_str().into()),
            move_date: self.move_date.to_iso(),
            companions: self
                .companions
                .iter()
                .map(|c| (c.name.as_str().into(), c.birth_date.to_iso()))
                .collect(),
            email: self.email.as_ref().map(|e| e.as_str().into()),
            phone: self.phone.as_ref().map(|p| p.e164().into()),
            summary: self.summary(),
        }
    }
}

/// A submitted move as stored: canonical values for the back office and the
/// summary exactly as the resident confirmed it (the copy, Wmebv).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredMove {
    pub postcode: String,
    pub house_number: u32,
    pub addition: Option<String>,
    pub move_date: String,
    pub companions: Vec<(String, String)>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub summary: Vec<SummaryRow>,
}

#[cfg(test)]
mod tests {
    use super::test_form as form;
    use super::*;

    fn today() -> Date {
        jiff::civil::date(2026, 11, 28)
    }

    fn date_form(d: &str, m: &str, y: &str) -> Vec<(String, String)> {
        form(&[
            ("verhuisdatum-dag", d),
            ("verhuisdatum-maand", m),
            ("verhuisdatum-jaar", y),
        ])
    }

    #[test]
    fn move_date_window() {
        let cases = [
            (("23", "11", "2026"), true, "5 days ago"),
            (("22", "11", "2026"), false, "6 days ago"),
            (("26", "12", "2026"), true, "4 weeks ahead"),
            (("27", "12", "2026"), false, "4 weeks and a day ahead"),
            (("28", "11", "2026"), true, "today"),
        ];
        for ((d, m, y), ok, why) in cases {
            let mut draft = MoveDraft::default();
            let outcome = draft.apply(Step::MoveDate, &date_form(d, m, y), today(), false);
            assert_eq!(
                outcome == Outcome::Next(Step::Companions),
                ok,
                "{why}: {outcome:?} {:?}",
                draft.errors
            );
        }
    }

    #[test]
    fn wrong_answers_are_kept_and_explained() {
        let mut draft = MoveDraft::default();
        let outcome = draft.apply(
            Step::Address,
            &form(&[
                ("postcode", "0123 AB"),
                ("huisnummer", "12a"),
                ("toevoeging", ""),
            ]),
            today(),
            false,
        );
        assert_eq!(outcome, Outcome::Stay(Step::Address));
        assert_eq!(draft.postcode, "0123 AB");
        assert_eq!(draft.house_number, "12a");
        let fields: Vec<&str> = draft.errors[&Step::Address]
            .iter()
            .map(|e| e.field.as_str())
            .collect();
        assert_eq!(fields, ["postcode", "huisnummer"]);
    }

    #[test]
    fn change_from_check_returns_there_unless_a_new_question_opens() {
        let mut draft = MoveDraft::default();
        draft.apply(
            Step::Companions,
            &form(&[("meeverhuizers", "nee")]),
            today(),
            false,
        );
        assert_eq!(
            draft.apply(
                Step::Companions,
                &form(&[("meeverhuizers", "nee")]),
                today(),
                true
            ),
            Outcome::Check
        );
        assert_eq!(
            draft.apply(
                Step::Companions,
                &form(&[("meeverhuizers", "ja")]),
                today(),
                true
            ),
            Outcome::Next(Step::People)
        );
    }

    #[test]
    fn people_rows_add_and_drop_blank_rows() {
        let mut draft = MoveDraft::default();
        let rows = form(&[
            ("persoon-1-naam", "van 't Hek"),
            ("persoon-1-geboortedatum-dag", "1"),
            ("persoon-1-geboortedatum-maand", "2"),
            ("persoon-1-geboortedatum-jaar", "2010"),
            ("actie", "toevoegen"),
        ]);
        assert_eq!(
            draft.apply(Step::People, &rows, today(), false),
            Outcome::Stay(Step::People)
        );
        assert_eq!(draft.people.len(), 2);
        let mut rows = rows;
        rows.pop();
        rows.extend(form(&[("persoon-2-naam", ""), ("actie", "doorgaan")]));
        assert_eq!(
            draft.apply(Step::People, &rows, today(), false),
            Outcome::Next(Step::Contact)
        );
        assert_eq!(draft.people.len(), 1);
    }

    #[test]
    fn complete_draft_becomes_request() {
        let mut draft = MoveDraft::default();
        draft.apply(
            Step::Address,
            &form(&[
                ("postcode", "1234ab"),
                ("huisnummer", "5"),
                ("toevoeging", "a"),
            ]),
            today(),
            false,
        );
        draft.apply(
            Step::MoveDate,
            &date_form("1", "12", "2026"),
            today(),
            false,
        );
        assert_eq!(draft.to_request(today()), Err(Step::Companions));
        draft.apply(
            Step::Companions,
            &form(&[("meeverhuizers", "nee")]),
            today(),
            false,
        );
        draft.apply(
            Step::Contact,
            &form(&[("email", ""), ("telefoon", "06-12345678")]),
            today(),
            false,
        );
        let request = draft.to_request(today()).expect("complete");
        assert_eq!(request.postcode.as_str(), "1234 AB");
        let summary = request.summary();
        assert_eq!(
            summary[3].answer, None,
            "skipped email shows as not filled in"
        );
    }
}
