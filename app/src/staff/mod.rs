//! The staff side (`/medewerker/...`): signing in, the start page, the work
//! list of requests, a request with its actions, the KCC's callback queue
//! and one callback request, and the access log. Pages
//! render from what the server's staff wing loaded ([`context::StaffContext`]);
//! the server checks the role of every route against [`roles::Role::may`]
//! before a page is loaded, and the pages only leave out links a role may not
//! use. They share the components, display modes and languages of the
//! resident side, not its help block.

pub mod access_log;
mod callback_page;
mod callback_queue;
pub mod callback_views;
pub mod contact_form;
mod contact_page;
pub mod context;
mod council_page;
pub mod council_views;
mod counter_page;
pub mod counter_views;
pub mod deviation;
mod kpi_page;
pub mod kpi_views;
mod layout;
#[cfg(feature = "ssr")]
pub mod norms;
mod opening_page;
pub mod opening_views;
mod panel_page;
pub mod panel_views;
pub mod paths;
pub mod reports;
pub mod request;
pub mod roles;
mod satisfaction_page;
pub mod satisfaction_views;
mod search_page;
pub mod search_views;
mod sign_in;
mod start;
mod trend_chart;
mod trend_page;
pub mod trend_views;
mod work_filter;
mod work_list;

use leptos::prelude::*;

use crate::page_context::page_context;
use context::StaffPage;

/// The base of every staff address.
pub const BASE: &str = "/medewerker";

/// Every staff page: the server loaded which one and its data.
#[component]
pub fn StaffRoutePage() -> impl IntoView {
    let Some(staff) = page_context().staff else {
        return view! { <crate::resident::error::NotFoundPage/> }.into_any();
    };
    let staff = *staff;
    match (staff.page, staff.user) {
        (StaffPage::SignIn(view), _) => view! { <sign_in::SignInPage view=view/> }.into_any(),
        (StaffPage::Start, Some(user)) => view! { <start::StartPage user=user/> }.into_any(),
        (StaffPage::WorkList(view), Some(user)) => {
            view! { <work_list::WorkListPage user=user view=view/> }.into_any()
        }
        (StaffPage::Request(view), Some(user)) => {
            view! { <request::RequestPage user=user view=*view/> }.into_any()
        }
        (StaffPage::AccessLog(view), Some(user)) => {
            view! { <access_log::AccessLogPage user=user view=view/> }.into_any()
        }
        (StaffPage::Reports(rows), Some(user)) => {
            view! { <reports::ReportsPage user=user rows=rows/> }.into_any()
        }
        (StaffPage::Report(view), Some(user)) => {
            view! { <reports::ReportPage user=user view=*view/> }.into_any()
        }
        (StaffPage::CallbackQueue(view), Some(user)) => {
            view! { <callback_queue::CallbackQueuePage user=user view=view/> }.into_any()
        }
        (StaffPage::Callback(view), Some(user)) => {
            view! { <callback_page::CallbackPage user=user view=*view/> }.into_any()
        }
        (StaffPage::Contact(view), Some(user)) => {
            view! { <contact_page::ContactPage user=user view=view/> }.into_any()
        }
        (StaffPage::Search(view), Some(user)) => {
            view! { <search_page::SearchPage user=user view=view/> }.into_any()
        }
        (StaffPage::Counter(view), Some(user)) => {
            view! { <counter_page::CounterPage user=user view=*view/> }.into_any()
        }
        (StaffPage::Opening(view), Some(user)) => {
            view! { <opening_page::OpeningPage user=user view=*view/> }.into_any()
        }
        (StaffPage::Kpi(view), Some(user)) => {
            view! { <kpi_page::KpiPage user=user view=*view/> }.into_any()
        }
        (StaffPage::Panel(view), Some(user)) => {
            view! { <panel_page::PanelListPage user=user view=*view/> }.into_any()
        }
        (StaffPage::PanelSignUp(view), Some(user)) => {
            view! { <panel_page::PanelSignUpPage user=user view=*view/> }.into_any()
        }
        (StaffPage::Council(view), Some(user)) => {
            view! { <council_page::CouncilPage user=user view=*view/> }.into_any()
        }
        (StaffPage::Trends(view), Some(user)) => {
            view! { <trend_page::TrendPage user=user view=*view/> }.into_any()
        }
        (StaffPage::Satisfaction(view), Some(user)) => {
            view! { <satisfaction_page::SatisfactionReportPage user=user view=*view/> }.into_any()
        }
        (_, None) => view! { <crate::resident::error::NotFoundPage/> }.into_any(),
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::roles::Role;
    use crate::i18n::{Lang, file_keys};

    /// Role names and log actions are looked up with built keys the key scan cannot see.
    #[test]
    fn every_role_and_action_has_its_words() {
        for lang in [Lang::Nl, Lang::En] {
            let keys = file_keys(lang);
            for role in Role::ALL {
                assert!(keys.contains(&role.key()), "{} in {lang:?}", role.key());
            }
            for action in ["view", "change", "export", "search"] {
                let key = format!("staff-action-{action}");
                assert!(keys.contains(&key), "{key} in {lang:?}");
            }
            for outcome in super::callback_views::CallOutcome::ALL {
                assert!(
                    keys.contains(&outcome.key()),
                    "{} in {lang:?}",
                    outcome.key()
                );
            }
            for channel in super::contact_form::Channel::ALL {
                assert!(
                    keys.contains(&channel.key()),
                    "{} in {lang:?}",
                    channel.key()
                );
            }
            for result in super::contact_form::ContactResult::ALL {
                assert!(keys.contains(&result.key()), "{} in {lang:?}", result.key());
            }
            for n in 1..=5 {
                let key = format!("staff-contact-satisfaction-{n}");
                assert!(keys.contains(&key), "{key} in {lang:?}");
            }
            for state in ["geboekt", "geannuleerd"] {
                let key = format!("staff-search-visit-{state}");
                assert!(keys.contains(&key), "{key} in {lang:?}");
            }
            for stage in [
                super::counter_views::Stage::Expected,
                super::counter_views::Stage::Arrived,
                super::counter_views::Stage::Called,
                super::counter_views::Stage::AtCounter,
                super::counter_views::Stage::Helped,
                super::counter_views::Stage::NotCome,
            ] {
                assert!(
                    keys.contains(&stage.key().to_string()),
                    "{} in {lang:?}",
                    stage.key()
                );
            }
            for part in ["ochtend", "middag"] {
                let key = format!("callback-part-{part}");
                assert!(keys.contains(&key), "{key} in {lang:?}");
            }
        }
    }
}
