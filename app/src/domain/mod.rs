//! Validated domain types: the only way in is a parse function that returns a
//! plain-language error the resident can act on (a key in the translation files).

mod calendar_date;
mod email;
mod house_number;
mod licence_plate;
mod local_path;
pub mod person_key;
mod person_name;
mod phone;
mod postcode;
#[cfg(test)]
mod properties;
pub mod reference;
mod request_status;
pub mod working_days;
pub mod working_hours;

pub use calendar_date::{CalendarDate, DateError, DateField};
pub use email::Email;
pub use house_number::{Addition, HouseNumber};
pub use licence_plate::LicencePlate;
pub use local_path::LocalPath;
pub use person_name::PersonName;
pub use phone::PhoneNumber;
pub use postcode::Postcode;
pub use reference::{ALPHABET as REFERENCE_ALPHABET, Reference};
pub use request_status::RequestStatus;

/// Longest raw value we look at; anything longer is refused before parsing.
pub const MAX_FIELD_CHARS: usize = 200;

/// The key of a message for the resident saying how to fix the answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidInput(pub &'static str);

impl std::fmt::Display for InvalidInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for InvalidInput {}

/// Trims and collapses runs of white space, so that `" 1234  AB "` and
/// `"1234 AB"` are the same answer.
pub(crate) fn squash_spaces(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}
