//! The valid answers (`Value`, `Answers`) as stored with a submission (what the
//! staff side will read), their summary for "check your answers", the
//! confirmation and the copy, and the small readers of answers.

use serde::{Deserialize, Serialize};

use crate::domain::{CalendarDate, PhoneNumber};
use crate::form::*;
use crate::i18n::{Lang, euros, number, t_args_in, t_in};
use crate::journey::SummaryRow;

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
                    .map(|d| crate::i18n::weekday_and_date_in(lang, d.date()))
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

/// The valid answers, in the order asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers(pub Vec<(String, Value)>);

pub(crate) fn find_field<'a>(form: &'a FormDef, id: &str) -> Option<(&'a StepDef, &'a FieldDef)> {
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
pub fn summary(
    product: &(impl FormOwner + ?Sized),
    answers: &Answers,
    lang: Lang,
) -> Vec<SummaryRow> {
    let Some(form) = product.form_def() else {
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
                change_path: Some(path(product.slug(), &step.slug)),
            });
        }
    }
    rows
}

/// Whether a question applied, judged from the valid answers.
pub(crate) fn applies_in(answers: &Answers, step: &StepDef, field: &FieldDef) -> bool {
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
