//! The addresses of the staff side, in one place for the pages, the server's
//! routes and its permission table.

pub const SIGN_IN: &str = "/medewerker/inloggen";
pub const SIGN_OUT: &str = "/medewerker/uitloggen";
pub const OIDC_START: &str = "/medewerker/sso";
pub const OIDC_RETURN: &str = "/medewerker/sso/terug";
pub const START: &str = "/medewerker/start";
pub const REQUESTS: &str = "/medewerker/aanvragen";
pub const ACCESS_LOG: &str = "/medewerker/inzage";
pub const REPORTS: &str = "/medewerker/meldingen";
pub const ACCESS_LOG_CSV: &str = "/medewerker/inzage.csv";

/// A request's page.
pub fn request(reference: &str) -> String {
    format!("{REQUESTS}/{reference}")
}

/// Where a request's status change posts.
pub fn request_status(reference: &str) -> String {
    format!("{REQUESTS}/{reference}/status")
}

/// Where "aan mij toewijzen" posts.
pub fn request_take(reference: &str) -> String {
    format!("{REQUESTS}/{reference}/toewijzen")
}

/// A photo of a request, served only to staff.
pub fn request_photo(reference: &str, photo: &str) -> String {
    format!("{REQUESTS}/{reference}/foto/{photo}")
}

/// An accessibility report's page.
pub fn report(reference: &str) -> String {
    format!("{REPORTS}/{reference}")
}

/// Where the reply to an accessibility report posts.
pub fn report_reply(reference: &str) -> String {
    format!("{REPORTS}/{reference}/antwoord")
}

/// The KCC's callback queue.
pub const CALLBACKS: &str = "/medewerker/terugbellen";
/// "Volgende oppakken": take the first free request of the queue.
pub const CALLBACK_NEXT: &str = "/medewerker/terugbellen/volgende";

/// A callback request's page.
pub fn callback(reference: &str) -> String {
    format!("{CALLBACKS}/{reference}")
}

/// Where "oppakken" posts.
pub fn callback_take(reference: &str) -> String {
    format!("{CALLBACKS}/{reference}/oppakken")
}

/// Where an attempt posts.
pub fn callback_attempt(reference: &str) -> String {
    format!("{CALLBACKS}/{reference}/poging")
}

/// Where "Verder met het formulier" posts: the product form, filled with the
/// handed-over answers, for the agent to complete with the resident.
pub fn callback_form(reference: &str) -> String {
    format!("{CALLBACKS}/{reference}/formulier")
}

/// Where "teruggeven" posts: back to the queue without an attempt.
pub fn callback_release(reference: &str) -> String {
    format!("{CALLBACKS}/{reference}/teruggeven")
}

/// The KPIs of a week (team leads).
pub const KPI: &str = "/medewerker/kengetallen";
/// Where the telephony platform's CSV export is uploaded.
pub const KPI_CALLS: &str = "/medewerker/kengetallen/gesprekken";
/// Every KPI over 26 weeks against the 0-meting (team leads); POST marks a baseline.
pub const KPI_TRENDS: &str = "/medewerker/kengetallen/verloop";
/// The quarterly report for the council, for printing (team leads).
pub const COUNCIL_REPORT: &str = "/medewerker/kengetallen/raad";

/// The council report of a quarter (`2026-3`).
pub fn council_report(quarter: &str) -> String {
    format!("{COUNCIL_REPORT}?kwartaal={quarter}")
}
/// The trend tables as CSV (`?kpi=` for one).
pub const KPI_TRENDS_CSV: &str = "/medewerker/kengetallen/verloop.csv";

/// The satisfaction answers of a week (team leads).
pub const SATISFACTION: &str = "/medewerker/tevredenheid";

/// Where "Opgevolgd" posts for one unhappy answer.
pub fn satisfaction_followed(id: i64) -> String {
    format!("{SATISFACTION}/{id}/opgevolgd")
}

/// Contact registration ("contactmoment").
pub const CONTACT: &str = "/medewerker/contact";

/// "Klantbeeld": one view of a resident across channels.
pub const SEARCH: &str = "/medewerker/zoeken";

/// The counter agenda (`?locatie=stadhuis&dag=2026-12-04`).
pub const COUNTER: &str = "/medewerker/balie";
/// Where a walk-in is registered.
pub const COUNTER_WALK_IN: &str = "/medewerker/balie/inloop";

/// Where a step of a visit posts: `aankomst`, `oproepen`, `start`, `klaar`, `niet-gekomen`.
pub fn counter_step(reference: &str, step: &str) -> String {
    format!("{COUNTER}/{reference}/{step}")
}

/// The agenda of a location on a day.
pub fn counter_day(location: &str, day: jiff::civil::Date) -> String {
    format!("{COUNTER}?locatie={location}&dag={day}")
}

/// The waiting-room screen of a location (no sign-in, no personal data).
pub fn waiting_room(location: &str) -> String {
    format!("/wachtkamer/{location}")
}

/// Opening hours and closures of the locations (role beheer).
pub const OPENING: &str = "/medewerker/openingstijden";
/// Where the message to the residents of a closed day posts.
pub const OPENING_NOTIFY: &str = "/medewerker/openingstijden/bericht";

/// The inwonerpanel's members (team leads).
pub const PANEL: &str = "/medewerker/inwonerpanel";
/// Signing a resident up for the inwonerpanel (KCC, counter, team leads).
pub const PANEL_SIGN_UP: &str = "/medewerker/inwonerpanel/aanmelden";

/// Where "Verwijderen" of a member posts.
pub fn panel_remove(id: i64) -> String {
    format!("{PANEL}/{id}/verwijderen")
}
