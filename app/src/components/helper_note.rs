//! Helped at the library: on "bel mij terug" and "afspraak aan de balie",
//! the volunteer may leave a short note for the staff member who takes it
//! over (what was tried, where it got stuck). Only in the mode; it asks
//! nothing about the volunteer beyond what the banner already says.

use leptos::prelude::*;

use super::Textarea;
use crate::callback::MAX_NOTE_CHARS;
use crate::i18n::{t, t_args};

#[component]
pub fn HelperNote(#[prop(into)] value: String) -> impl IntoView {
    let assisted = crate::page_context::page_context()
        .assisted
        .filter(|a| a.agreed)?;
    let hint = t_args(
        "help-note-hint",
        &[
            ("helper", assisted.helper.into()),
            ("max", MAX_NOTE_CHARS.into()),
        ],
    );
    Some(view! { <Textarea id="notitie-vrijwilliger" label=t("help-note") hint=hint value=value/> })
}
