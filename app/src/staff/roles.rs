//! The five staff roles and what each may do: one table ([`Role::may`]) that
//! the server's guard enforces on every staff route and the pages follow when
//! they offer links. A role that may not do something never sees the link,
//! and the server refuses the route anyway.

/// A staff member's role; an account has exactly one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Role {
    /// Phone agents (KCC): callbacks, contacts, search.
    Kcc,
    /// Counter clerks: the agenda.
    Balie,
    /// Handles the requests of the products assigned to them.
    Behandelaar,
    /// Everything of their team, the dashboard, follow-up of unhappy residents.
    Teamleider,
    /// Accounts, product assignment, opening hours and closures, the access log.
    Beheer,
}

/// What a staff route is for: the rows of the permission table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Area {
    /// The start page, signing out: every signed-in staff member.
    Own,
    /// The work list of requests, a request, its photos, taking it, its status.
    Requests,
    /// Accessibility reports: the list, a reply, closing one.
    Reports,
    /// The callback queue: a request, taking it, its attempts.
    Callbacks,
    /// Registering a contact (phone, counter, e-mail, library).
    Contacts,
    /// Finding a resident's requests, callbacks and visits ("klantbeeld").
    Search,
    /// The counter agenda: check-in, calling, walk-ins.
    Counter,
    /// Closures and other hours of the locations.
    Opening,
    /// The KPIs, the satisfaction answers, their texts and the follow-up list.
    Satisfaction,
    /// The access log and its export.
    AccessLog,
    /// The list of accounts.
    Accounts,
}

impl Role {
    pub const ALL: [Self; 5] = [
        Self::Kcc,
        Self::Balie,
        Self::Behandelaar,
        Self::Teamleider,
        Self::Beheer,
    ];

    /// The word the database and the configuration use.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Kcc => "kcc",
            Self::Balie => "balie",
            Self::Behandelaar => "behandelaar",
            Self::Teamleider => "teamleider",
            Self::Beheer => "beheer",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == word)
    }

    /// The key of its name in the translation files.
    pub fn key(self) -> String {
        format!("staff-role-{}", self.as_str())
    }

    /// The permission table: whether this role may use routes of `area`.
    pub fn may(self, area: Area) -> bool {
        use Area::*;
        use Role::*;
        match area {
            Own => true,
            Requests => matches!(self, Behandelaar | Teamleider),
            Reports => matches!(self, Teamleider | Beheer),
            Callbacks => matches!(self, Kcc | Teamleider),
            Contacts => matches!(self, Kcc | Balie | Teamleider),
            Search => !matches!(self, Beheer),
            Counter => matches!(self, Balie | Teamleider),
            Opening => matches!(self, Beheer),
            // The texts may hold what a resident wrote about themselves: team leads only.
            Satisfaction => matches!(self, Teamleider),
            AccessLog | Accounts => matches!(self, Beheer),
        }
    }

    /// Whether this role sees every product's requests, not only its own products'.
    pub fn sees_all_products(self) -> bool {
        matches!(self, Role::Teamleider)
    }
}

#[cfg(test)]
mod tests {
    use super::{Area, Role};

    #[test]
    fn every_role_reads_back_and_the_table_keeps_work_apart() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
            assert!(role.may(Area::Own));
        }
        assert_eq!(Role::parse("admin"), None);
        assert!(!Role::Kcc.may(Area::Requests));
        assert!(Role::Kcc.may(Area::Callbacks) && !Role::Balie.may(Area::Callbacks));
        assert!(!Role::Behandelaar.may(Area::Callbacks));
        assert!(Role::Behandelaar.may(Area::Search) && !Role::Beheer.may(Area::Search));
        assert!(Role::Balie.may(Area::Counter) && !Role::Kcc.may(Area::Counter));
        assert!(Role::Behandelaar.may(Area::Requests));
        assert!(!Role::Behandelaar.may(Area::AccessLog));
        assert!(Role::Beheer.may(Area::AccessLog) && !Role::Beheer.may(Area::Requests));
    }
}
