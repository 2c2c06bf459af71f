//! Reusable page parts, one per file, each with its CSS block in `style/`
//! under the same name (`lk-` prefix, flat BEM).

mod checkbox;
mod date_input;
mod error_summary;
mod help_block;
mod layout;
mod radios;
mod summary_list;
mod text_input;
mod textarea;

pub use checkbox::Checkbox;
pub use date_input::DateInput;
pub use error_summary::ErrorSummary;
pub use help_block::HelpBlock;
pub use layout::Layout;
pub use radios::{RadioOption, Radios};
pub use summary_list::SummaryList;
pub use text_input::TextInput;
pub use textarea::Textarea;

use crate::move_journey::FieldError;

/// The error for a field or group, if the last post found one.
pub fn error_for(errors: &[FieldError], field: &str) -> Option<FieldError> {
    errors.iter().find(|e| e.field == field).cloned()
}

/// `aria-describedby` from the ids that exist, or nothing at all.
pub(crate) fn described_by(ids: &[Option<String>]) -> Option<String> {
    let joined = ids.iter().flatten().cloned().collect::<Vec<_>>().join(" ");
    (!joined.is_empty()).then_some(joined)
}
