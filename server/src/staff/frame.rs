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

/// The week a measuring page shows: Monday to Sunday around `?week=YYYY-MM-DD`
/// (any day of it), or this week.
pub fn week(pairs: &[(String, String)]) -> (jiff::civil::Date, jiff::civil::Date) {
    let day = app::journey::posted(pairs, "week")
        .and_then(|w| w.parse::<jiff::civil::Date>().ok())
        .unwrap_or_else(crate::time::today);
    let back = i64::from(day.weekday().to_monday_zero_offset());
    let monday = day.checked_sub(jiff::Span::new().days(back)).unwrap_or(day);
    let sunday = monday
        .checked_add(jiff::Span::new().days(6))
        .unwrap_or(monday);
    (monday, sunday)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_week_runs_from_monday_to_sunday() {
        let pairs = vec![("week".to_string(), "2026-12-06".to_string())];
        let (monday, sunday) = week(&pairs);
        assert_eq!(
            (monday.to_string().as_str(), sunday.to_string().as_str()),
            ("2026-11-30", "2026-12-06")
        );
        assert_eq!(week(&[]).0.weekday(), jiff::civil::Weekday::Monday);
    }
}
