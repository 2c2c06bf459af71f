//! What the server found out about a request before rendering it (the draft,
//! today's date, a submission), handed to the pages through request extensions.

use jiff::civil::Date;

use crate::move_journey::{MoveDraft, StoredMove};

/// A submission as the confirmation page shows it.
#[derive(Clone, Debug)]
pub struct SubmissionView {
    pub reference: String,
    /// "28 november 2026 om 13.45 uur".
    pub received_at: String,
    pub answers: StoredMove,
}

#[derive(Clone, Debug)]
pub struct PageContext {
    pub draft: MoveDraft,
    /// Today in Europe/Amsterdam.
    pub today: Date,
    pub submission: Option<SubmissionView>,
}

impl Default for PageContext {
    fn default() -> Self {
        Self {
            draft: MoveDraft::default(),
            today: Date::constant(2026, 1, 1),
            submission: None,
        }
    }
}

/// The context the server attached to this request; empty outside a request.
pub fn page_context() -> PageContext {
    #[cfg(feature = "ssr")]
    {
        use leptos::prelude::use_context;
        use_context::<http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<PageContext>().cloned())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        PageContext::default()
    }
}

/// Sets the HTTP status of the page being rendered.
pub fn set_status(code: u16) {
    #[cfg(feature = "ssr")]
    {
        if let (Some(options), Ok(status)) = (
            leptos::prelude::use_context::<leptos_axum::ResponseOptions>(),
            http::StatusCode::from_u16(code),
        ) {
            options.set_status(status);
        }
    }
    #[cfg(not(feature = "ssr"))]
    let _ = code;
}
