//! The words of a problem with an answer, chosen when the page renders, in
//! that moment's language: the translation files' message, or the product
//! file's own (`form:<product>:<field>`). It sits above the journeys and the
//! catalogue, so that `journey` (which every journey uses) needs neither.

use crate::domain::CalendarDate;
use crate::i18n::Lang;
use crate::journey::{FieldError, MessageArg};

/// A message that is put into words at render time.
pub trait Worded {
    /// The message in the language of the page being rendered.
    fn message(&self) -> String;
}

impl Worded for FieldError {
    fn message(&self) -> String {
        let lang = crate::i18n::current();
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
                            .map(|m| crate::i18n::clock_in(lang, *m))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                };
                (name.as_str(), value)
            })
            .collect();
        // A product file's own message; `{date}` in it becomes the date.
        if let Some(mut text) = custom_message(&self.key, lang) {
            for (name, value) in &args {
                if let crate::i18n::Arg::Text(value) = value {
                    text = text.replace(&format!("{{{name}}}"), value);
                }
            }
            return text;
        }
        crate::i18n::t_args_in(lang, &self.key, &args)
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
