//! Reusable page parts, one per file, each with its CSS block in `style/`
//! under the same name (`lk-` prefix, flat BEM).

mod assisted_banner;
mod cached;
mod character_count;
mod checkbox;
mod date_input;
mod description;
mod display_switch;
mod error_summary;
mod help_block;
mod helper_note;
mod history;
mod island_loader;
mod layout;
mod radios;
mod read_aloud;
mod sent;
mod summary_list;
mod survey_invite;
mod text_input;
mod textarea;

pub use assisted_banner::AssistedBanner;
pub use cached::cached;
pub use character_count::{CharacterCount, CharacterCounts};
pub use checkbox::Checkbox;
pub use date_input::DateInput;
pub use description::Description;
pub use display_switch::DisplayBar;
pub use error_summary::ErrorSummary;
pub use help_block::HelpBlock;
pub use helper_note::HelperNote;
pub use history::History;
pub use island_loader::IslandLoader;
pub use layout::Layout;
pub use radios::{RadioOption, Radios};
pub use read_aloud::ReadAloud;
pub use sent::{SentCopy, SentPanel};
pub use summary_list::SummaryList;
pub use survey_invite::SurveyInvite;
pub use text_input::TextInput;
pub use textarea::Textarea;

use leptos::prelude::*;

use crate::journey::FieldError;

/// The error for a field or group, if the last post found one.
pub fn error_for(errors: &[FieldError], field: &str) -> Option<FieldError> {
    errors.iter().find(|e| e.field == field).cloned()
}

/// The class of a form group, marked when its answer has an error.
/// The `autocomplete` token of a field: none of the browser's suggestions
/// in the assisted mode, where the PC is shared and what it remembers is
/// someone else's (`off`), else the field's own.
pub(crate) fn autocomplete_here(token: Option<&'static str>) -> Option<&'static str> {
    if crate::page_context::page_context().assisted.is_some() {
        Some("off")
    } else {
        token
    }
}

pub(crate) fn group_class(has_error: bool) -> &'static str {
    if has_error {
        "lk-form-group lk-form-group--error"
    } else {
        "lk-form-group"
    }
}

/// The message at a field, with the hidden "Fout:" that screen readers announce first.
#[component]
pub(crate) fn ErrorMessage(id: Option<String>, message: Option<String>) -> impl IntoView {
    message.map(|m| {
        view! {
            <p id=id class="lk-error-message">
                <span class="lk-visually-hidden">{crate::i18n::t("error-prefix")}" "</span>{m}
            </p>
        }
    })
}

/// `aria-describedby` from the ids that exist, or nothing at all.
pub(crate) fn described_by(ids: &[Option<String>]) -> Option<String> {
    let joined = ids.iter().flatten().cloned().collect::<Vec<_>>().join(" ");
    (!joined.is_empty()).then_some(joined)
}

/// A field's label; when it is the page's only question, inside the page heading.
pub(crate) fn label_or_heading(id: &str, label: String, heading: bool) -> AnyView {
    let label_view = view! { <label class="lk-label" for=id.to_string()>{label}</label> };
    if heading {
        view! { <h1 class="lk-heading-l lk-label-wrapper">{label_view}</h1> }.into_any()
    } else {
        label_view.into_any()
    }
}
