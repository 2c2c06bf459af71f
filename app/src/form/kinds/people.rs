//! Rows of people (name and date of birth): added, checked, dropped.

use jiff::civil::Date;

use crate::domain::{CalendarDate, DateError};
use crate::form::*;
use crate::journey::{FieldError, MessageArg};

impl FormDraft {
    pub(crate) fn check_people(
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
}
