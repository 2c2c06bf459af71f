//! `/medewerker/terugbellen`: the KCC's queue of open callback requests, in
//! order of due time, in two groups by the day part the resident chose. The
//! first thing on the page is "Volgende oppakken", so an agent goes from the
//! queue to the next request with one key press; each row says in words how
//! it stands against its due time and who holds it. Filters are links (GET).

use leptos::prelude::*;
use leptos_meta::Title;

use super::callback_views::{CallbackFilter, CallbackQueueView, CallbackRow};
use super::context::StaffUser;
use super::layout::StaffLayout;
use super::paths;
use crate::callback::{DayPart, weekday_and_date};
use crate::domain::working_hours::Urgency;
use crate::i18n::{self, t, t_args};

/// The words for a request's standing; a tag class for the eye, the words for everyone.
pub fn urgency_words(urgency: Urgency) -> (String, &'static str) {
    match urgency {
        Urgency::Overdue => (t("staff-callback-overdue"), "lk-tag lk-tag--overdue"),
        Urgency::AlmostDue => (t("staff-callback-almost"), "lk-tag lk-tag--almost"),
        Urgency::InTime => (t("staff-callback-in-time"), ""),
    }
}

fn row_view(row: CallbackRow) -> impl IntoView {
    let (words, class) = urgency_words(row.urgency);
    let holder = match (&row.held_by, row.mine) {
        (_, true) => t("staff-callback-held-by-me"),
        (Some(name), false) => name.clone(),
        (None, false) => t("staff-unassigned"),
    };
    view! {
        <tr>
            <td><a href=paths::callback(&row.reference)>{row.reference.clone()}</a></td>
            <td>{row.topic.clone()}</td>
            <td>{weekday_and_date(row.day)}</td>
            <td>{i18n::date_in(i18n::current(), row.due)} <br/><span class=class>{words}</span></td>
            <td>{row.attempts}</td>
            <td>{holder}</td>
        </tr>
    }
}

fn group(part: DayPart, rows: Vec<CallbackRow>) -> impl IntoView {
    let id = format!("groep-{}", part.slug());
    let heading = t_args(
        "staff-callback-group",
        &[
            ("part", t(&format!("callback-part-{}", part.slug())).into()),
            ("hours", part.hours(i18n::current()).into()),
            ("count", (rows.len() as i64).into()),
        ],
    );
    let body = if rows.is_empty() {
        view! { <p>{t("staff-callback-group-empty")}</p> }.into_any()
    } else {
        let rows = rows.into_iter().map(row_view).collect_view();
        view! {
            <div class="lk-table-wrap" tabindex="0" role="region" aria-labelledby=id.clone()>
                <table class="lk-table">
                    <caption class="lk-visually-hidden">{heading.clone()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("label-reference")}</th>
                            <th scope="col">{t("label-topic")}</th>
                            <th scope="col">{t("staff-callback-chosen-day")}</th>
                            <th scope="col">{t("staff-callback-due")}</th>
                            <th scope="col">{t("staff-callback-attempts")}</th>
                            <th scope="col">{t("staff-callback-holder")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <h2 class="lk-heading-m" id=id>{heading.clone()}</h2>
        {body}
    }
}

/// One set of filter links: the current one is marked, not a link.
fn choices(
    label: &'static str,
    items: Vec<(String, CallbackFilter)>,
    current: &CallbackFilter,
) -> impl IntoView + use<> {
    let links = items
        .into_iter()
        .map(|(words, filter)| {
            if &filter == current {
                view! { <li><strong aria-current="page">{words}</strong></li> }.into_any()
            } else {
                view! { <li><a href=filter.href()>{words}</a></li> }.into_any()
            }
        })
        .collect_view();
    view! {
        <div class="lk-filter-links">
            <span class="lk-filter-links__label">{t(label)}</span>
            <ul class="lk-filter-links__list">{links}</ul>
        </div>
    }
}

fn filters(current: &CallbackFilter) -> impl IntoView + use<> {
    let with = |change: &dyn Fn(&mut CallbackFilter)| {
        let mut f = current.clone();
        change(&mut f);
        f
    };
    let parts = vec![
        (t("staff-filter-all"), with(&|f| f.part = None)),
        (
            t("callback-part-ochtend"),
            with(&|f| f.part = Some(DayPart::Morning)),
        ),
        (
            t("callback-part-middag"),
            with(&|f| f.part = Some(DayPart::Afternoon)),
        ),
    ];
    let urgencies = vec![
        (t("staff-filter-all"), with(&|f| f.urgency = None)),
        (
            t("staff-callback-overdue"),
            with(&|f| f.urgency = Some(Urgency::Overdue)),
        ),
        (
            t("staff-callback-almost"),
            with(&|f| f.urgency = Some(Urgency::AlmostDue)),
        ),
    ];
    let holders = vec![
        (t("staff-filter-all"), with(&|f| f.mine = false)),
        (t("staff-callback-held-by-me"), with(&|f| f.mine = true)),
    ];
    view! {
        <nav class="lk-filter" aria-label=t("staff-filter")>
            {choices("staff-callback-filter-part", parts, current)}
            {choices("staff-callback-filter-urgency", urgencies, current)}
            {choices("staff-callback-filter-holder", holders, current)}
        </nav>
    }
}

fn notice(notice: &Option<(String, Option<String>)>) -> Option<impl IntoView + use<>> {
    let (key, reference) = notice.clone()?;
    let text = t_args(&key, &[("reference", reference.unwrap_or_default().into())]);
    Some(view! { <div class="lk-notice" role="status"><p>{text}</p></div> })
}

#[component]
pub fn CallbackQueuePage(user: StaffUser, view: CallbackQueueView) -> impl IntoView {
    let (morning, afternoon): (Vec<_>, Vec<_>) = view
        .rows
        .clone()
        .into_iter()
        .partition(|r| r.part == DayPart::Morning);
    let parts = match view.filter.part {
        Some(DayPart::Morning) => vec![(DayPart::Morning, morning)],
        Some(DayPart::Afternoon) => vec![(DayPart::Afternoon, afternoon)],
        None => vec![(DayPart::Morning, morning), (DayPart::Afternoon, afternoon)],
    };
    let groups = parts
        .into_iter()
        .map(|(part, rows)| group(part, rows))
        .collect_view();
    let count = t_args(
        "staff-callback-count",
        &[("count", (view.rows.len() as i64).into())],
    );
    let part = view.filter.part.map(|p| p.slug()).unwrap_or("");
    view! {
        <Title text=i18n::title(&[&t("staff-callbacks-title")])/>
        <StaffLayout user=Some(user)>
            <h1 class="lk-heading-xl">{t("staff-callbacks-title")}</h1>
            {notice(&view.notice)}
            <form method="post" action=paths::CALLBACK_NEXT>
                <input type="hidden" name="dagdeel" value=part/>
                <button type="submit" class="lk-button">{t("staff-callback-take-next")}</button>
            </form>
            {filters(&view.filter)}
            <p id="aantal">{count}</p>
            {groups}
        </StaffLayout>
    }
}
