//! What the counter agenda shows: a location's day with each visit where it
//! stands (expected, arrived, called, at the counter, done, not come), and
//! the waiting-room screen's numbers.

use jiff::civil::Date;

/// Minutes after the planned start from which "niet gekomen" is offered.
pub const NO_SHOW_AFTER_MINUTES: i64 = 15;

/// Where a visit stands today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Expected,
    Arrived,
    Called,
    AtCounter,
    Helped,
    NotCome,
}

impl Stage {
    pub fn key(self) -> &'static str {
        match self {
            Self::Expected => "staff-counter-stage-expected",
            Self::Arrived => "staff-counter-stage-arrived",
            Self::Called => "staff-counter-stage-called",
            Self::AtCounter => "staff-counter-stage-at-counter",
            Self::Helped => "staff-counter-stage-helped",
            Self::NotCome => "staff-counter-stage-not-come",
        }
    }
}

/// A step a clerk takes, as it appears in the address it posts to.
pub const STEPS: [&str; 5] = ["aankomst", "oproepen", "start", "klaar", "niet-gekomen"];

#[derive(Clone, Debug)]
pub struct CounterRow {
    pub reference: String,
    /// Minutes after midnight.
    pub start: u16,
    pub end: u16,
    /// Product slugs of the visit.
    pub products: Vec<String>,
    /// Empty for a walk-in.
    pub name: String,
    pub walk_in: bool,
    pub stage: Stage,
    pub call_number: Option<String>,
    pub counter: Option<i64>,
    /// Minutes waited, once called.
    pub waited_minutes: Option<i64>,
    /// "Niet gekomen" may be pressed (15 minutes after the start, not arrived).
    pub may_mark_not_come: bool,
}

#[derive(Clone, Debug)]
pub struct CounterDayView {
    /// Slug and name of the location shown, and of every location.
    pub location: (String, String),
    pub locations: Vec<(String, String)>,
    pub counters: u16,
    pub day: Date,
    pub rows: Vec<CounterRow>,
    /// What the last step did (a key, and the called number or reference).
    pub notice: Option<(String, String)>,
    /// One-time value of the walk-in form.
    pub nonce: String,
}

/// The waiting-room screen: the numbers called last, newest first.
#[derive(Clone, Debug, Default)]
pub struct WaitingRoomView {
    pub location: String,
    pub slug: String,
    pub called: Vec<(String, i64)>,
    /// The screen's own address (`?scherm=ja`): renewed every 10 seconds.
    pub screen: bool,
}
