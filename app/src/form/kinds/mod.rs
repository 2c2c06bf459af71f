//! Parsing each kind of field into a typed value, one file per kind or family
//! (`single`: the kinds with one input; `choices`; `people`; `address`;
//! `date`), each an `impl FormDraft` block. `check_field` picks the kind.

mod address;
mod choices;
mod date;
mod people;
mod single;

use jiff::civil::Date;

use crate::form::*;
use crate::journey::{FieldError, MessageArg};

impl FormDraft {
    /// One field's answer as a typed value: `None` when an optional one is empty.
    pub(crate) fn check_field(
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
}
