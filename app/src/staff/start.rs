//! `/medewerker/start`: what this staff member can do here, by role.

use leptos::prelude::*;
use leptos_meta::Title;

use super::context::StaffUser;
use super::layout::StaffLayout;
use super::paths;
use super::roles::Area;
use crate::i18n::{self, t};

#[component]
pub fn StartPage(user: StaffUser) -> impl IntoView {
    let tasks = [
        (
            Area::Search,
            paths::SEARCH,
            "staff-nav-search",
            "staff-start-search",
        ),
        (
            Area::Counter,
            paths::COUNTER,
            "staff-nav-counter",
            "staff-start-counter",
        ),
        (
            Area::Contacts,
            paths::CONTACT,
            "staff-nav-contact",
            "staff-start-contact",
        ),
        (
            Area::Callbacks,
            paths::CALLBACKS,
            "staff-nav-callbacks",
            "staff-start-callbacks",
        ),
        (
            Area::Requests,
            paths::REQUESTS,
            "staff-nav-requests",
            "staff-start-requests",
        ),
        (
            Area::Opening,
            paths::OPENING,
            "staff-nav-opening",
            "staff-start-opening",
        ),
        (
            Area::AccessLog,
            paths::ACCESS_LOG,
            "staff-nav-access-log",
            "staff-start-access-log",
        ),
    ];
    let items: Vec<_> = tasks
        .into_iter()
        .filter(|(area, ..)| user.role.may(*area))
        .map(|(_, href, name, text)| {
            view! { <li><a href=href>{t(name)}</a>": " {t(text)}</li> }
        })
        .collect();
    let nothing = items
        .is_empty()
        .then(|| view! { <p>{t("staff-start-nothing-yet")}</p> });
    view! {
        <Title text=i18n::title(&[&t("staff-start-title")])/>
        <StaffLayout user=Some(user.clone())>
            <h1 class="lk-heading-xl">{t("staff-start-title")}</h1>
            {nothing}
            <ul class="lk-list">{items}</ul>
        </StaffLayout>
    }
}
