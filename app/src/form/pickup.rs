//! The pickup day a form asks (bulky waste): which field asks it, and the day
//! and daily capacity in the answers.

use crate::form::*;

/// The pickup day asked in these answers, with how many one day takes.
pub fn pickup_of(product: &(impl FormOwner + ?Sized), answers: &Answers) -> Option<(String, i64)> {
    let field = pickup_field(product)?;
    answers.0.iter().find_map(|(id, value)| match value {
        Value::Date(day) if *id == field.id => Some((day.clone(), field.per_day.unwrap_or(0))),
        _ => None,
    })
}

/// The step and field that ask a product's pickup day, if it has one.
pub fn pickup_step(product: &(impl FormOwner + ?Sized)) -> Option<(&StepDef, &FieldDef)> {
    product.form_def()?.steps.iter().find_map(|s| {
        s.fields
            .iter()
            .find(|f| f.kind == Kind::PickupDay)
            .map(|f| (s, f))
    })
}

/// The pickup field of a product, if it has one.
pub fn pickup_field(product: &(impl FormOwner + ?Sized)) -> Option<&FieldDef> {
    pickup_step(product).map(|(_, field)| field)
}
