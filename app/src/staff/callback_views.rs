//! What the KCC's callback pages show: the queue with its filters, and one
//! request with its attempts and the answers the resident handed over. Also
//! the queue's rules that both sides need: how long a hold lasts, when a
//! request counts as missed, and the results of a call.

use jiff::civil::Date;

use crate::callback::DayPart;
use crate::domain::working_hours::Urgency;
use crate::journey::SummaryRow;

/// A request taken by an agent ("oppakken") goes back to the queue after this long.
pub const HOLD_MINUTES: i64 = 30;
/// After this many attempts without reaching the resident, the request is missed.
pub const MISSED_AFTER: i64 = 2;
/// The longest note with an attempt, in characters.
pub const MAX_ATTEMPT_NOTE_CHARS: usize = 1000;

/// What an attempt ended in: one radio group, so an agent records it with two keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallOutcome {
    /// Reached, and the question was answered on the phone.
    Answered,
    /// Reached, and a counter visit was booked for the resident.
    VisitBooked,
    /// Reached, and a request was started for the resident.
    RequestStarted,
    /// Reached, and passed to a department.
    PassedOn,
    NotReached,
}

impl CallOutcome {
    pub const ALL: [Self; 5] = [
        Self::Answered,
        Self::VisitBooked,
        Self::RequestStarted,
        Self::PassedOn,
        Self::NotReached,
    ];

    /// The posted value, the stored result, and the end of its text key.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Answered => "beantwoord",
            Self::VisitBooked => "afspraak",
            Self::RequestStarted => "aanvraag",
            Self::PassedOn => "doorgezet",
            Self::NotReached => "niet-bereikt",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.slug() == word)
    }

    pub fn reached(self) -> bool {
        self != Self::NotReached
    }

    pub fn key(self) -> String {
        format!("staff-callback-outcome-{}", self.slug())
    }
}

/// Where a request stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallbackState {
    Open,
    Reached,
    Missed,
    Cancelled,
}

impl CallbackState {
    /// As stored.
    pub fn parse(word: &str) -> Option<Self> {
        match word {
            "open" => Some(Self::Open),
            "bereikt" => Some(Self::Reached),
            "niet bereikt" => Some(Self::Missed),
            "geannuleerd" => Some(Self::Cancelled),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Open => "staff-callback-state-open",
            Self::Reached => "staff-callback-state-reached",
            Self::Missed => "staff-callback-state-missed",
            Self::Cancelled => "staff-callback-state-cancelled",
        }
    }
}

/// The queue's filters, as they appear in its links (GET).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallbackFilter {
    pub part: Option<DayPart>,
    pub urgency: Option<Urgency>,
    /// Only those this agent holds.
    pub mine: bool,
}

impl CallbackFilter {
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let value = |name: &str| crate::journey::posted(pairs, name);
        Self {
            part: match value("dagdeel") {
                Some("ochtend") => Some(DayPart::Morning),
                Some("middag") => Some(DayPart::Afternoon),
                _ => None,
            },
            urgency: value("termijn").and_then(Urgency::parse),
            mine: value("mijn") == Some("ja"),
        }
    }

    /// The queue's address with these filters.
    pub fn href(&self) -> String {
        let mut query = Vec::new();
        if let Some(part) = self.part {
            query.push(format!("dagdeel={}", part.slug()));
        }
        if let Some(urgency) = self.urgency {
            query.push(format!("termijn={}", urgency.slug()));
        }
        if self.mine {
            query.push("mijn=ja".to_string());
        }
        if query.is_empty() {
            super::paths::CALLBACKS.to_string()
        } else {
            format!("{}?{}", super::paths::CALLBACKS, query.join("&"))
        }
    }
}

/// One open request in the queue.
#[derive(Clone, Debug)]
pub struct CallbackRow {
    pub reference: String,
    pub topic: String,
    pub day: Date,
    pub part: DayPart,
    pub due: Date,
    pub urgency: Urgency,
    /// Attempts made so far (all without reaching the resident: a reached one closes it).
    pub attempts: i64,
    /// Who holds it now (a hold that ran out is no hold).
    pub held_by: Option<String>,
    pub mine: bool,
}

#[derive(Clone, Debug, Default)]
pub struct CallbackQueueView {
    pub filter: CallbackFilter,
    pub rows: Vec<CallbackRow>,
    /// What the last action did (a key), and the request it was about.
    pub notice: Option<(String, Option<String>)>,
}

/// One attempt, oldest first.
#[derive(Clone, Debug)]
pub struct AttemptRow {
    pub at: jiff::Zoned,
    pub reached: bool,
    pub note: Option<String>,
    pub staff: Option<String>,
}

/// One request as the agent sees it.
#[derive(Clone, Debug)]
pub struct CallbackDetailView {
    pub reference: String,
    pub name: String,
    /// As people read it ("06 12345678"), and for a `tel:` link.
    pub phone: String,
    pub phone_link: String,
    pub topic: String,
    pub day: Date,
    pub part: DayPart,
    pub due: Date,
    pub urgency: Urgency,
    pub note: Option<String>,
    /// Asked with a volunteer's help: the library's name, the volunteer, their note.
    pub helped: Option<(String, String, Option<String>)>,
    pub received_at: jiff::Zoned,
    pub state: CallbackState,
    pub result: Option<CallOutcome>,
    pub held_by: Option<String>,
    pub mine: bool,
    pub has_email: bool,
    /// The questions and answers the resident handed over, as they saw them.
    pub answers: Vec<SummaryRow>,
    /// Which product those answers come from.
    pub answers_product: Option<String>,
    /// The product whose form the agent can complete with the resident
    /// ("Verder met het formulier"), when it is on the form engine.
    pub form_product: Option<String>,
    pub attempts: Vec<AttemptRow>,
    /// What the last action did or what went wrong (a key).
    pub notice: Option<String>,
    /// The attempt form as typed, after a problem.
    pub typed_outcome: Option<CallOutcome>,
    pub typed_note: String,
}
