//! The page context of a staff page: who is signed in and the page's data.

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
