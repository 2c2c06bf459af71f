//! What the staff pages of the inwonerpanel show: the team lead's list of
//! members with how many signed up each way (so residents who did not sign
//! up online can be seen to be represented), and the form with which an
//! agent or a clerk signs a resident up on the phone or at the counter.

use jiff::civil::Date;

use crate::panel::{PanelDraft, Via};

/// A member as the team lead sees one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    pub id: i64,
    pub name: String,
    /// The e-mail address or phone number the member chose.
    pub reach: String,
    pub via: Via,
    pub joined: Date,
}

/// `/medewerker/inwonerpanel`.
#[derive(Clone, Debug)]
pub struct PanelListView {
    /// Every way of signing up, with its number of members.
    pub counts: Vec<(Via, i64)>,
    /// Newest first.
    pub members: Vec<Member>,
    /// A member was just removed.
    pub removed: bool,
}

impl PanelListView {
    pub fn total(&self) -> i64 {
        self.counts.iter().map(|(_, n)| n).sum()
    }
}

/// The ways a staff member signs a resident up.
pub const STAFF_VIA: [Via; 2] = [Via::Phone, Via::Counter];

/// `/medewerker/inwonerpanel/aanmelden`.
#[derive(Clone, Debug, Default)]
pub struct PanelSignUpView {
    pub draft: PanelDraft,
    /// `telefoon` or `balie`, as posted.
    pub via: String,
    /// Just signed up: whether the leave link was mailed.
    pub done: Option<bool>,
}
