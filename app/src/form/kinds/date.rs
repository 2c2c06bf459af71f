//! A date in three inputs, within the product's limits.

use jiff::ToSpan;
use jiff::civil::Date;

use crate::domain::{CalendarDate, DateError};
use crate::form::*;
use crate::journey::{FieldError, MessageArg};

impl FormDraft {
    pub(crate) fn check_date(
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
