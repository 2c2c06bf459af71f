//! The states of a request (a sent form), in one place: the words the
//! database keeps (`ontvangen`, ...), the keys of their names and explanations
//! in the translation files, and which of them close a request.

/// Where a request stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RequestStatus {
    Received,
    InProgress,
    NeedsMore,
    Done,
    Refused,
}

impl RequestStatus {
    pub const ALL: [Self; 5] = [
        Self::Received,
        Self::InProgress,
        Self::NeedsMore,
        Self::Done,
        Self::Refused,
    ];

    /// The word the database keeps (its `CHECK` constraint lists the same).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Received => "ontvangen",
            Self::InProgress => "in behandeling",
            Self::NeedsMore => "aanvulling nodig",
            Self::Done => "afgehandeld",
            Self::Refused => "afgewezen",
        }
    }

    /// The state a stored word names; `None` for anything else.
    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == word)
    }

    /// The key of its name (`status-in-behandeling`); `-text` after it is its explanation.
    pub fn key(self) -> String {
        format!("status-{}", self.as_str().replace(' ', "-"))
    }

    /// The one transition table: where a staff member may take a request from
    /// here (ontvangen -> in behandeling -> aanvulling nodig <-> in behandeling
    /// -> afgehandeld | afgewezen). Closed requests go nowhere.
    pub fn next(self) -> &'static [Self] {
        match self {
            Self::Received => &[Self::InProgress],
            Self::InProgress => &[Self::NeedsMore, Self::Done, Self::Refused],
            Self::NeedsMore => &[Self::InProgress],
            Self::Done | Self::Refused => &[],
        }
    }

    /// Whether the table allows going from here to `to`.
    pub fn may_become(self, to: Self) -> bool {
        self.next().contains(&to)
    }

    /// Handled: nothing more happens, and the retention period starts.
    pub fn is_closed(self) -> bool {
        matches!(self, Self::Done | Self::Refused)
    }
}

#[cfg(test)]
mod tests {
    use super::RequestStatus;

    #[test]
    fn every_state_reads_back_from_its_word_and_nothing_else_does() {
        for status in RequestStatus::ALL {
            assert_eq!(RequestStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(RequestStatus::parse("weg"), None);
        assert_eq!(RequestStatus::parse("Ontvangen"), None);
        assert_eq!(RequestStatus::InProgress.key(), "status-in-behandeling");
        assert!(RequestStatus::Refused.is_closed() && !RequestStatus::NeedsMore.is_closed());
    }

    #[test]
    fn the_transition_table_allows_only_the_path_and_closed_is_closed() {
        use RequestStatus::*;
        assert!(Received.may_become(InProgress));
        assert!(!Received.may_become(Done), "no jump past handling");
        assert!(InProgress.may_become(NeedsMore) && NeedsMore.may_become(InProgress));
        assert!(!NeedsMore.may_become(Done));
        for closed in [Done, Refused] {
            assert!(RequestStatus::ALL.iter().all(|s| !closed.may_become(*s)));
        }
        for status in RequestStatus::ALL {
            assert!(!status.may_become(status), "{status:?} to itself");
        }
    }
}
