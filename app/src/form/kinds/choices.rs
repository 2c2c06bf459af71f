//! Radios and checkboxes: every value one of the choices.

use crate::form::*;
use crate::journey::FieldError;

impl FormDraft {
    pub(crate) fn check_choices(
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
}
