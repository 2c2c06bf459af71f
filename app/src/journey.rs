//! What every journey shares: a problem with an answer (`FieldError`) worded
//! at render time, a line of "check your answers" (`SummaryRow`), and reading
//! a posted form.

use serde::{Deserialize, Serialize};

use crate::domain::{DateError, DateField, Email, MAX_FIELD_CHARS};

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

/// The first value posted (or in a query) under `name`, as sent.
pub fn posted<'a>(form: &'a [(String, String)], name: &str) -> Option<&'a str> {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

pub(crate) fn field(form: &[(String, String)], name: &str) -> String {
    posted(form, name)
        .unwrap_or("")
        .chars()
        .take(MAX_FIELD_CHARS)
        .collect()
}

/// One line of "check your answers" and of the copy (afschrift).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryRow {
    pub question: String,
    /// Each line of the answer; `None` for an optional answer left empty.
    pub answer: Option<Vec<String>>,
    /// The question page to change it on; none where it cannot be changed here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_path: Option<String>,
}
