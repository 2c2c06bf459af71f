//! A Dutch address: postcode, house number and addition.

use crate::domain::{Addition, HouseNumber, Postcode};
use crate::form::*;
use crate::journey::FieldError;

impl FormDraft {
    pub(crate) fn check_address(
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
}
