//! What the server found out about a request before rendering it (the draft,
//! today's date, a submission), handed to the pages through request extensions.

use jiff::civil::Date;

use crate::accessibility::ReportDraft;
use crate::callback::{CallbackDraft, Slot};
use crate::visit::{FreeDay, VisitDraft, VisitView};

/// What the pages of a counter visit need, found by the server.
#[derive(Clone, Debug, Default)]
pub struct VisitContext {
    pub draft: VisitDraft,
    /// Days with room, for the day page.
    pub free_days: Vec<FreeDay>,
    /// Free start times on the chosen day, for the time page.
    pub free_times: Vec<u16>,
    /// Sent back with the check page so a double click books once.
    pub nonce: String,
    /// The booked visit behind a secret link.
    pub view: Option<VisitView>,
    /// The resident has answers in a form that could go along (with consent).
    pub can_share_answers: bool,
}

/// The "Bel mij terug" form as the server prepared it.
#[derive(Clone, Debug, Default)]
pub struct CallbackForm {
    pub draft: CallbackDraft,
    pub slots: Vec<Slot>,
    /// Sent back with the form so a double click makes one request.
    pub nonce: String,
    /// The resident has answers in a form that could go along (with consent).
    pub can_share_answers: bool,
}

/// The accessibility report form as the server prepared it.
#[derive(Clone, Debug, Default)]
pub struct ReportForm {
    pub draft: ReportDraft,
    /// Sent back with the form so a double click makes one report.
    pub nonce: String,
}

/// What the pages of a product form need, found by the server.
#[derive(Clone, Debug, Default)]
pub struct FormContext {
    pub draft: crate::form::FormDraft,
    pub submission: Option<FormSubmissionView>,
    /// Pickup days with room and how many places are left, for a pickup question.
    pub pickup_days: Vec<(Date, i64)>,
    /// After "Opslaan en later verder": the code, until when it is kept, and
    /// where the link went.
    pub saved: Option<SavedView>,
}

#[derive(Clone, Debug)]
pub struct SavedView {
    /// "7KQ4 M2XD".
    pub code: String,
    pub until: Date,
    pub mailed_to: Option<String>,
}

/// A sent product form, as its confirmation page shows it.
#[derive(Clone, Debug)]
pub struct FormSubmissionView {
    pub reference: String,
    pub received_at: jiff::Zoned,
    /// The copy in the page's language, as confirmed when it was sent.
    pub summary: Vec<crate::journey::SummaryRow>,
    /// Where the receipt went, if the resident gave an address.
    pub email: Option<String>,
    /// "Mijn aanvraag": the secret link to the status of this request.
    pub status_path: Option<String>,
    /// The satisfaction question for this request.
    pub survey_path: Option<String>,
}

/// A request's status and history, as its secret link shows it ("Mijn aanvraag").
#[derive(Clone, Debug)]
pub struct RequestStatusView {
    pub reference: String,
    /// The product's slug, for its name in the page's language.
    pub product: String,
    pub status: crate::domain::RequestStatus,
    /// Every change, oldest first: when, the status, and what staff told the resident.
    pub history: Vec<(jiff::Zoned, crate::domain::RequestStatus, Option<String>)>,
    /// Who at the municipality looked at it, newest first: when, team and role, never a name.
    pub looked: Vec<(jiff::Zoned, String, crate::staff::roles::Role)>,
    /// While it waits for the resident: what is missing, and the secret link to add it.
    pub addition: Option<(String, String)>,
    /// The addition page after a problem: the key of its message.
    pub addition_error: Option<String>,
    /// What was typed on the addition page before a problem.
    pub addition_text: String,
    /// An addition just came in (after the redirect from the addition page).
    pub added: bool,
}

/// A callback request as its secret link shows it.
#[derive(Clone, Debug)]
pub struct CallbackView {
    pub reference: String,
    pub token: String,
    pub name: String,
    pub phone: String,
    pub topic: String,
    pub slot: crate::callback::Slot,
    pub due: jiff::civil::Date,
    pub note: Option<String>,
    pub shared_answers: bool,
    pub cancelled: bool,
    /// The satisfaction question for this request.
    pub survey_path: Option<String>,
}

#[derive(Clone, Debug)]
pub struct PageContext {
    /// Today in Europe/Amsterdam.
    pub today: Date,
    pub callback_form: Option<CallbackForm>,
    pub callback_view: Option<CallbackView>,
    pub visit: Option<VisitContext>,
    pub report: Option<ReportForm>,
    pub form: Option<FormContext>,
    pub request_status: Option<RequestStatusView>,
    /// A staff page: who is signed in and what the page shows.
    pub staff: Option<Box<crate::staff::context::StaffContext>>,
    /// The waiting-room screen of a location.
    pub waiting_room: Option<crate::staff::counter_views::WaitingRoomView>,
    /// The satisfaction question of one contact.
    pub survey: Option<crate::satisfaction::SurveyView>,
    /// The inwonerpanel's pages.
    pub panel: Option<crate::panel::PanelView>,
    /// Helped at the library: who helps (every page of the mode).
    pub assisted: Option<crate::assisted::Assisted>,
    /// The pages of the assisted mode itself (`/hulp/...`).
    pub help: Option<crate::assisted::HelpPage>,
}

impl Default for PageContext {
    fn default() -> Self {
        Self {
            today: Date::constant(2026, 1, 1),
            callback_form: None,
            callback_view: None,
            visit: None,
            report: None,
            form: None,
            request_status: None,
            staff: None,
            waiting_room: None,
            survey: None,
            panel: None,
            assisted: None,
            help: None,
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

/// The path of the page being rendered, for the help block's links; none outside a request.
pub fn request_path() -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::use_context::<http::request::Parts>()
            .map(|parts| parts.uri.path().to_string())
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

/// The path and query of the page being rendered ("/afspraak/tijd?terug=controleren").
pub fn request_path_and_query() -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::use_context::<http::request::Parts>().map(|parts| {
            parts
                .uri
                .path_and_query()
                .map(|p| p.as_str().to_string())
                .unwrap_or_else(|| parts.uri.path().to_string())
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
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
