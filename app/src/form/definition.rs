//! A form as its product file defines it: steps, fields and their kinds, the
//! choices, the conditions under which a step or field applies, the texts in
//! both languages, and the messages a product gives itself.

use jiff::ToSpan;
use jiff::civil::Date;
use serde::Deserialize;

use crate::form::*;
use crate::i18n::{Lang, t_in};
use crate::journey::{FieldError, date_input_id};

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
    pub(crate) fn is_choice(self) -> bool {
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
    pub(crate) fn empty_error(&self, product: &str, anchor: &str) -> FieldError {
        FieldError::single(anchor, format!("form:{product}:{}", self.id))
    }
}
