//! The page context of a staff page (who is signed in and the page's data),
//! and the pairs of its query string.

use app::page_context::PageContext;
use app::staff::context::{StaffContext, StaffPage};

use super::sessions::StaffSession;
use crate::time;

pub fn context(user: Option<&StaffSession>, page: StaffPage) -> PageContext {
    PageContext {
        today: time::today(),
        staff: Some(Box::new(StaffContext {
            user: user.map(|s| s.user.clone()),
            page,
        })),
        ..PageContext::default()
    }
}

/// The query string's pairs; none when it cannot be read.
pub fn pairs(query: Option<&str>) -> Vec<(String, String)> {
    query
        .and_then(|q| serde_urlencoded::from_str(q).ok())
        .unwrap_or_default()
}
