//! The frame of every staff page: skip link, header with who is signed in,
//! the navigation this role may use, main, and signing out. The same order on
//! every page (WCAG 3.2.3). No resident help block: staff are the help.

use leptos::prelude::*;

use super::context::StaffUser;
use super::roles::Area;
use super::{BASE, paths};
use crate::components::DisplayBar;
use crate::i18n::{t, t_args};

#[component]
pub fn StaffLayout(user: Option<StaffUser>, children: Children) -> impl IntoView {
    let nav = user.as_ref().map(|user| {
        let links = [
            (Area::Own, paths::START, "staff-nav-start"),
            (Area::Search, paths::SEARCH, "staff-nav-search"),
            (Area::Requests, paths::REQUESTS, "staff-nav-requests"),
            (Area::Callbacks, paths::CALLBACKS, "staff-nav-callbacks"),
            (Area::Counter, paths::COUNTER, "staff-nav-counter"),
            (Area::Contacts, paths::CONTACT, "staff-nav-contact"),
            (Area::Reports, paths::REPORTS, "staff-nav-reports"),
            (Area::Opening, paths::OPENING, "staff-nav-opening"),
            (Area::Satisfaction, paths::KPI, "staff-nav-kpi"),
            (Area::Satisfaction, paths::SATISFACTION, "staff-nav-satisfaction"),
            (Area::Satisfaction, paths::PANEL, "staff-nav-panel"),
            (Area::AccessLog, paths::ACCESS_LOG, "staff-nav-access-log"),
        ];
        let items = links
            .into_iter()
            .filter(|(area, _, _)| user.role.may(*area))
            .map(|(_, href, key)| view! { <li><a class="lk-nav__link" href=href>{t(key)}</a></li> })
            .collect_view();
        let who = t_args(
            "staff-signed-in-as",
            &[
                ("name", user.name.clone().into()),
                ("role", t(&user.role.key()).into()),
                ("team", user.team.clone().into()),
            ],
        );
        view! {
            <nav class="lk-nav" aria-label=t("staff-nav-label")>
                <ul class="lk-nav__list">{items}</ul>
            </nav>
            <div class="lk-staff-user">
                <p class="lk-staff-user__name">{who}</p>
                <form method="post" action=paths::SIGN_OUT class="lk-staff-user__out">
                    <button type="submit" class="lk-button lk-button--secondary">{t("staff-sign-out")}</button>
                    <button type="submit" name="overal" value="ja" class="lk-button lk-button--secondary">{t("staff-sign-out-everywhere")}</button>
                </form>
            </div>
        }
    });
    view! {
        <a href="#inhoud" class="lk-skip-link">{t("layout-skip-link")}</a>
        <header class="lk-header lk-header--staff">
            <div class="lk-width lk-header__inner">
                <a href=BASE class="lk-header__logo">{t("municipality")} " · " {t("staff-header")}</a>
                {nav}
            </div>
        </header>
        <DisplayBar/>
        <div class="lk-width lk-page">
            <main id="inhoud" class="lk-main lk-main--wide" tabindex="-1">{children()}</main>
        </div>
    }
}
