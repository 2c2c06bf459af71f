//! The form engine. A product's questions are data in its product file
//! (`[form]`, `[[form.steps]]`, `[[form.steps.fields]]`): steps, fields, their
//! kinds and rules, and when a step or field applies. This module keeps the raw
//! answers of a draft, turns them into typed values at the boundary, decides
//! where the resident goes next, and builds the summary for "check your
//! answers", the confirmation and the copy. The pages render from it; the
//! server stores what it returns. Adding a routine product adds one file.
//!
//! Where things live: `definition` (what a product file says), `draft` (the
//! raw answers and where to go next), `kinds/` (parsing each kind of field),
//! `answers` (the typed answers and their summary), `check_definition` (the
//! product file checker), `pickup` (the pickup day of bulky waste).

mod answers;
mod check_definition;
mod definition;
mod draft;
mod handover;
mod kinds;
mod pickup;
mod registrar;
#[cfg(test)]
mod tests;

pub use answers::*;
pub use check_definition::*;
pub use definition::*;
pub use draft::*;
pub use handover::handed_over;
pub use pickup::*;
pub use registrar::Registrar;

/// Where the products and their forms live.
pub const BASE: &str = "/producten";

/// What the engine needs of a product: its slug (in paths and message keys)
/// and its form. The catalogue's `Product` is one; the engine does not know
/// the catalogue, so the two do not import each other.
pub trait FormOwner {
    fn slug(&self) -> &str;
    fn form_def(&self) -> Option<&FormDef>;
}

/// Step slugs the engine uses for its own pages.
pub const CHECK: &str = "controleren";
pub const CONFIRMATION: &str = "bevestiging";
pub const COPY: &str = "kopie";
pub const SAVED: &str = "opgeslagen";
pub(crate) const RESERVED: [&str; 4] = [CHECK, CONFIRMATION, COPY, SAVED];
/// Where a saved form is picked up again.
pub const RESUME_PATH: &str = "/verder";
/// Longest raw value kept of one input; the body limit bounds the rest.
pub(crate) const MAX_RAW_CHARS: usize = 5000;
/// Most values kept for one name (checkboxes).
pub(crate) const MAX_VALUES: usize = 50;
pub const DEFAULT_TEXT_CHARS: usize = 200;
/// Rows of a people question when its file does not say.
pub const DEFAULT_PEOPLE_ROWS: usize = 8;
/// The most rows a people question may have.
pub(crate) const MAX_PEOPLE_ROWS: usize = 20;
/// The value of the button that adds a row to a people question.
pub const ADD_ROW: &str = "toevoegen";
/// The parts of one person of a people question, in the order shown.
pub(crate) const PERSON_PARTS: [&str; 4] = [
    "naam",
    "geboortedatum-dag",
    "geboortedatum-maand",
    "geboortedatum-jaar",
];
pub const DEFAULT_LONG_TEXT_CHARS: usize = 1000;
/// Autocomplete tokens a product file may use.
pub(crate) const AUTOCOMPLETE: [&str; 6] = [
    "name",
    "given-name",
    "family-name",
    "street-address",
    "organization",
    "bday",
];

/// The address of a page of this product's form.
pub fn path(product: &str, page: &str) -> String {
    format!("{BASE}/{product}/{page}")
}
