//! What the server found out before a staff page renders: who is signed in,
//! and the page's own data. Handed over in [`crate::page_context::PageContext`].

use crate::domain::RequestStatus;
use crate::staff::roles::Role;

/// The signed-in staff member, as the pages show them.
#[derive(Clone, Debug)]
pub struct StaffUser {
    pub name: String,
    pub role: Role,
    pub team: String,
}

/// The data of one staff page.
#[derive(Clone, Debug)]
pub enum StaffPage {
    SignIn(SignInView),
    Start,
    WorkList(WorkListView),
    Request(Box<RequestDetailView>),
    AccessLog(AccessLogView),
    Reports(Vec<ReportRow>),
    Report(Box<ReportDetailView>),
    CallbackQueue(super::callback_views::CallbackQueueView),
    Callback(Box<super::callback_views::CallbackDetailView>),
    Contact(super::contact_form::ContactView),
    Search(super::search_views::SearchView),
    Counter(Box<super::counter_views::CounterDayView>),
    Opening(Box<super::opening_views::OpeningView>),
    Satisfaction(Box<super::satisfaction_views::SatisfactionReportView>),
    Kpi(Box<super::kpi_views::KpiView>),
    Trends(Box<super::trend_views::TrendView>),
    Council(Box<super::council_views::CouncilView>),
    Panel(Box<super::panel_views::PanelListView>),
    PanelSignUp(Box<super::panel_views::PanelSignUpView>),
}

#[derive(Clone, Debug)]
pub struct StaffContext {
    /// `None` only on the sign-in page.
    pub user: Option<StaffUser>,
    pub page: StaffPage,
}

/// Why the sign-in page is shown, and what was typed.
#[derive(Clone, Debug, Default)]
pub struct SignInView {
    pub email: String,
    pub problem: Option<SignInProblem>,
    /// Where to go after signing in (a staff path).
    pub back_to: Option<String>,
    /// Whether single sign-on (OpenID Connect) is configured.
    pub single_sign_on: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignInProblem {
    /// Wrong address or password (never which of the two, nor whether the account exists).
    Wrong,
    /// Too many failed attempts recently, for this account or from this address.
    Slowed,
    /// The session ran out (idle 30 minutes, or 10 hours in all).
    Expired,
    /// Signed out.
    SignedOut,
    /// Single sign-on did not work (refused, no role for Loket, or the provider failed).
    SingleSignOn,
}

/// The filters of the work list, as they appear in its links (GET).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkFilter {
    pub product: Option<String>,
    pub status: Option<RequestStatus>,
    pub overdue: bool,
    pub mine: bool,
    pub unassigned: bool,
    pub sort: WorkSort,
    pub descending: bool,
    /// From 1.
    pub page: u32,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum WorkSort {
    #[default]
    Received,
    Product,
    Status,
}

impl WorkSort {
    pub const ALL: [Self; 3] = [Self::Received, Self::Product, Self::Status];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Received => "ontvangen",
            Self::Product => "product",
            Self::Status => "status",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == word)
    }
}

/// How a request stands against its product's service norm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NormState {
    InTime,
    /// One working day or less left.
    AlmostDue,
    Overdue,
    /// Handled: the norm no longer runs.
    Closed,
}

/// One row of the work list.
#[derive(Clone, Debug)]
pub struct WorkRow {
    pub reference: String,
    pub product: String,
    pub received: jiff::civil::Date,
    pub status: RequestStatus,
    /// Working days since it came in, and the product's norm.
    pub days_open: i64,
    pub norm_days: i64,
    pub norm: NormState,
    pub assigned_to: Option<String>,
    /// The resident sent an addition since the last change of status.
    pub addition_in: bool,
}

#[derive(Clone, Debug, Default)]
pub struct WorkListView {
    pub filter: WorkFilter,
    pub rows: Vec<WorkRow>,
    /// How many match the filters (all pages).
    pub total: i64,
    pub per_page: u32,
    /// The products this staff member handles, for the product filter.
    pub products: Vec<String>,
}

/// A request as its detail page shows it to staff.
#[derive(Clone, Debug)]
pub struct RequestDetailView {
    pub reference: String,
    pub product: String,
    pub received_at: jiff::Zoned,
    pub status: RequestStatus,
    pub version: i64,
    pub assigned_to: Option<String>,
    pub assigned_to_me: bool,
    /// The agent who filled it in with the resident on the phone; `None`
    /// when the resident sent it online.
    pub registered_by: Option<String>,
    /// Sent with a volunteer's help at this library (its name).
    pub library: Option<String>,
    /// Every answer with its question, in Dutch as the resident saw it.
    pub answers: Vec<crate::journey::SummaryRow>,
    /// Ids of the photos sent with it, served only to staff.
    pub photos: Vec<(String, String)>,
    /// Oldest first: when, status, the message to the resident.
    pub history: Vec<(jiff::Zoned, RequestStatus, Option<String>)>,
    /// What the resident added after "aanvulling nodig", oldest first.
    pub additions: Vec<(jiff::Zoned, String)>,
    /// What staff said is missing, while the request waits for it.
    pub missing: Option<String>,
    pub has_email: bool,
    pub norm_days: i64,
    pub days_open: i64,
    /// A change form after a problem: what was typed, and what went wrong.
    pub change: ChangeForm,
}

/// The status change form: what was typed and what went wrong.
#[derive(Clone, Debug, Default)]
pub struct ChangeForm {
    pub to: Option<RequestStatus>,
    pub message: String,
    pub problem: Option<ChangeProblem>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeProblem {
    /// Another staff member changed the request meanwhile: its status now, and who.
    ChangedMeanwhile { status: RequestStatus },
    /// No new status chosen.
    NoStatus,
    /// "Aanvulling nodig" needs to say what is missing.
    MissingWhat,
    /// The message is longer than we keep.
    TooLong,
    /// The session ran out; what was typed is back.
    Restored,
}

/// One row of the access log, as `beheer` reads it.
#[derive(Clone, Debug)]
pub struct AccessRow {
    pub at: jiff::Zoned,
    pub staff: String,
    pub role: Role,
    pub team: String,
    pub action: String,
    pub record_kind: String,
    pub record_id: String,
    pub purpose: String,
}

#[derive(Clone, Debug, Default)]
pub struct AccessLogView {
    pub rows: Vec<AccessRow>,
    pub total: i64,
    /// The filter on the record (kind and id), as typed.
    pub record: String,
    pub page: u32,
    pub per_page: u32,
}

/// An accessibility report in the list.
#[derive(Clone, Debug)]
pub struct ReportRow {
    pub reference: String,
    pub created_at: jiff::Zoned,
    pub page: Option<String>,
    /// `open`, `in behandeling` or `afgehandeld`.
    pub state: String,
}

/// One accessibility report, its replies, and the reply form after a problem.
#[derive(Clone, Debug)]
pub struct ReportDetailView {
    pub reference: String,
    pub created_at: jiff::Zoned,
    pub page: Option<String>,
    pub description: String,
    pub has_email: bool,
    pub state: String,
    /// Oldest first: when, and what staff wrote back.
    pub replies: Vec<(jiff::Zoned, String)>,
    /// What was typed, and the key of what went wrong.
    pub typed: String,
    pub problem: Option<String>,
}
