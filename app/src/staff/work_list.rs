//! `/medewerker/aanvragen`: the work list. A data table (caption, column
//! headers with their sort state in the accessible name), filters in a GET
//! form and sorting as links, so every view works without scripts and can be
//! bookmarked, paging, and a count of what is shown. Days open are working
//! days against the product's service norm, said in words, not colour alone.

use leptos::prelude::*;
use leptos_meta::Title;

use super::context::{NormState, StaffUser, WorkFilter, WorkListView, WorkRow, WorkSort};
use super::layout::StaffLayout;
use super::paths;
use crate::domain::RequestStatus;
use crate::i18n::{self, t, t_args};

fn product_name(slug: &str) -> String {
    crate::catalogue::by_slug(slug)
        .map(|p| p.texts(i18n::current()).name.clone())
        .unwrap_or_else(|| slug.to_string())
}

fn link(filter: &WorkFilter) -> String {
    let query = filter.to_query();
    if query.is_empty() {
        paths::REQUESTS.to_string()
    } else {
        format!("{}?{query}", paths::REQUESTS)
    }
}

/// A column header that sorts: its state in `aria-sort` and in the link's words.
fn sort_header(filter: &WorkFilter, sort: WorkSort, key: &'static str) -> impl IntoView + use<> {
    let active = filter.sort == sort;
    let aria = active.then_some(if filter.descending {
        "descending"
    } else {
        "ascending"
    });
    let state = if active {
        t(if filter.descending {
            "staff-sorted-descending"
        } else {
            "staff-sorted-ascending"
        })
    } else {
        t("staff-sort-by")
    };
    let href = link(&filter.sorted_by(sort));
    view! {
        <th scope="col" aria-sort=aria>
            <a href=href>{t(key)}<span class="lk-visually-hidden">", " {state}</span></a>
        </th>
    }
}

fn norm_words(row: &WorkRow) -> String {
    let days = t_args(
        "staff-days-open",
        &[
            ("days", row.days_open.into()),
            ("norm", row.norm_days.into()),
        ],
    );
    match row.norm {
        NormState::Overdue => format!("{days}. {}", t("staff-norm-overdue")),
        NormState::AlmostDue => format!("{days}. {}", t("staff-norm-almost")),
        NormState::InTime | NormState::Closed => days,
    }
}

fn row_view(row: WorkRow) -> impl IntoView {
    let class = match row.norm {
        NormState::Overdue => "lk-tag lk-tag--overdue",
        NormState::AlmostDue => "lk-tag lk-tag--almost",
        _ => "",
    };
    let norm = norm_words(&row);
    let status = t(&row.status.key());
    let addition = row
        .addition_in
        .then(|| view! { <br/><strong class="lk-tag">{t("staff-addition-in")}</strong> });
    view! {
        <tr>
            <td><a href=paths::request(&row.reference)>{row.reference.clone()}</a></td>
            <td>{product_name(&row.product)}</td>
            <td>{i18n::date_in(i18n::current(), row.received)}</td>
            <td>{status}{addition}</td>
            <td><span class=class>{norm}</span></td>
            <td>{row.assigned_to.clone().unwrap_or_else(|| t("staff-unassigned"))}</td>
        </tr>
    }
}

fn filter_form(view: &WorkListView) -> impl IntoView + use<> {
    let filter = &view.filter;
    let products = view
        .products
        .iter()
        .map(|slug| {
            let selected = filter.product.as_deref() == Some(slug.as_str());
            view! { <option value=slug.clone() selected=selected>{product_name(slug)}</option> }
        })
        .collect_view();
    let statuses = RequestStatus::ALL
        .into_iter()
        .map(|s| {
            let selected = filter.status == Some(s);
            view! { <option value=s.as_str() selected=selected>{t(&s.key())}</option> }
        })
        .collect_view();
    let check = |name: &'static str, on: bool, key: &'static str| {
        view! {
            <div class="lk-checkboxes__item">
                <input class="lk-checkboxes__input" type="checkbox" id=format!("filter-{name}") name=name value="ja" checked=on/>
                <label class="lk-label lk-checkboxes__label" for=format!("filter-{name}")>{t(key)}</label>
            </div>
        }
    };
    view! {
        <form method="get" action=paths::REQUESTS class="lk-filter">
            <fieldset class="lk-fieldset">
                <legend class="lk-fieldset__legend">{t("staff-filter")}</legend>
                <div class="lk-form-group">
                    <label class="lk-label" for="filter-product">{t("label-product")}</label>
                    <select class="lk-select" id="filter-product" name="product">
                        <option value="">{t("staff-filter-all")}</option>
                        {products}
                    </select>
                </div>
                <div class="lk-form-group">
                    <label class="lk-label" for="filter-status">{t("label-status")}</label>
                    <select class="lk-select" id="filter-status" name="status">
                        <option value="">{t("staff-filter-all")}</option>
                        {statuses}
                    </select>
                </div>
                <div class="lk-checkboxes">
                    {check("te-laat", filter.overdue, "staff-filter-overdue")}
                    {check("mijn", filter.mine, "staff-filter-mine")}
                    {check("vrij", filter.unassigned, "staff-filter-unassigned")}
                </div>
                <button type="submit" class="lk-button lk-button--secondary">{t("staff-filter-apply")}</button>
            </fieldset>
        </form>
    }
}

#[component]
pub fn WorkListPage(user: StaffUser, view: WorkListView) -> impl IntoView {
    let filter = view.filter.clone();
    let per_page = i64::from(view.per_page.max(1));
    let pages = ((view.total + per_page - 1) / per_page).max(1);
    let first = (i64::from(filter.page) - 1) * per_page;
    let shown = view.rows.len() as i64;
    let count = if shown == 0 {
        t("staff-list-none")
    } else {
        t_args(
            "staff-list-count",
            &[
                ("from", (first + 1).into()),
                ("to", (first + shown).into()),
                ("total", view.total.into()),
            ],
        )
    };
    let paging = (pages > 1).then(|| {
        let page = i64::from(filter.page);
        let previous = (page > 1).then(|| {
            view! { <li><a rel="prev" href=link(&filter.on_page(filter.page - 1))>{t("staff-page-previous")}</a></li> }
        });
        let next = (page < pages).then(|| {
            view! { <li><a rel="next" href=link(&filter.on_page(filter.page + 1))>{t("staff-page-next")}</a></li> }
        });
        let at = t_args("staff-page-of", &[("page", page.into()), ("pages", pages.into())]);
        view! {
            <nav class="lk-pagination" aria-label=t("staff-pages")>
                <ul class="lk-pagination__list">{previous}<li aria-current="page">{at}</li>{next}</ul>
            </nav>
        }
    });
    let rows = view.rows.clone().into_iter().map(row_view).collect_view();
    let form = filter_form(&view);
    view! {
        <Title text=i18n::title(&[&t("staff-requests-title")])/>
        <StaffLayout user=Some(user)>
            <h1 class="lk-heading-xl">{t("staff-requests-title")}</h1>
            {form}
            <p role="status" id="aantal">{count.clone()}</p>
            <div class="lk-table-wrap" tabindex="0" role="region" aria-labelledby="werklijst-titel">
                <table class="lk-table">
                    <caption id="werklijst-titel" class="lk-table__caption">{t("staff-requests-caption")} " (" {count} ")"</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("label-reference")}</th>
                            {sort_header(&filter, WorkSort::Product, "label-product")}
                            {sort_header(&filter, WorkSort::Received, "staff-received")}
                            {sort_header(&filter, WorkSort::Status, "label-status")}
                            <th scope="col">{t("staff-norm")}</th>
                            <th scope="col">{t("staff-assigned-to")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {paging}
        </StaffLayout>
    }
}
