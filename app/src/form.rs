//! The form engine. A product's questions are data in its product file
//! (`[form]`, `[[form.steps]]`, `[[form.steps.fields]]`): steps, fields, their
//! kinds and rules, and when a step or field applies. This module keeps the raw
//! answers of a draft, turns them into typed values at the boundary, decides
//! where the resident goes next, and builds the summary for "check your
//! answers", the confirmation and the copy. The pages render from it; the
//! server stores what it returns. Adding a routine product adds one file.

use std::collections::{BTreeMap, BTreeSet};

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::catalogue::{BASE, Product};
use crate::domain::{
    Addition, CalendarDate, DateError, Email, HouseNumber, LicencePlate, PhoneNumber, Postcode,
};
use crate::i18n::{Lang, euros, number, t_args_in, t_in};
use crate::journey::{FieldError, MessageArg, SummaryRow, date_input_id};

/// A text in both languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub nl: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

/// What a field asks for; each kind has its inputs, its checks and its way of
/// being shown in a summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Text,
    /// Several lines; the limit is stated in the hint.
    LongText,
    Email,
    Phone,
    /// Postcode, house number and addition.
    Address,
    /// Three inputs: day, month, year.
    Date,
    YesNo,
    Radios,
    Checkboxes,
    /// Only for long lists (8 options or more); radios otherwise.
    Select,
    /// A whole number, with a unit ("stuks", "m²").
    Number,
    /// An amount in euros, typed as people write it ("12,50", "€ 1.250").
    Amount,
    LicencePlate,
    /// One box that must be ticked to go on.
    Consent,
    /// A pickup day from real availability: only working days with room are
    /// offered, and the server takes the place when the request is sent.
    PickupDay,
    /// Up to 3 photos (JPEG or PNG, 5 MB each), stored by the server without
    /// their metadata; the draft keeps their ids and names.
    Photos,
    /// A list of people, each with a name and a date of birth ("who is moving
    /// with you"): one row to start, "add another" up to `max_rows`.
    People,
}

/// Photos a question takes at most, and the largest photo.
pub const MAX_PHOTOS: usize = 3;
pub const MAX_PHOTO_BYTES: usize = 5 * 1024 * 1024;

impl Kind {
    /// Kinds whose answer can decide whether a later question applies.
    fn is_choice(self) -> bool {
        matches!(
            self,
            Kind::YesNo | Kind::Radios | Kind::Checkboxes | Kind::Select
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub value: String,
    pub nl: String,
    pub en: String,
}

impl Choice {
    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

/// A step or field applies only when an earlier answer has one of these values.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub field: String,
    pub is: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldDef {
    /// The input's name and id (and the prefix of the ids of its parts).
    pub id: String,
    pub kind: Kind,
    /// The question ("Waarvoor heeft u het uittreksel nodig?").
    pub label: Text,
    /// A short name for check your answers and the copy ("Waarvoor").
    #[serde(default)]
    pub short: Option<Text>,
    /// Why we ask, or an example.
    #[serde(default)]
    pub hint: Option<Text>,
    /// Never forced (Wmebv); "(optioneel)" is added to the label.
    #[serde(default)]
    pub optional: bool,
    /// What to say when a required answer is missing.
    #[serde(default)]
    pub empty: Option<Text>,
    #[serde(default)]
    pub options: Vec<Choice>,
    #[serde(default)]
    pub max_chars: Option<usize>,
    /// Numbers: whole units; amounts: cents.
    #[serde(default)]
    pub min: Option<i64>,
    #[serde(default)]
    pub max: Option<i64>,
    #[serde(default)]
    pub unit: Option<Text>,
    /// Dates: the earliest and latest allowed, in days from today (negative is the past).
    #[serde(default)]
    pub earliest_days: Option<i64>,
    #[serde(default)]
    pub latest_days: Option<i64>,
    #[serde(default)]
    pub show_if: Option<Condition>,
    /// The autocomplete token of a text field ("name", "street-address").
    #[serde(default)]
    pub autocomplete: Option<String>,
    /// Pickup days: how many requests one day takes.
    #[serde(default)]
    pub per_day: Option<i64>,
    /// People: the most rows (8 when not given).
    #[serde(default)]
    pub max_rows: Option<usize>,
    /// Dates: the product's own words for a date before the earliest or after
    /// the latest allowed; `{date}` becomes that day.
    #[serde(default)]
    pub too_early: Option<Text>,
    #[serde(default)]
    pub too_late: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepDef {
    /// The last part of the page's address.
    pub slug: String,
    /// The page's heading when it asks more than one thing, and its title.
    pub title: Text,
    #[serde(default)]
    pub intro: Option<Text>,
    #[serde(default)]
    pub show_if: Option<Condition>,
    pub fields: Vec<FieldDef>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormDef {
    /// Two capital letters before every reference of this product ("UB-7KQ4-M2XD").
    pub reference_prefix: String,
    /// "What happens now", on the confirmation page and in the receipt.
    pub next: Text,
    pub steps: Vec<StepDef>,
}

/// Step slugs the engine uses for its own pages.
pub const CHECK: &str = "controleren";
pub const CONFIRMATION: &str = "bevestiging";
pub const COPY: &str = "kopie";
pub const SAVED: &str = "opgeslagen";
const RESERVED: [&str; 4] = [CHECK, CONFIRMATION, COPY, SAVED];
/// Where a saved form is picked up again.
pub const RESUME_PATH: &str = "/verder";
/// Longest raw value kept of one input; the body limit bounds the rest.
const MAX_RAW_CHARS: usize = 5000;
/// Most values kept for one name (checkboxes).
const MAX_VALUES: usize = 50;
pub const DEFAULT_TEXT_CHARS: usize = 200;
/// Rows of a people question when its file does not say.
pub const DEFAULT_PEOPLE_ROWS: usize = 8;
/// The most rows a people question may have.
const MAX_PEOPLE_ROWS: usize = 20;
/// The value of the button that adds a row to a people question.
pub const ADD_ROW: &str = "toevoegen";
/// The parts of one person of a people question, in the order shown.
const PERSON_PARTS: [&str; 4] = [
    "naam",
    "geboortedatum-dag",
    "geboortedatum-maand",
    "geboortedatum-jaar",
];
pub const DEFAULT_LONG_TEXT_CHARS: usize = 1000;
/// Autocomplete tokens a product file may use.
const AUTOCOMPLETE: [&str; 6] = [
    "name",
    "given-name",
    "family-name",
    "street-address",
    "organization",
    "bday",
];

/// The address of a page of this product's form.
pub fn path(product: &str, page: &str) -> String {
    format!("{BASE}/{product}/{page}")
}

impl FieldDef {
    /// The names of its inputs, in the order they appear.
    pub fn inputs(&self) -> Vec<String> {
        match self.kind {
            Kind::Address => ["postcode", "huisnummer", "toevoeging"]
                .iter()
                .map(|part| format!("{}-{part}", self.id))
                .collect(),
            Kind::Date => [
                crate::domain::DateField::Day,
                crate::domain::DateField::Month,
                crate::domain::DateField::Year,
            ]
            .iter()
            .map(|part| date_input_id(&self.id, *part))
            .collect(),
            Kind::People => (0..self.max_rows())
                .flat_map(|row| PERSON_PARTS.map(|part| self.person_input(row, part)))
                .collect(),
            _ => vec![self.id.clone()],
        }
    }

    /// The input of one part of one person: `persoon-1-naam`.
    pub fn person_input(&self, row: usize, part: &str) -> String {
        format!("{}-{}-{part}", self.id, row + 1)
    }

    /// The most people this question takes.
    pub fn max_rows(&self) -> usize {
        self.max_rows
            .unwrap_or(DEFAULT_PEOPLE_ROWS)
            .clamp(1, MAX_PEOPLE_ROWS)
    }

    /// The label as shown: with "(optioneel)" when it is.
    pub fn label_in(&self, lang: Lang) -> String {
        if self.optional {
            format!("{} {}", self.label.get(lang), t_in(lang, "form-optional"))
        } else {
            self.label.get(lang).to_string()
        }
    }

    pub fn short_in(&self, lang: Lang) -> String {
        self.short
            .as_ref()
            .map(|s| s.get(lang).to_string())
            .unwrap_or_else(|| self.label.get(lang).to_string())
    }

    pub fn max_chars(&self) -> usize {
        self.max_chars.unwrap_or(match self.kind {
            Kind::LongText => DEFAULT_LONG_TEXT_CHARS,
            _ => DEFAULT_TEXT_CHARS,
        })
    }

    /// The first and last day a pickup can be chosen.
    pub fn pickup_window(&self, today: Date) -> (Date, Date) {
        (
            today.saturating_add(self.earliest_days.unwrap_or(1).days()),
            today.saturating_add(self.latest_days.unwrap_or(14).days()),
        )
    }

    /// The autocomplete token, from the short list a product file may use.
    pub fn autocomplete_token(&self) -> Option<&'static str> {
        match self.kind {
            Kind::Email => Some("email"),
            Kind::Phone => Some("tel"),
            _ => self
                .autocomplete
                .as_deref()
                .and_then(|a| AUTOCOMPLETE.iter().find(|t| **t == a).copied()),
        }
    }

    /// The product file's message for a missing answer, at `anchor` (the input
    /// the error summary links to).
    fn empty_error(&self, product: &str, anchor: &str) -> FieldError {
        FieldError::single(anchor, format!("form:{product}:{}", self.id))
    }
}

/// The message a product file gives for a missing answer
/// (`form:<product>:<field>`), or for a date out of range
/// (`form:<product>:<field>:too_early`, `…:too_late`).
pub fn custom_message(key: &str, lang: Lang) -> Option<String> {
    let mut parts = key.strip_prefix("form:")?.splitn(3, ':');
    let product = crate::catalogue::by_slug(parts.next()?)?;
    let field_id = parts.next()?;
    let field = product
        .form
        .as_ref()?
        .steps
        .iter()
        .flat_map(|s| &s.fields)
        .find(|f| f.id == field_id)?;
    let text = match parts.next() {
        None => &field.empty,
        Some("too_early") => &field.too_early,
        Some("too_late") => &field.too_late,
        Some(_) => return None,
    };
    text.as_ref().map(|e| e.get(lang).to_string())
}

/// A valid answer, as stored with the submission.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Value {
    Text(String),
    Email(String),
    /// E.164 ("+31612345678").
    Phone(String),
    Address {
        postcode: String,
        number: u32,
        addition: Option<String>,
    },
    /// ISO date.
    Date(String),
    YesNo(bool),
    Choice(String),
    Choices(Vec<String>),
    Number(i64),
    Cents(i64),
    Plate(String),
    Consent,
    /// (id, file name) of each stored photo.
    Photos(Vec<(String, String)>),
    /// (name, ISO date of birth) of each person.
    People(Vec<(String, String)>),
}

impl Value {
    /// The answer as the resident reads it, one line each.
    pub fn lines(&self, field: &FieldDef, lang: Lang) -> Vec<String> {
        let label = |value: &str| {
            field
                .options
                .iter()
                .find(|o| o.value == value)
                .map(|o| o.label(lang).to_string())
                .unwrap_or_else(|| value.to_string())
        };
        match self {
            Value::Text(text) => text.lines().map(str::to_string).collect(),
            Value::Email(email) | Value::Plate(email) => vec![email.clone()],
            Value::Phone(e164) => vec![
                PhoneNumber::parse(e164)
                    .map(|p| p.national())
                    .unwrap_or_else(|_| e164.clone()),
            ],
            Value::Address {
                postcode,
                number,
                addition,
            } => vec![
                postcode.clone(),
                match addition {
                    Some(a) => format!("{number} {a}"),
                    None => number.to_string(),
                },
            ],
            Value::Date(iso) if field.kind == Kind::PickupDay => vec![
                CalendarDate::from_iso(iso)
                    .map(|d| crate::callback::weekday_and_date_in(lang, d.date()))
                    .unwrap_or_else(|| iso.clone()),
            ],
            Value::Date(iso) => vec![
                CalendarDate::from_iso(iso)
                    .map(|d| d.long(lang))
                    .unwrap_or_else(|| iso.clone()),
            ],
            Value::YesNo(yes) => vec![t_in(lang, if *yes { "answer-yes" } else { "answer-no" })],
            Value::Choice(value) => vec![label(value)],
            Value::Choices(values) => values.iter().map(|v| label(v)).collect(),
            Value::Number(n) => vec![match &field.unit {
                Some(unit) => format!("{} {}", number(lang, *n), unit.get(lang)),
                None => number(lang, *n),
            }],
            Value::Cents(cents) => vec![euros(lang, *cents)],
            Value::Consent => vec![t_in(lang, "form-consent-given")],
            Value::Photos(photos) => photos.iter().map(|(_, name)| name.clone()).collect(),
            Value::People(people) => people
                .iter()
                .map(|(name, born)| {
                    let born = CalendarDate::from_iso(born)
                        .map(|d| d.long(lang))
                        .unwrap_or_else(|| born.clone());
                    t_args_in(
                        lang,
                        "form-person-line",
                        &[("name", name.as_str().into()), ("date", born.into())],
                    )
                })
                .collect(),
        }
    }
}

/// Everything the resident typed so far, valid or not, so nothing is lost.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FormDraft {
    /// Input name to the values typed (several for checkboxes).
    pub raw: BTreeMap<String, Vec<String>>,
    /// Steps answered with valid answers.
    pub completed: BTreeSet<String>,
    /// Problems found the last time a step was sent, shown until fixed.
    pub errors: BTreeMap<String, Vec<FieldError>>,
    /// The resume code, once the resident saved to continue later.
    pub saved_code: Option<String>,
    /// Where the resume link was last sent, so a second save sends it once.
    pub saved_mail_to: Option<String>,
}

/// Where to go after a step was posted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The same step again, with its errors.
    Stay(String),
    Next(String),
    Check,
}

/// The valid answers, in the order asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers(pub Vec<(String, Value)>);

impl FormDraft {
    fn first(&self, name: &str) -> &str {
        self.raw
            .get(name)
            .and_then(|v| v.first())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The values typed for an input, for the page to show again.
    pub fn values(&self, name: &str) -> Vec<String> {
        self.raw.get(name).cloned().unwrap_or_default()
    }

    pub fn value(&self, name: &str) -> String {
        self.first(name).to_string()
    }

    /// Does this condition hold, given the answers so far (and does the question it
    /// looks at apply itself)?
    fn holds(&self, form: &FormDef, condition: &Option<Condition>) -> bool {
        let Some(condition) = condition else {
            return true;
        };
        let Some((step, field)) = find_field(form, &condition.field) else {
            return false;
        };
        self.step_applies(form, step)
            && self.holds(form, &field.show_if)
            && self
                .raw
                .get(&field.id)
                .is_some_and(|values| values.iter().any(|v| condition.is.contains(v)))
    }

    pub fn step_applies(&self, form: &FormDef, step: &StepDef) -> bool {
        self.holds(form, &step.show_if)
    }

    pub fn field_applies(&self, form: &FormDef, field: &FieldDef) -> bool {
        self.holds(form, &field.show_if)
    }

    /// The steps that apply now, in order.
    pub fn steps<'a>(&self, form: &'a FormDef) -> Vec<&'a StepDef> {
        form.steps
            .iter()
            .filter(|s| self.step_applies(form, s))
            .collect()
    }

    /// Keeps what was posted for the questions of `step`, checked or not (a save
    /// to continue later keeps half answers too).
    pub fn keep(&mut self, step: &StepDef, posted: &[(String, String)]) {
        // Photos are added by the server from the files it stored, never from form values.
        for field in step.fields.iter().filter(|f| f.kind != Kind::Photos) {
            if field.kind == Kind::People {
                self.keep_people(field, posted);
                continue;
            }
            for name in field.inputs() {
                let values: Vec<String> = posted
                    .iter()
                    .filter(|(k, _)| *k == name)
                    .take(MAX_VALUES)
                    .map(|(_, v)| v.chars().take(MAX_RAW_CHARS).collect())
                    .collect();
                self.raw.insert(name, values);
            }
        }
    }

    /// Keeps the rows of a people question as posted: a row is there when its
    /// name input was posted (even empty); the rows after it are not kept.
    fn keep_people(&mut self, field: &FieldDef, posted: &[(String, String)]) {
        let value = |name: &str| -> Option<String> {
            posted
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.chars().take(MAX_RAW_CHARS).collect())
        };
        for row in 0..field.max_rows() {
            let shown = value(&field.person_input(row, PERSON_PARTS[0])).is_some();
            for part in PERSON_PARTS {
                let name = field.person_input(row, part);
                match value(&name).filter(|_| shown) {
                    Some(v) => self.raw.insert(name, vec![v]),
                    None => self.raw.remove(&name),
                };
            }
        }
    }

    /// The rows of a people question as typed: at least one (empty) row.
    pub fn people_rows(&self, field: &FieldDef) -> Vec<[String; 4]> {
        let mut rows: Vec<[String; 4]> = (0..field.max_rows())
            .take_while(|row| {
                self.raw
                    .contains_key(&field.person_input(*row, PERSON_PARTS[0]))
            })
            .map(|row| PERSON_PARTS.map(|part| self.value(&field.person_input(row, part))))
            .collect();
        if rows.is_empty() {
            rows.push(Default::default());
        }
        rows
    }

    fn set_people_rows(&mut self, field: &FieldDef, rows: &[[String; 4]]) {
        for row in 0..field.max_rows() {
            for (i, part) in PERSON_PARTS.iter().enumerate() {
                let name = field.person_input(row, part);
                match rows.get(row) {
                    Some(values) => self.raw.insert(name, vec![values[i].clone()]),
                    None => self.raw.remove(&name),
                };
            }
        }
    }

    /// The photos stored for a question: (id, file name), in the order added.
    pub fn photos(&self, field: &str) -> Vec<(String, String)> {
        self.values(field)
            .iter()
            .filter_map(|v| v.split_once(':'))
            .map(|(id, name)| (id.to_string(), name.to_string()))
            .collect()
    }

    pub fn add_photo(&mut self, field: &str, id: &str, name: &str) {
        self.raw
            .entry(field.to_string())
            .or_default()
            .push(format!("{id}:{name}"));
    }

    /// Removes a photo; true when it was there.
    pub fn remove_photo(&mut self, field: &str, id: &str) -> bool {
        let Some(values) = self.raw.get_mut(field) else {
            return false;
        };
        let before = values.len();
        values.retain(|v| v.split_once(':').map(|(i, _)| i) != Some(id));
        values.len() != before
    }

    /// Every photo id in the answers that apply, for the submission.
    pub fn photo_ids(&self, form: &FormDef) -> Vec<String> {
        self.steps(form)
            .iter()
            .flat_map(|s| &s.fields)
            .filter(|f| f.kind == Kind::Photos && self.field_applies(form, f))
            .flat_map(|f| self.photos(&f.id).into_iter().map(|(id, _)| id))
            .collect()
    }

    /// A valid email address among the answers so far, for the resume link.
    pub fn email(&self, form: &FormDef) -> Option<String> {
        form.steps
            .iter()
            .flat_map(|s| &s.fields)
            .filter(|f| f.kind == Kind::Email)
            .find_map(|f| Email::parse(self.first(&f.id)).ok())
            .map(|e| e.as_str().to_string())
    }

    /// Stores the posted answers of `step` (always, even when wrong) and decides
    /// where the resident goes next.
    pub fn apply(
        &mut self,
        product: &Product,
        step: &StepDef,
        posted: &[(String, String)],
        today: Date,
        back_to_check: bool,
    ) -> Outcome {
        let Some(form) = &product.form else {
            return Outcome::Check;
        };
        self.keep(step, posted);
        let people = step.fields.iter().filter(|f| f.kind == Kind::People);
        if posted.iter().any(|(k, v)| k == "actie" && v == ADD_ROW) {
            // "Nog iemand toevoegen": the same page with one more empty row.
            for field in people {
                let mut rows = self.people_rows(field);
                if rows.len() < field.max_rows() {
                    rows.push(Default::default());
                }
                self.set_people_rows(field, &rows);
            }
            self.errors.remove(&step.slug);
            return Outcome::Stay(step.slug.clone());
        }
        for field in people {
            // Empty rows are dropped when something else is filled in.
            let rows = self.people_rows(field);
            let filled: Vec<[String; 4]> = rows
                .iter()
                .filter(|r| r.iter().any(|v| !v.trim().is_empty()))
                .cloned()
                .collect();
            if !filled.is_empty() && filled.len() != rows.len() {
                self.set_people_rows(field, &filled);
            }
        }
        let errors = self.validate(product, step, today);
        if !errors.is_empty() {
            self.errors.insert(step.slug.clone(), errors);
            self.completed.remove(&step.slug);
            return Outcome::Stay(step.slug.clone());
        }
        self.errors.remove(&step.slug);
        self.completed.insert(step.slug.clone());
        self.forget_what_does_not_apply(form);
        if !back_to_check {
            let later = form
                .steps
                .iter()
                .skip_while(|s| s.slug != step.slug)
                .skip(1)
                .find(|s| self.step_applies(form, s));
            if let Some(next) = later {
                return Outcome::Next(next.slug.clone());
            }
        }
        match self.first_open_step(product, today) {
            Some(open) => Outcome::Next(open),
            None => Outcome::Check,
        }
    }

    /// Answers to questions that no longer apply are not kept (AVG: data minimisation).
    fn forget_what_does_not_apply(&mut self, form: &FormDef) {
        let mut keep = BTreeSet::new();
        for step in self.steps(form) {
            for field in step.fields.iter().filter(|f| self.field_applies(form, f)) {
                keep.extend(field.inputs());
            }
        }
        self.raw.retain(|name, _| keep.contains(name));
        let applying: BTreeSet<String> = self.steps(form).iter().map(|s| s.slug.clone()).collect();
        self.completed.retain(|s| applying.contains(s));
        self.errors.retain(|s, _| applying.contains(s));
    }

    /// The problems with the answers of one step.
    pub fn validate(&self, product: &Product, step: &StepDef, today: Date) -> Vec<FieldError> {
        let Some(form) = &product.form else {
            return Vec::new();
        };
        step.fields
            .iter()
            .filter(|f| self.field_applies(form, f))
            .filter_map(|f| self.check_field(&product.slug, f, today).err())
            .flatten()
            .collect()
    }

    /// The first step that applies and is not done yet, if any.
    pub fn first_open_step(&self, product: &Product, today: Date) -> Option<String> {
        let form = product.form.as_ref()?;
        self.steps(form)
            .into_iter()
            .find(|s| {
                !self.completed.contains(&s.slug) || !self.validate(product, s, today).is_empty()
            })
            .map(|s| s.slug.clone())
    }

    /// All answers, valid and complete, or the first step to fix.
    pub fn to_answers(&self, product: &Product, today: Date) -> Result<Answers, String> {
        let Some(form) = &product.form else {
            return Err(String::new());
        };
        let mut answers = Vec::new();
        for step in self.steps(form) {
            if !self.completed.contains(&step.slug) {
                return Err(step.slug.clone());
            }
            for field in step.fields.iter().filter(|f| self.field_applies(form, f)) {
                match self.check_field(&product.slug, field, today) {
                    Ok(Some(value)) => answers.push((field.id.clone(), value)),
                    Ok(None) => {}
                    Err(_) => return Err(step.slug.clone()),
                }
            }
        }
        Ok(Answers(answers))
    }

    /// One field's answer as a typed value: `None` when an optional one is empty.
    fn check_field(
        &self,
        product: &str,
        field: &FieldDef,
        today: Date,
    ) -> Result<Option<Value>, Vec<FieldError>> {
        match field.kind {
            Kind::Address => self.check_address(product, field),
            Kind::Date => self.check_date(product, field, today),
            Kind::Checkboxes => self.check_choices(product, field),
            Kind::People => self.check_people(product, field, today),
            Kind::Photos => {
                let photos = self.photos(&field.id);
                match (photos.is_empty(), field.optional) {
                    (true, true) => Ok(None),
                    (true, false) => Err(vec![field.empty_error(product, &field.id)]),
                    _ if photos.len() > MAX_PHOTOS => Err(vec![
                        FieldError::single(&field.id, "form-error-photos-many")
                            .with("max", MessageArg::Number(MAX_PHOTOS as i64)),
                    ]),
                    _ => Ok(Some(Value::Photos(photos))),
                }
            }
            _ => self.check_single(product, field, today),
        }
    }

    fn check_choices(
        &self,
        product: &str,
        field: &FieldDef,
    ) -> Result<Option<Value>, Vec<FieldError>> {
        let mut chosen: Vec<String> = Vec::new();
        for value in self.values(&field.id) {
            // Not one of ours: a changed page; ask again rather than guess.
            if !field.options.iter().any(|o| o.value == value) {
                return Err(vec![field.empty_error(product, &field.id)]);
            }
            if !chosen.contains(&value) {
                chosen.push(value);
            }
        }
        // In the order of the options, not the order posted.
        chosen.sort_by_key(|v| field.options.iter().position(|o| o.value == *v));
        match (chosen.is_empty(), field.optional) {
            (true, true) => Ok(None),
            (true, false) => Err(vec![field.empty_error(product, &field.id)]),
            (false, _) => Ok(Some(Value::Choices(chosen))),
        }
    }

    /// Kinds with one input.
    fn check_single(
        &self,
        product: &str,
        field: &FieldDef,
        today: Date,
    ) -> Result<Option<Value>, Vec<FieldError>> {
        let raw = self.first(&field.id).trim();
        let empty = |anchor: &str| Err(vec![field.empty_error(product, anchor)]);
        let one = |key: &str| Err(vec![FieldError::single(&field.id, key)]);
        if raw.is_empty() {
            return if field.optional {
                Ok(None)
            } else {
                empty(&field.id)
            };
        }
        let value = match field.kind {
            Kind::Text | Kind::LongText => {
                let text = raw.replace("\r\n", "\n");
                let count = text.chars().count();
                if count > field.max_chars() {
                    return Err(vec![
                        FieldError::single(&field.id, "form-error-too-long")
                            .with("max", MessageArg::Number(field.max_chars() as i64))
                            .with("count", MessageArg::Number(count as i64)),
                    ]);
                }
                if field.kind == Kind::Text {
                    Value::Text(text.split_whitespace().collect::<Vec<_>>().join(" "))
                } else {
                    Value::Text(text)
                }
            }
            Kind::Email => match Email::parse(raw) {
                Ok(email) => Value::Email(email.as_str().to_string()),
                Err(e) => return one(e.0),
            },
            Kind::Phone => match PhoneNumber::parse(raw) {
                Ok(phone) => Value::Phone(phone.e164().to_string()),
                Err(e) => return one(e.0),
            },
            Kind::YesNo => match raw {
                "ja" => Value::YesNo(true),
                "nee" => Value::YesNo(false),
                _ => return empty(&field.id),
            },
            Kind::Radios | Kind::Select => {
                if field.options.iter().any(|o| o.value == raw) {
                    Value::Choice(raw.to_string())
                } else {
                    return empty(&field.id);
                }
            }
            Kind::Number => {
                let digits: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
                let Some(n) = (!digits.is_empty()
                    && digits.len() <= 12
                    && digits.bytes().all(|b| b.is_ascii_digit()))
                .then(|| digits.parse::<i64>().ok())
                .flatten() else {
                    return one("form-error-number");
                };
                if field.min.is_some_and(|min| n < min) || field.max.is_some_and(|max| n > max) {
                    return Err(vec![
                        FieldError::single(&field.id, "form-error-number-range")
                            .with("min", MessageArg::Number(field.min.unwrap_or(0)))
                            .with("max", MessageArg::Number(field.max.unwrap_or(i64::MAX))),
                    ]);
                }
                Value::Number(n)
            }
            Kind::Amount => {
                let Some(cents) = parse_cents(raw) else {
                    return one("form-error-amount");
                };
                if field.min.is_some_and(|min| cents < min)
                    || field.max.is_some_and(|max| cents > max)
                {
                    return Err(vec![
                        FieldError::single(&field.id, "form-error-amount-range")
                            .with("min", MessageArg::Cents(field.min.unwrap_or(0)))
                            .with("max", MessageArg::Cents(field.max.unwrap_or(i64::MAX))),
                    ]);
                }
                Value::Cents(cents)
            }
            Kind::LicencePlate => match LicencePlate::parse(raw) {
                Ok(plate) => Value::Plate(plate.as_str().to_string()),
                Err(e) => return one(e.0),
            },
            Kind::Consent => {
                if raw == "ja" {
                    Value::Consent
                } else {
                    return empty(&field.id);
                }
            }
            Kind::PickupDay => {
                // Offered days are working days in the window; which have room is
                // the server's to say when the request is sent.
                let (earliest, latest) = field.pickup_window(today);
                match jiff::civil::Date::strptime("%Y-%m-%d", raw) {
                    Ok(day)
                        if day >= earliest
                            && day <= latest
                            && crate::domain::working_days::is_working_day(
                                day,
                                crate::domain::working_days::HolidayRules::default(),
                            ) =>
                    {
                        Value::Date(day.to_string())
                    }
                    _ => return empty(&field.id),
                }
            }
            // Kinds with more than one input are checked by their own functions.
            Kind::Address | Kind::Date | Kind::Checkboxes | Kind::Photos | Kind::People => {
                return empty(&field.id);
            }
        };
        Ok(Some(value))
    }

    fn check_people(
        &self,
        product: &str,
        field: &FieldDef,
        today: Date,
    ) -> Result<Option<Value>, Vec<FieldError>> {
        let rows: Vec<(usize, [String; 4])> = self
            .people_rows(field)
            .into_iter()
            .enumerate()
            .filter(|(_, r)| r.iter().any(|v| !v.trim().is_empty()))
            .collect();
        if rows.is_empty() {
            if field.optional {
                return Ok(None);
            }
            let mut error = field.empty_error(product, &field.person_input(0, PERSON_PARTS[0]));
            error.field = field.person_input(0, PERSON_PARTS[0]);
            return Err(vec![error]);
        }
        let mut errors = Vec::new();
        let mut people = Vec::new();
        for (row, [name, day, month, year]) in rows {
            let number = MessageArg::Number(row as i64 + 1);
            let name_id = field.person_input(row, PERSON_PARTS[0]);
            let name = match crate::domain::PersonName::parse(&name) {
                Ok(name) => Some(name),
                Err(_) if name.trim().is_empty() => {
                    errors.push(
                        FieldError::single(&name_id, "form-error-person-name")
                            .with("number", number.clone()),
                    );
                    None
                }
                Err(e) => {
                    errors.push(FieldError::single(&name_id, e.0));
                    None
                }
            };
            let group = field.person_input(row, "geboortedatum");
            let born = match CalendarDate::parse(&day, &month, &year) {
                Ok(date) if date.date() > today => {
                    Err((DateError::NoSuchDate, "form-error-birth-future".to_string()))
                }
                Ok(date) if date.date().year() < 1900 => {
                    Err((DateError::NoSuchDate, "form-error-birth-old".to_string()))
                }
                Ok(date) => Ok(date),
                Err(DateError::Empty) => {
                    Err((DateError::Empty, "form-error-person-birth-date".to_string()))
                }
                Err(e) => {
                    let key = e.key();
                    Err((e, key))
                }
            };
            match born {
                Ok(date) => {
                    if let Some(name) = name {
                        people.push((name.as_str().to_string(), date.to_iso()));
                    }
                }
                Err((error, key)) => {
                    errors.push(FieldError::date(&group, &error, key).with("number", number));
                }
            }
        }
        if errors.is_empty() {
            Ok(Some(Value::People(people)))
        } else {
            Err(errors)
        }
    }

    fn check_address(
        &self,
        product: &str,
        field: &FieldDef,
    ) -> Result<Option<Value>, Vec<FieldError>> {
        let inputs = field.inputs();
        let [postcode, number, addition] =
            [0, 1, 2].map(|i| self.first(&inputs[i]).trim().to_string());
        if postcode.is_empty() && number.is_empty() && addition.is_empty() {
            if field.optional {
                return Ok(None);
            }
            return Err(vec![field.empty_error(product, &inputs[0])]);
        }
        let mut errors = Vec::new();
        let postcode = Postcode::parse(&postcode)
            .map_err(|e| errors.push(FieldError::single(&inputs[0], e.0)))
            .ok();
        let number = HouseNumber::parse(&number)
            .map_err(|e| errors.push(FieldError::single(&inputs[1], e.0)))
            .ok();
        let addition = Addition::parse(&addition)
            .map_err(|e| errors.push(FieldError::single(&inputs[2], e.0)))
            .ok();
        match (postcode, number, addition) {
            (Some(postcode), Some(number), Some(addition)) if errors.is_empty() => {
                Ok(Some(Value::Address {
                    postcode: postcode.as_str().to_string(),
                    number: number.get(),
                    addition: addition.map(|a| a.as_str().to_string()),
                }))
            }
            _ => Err(errors),
        }
    }

    fn check_date(
        &self,
        product: &str,
        field: &FieldDef,
        today: Date,
    ) -> Result<Option<Value>, Vec<FieldError>> {
        let inputs = field.inputs();
        let [day, month, year] = [0, 1, 2].map(|i| self.first(&inputs[i]).to_string());
        match CalendarDate::parse(&day, &month, &year) {
            Err(DateError::Empty) if field.optional => Ok(None),
            Err(DateError::Empty) => {
                // The date group shows the message; all three inputs are marked.
                let mut error = field.empty_error(product, &inputs[0]);
                error.field = field.id.clone();
                error.invalid_inputs = inputs.clone();
                Err(vec![error])
            }
            Err(e) => Err(vec![FieldError::date(&field.id, &e, e.key())]),
            Ok(date) => {
                let earliest = field.earliest_days.map(|d| today.saturating_add(d.days()));
                let latest = field.latest_days.map(|d| today.saturating_add(d.days()));
                let out_of_range = |key: &str, limit: Date| {
                    // The product's own words when it has them.
                    let own = match key {
                        "form-error-date-before" => field.too_early.as_ref().map(|_| "too_early"),
                        _ => field.too_late.as_ref().map(|_| "too_late"),
                    };
                    let key = match own {
                        Some(which) => format!("form:{product}:{}:{which}", field.id),
                        None => key.to_string(),
                    };
                    Err(vec![
                        FieldError::date(&field.id, &DateError::NoSuchDate, key).with(
                            "date",
                            MessageArg::Date(CalendarDate::from_date(limit).to_iso()),
                        ),
                    ])
                };
                if let Some(earliest) = earliest
                    && date.date() < earliest
                {
                    return out_of_range("form-error-date-before", earliest);
                }
                if let Some(latest) = latest
                    && date.date() > latest
                {
                    return out_of_range("form-error-date-after", latest);
                }
                Ok(Some(Value::Date(date.to_iso())))
            }
        }
    }
}

fn find_field<'a>(form: &'a FormDef, id: &str) -> Option<(&'a StepDef, &'a FieldDef)> {
    form.steps
        .iter()
        .find_map(|s| s.fields.iter().find(|f| f.id == id).map(|f| (s, f)))
}

/// Euros as people type them: "12", "12,50", "€ 1.250,00", "12.50", and as the
/// English pages print them, "€1,250.00". At most two decimals; dots before three
/// digits are thousands.
pub fn parse_cents(raw: &str) -> Option<i64> {
    let cleaned: String = raw
        .trim()
        .trim_start_matches('€')
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if cleaned.is_empty() || cleaned.len() > 16 {
        return None;
    }
    let (whole, fraction) = match cleaned.rfind(',') {
        // "1,250.50" as English pages print it: the last mark is the decimal point.
        Some(comma) if cleaned.rfind('.').is_some_and(|dot| dot > comma) => {
            let dot = cleaned.rfind('.').unwrap_or_default();
            (
                cleaned[..dot].replace(',', ""),
                cleaned[dot + 1..].to_string(),
            )
        }
        Some(i) => (cleaned[..i].replace('.', ""), cleaned[i + 1..].to_string()),
        None => match cleaned.rfind('.') {
            // "12.5" or "12.50": a decimal point; "1.250": thousands.
            Some(i) if cleaned.len() - i - 1 <= 2 => {
                (cleaned[..i].to_string(), cleaned[i + 1..].to_string())
            }
            _ => (cleaned.replace('.', ""), String::new()),
        },
    };
    if whole.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || fraction.len() > 2
        || !fraction.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let euros: i64 = whole.parse().ok()?;
    let cents: i64 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<i64>().ok()? * 10,
        _ => fraction.parse().ok()?,
    };
    euros.checked_mul(100)?.checked_add(cents)
}

/// The rows of check your answers and of the copy, in the language given.
pub fn summary(product: &Product, answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
    let Some(form) = &product.form else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    for step in &form.steps {
        for field in &step.fields {
            let value = answers.0.iter().find(|(id, _)| *id == field.id);
            // A question that did not apply has no row; an optional one left empty has.
            let applied = value.is_some() || (field.optional && applies_in(answers, step, field));
            if !applied {
                continue;
            }
            rows.push(SummaryRow {
                question: field.short_in(lang),
                answer: value.map(|(_, v)| v.lines(field, lang)),
                change_path: Some(path(&product.slug, &step.slug)),
            });
        }
    }
    rows
}

/// Whether a question applied, judged from the valid answers.
fn applies_in(answers: &Answers, step: &StepDef, field: &FieldDef) -> bool {
    let holds = |condition: &Option<Condition>| match condition {
        None => true,
        Some(c) => answers.0.iter().any(|(id, value)| {
            *id == c.field
                && match value {
                    Value::Choice(v) => c.is.contains(v),
                    Value::Choices(vs) => vs.iter().any(|v| c.is.contains(v)),
                    Value::YesNo(yes) => c.is.iter().any(|v| v == if *yes { "ja" } else { "nee" }),
                    _ => false,
                }
        }),
    };
    holds(&step.show_if) && holds(&field.show_if)
}

/// The email address the resident gave, for the receipt.
pub fn email_of(answers: &Answers) -> Option<String> {
    answers.0.iter().find_map(|(_, v)| match v {
        Value::Email(e) => Some(e.clone()),
        _ => None,
    })
}

/// Checks a form definition; each problem is `(field path, what is wrong)`.
pub fn check_definition(form: &FormDef) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    let mut wrong = |field: String, what: &str| problems.push((field, what.to_string()));
    let prefix = &form.reference_prefix;
    if prefix.len() != 2 || !prefix.bytes().all(|b| b.is_ascii_uppercase()) {
        wrong(
            "form.reference_prefix".into(),
            "two capital letters, like UB",
        );
    }
    if form.next.nl.trim().is_empty() || form.next.en.trim().is_empty() {
        wrong(
            "form.next".into(),
            "say what happens after sending, in both languages",
        );
    }
    if form.steps.is_empty() {
        wrong("form.steps".into(), "a form needs at least one step");
    }
    let slug_ok = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    let mut step_slugs = BTreeSet::new();
    let mut inputs = BTreeSet::new();
    // Fields of earlier steps: a condition may only look back.
    let mut earlier: BTreeMap<&str, &FieldDef> = BTreeMap::new();
    let mut pickups = 0;
    for (i, step) in form.steps.iter().enumerate() {
        let at = format!("form.steps[{i}]");
        if !slug_ok(&step.slug) {
            wrong(
                format!("{at}.slug"),
                "only small letters, digits and dashes",
            );
        }
        if RESERVED.contains(&step.slug.as_str()) {
            wrong(
                format!("{at}.slug"),
                "this address is used by the form's own pages",
            );
        }
        if !step_slugs.insert(step.slug.as_str()) {
            wrong(format!("{at}.slug"), "two steps have this slug");
        }
        check_text(&mut wrong, &format!("{at}.title"), Some(&step.title));
        if let Some(intro) = &step.intro {
            check_text(&mut wrong, &format!("{at}.intro"), Some(intro));
        }
        if step.fields.is_empty() {
            wrong(format!("{at}.fields"), "a step asks at least one question");
        }
        check_condition(
            &mut wrong,
            &format!("{at}.show_if"),
            &step.show_if,
            &earlier,
        );
        for (j, field) in step.fields.iter().enumerate() {
            let at = format!("{at}.fields[{j}]");
            if !slug_ok(&field.id) {
                wrong(format!("{at}.id"), "only small letters, digits and dashes");
            }
            for name in field.inputs() {
                if !inputs.insert(name.clone()) {
                    wrong(
                        format!("{at}.id"),
                        &format!("the input name `{name}` is used twice"),
                    );
                }
            }
            check_text(&mut wrong, &format!("{at}.label"), Some(&field.label));
            if let Some(short) = &field.short {
                check_text(&mut wrong, &format!("{at}.short"), Some(short));
            }
            if let Some(hint) = &field.hint {
                check_text(&mut wrong, &format!("{at}.hint"), Some(hint));
            }
            if field.optional && field.kind == Kind::Consent {
                wrong(
                    format!("{at}.optional"),
                    "consent is asked because it is needed",
                );
            }
            match (&field.empty, field.optional) {
                (None, false) => wrong(
                    format!("{at}.empty"),
                    "a required question says what to do when it is left empty",
                ),
                (Some(text), _) => check_text(&mut wrong, &format!("{at}.empty"), Some(text)),
                _ => {}
            }
            let has_options = matches!(field.kind, Kind::Radios | Kind::Checkboxes | Kind::Select);
            if has_options && field.options.len() < 2 {
                wrong(format!("{at}.options"), "give at least two options");
            }
            if !has_options && !field.options.is_empty() {
                wrong(
                    format!("{at}.options"),
                    "only radios, checkboxes and a select have options",
                );
            }
            if field.kind == Kind::Select && field.options.len() < 8 {
                wrong(
                    format!("{at}.kind"),
                    "a select is only for long lists (8 options or more); use radios",
                );
            }
            let mut values = BTreeSet::new();
            for (k, option) in field.options.iter().enumerate() {
                if !slug_ok(&option.value) || !values.insert(option.value.as_str()) {
                    wrong(
                        format!("{at}.options[{k}].value"),
                        "small letters, digits and dashes, once each",
                    );
                }
                if option.nl.trim().is_empty() || option.en.trim().is_empty() {
                    wrong(
                        format!("{at}.options[{k}]"),
                        "give the option in both languages",
                    );
                }
            }
            if field.max_chars.is_some() && !matches!(field.kind, Kind::Text | Kind::LongText) {
                wrong(format!("{at}.max_chars"), "only for text");
            }
            if field.max_chars.is_some_and(|m| m == 0 || m > MAX_RAW_CHARS) {
                wrong(
                    format!("{at}.max_chars"),
                    &format!("between 1 and {MAX_RAW_CHARS}"),
                );
            }
            if (field.min.is_some() || field.max.is_some())
                && !matches!(field.kind, Kind::Number | Kind::Amount)
            {
                wrong(format!("{at}.min"), "only for numbers and amounts");
            }
            if let (Some(min), Some(max)) = (field.min, field.max)
                && min > max
            {
                wrong(format!("{at}.min"), "is above max");
            }
            if field.min.is_some_and(|m| m < 0) {
                wrong(format!("{at}.min"), "cannot be below zero");
            }
            if field.max_rows.is_some() && field.kind != Kind::People {
                wrong(format!("{at}.max_rows"), "only for people");
            }
            if field
                .max_rows
                .is_some_and(|m| m == 0 || m > MAX_PEOPLE_ROWS)
            {
                wrong(
                    format!("{at}.max_rows"),
                    &format!("between 1 and {MAX_PEOPLE_ROWS}"),
                );
            }
            for (name, text, limit) in [
                ("too_early", &field.too_early, field.earliest_days),
                ("too_late", &field.too_late, field.latest_days),
            ] {
                if let Some(text) = text {
                    check_text(&mut wrong, &format!("{at}.{name}"), Some(text));
                    if field.kind != Kind::Date || limit.is_none() {
                        wrong(
                            format!("{at}.{name}"),
                            "only for a date with that limit (earliest_days, latest_days)",
                        );
                    }
                }
            }
            if field.unit.is_some() && field.kind != Kind::Number {
                wrong(format!("{at}.unit"), "only for numbers");
            }
            if (field.earliest_days.is_some() || field.latest_days.is_some())
                && !matches!(field.kind, Kind::Date | Kind::PickupDay)
            {
                wrong(format!("{at}.earliest_days"), "only for dates");
            }
            match (field.kind, field.per_day) {
                (Kind::PickupDay, None) => wrong(
                    format!("{at}.per_day"),
                    "say how many pickups one day takes",
                ),
                (Kind::PickupDay, Some(n)) if n < 1 => wrong(format!("{at}.per_day"), "at least 1"),
                (Kind::PickupDay, _) => {
                    pickups += 1;
                    if field.earliest_days.unwrap_or(1) < 1 {
                        wrong(
                            format!("{at}.earliest_days"),
                            "a pickup is planned from tomorrow",
                        );
                    }
                    if field.optional {
                        wrong(format!("{at}.optional"), "a pickup needs its day");
                    }
                }
                (_, Some(_)) => wrong(format!("{at}.per_day"), "only for pickup days"),
                (_, None) => {}
            }
            if let (Some(a), Some(b)) = (field.earliest_days, field.latest_days)
                && a > b
            {
                wrong(format!("{at}.earliest_days"), "is after latest_days");
            }
            if let Some(token) = &field.autocomplete
                && (!AUTOCOMPLETE.contains(&token.as_str()) || !matches!(field.kind, Kind::Text))
            {
                wrong(
                    format!("{at}.autocomplete"),
                    &format!("only for text, one of {}", AUTOCOMPLETE.join(", ")),
                );
            }
            check_condition(
                &mut wrong,
                &format!("{at}.show_if"),
                &field.show_if,
                &earlier,
            );
        }
        for field in &step.fields {
            earlier.insert(&field.id, field);
        }
    }
    if pickups > 1 {
        problems.push((
            "form.steps".into(),
            "at most one pickup day in a form".into(),
        ));
    }
    problems
}

/// The pickup day asked in these answers, with how many one day takes.
pub fn pickup_of(product: &Product, answers: &Answers) -> Option<(String, i64)> {
    let field = pickup_field(product)?;
    answers.0.iter().find_map(|(id, value)| match value {
        Value::Date(day) if *id == field.id => Some((day.clone(), field.per_day.unwrap_or(0))),
        _ => None,
    })
}

/// The step and field that ask a product's pickup day, if it has one.
pub fn pickup_step(product: &Product) -> Option<(&StepDef, &FieldDef)> {
    product.form.as_ref()?.steps.iter().find_map(|s| {
        s.fields
            .iter()
            .find(|f| f.kind == Kind::PickupDay)
            .map(|f| (s, f))
    })
}

/// The pickup field of a product, if it has one.
pub fn pickup_field(product: &Product) -> Option<&FieldDef> {
    pickup_step(product).map(|(_, field)| field)
}

fn check_text(wrong: &mut impl FnMut(String, &str), at: &str, text: Option<&Text>) {
    if let Some(text) = text
        && (text.nl.trim().is_empty() || text.en.trim().is_empty())
    {
        wrong(at.to_string(), "give it in both languages");
    }
}

fn check_condition(
    wrong: &mut impl FnMut(String, &str),
    at: &str,
    condition: &Option<Condition>,
    earlier: &BTreeMap<&str, &FieldDef>,
) {
    let Some(condition) = condition else {
        return;
    };
    let Some(field) = earlier.get(condition.field.as_str()) else {
        wrong(
            format!("{at}.field"),
            &format!("`{}` is not a question of an earlier step", condition.field),
        );
        return;
    };
    if !field.kind.is_choice() {
        wrong(
            format!("{at}.field"),
            "only a choice (yes/no, radios, checkboxes, select) can decide",
        );
        return;
    }
    if condition.is.is_empty() {
        wrong(format!("{at}.is"), "give the values that make it apply");
    }
    for value in &condition.is {
        let known = if field.kind == Kind::YesNo {
            value == "ja" || value == "nee"
        } else {
            field.options.iter().any(|o| o.value == *value)
        };
        if !known {
            wrong(
                format!("{at}.is"),
                &format!("`{value}` is not an option of `{}`", field.id),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::test_form as posted;

    /// A product that uses every kind of field, and a branch.
    const ALL_KINDS: &str = r#"
slug = "proef"
topic = "geld"
order = 1
channel = "online"
form_ready = true
[nl]
name = "Proef"
summary = "s"
intro = "i"
needs = ["n"]
duration = "d"
search = ["proef"]
[en]
name = "Trial"
summary = "s"
intro = "i"
needs = ["n"]
duration = "d"
search = ["trial"]
[form]
reference_prefix = "PR"
next = { nl = "Wij kijken ernaar.", en = "We look at it." }

[[form.steps]]
slug = "een"
title = { nl = "Een", en = "One" }
[[form.steps.fields]]
id = "naam"
kind = "text"
label = { nl = "Naam", en = "Name" }
empty = { nl = "Vul uw naam in", en = "Enter your name" }
max_chars = 10
[[form.steps.fields]]
id = "aantal"
kind = "number"
label = { nl = "Aantal", en = "Number" }
empty = { nl = "Vul het aantal in", en = "Enter the number" }
unit = { nl = "stuks", en = "items" }
min = 1
max = 5
[[form.steps.fields]]
id = "bedrag"
kind = "amount"
label = { nl = "Bedrag", en = "Amount" }
optional = true
max = 1000000
[[form.steps.fields]]
id = "kenteken"
kind = "licence_plate"
label = { nl = "Kenteken", en = "Plate" }
empty = { nl = "Vul het kenteken in", en = "Enter the plate" }

[[form.steps]]
slug = "twee"
title = { nl = "Twee", en = "Two" }
[[form.steps.fields]]
id = "kleur"
kind = "checkboxes"
label = { nl = "Kleur", en = "Colour" }
empty = { nl = "Kies een kleur", en = "Choose a colour" }
options = [
  { value = "rood", nl = "Rood", en = "Red" },
  { value = "blauw", nl = "Blauw", en = "Blue" },
]
[[form.steps.fields]]
id = "dag"
kind = "date"
label = { nl = "Dag", en = "Day" }
empty = { nl = "Vul de dag in", en = "Enter the day" }
earliest_days = 0
latest_days = 30
[[form.steps.fields]]
id = "akkoord"
kind = "consent"
label = { nl = "Ik ga akkoord", en = "I agree" }
empty = { nl = "Geef toestemming", en = "Give permission" }

[[form.steps]]
slug = "drie"
title = { nl = "Drie", en = "Three" }
show_if = { field = "kleur", is = ["blauw"] }
[[form.steps.fields]]
id = "adres"
kind = "address"
label = { nl = "Adres", en = "Address" }
empty = { nl = "Vul het adres in", en = "Enter the address" }
[[form.steps.fields]]
id = "uitleg"
kind = "long_text"
label = { nl = "Uitleg", en = "Explanation" }
optional = true
max_chars = 20

[[form.steps]]
slug = "vier"
title = { nl = "Vier", en = "Four" }
[[form.steps.fields]]
id = "email"
kind = "email"
label = { nl = "E-mailadres", en = "Email" }
optional = true
[[form.steps.fields]]
id = "vraag"
kind = "yes_no"
label = { nl = "Vraag", en = "Question" }
empty = { nl = "Kies ja of nee", en = "Choose yes or no" }
"#;

    fn product() -> Product {
        let product: Product = toml::from_str(ALL_KINDS).expect("the test product parses");
        let problems = check_definition(product.form.as_ref().expect("a form"));
        assert!(problems.is_empty(), "{problems:?}");
        product
    }

    fn today() -> Date {
        jiff::civil::date(2026, 11, 30)
    }

    fn step<'a>(product: &'a Product, slug: &str) -> &'a StepDef {
        product
            .form
            .as_ref()
            .and_then(|f| f.steps.iter().find(|s| s.slug == slug))
            .expect("step")
    }

    fn keys(draft: &FormDraft, step: &str) -> Vec<(String, String)> {
        draft.errors[step]
            .iter()
            .map(|e| (e.anchor.clone(), e.key.clone()))
            .collect()
    }

    const STEP_ONE: [(&str, &str); 4] = [
        ("naam", "Jan"),
        ("aantal", "3"),
        ("bedrag", "€ 1.250,50"),
        ("kenteken", "12abc3"),
    ];

    fn moved() -> &'static Product {
        crate::catalogue::by_slug("verhuizing").expect("the move is a product")
    }

    fn person(n: usize, name: &str, born: (&str, &str, &str)) -> Vec<(String, String)> {
        let at = |part: &str| format!("persoon-{n}-{part}");
        vec![
            (at("naam"), name.to_string()),
            (at("geboortedatum-dag"), born.0.to_string()),
            (at("geboortedatum-maand"), born.1.to_string()),
            (at("geboortedatum-jaar"), born.2.to_string()),
        ]
    }

    #[test]
    fn people_rows_are_added_checked_dropped_when_blank_and_forgotten() {
        let product = moved();
        let people = step(product, "personen");
        let mut draft = FormDraft::default();
        draft.apply(
            product,
            step(product, "meeverhuizers"),
            &posted(&[("meeverhuizers", "ja")]),
            today(),
            false,
        );
        let field = &people.fields[0];
        // "Nog iemand toevoegen" keeps the first row and adds an empty one.
        let mut form = person(1, "Ayşe Özdemir", ("3", "4", "2015"));
        form.push(("actie".into(), ADD_ROW.into()));
        assert_eq!(
            draft.apply(product, people, &form, today(), false),
            Outcome::Stay("personen".into())
        );
        let rows = draft.people_rows(field);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0][0], "Ayşe Özdemir");
        assert_eq!(rows[1], <[String; 4]>::default());
        // Not more rows than the file allows.
        for _ in 0..12 {
            let mut form: Vec<(String, String)> = (1..=draft.people_rows(field).len())
                .flat_map(|n| person(n, "", ("", "", "")))
                .collect();
            form.push(("actie".into(), ADD_ROW.into()));
            draft.apply(product, people, &form, today(), false);
        }
        assert_eq!(draft.people_rows(field).len(), 8);
        // Each wrong row is named; an empty row between them is dropped first.
        let mut form = person(1, "R2D2", ("1", "1", "2000"));
        form.extend(person(2, "", ("", "", "")));
        form.extend(person(3, "", ("1", "1", "1850")));
        form.extend(person(4, "Jan", ("1", "1", "2999")));
        assert_eq!(
            draft.apply(product, people, &form, today(), false),
            Outcome::Stay("personen".into())
        );
        assert_eq!(draft.people_rows(field).len(), 3, "the blank row is gone");
        assert_eq!(
            keys(&draft, "personen"),
            [
                ("persoon-1-naam", "name-characters"),
                ("persoon-2-naam", "form-error-person-name"),
                ("persoon-2-geboortedatum-dag", "form-error-birth-old"),
                ("persoon-3-geboortedatum-dag", "form-error-birth-future"),
            ]
            .map(|(a, k)| (a.to_string(), k.to_string()))
        );
        // Nobody filled in: the product's own message at the first name.
        draft.apply(
            product,
            people,
            &person(1, " ", ("", "", "")),
            today(),
            false,
        );
        assert_eq!(
            keys(&draft, "personen"),
            [(
                "persoon-1-naam".to_string(),
                "form:verhuizing:persoon".to_string()
            )]
        );
        let mut form = person(1, "Ayşe Özdemir", ("3", "4", "2015"));
        form.extend(person(2, "Joost van 't Hek", ("29", "2", "2012")));
        assert_eq!(
            draft.apply(product, people, &form, today(), false),
            Outcome::Next("contact".into())
        );
        let lines = match draft.check_field("verhuizing", field, today()) {
            Ok(Some(value)) => value.lines(field, Lang::Nl),
            other => panic!("{other:?}"),
        };
        assert_eq!(
            lines,
            [
                "Ayşe Özdemir, geboren op 3 april 2015",
                "Joost van 't Hek, geboren op 29 februari 2012"
            ]
        );
        // Nobody moves along after all: the names are not kept (AVG).
        draft.apply(
            product,
            step(product, "meeverhuizers"),
            &posted(&[("meeverhuizers", "nee")]),
            today(),
            false,
        );
        assert!(
            draft.raw.keys().all(|k| !k.starts_with("persoon-")),
            "{:?}",
            draft.raw
        );
    }

    #[test]
    fn a_product_can_word_its_own_date_limits() {
        let product = moved();
        let mut draft = FormDraft::default();
        let date = |days: i64| {
            let d = today().saturating_add(days.days());
            vec![
                ("verhuisdatum-dag".to_string(), d.day().to_string()),
                ("verhuisdatum-maand".to_string(), d.month().to_string()),
                ("verhuisdatum-jaar".to_string(), d.year().to_string()),
            ]
        };
        let datum = step(product, "datum");
        for (days, ok) in [(-6, false), (-5, true), (0, true), (28, true), (29, false)] {
            let outcome = draft.apply(product, datum, &date(days), today(), false);
            assert_eq!(outcome != Outcome::Stay("datum".into()), ok, "{days} days");
        }
        draft.apply(product, datum, &date(-6), today(), false);
        let error = &draft.errors["datum"][0];
        assert_eq!(error.key, "form:verhuizing:verhuisdatum:too_early");
        let message = error.message();
        assert_eq!(
            message,
            "Deze datum is meer dan 5 dagen geleden. Vul een datum in vanaf 25 november 2026. Bent u eerder verhuisd? Bel dan 14 0123"
        );
    }

    #[test]
    fn each_kind_refuses_what_it_cannot_use_and_keeps_it() {
        let product = product();
        let mut draft = FormDraft::default();
        let outcome = draft.apply(
            &product,
            step(&product, "een"),
            &posted(&[
                ("naam", "Jan Janssen de Vries"),
                ("aantal", "9"),
                ("bedrag", "12,345"),
                ("kenteken", "1-2AB-34"),
            ]),
            today(),
            false,
        );
        assert_eq!(outcome, Outcome::Stay("een".into()));
        assert_eq!(
            keys(&draft, "een"),
            [
                ("naam", "form-error-too-long"),
                ("aantal", "form-error-number-range"),
                ("bedrag", "form-error-amount"),
                ("kenteken", "plate-shape"),
            ]
            .map(|(a, k)| (a.to_string(), k.to_string()))
        );
        // Nothing typed is lost: the page shows it again.
        assert_eq!(draft.value("naam"), "Jan Janssen de Vries");

        let outcome = draft.apply(
            &product,
            step(&product, "een"),
            &posted(&[]),
            today(),
            false,
        );
        assert_eq!(outcome, Outcome::Stay("een".into()));
        // Empty required answers get the product file's message; optional ones none.
        assert_eq!(
            keys(&draft, "een"),
            [
                ("naam", "form:proef:naam"),
                ("aantal", "form:proef:aantal"),
                ("kenteken", "form:proef:kenteken"),
            ]
            .map(|(a, k)| (a.to_string(), k.to_string()))
        );

        let outcome = draft.apply(
            &product,
            step(&product, "twee"),
            &posted(&[
                ("kleur", "groen"),
                ("dag-dag", "1"),
                ("dag-maand", "1"),
                ("dag-jaar", "2027"),
            ]),
            today(),
            false,
        );
        assert_eq!(outcome, Outcome::Stay("twee".into()));
        assert_eq!(
            keys(&draft, "twee"),
            [
                ("kleur", "form:proef:kleur"),
                ("dag-dag", "form-error-date-after"),
                ("akkoord", "form:proef:akkoord"),
            ]
            .map(|(a, k)| (a.to_string(), k.to_string()))
        );
    }

    #[test]
    fn branching_asks_only_what_applies_and_forgets_the_rest() {
        let product = product();
        let form = product.form.as_ref().expect("form");
        let mut draft = FormDraft::default();
        assert_eq!(
            draft.apply(
                &product,
                step(&product, "een"),
                &posted(&STEP_ONE),
                today(),
                false
            ),
            Outcome::Next("twee".into())
        );
        let two = |colour: &'static str| {
            posted(&[
                ("kleur", colour),
                ("dag-dag", "5"),
                ("dag-maand", "12"),
                ("dag-jaar", "2026"),
                ("akkoord", "ja"),
            ])
        };
        assert_eq!(
            draft.apply(
                &product,
                step(&product, "twee"),
                &two("blauw"),
                today(),
                false
            ),
            Outcome::Next("drie".into())
        );
        assert_eq!(
            draft.apply(
                &product,
                step(&product, "drie"),
                &posted(&[("adres-postcode", "1234ab"), ("adres-huisnummer", "12")]),
                today(),
                false
            ),
            Outcome::Next("vier".into())
        );
        assert_eq!(
            draft.apply(
                &product,
                step(&product, "vier"),
                &posted(&[("vraag", "nee")]),
                today(),
                false
            ),
            Outcome::Check
        );
        let answers = draft.to_answers(&product, today()).expect("complete");
        let rows = summary(&product, &answers, Lang::Nl);
        let questions: Vec<&str> = rows.iter().map(|r| r.question.as_str()).collect();
        assert_eq!(
            questions,
            [
                "Naam",
                "Aantal",
                "Bedrag",
                "Kenteken",
                "Kleur",
                "Dag",
                "Akkoord",
                "Adres",
                "Uitleg",
                "E-mailadres",
                "Vraag"
            ]
            .map(|q| if q == "Akkoord" { "Ik ga akkoord" } else { q })
        );
        let answer = |q: &str| {
            rows.iter()
                .find(|r| r.question == q)
                .and_then(|r| r.answer.clone())
        };
        assert_eq!(answer("Bedrag"), Some(vec!["€ 1.250,50".to_string()]));
        assert_eq!(answer("Kenteken"), Some(vec!["12-ABC-3".to_string()]));
        assert_eq!(answer("Aantal"), Some(vec!["3 stuks".to_string()]));
        assert_eq!(
            answer("Adres"),
            Some(vec!["1234 AB".to_string(), "12".to_string()])
        );
        assert_eq!(
            answer("Uitleg"),
            None,
            "an optional answer left empty has a row"
        );
        assert_eq!(rows[0].change_path.as_deref(), Some("/producten/proef/een"));

        // Red instead of blue: step three no longer applies; its answers are gone.
        assert_eq!(
            draft.apply(
                &product,
                step(&product, "twee"),
                &two("rood"),
                today(),
                true
            ),
            Outcome::Check
        );
        assert!(!draft.steps(form).iter().any(|s| s.slug == "drie"));
        assert!(!draft.raw.contains_key("adres-postcode"), "{:?}", draft.raw);
        let answers = draft.to_answers(&product, today()).expect("complete");
        let rows = summary(&product, &answers, Lang::En);
        assert!(
            !rows
                .iter()
                .any(|r| r.question == "Address" || r.question == "Explanation")
        );
        assert_eq!(
            rows.iter()
                .find(|r| r.question == "Colour")
                .and_then(|r| r.answer.clone()),
            Some(vec!["Red".to_string()])
        );

        // Blue again: step three is asked again, never skipped.
        assert_eq!(
            draft.apply(
                &product,
                step(&product, "twee"),
                &two("blauw"),
                today(),
                true
            ),
            Outcome::Next("drie".into())
        );
        assert_eq!(draft.to_answers(&product, today()), Err("drie".to_string()));
    }

    #[test]
    fn a_date_that_was_valid_can_expire() {
        let product = product();
        let mut draft = FormDraft::default();
        draft.apply(
            &product,
            step(&product, "een"),
            &posted(&STEP_ONE),
            today(),
            false,
        );
        draft.apply(
            &product,
            step(&product, "twee"),
            &posted(&[
                ("kleur", "rood"),
                ("dag-dag", "1"),
                ("dag-maand", "12"),
                ("dag-jaar", "2026"),
                ("akkoord", "ja"),
            ]),
            today(),
            false,
        );
        draft.apply(
            &product,
            step(&product, "vier"),
            &posted(&[("vraag", "ja")]),
            today(),
            false,
        );
        assert!(draft.to_answers(&product, today()).is_ok());
        let later = jiff::civil::date(2026, 12, 2);
        assert_eq!(draft.to_answers(&product, later), Err("twee".to_string()));
        assert_eq!(
            draft.first_open_step(&product, later),
            Some("twee".to_string())
        );
    }

    #[test]
    fn amounts_as_people_type_them() {
        let cases = [
            ("12", Some(1200)),
            ("12,5", Some(1250)),
            ("12,50", Some(1250)),
            ("€ 1.250,50", Some(125_050)),
            ("€1.250", Some(125_000)),
            ("1.250", Some(125_000)),
            ("12.50", Some(1250)),
            ("€1,250.50", Some(125_050)),
            ("1,000.5", Some(100_050)),
            ("0", Some(0)),
            ("", None),
            ("12,505", None),
            ("-5", None),
            ("twaalf", None),
            ("1,2,3", None),
            ("99999999999999999", None),
        ];
        for (raw, want) in cases {
            assert_eq!(parse_cents(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn wrong_definitions_are_named() {
        let broken = [
            (
                r#"show_if = { field = "kleur", is = ["blauw"] }"#,
                r#"show_if = { field = "email", is = ["ja"] }"#,
                "form.steps[2].show_if.field",
            ),
            (
                r#"show_if = { field = "kleur", is = ["blauw"] }"#,
                r#"show_if = { field = "kleur", is = ["paars"] }"#,
                "form.steps[2].show_if.is",
            ),
            (
                r#"kind = "checkboxes""#,
                r#"kind = "select""#,
                "form.steps[1].fields[0].kind",
            ),
            (
                r#"slug = "vier""#,
                r#"slug = "controleren""#,
                "form.steps[3].slug",
            ),
            (
                r#"id = "uitleg""#,
                r#"id = "adres-postcode""#,
                "form.steps[2].fields[1].id",
            ),
            (
                "empty = { nl = \"Geef toestemming\", en = \"Give permission\" }",
                "optional = true",
                "form.steps[1].fields[2].optional",
            ),
            (
                "empty = { nl = \"Vul de dag in\", en = \"Enter the day\" }",
                "",
                "form.steps[1].fields[1].empty",
            ),
            (
                r#"reference_prefix = "PR""#,
                r#"reference_prefix = "pr1""#,
                "form.reference_prefix",
            ),
            (
                r#"max_chars = 10"#,
                r#"max_chars = 10
unit = { nl = "x", en = "x" }"#,
                "form.steps[0].fields[0].unit",
            ),
            (
                r#"max_chars = 10"#,
                r#"max_chars = 10
max_rows = 3"#,
                "form.steps[0].fields[0].max_rows",
            ),
            (
                "latest_days = 30",
                "latest_days = 30\ntoo_early = { nl = \"Te vroeg\", en = \"\" }",
                "form.steps[1].fields[1].too_early",
            ),
            (
                "latest_days = 30",
                "too_late = { nl = \"Te laat: {date}\", en = \"Too late: {date}\" }",
                "form.steps[1].fields[1].too_late",
            ),
        ];
        for (from, to, field) in broken {
            assert!(ALL_KINDS.contains(from), "{from}");
            let text = ALL_KINDS.replacen(from, to, 1);
            let product: Product = toml::from_str(&text).expect("still TOML");
            let problems = check_definition(product.form.as_ref().expect("form"));
            assert!(
                problems.iter().any(|(f, _)| f == field),
                "{to}: expected a problem at {field}, got {problems:?}"
            );
        }
    }

    #[test]
    fn optional_questions_say_so() {
        let product = product();
        let field = &step(&product, "een").fields[2];
        assert_eq!(field.label_in(Lang::Nl), "Bedrag (optioneel)");
        assert_eq!(field.label_in(Lang::En), "Amount (optional)");
    }
}
