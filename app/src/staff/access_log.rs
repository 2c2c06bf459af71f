//! `/medewerker/inzage` (beheer): the access log, newest first, filtered on a
//! record ("aanvraag VH-7KQ4-M2XD"), paged, and exported as CSV. Read only:
//! nobody changes or removes a row through the application.

use leptos::prelude::*;
use leptos_meta::Title;

use super::context::{AccessLogView, StaffUser};
use super::layout::StaffLayout;
use super::paths;
use crate::i18n::{self, t, t_args};

#[component]
pub fn AccessLogPage(user: StaffUser, view: AccessLogView) -> impl IntoView {
    let lang = i18n::current();
    let rows = view
        .rows
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <td>{i18n::date_time_in(lang, &r.at)}</td>
                    <td>{r.staff.clone()}</td>
                    <td>{t(&r.role.key())} ", " {r.team.clone()}</td>
                    <td>{t(&format!("staff-action-{}", r.action))}</td>
                    <td>{r.record_kind.clone()} " " {r.record_id.clone()}</td>
                    <td>{r.purpose.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let per_page = i64::from(view.per_page.max(1));
    let pages = ((view.total + per_page - 1) / per_page).max(1);
    let query = |page: u32| {
        let mut pairs = vec![("pagina", page.to_string())];
        if !view.record.is_empty() {
            pairs.push(("record", view.record.clone()));
        }
        format!(
            "{}?{}",
            paths::ACCESS_LOG,
            serde_urlencoded::to_string(&pairs).unwrap_or_default()
        )
    };
    let csv = if view.record.is_empty() {
        paths::ACCESS_LOG_CSV.to_string()
    } else {
        format!(
            "{}?{}",
            paths::ACCESS_LOG_CSV,
            serde_urlencoded::to_string([("record", view.record.as_str())]).unwrap_or_default()
        )
    };
    let page = i64::from(view.page);
    let previous = (page > 1).then(|| view! { <li><a rel="prev" href=query(view.page - 1)>{t("staff-page-previous")}</a></li> });
    let next = (page < pages).then(
        || view! { <li><a rel="next" href=query(view.page + 1)>{t("staff-page-next")}</a></li> },
    );
    let count = t_args("staff-log-count", &[("total", view.total.into())]);
    view! {
        <Title text=i18n::title(&[&t("staff-log-title")])/>
        <StaffLayout user=Some(user)>
            <h1 class="lk-heading-xl">{t("staff-log-title")}</h1>
            <p>{t("staff-log-lead")}</p>
            <form method="get" action=paths::ACCESS_LOG class="lk-filter">
                <div class="lk-form-group">
                    <label class="lk-label" for="record">{t("staff-log-record")}</label>
                    <div class="lk-hint" id="record-hint">{t("staff-log-record-hint")}</div>
                    <input class="lk-input lk-input--w20" id="record" name="record" value=view.record.clone() aria-describedby="record-hint"/>
                </div>
                <button type="submit" class="lk-button lk-button--secondary">{t("staff-filter-apply")}</button>
            </form>
            <p><a href=csv download="inzage.csv">{t("staff-log-export")}</a></p>
            <p role="status">{count.clone()}</p>
            <div class="lk-table-wrap" tabindex="0" role="region" aria-labelledby="inzage-titel">
                <table class="lk-table">
                    <caption id="inzage-titel" class="lk-table__caption">{t("staff-log-caption")} " (" {count} ")"</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("staff-log-when")}</th>
                            <th scope="col">{t("staff-log-who")}</th>
                            <th scope="col">{t("staff-log-role")}</th>
                            <th scope="col">{t("staff-log-action")}</th>
                            <th scope="col">{t("staff-log-what")}</th>
                            <th scope="col">{t("staff-log-purpose")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {(pages > 1).then(|| view! {
                <nav class="lk-pagination" aria-label=t("staff-pages")>
                    <ul class="lk-pagination__list">{previous}<li aria-current="page">{t_args("staff-page-of", &[("page", page.into()), ("pages", pages.into())])}</li>{next}</ul>
                </nav>
            })}
        </StaffLayout>
    }
}
