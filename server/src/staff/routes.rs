//! Every staff route and what it is for: the table the guard enforces. A
//! route missing here does not exist for anyone; the test in
//! `tests/api/staff_roles.rs` walks every row with every role.

use app::staff::paths;
use app::staff::roles::Area;
use axum::http::Method;

/// Who may use a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Anyone: the sign-in form and its post.
    Public,
    /// A signed-in staff member whose role may use this area.
    Staff(Area),
}

/// One row: method, path pattern (`{x}` is one path segment), access, and
/// whether the guard loads a page for it (a GET that renders a staff page).
pub struct StaffRoute {
    pub method: Method,
    pub pattern: &'static str,
    pub access: Access,
    pub page: bool,
}

const fn route(method: Method, pattern: &'static str, access: Access, page: bool) -> StaffRoute {
    StaffRoute {
        method,
        pattern,
        access,
        page,
    }
}

pub static ROUTES: [StaffRoute; 44] = [
    route(Method::GET, app::staff::BASE, Access::Public, true),
    route(Method::POST, paths::SIGN_IN, Access::Public, false),
    route(Method::GET, paths::OIDC_START, Access::Public, false),
    route(Method::GET, paths::OIDC_RETURN, Access::Public, false),
    route(
        Method::POST,
        paths::SIGN_OUT,
        Access::Staff(Area::Own),
        false,
    ),
    route(Method::GET, paths::START, Access::Staff(Area::Own), true),
    route(
        Method::GET,
        paths::REQUESTS,
        Access::Staff(Area::Requests),
        true,
    ),
    route(
        Method::GET,
        "/medewerker/aanvragen/{reference}",
        Access::Staff(Area::Requests),
        true,
    ),
    route(
        Method::POST,
        "/medewerker/aanvragen/{reference}/toewijzen",
        Access::Staff(Area::Requests),
        false,
    ),
    route(
        Method::POST,
        "/medewerker/aanvragen/{reference}/status",
        Access::Staff(Area::Requests),
        false,
    ),
    route(
        Method::GET,
        "/medewerker/aanvragen/{reference}/foto/{photo}",
        Access::Staff(Area::Requests),
        false,
    ),
    route(
        Method::GET,
        paths::REPORTS,
        Access::Staff(Area::Reports),
        true,
    ),
    route(
        Method::GET,
        "/medewerker/meldingen/{reference}",
        Access::Staff(Area::Reports),
        true,
    ),
    route(
        Method::POST,
        "/medewerker/meldingen/{reference}/antwoord",
        Access::Staff(Area::Reports),
        false,
    ),
    route(
        Method::GET,
        paths::SEARCH,
        Access::Staff(Area::Search),
        true,
    ),
    route(
        Method::GET,
        paths::OPENING,
        Access::Staff(Area::Opening),
        true,
    ),
    route(
        Method::POST,
        paths::OPENING,
        Access::Staff(Area::Opening),
        false,
    ),
    route(
        Method::POST,
        paths::OPENING_NOTIFY,
        Access::Staff(Area::Opening),
        false,
    ),
    route(
        Method::GET,
        paths::COUNTER,
        Access::Staff(Area::Counter),
        true,
    ),
    route(
        Method::POST,
        paths::COUNTER_WALK_IN,
        Access::Staff(Area::Counter),
        false,
    ),
    route(
        Method::POST,
        "/medewerker/balie/{reference}/{step}",
        Access::Staff(Area::Counter),
        false,
    ),
    route(
        Method::GET,
        paths::CONTACT,
        Access::Staff(Area::Contacts),
        true,
    ),
    route(
        Method::POST,
        paths::CONTACT,
        Access::Staff(Area::Contacts),
        false,
    ),
    route(
        Method::GET,
        paths::CALLBACKS,
        Access::Staff(Area::Callbacks),
        true,
    ),
    route(
        Method::POST,
        paths::CALLBACK_NEXT,
        Access::Staff(Area::Callbacks),
        false,
    ),
    route(
        Method::GET,
        "/medewerker/terugbellen/{reference}",
        Access::Staff(Area::Callbacks),
        true,
    ),
    route(
        Method::POST,
        "/medewerker/terugbellen/{reference}/oppakken",
        Access::Staff(Area::Callbacks),
        false,
    ),
    route(
        Method::POST,
        "/medewerker/terugbellen/{reference}/poging",
        Access::Staff(Area::Callbacks),
        false,
    ),
    route(
        Method::POST,
        "/medewerker/terugbellen/{reference}/formulier",
        Access::Staff(Area::Callbacks),
        false,
    ),
    route(
        Method::POST,
        "/medewerker/terugbellen/{reference}/teruggeven",
        Access::Staff(Area::Callbacks),
        false,
    ),
    route(
        Method::GET,
        paths::KPI,
        Access::Staff(Area::Satisfaction),
        true,
    ),
    route(
        Method::POST,
        paths::KPI_CALLS,
        Access::Staff(Area::Satisfaction),
        false,
    ),
    route(
        Method::GET,
        paths::KPI_TRENDS,
        Access::Staff(Area::Satisfaction),
        true,
    ),
    route(
        Method::POST,
        paths::KPI_TRENDS,
        Access::Staff(Area::Satisfaction),
        false,
    ),
    route(
        Method::GET,
        paths::PANEL,
        Access::Staff(Area::Satisfaction),
        true,
    ),
    route(
        Method::POST,
        "/medewerker/inwonerpanel/{id}/verwijderen",
        Access::Staff(Area::Satisfaction),
        false,
    ),
    route(
        Method::GET,
        paths::PANEL_SIGN_UP,
        Access::Staff(Area::Contacts),
        true,
    ),
    route(
        Method::POST,
        paths::PANEL_SIGN_UP,
        Access::Staff(Area::Contacts),
        false,
    ),
    route(
        Method::GET,
        paths::COUNCIL_REPORT,
        Access::Staff(Area::Satisfaction),
        true,
    ),
    route(
        Method::GET,
        paths::KPI_TRENDS_CSV,
        Access::Staff(Area::Satisfaction),
        false,
    ),
    route(
        Method::GET,
        paths::SATISFACTION,
        Access::Staff(Area::Satisfaction),
        true,
    ),
    route(
        Method::POST,
        "/medewerker/tevredenheid/{id}/opgevolgd",
        Access::Staff(Area::Satisfaction),
        false,
    ),
    route(
        Method::GET,
        paths::ACCESS_LOG,
        Access::Staff(Area::AccessLog),
        true,
    ),
    route(
        Method::GET,
        paths::ACCESS_LOG_CSV,
        Access::Staff(Area::AccessLog),
        false,
    ),
];

/// Whether `path` fits `pattern`, segment by segment.
pub fn fits(pattern: &str, path: &str) -> bool {
    let mut want = pattern.split('/');
    let mut have = path.split('/');
    loop {
        match (want.next(), have.next()) {
            (None, None) => return true,
            (Some(w), Some(h)) if w.starts_with('{') && !h.is_empty() => {}
            (Some(w), Some(h)) if w == h => {}
            _ => return false,
        }
    }
}

/// Whether `path` is on the staff side at all.
pub fn is_staff(path: &str) -> bool {
    path == app::staff::BASE || path.starts_with("/medewerker/")
}

/// The row for this method and path; `Err(true)` when the path exists with
/// another method, `Err(false)` when it does not exist.
pub fn find(method: &Method, path: &str) -> Result<&'static StaffRoute, bool> {
    let mut exists = false;
    for route in &ROUTES {
        if fits(route.pattern, path) {
            if route.method == method {
                return Ok(route);
            }
            exists = true;
        }
    }
    Err(exists)
}

/// A path on this site's staff side to return to after signing in; nothing else.
pub fn back_to(path: &str) -> Option<String> {
    let ok = is_staff(path)
        && !path.starts_with("//")
        && !path.contains('\\')
        && path.len() <= 300
        && path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/-_.?=&%+".contains(c));
    ok.then(|| path.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_fit_whole_segments_only() {
        assert!(fits(
            "/medewerker/aanvragen/{reference}",
            "/medewerker/aanvragen/VH-1"
        ));
        assert!(!fits(
            "/medewerker/aanvragen/{reference}",
            "/medewerker/aanvragen/"
        ));
        assert!(!fits(
            "/medewerker/aanvragen/{reference}",
            "/medewerker/aanvragen/a/b"
        ));
        assert!(!fits("/medewerker/start", "/medewerker/startx"));
        assert_eq!(find(&Method::DELETE, "/medewerker/start").err(), Some(true));
        assert_eq!(find(&Method::GET, "/medewerker/geheim").err(), Some(false));
    }
}
