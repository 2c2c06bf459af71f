//! The kinds with one input: text, long text, number, amount, e-mail, phone,
//! licence plate, yes/no, photos, the pickup day.

use jiff::civil::Date;

use crate::domain::{Email, LicencePlate, PhoneNumber};
use crate::form::*;
use crate::journey::{FieldError, MessageArg};

impl FormDraft {
    /// Kinds with one input.
    pub(crate) fn check_single(
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
}
