//! `/medewerker/balie`: the counter agenda of a location's day (today by
//! default): every visit in time order with its reference, products, length
//! and what to bring, and the one next step as a button ("Aangekomen",
//! "Oproepen" to a counter, "Start", "Klaar", and "Niet gekomen" from 15
//! minutes after the start). Each button's name carries the visit's time and
//! number, so a screen reader's list of buttons tells them apart. A walk-in
//! is registered at the top; the waiting-room screen is linked.

use leptos::prelude::*;
use leptos_meta::Title;

use super::context::StaffUser;
use super::counter_views::{CounterDayView, CounterRow, Stage};
use super::layout::StaffLayout;
use super::paths;
use crate::i18n::{self, bare_clock, clock_in, t, t_args};
use crate::visit::VISIT_PRODUCTS;

fn product_names(slugs: &[String]) -> String {
    slugs
        .iter()
        .filter_map(|s| VISIT_PRODUCTS.iter().find(|p| p.slug == s.as_str()))
        .map(|p| p.name())
        .collect::<Vec<_>>()
        .join(", ")
}

fn bring(slugs: &[String]) -> String {
    let mut keys: Vec<&str> = slugs
        .iter()
        .filter_map(|s| VISIT_PRODUCTS.iter().find(|p| p.slug == s.as_str()))
        .flat_map(|p| p.bring.iter().copied())
        .collect();
    keys.dedup();
    keys.into_iter().map(t).collect::<Vec<_>>().join("; ")
}

/// A button that posts one step; its name says which visit.
fn step_button(
    row: &CounterRow,
    step: &'static str,
    key: &'static str,
    secondary: bool,
) -> impl IntoView + use<> {
    let class = if secondary {
        "lk-button lk-button--secondary lk-button--small"
    } else {
        "lk-button lk-button--small"
    };
    let which = format!(
        " {} {}",
        clock_in(i18n::current(), row.start),
        row.reference
    );
    view! {
        <form method="post" action=paths::counter_step(&row.reference, step) class="lk-inline-form">
            <button type="submit" class=class>{t(key)}<span class="lk-visually-hidden">{which}</span></button>
        </form>
    }
}

fn actions(row: &CounterRow, counters: u16) -> impl IntoView + use<> {
    match row.stage {
        Stage::Expected => view! {
            {step_button(row, "aankomst", "staff-counter-check-in", false)}
            {row.may_mark_not_come.then(|| step_button(row, "niet-gekomen", "staff-counter-not-come", true))}
        }
        .into_any(),
        Stage::Arrived => {
            let id = format!("balie-{}", row.reference);
            let options = (1..=counters)
                .map(|n| view! { <option value=n.to_string()>{n}</option> })
                .collect_view();
            let which = format!(" {} {}", row.call_number.clone().unwrap_or_default(), row.reference);
            view! {
                <form method="post" action=paths::counter_step(&row.reference, "oproepen") class="lk-inline-form">
                    <label class="lk-label" for=id.clone()>{t("staff-counter-counter")}<span class="lk-visually-hidden">{which.clone()}</span></label>
                    <select class="lk-select" id=id name="balie">{options}</select>
                    <button type="submit" class="lk-button lk-button--small">{t("staff-counter-call")}<span class="lk-visually-hidden">{which}</span></button>
                </form>
            }
            .into_any()
        }
        Stage::Called => step_button(row, "start", "staff-counter-start", false).into_any(),
        Stage::AtCounter => step_button(row, "klaar", "staff-counter-done", false).into_any(),
        Stage::Helped | Stage::NotCome => ().into_any(),
    }
}

fn row_view(row: CounterRow, counters: u16) -> impl IntoView {
    let who = if row.walk_in {
        t("staff-counter-walk-in")
    } else {
        row.name.clone()
    };
    let mut stage = t(row.stage.key());
    if let (Some(number), Some(counter)) = (&row.call_number, row.counter) {
        stage = format!(
            "{stage}: {}",
            t_args(
                "staff-counter-called-to",
                &[
                    ("number", number.clone().into()),
                    ("counter", counter.into())
                ]
            )
        );
    } else if let Some(number) = &row.call_number {
        stage = format!("{stage}: {number}");
    }
    let waited = row.waited_minutes.map(|m| {
        view! { <br/>{t_args("staff-counter-waited", &[("minutes", m.into())])} }
    });
    let time = format!("{}–{}", bare_clock(row.start), bare_clock(row.end));
    let length = t_args(
        "staff-counter-minutes",
        &[("minutes", i64::from(row.end - row.start).into())],
    );
    let acts = actions(&row, counters);
    view! {
        <tr>
            <td>{time}<br/><span class="lk-hint">{length}</span></td>
            <td>{row.reference.clone()}</td>
            <td>{who}</td>
            <td>{product_names(&row.products)}<br/><span class="lk-hint">{bring(&row.products)}</span></td>
            <td>{stage}{waited}</td>
            <td>{acts}</td>
        </tr>
    }
}

fn walk_in_form(view: &CounterDayView) -> impl IntoView + use<> {
    let items = VISIT_PRODUCTS
        .iter()
        .map(|p| {
            let id = format!("inloop-{}", p.slug);
            view! {
                <div class="lk-checkboxes__item">
                    <input class="lk-checkboxes__input" type="checkbox" id=id.clone() name="product" value=p.slug/>
                    <label class="lk-label lk-checkboxes__label" for=id>{p.name()}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <form method="post" action=paths::COUNTER_WALK_IN class="lk-filter">
            <input type="hidden" name="formulier" value=view.nonce.clone()/>
            <input type="hidden" name="locatie" value=view.location.0.clone()/>
            <fieldset class="lk-fieldset">
                <legend class="lk-fieldset__legend">{t("staff-counter-walk-in-legend")}</legend>
                <div class="lk-checkboxes">{items}</div>
                <button type="submit" class="lk-button lk-button--secondary">{t("staff-counter-walk-in-button")}</button>
            </fieldset>
        </form>
    }
}

#[component]
pub fn CounterPage(user: StaffUser, view: CounterDayView) -> impl IntoView {
    let (slug, name) = view.location.clone();
    let title = t_args(
        "staff-counter-title",
        &[
            ("location", name.clone().into()),
            ("day", i18n::weekday_and_date(view.day).into()),
        ],
    );
    let notice = view.notice.clone().map(|(key, value)| {
        view! { <div class="lk-notice" role="status"><p>{t_args(&key, &[("value", value.into())])}</p></div> }
    });
    let places = view
        .locations
        .iter()
        .map(|(s, n)| {
            if *s == slug {
                view! { <li><strong aria-current="page">{n.clone()}</strong></li> }.into_any()
            } else {
                view! { <li><a href=paths::counter_day(s, view.day)>{n.clone()}</a></li> }
                    .into_any()
            }
        })
        .collect_view();
    let previous = view
        .day
        .yesterday()
        .ok()
        .map(|d| paths::counter_day(&slug, d));
    let next = view
        .day
        .tomorrow()
        .ok()
        .map(|d| paths::counter_day(&slug, d));
    let counters = view.counters;
    let body = if view.rows.is_empty() {
        view! { <p>{t("staff-counter-none")}</p> }.into_any()
    } else {
        let rows = view
            .rows
            .clone()
            .into_iter()
            .map(|r| row_view(r, counters))
            .collect_view();
        view! {
            <div class="lk-table-wrap" tabindex="0" role="region" aria-labelledby="agenda-titel">
                <table class="lk-table">
                    <caption id="agenda-titel" class="lk-table__caption">{t_args("staff-counter-caption", &[("count", (view.rows.len() as i64).into())])}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("staff-counter-time")}</th>
                            <th scope="col">{t("label-reference")}</th>
                            <th scope="col">{t("label-name")}</th>
                            <th scope="col">{t("staff-counter-products")}</th>
                            <th scope="col">{t("label-status")}</th>
                            <th scope="col">{t("staff-counter-next")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let walk_in = walk_in_form(&view);
    view! {
        <Title text=i18n::title(&[&title])/>
        <StaffLayout user=Some(user)>
            <h1 class="lk-heading-xl">{title.clone()}</h1>
            {notice}
            <nav class="lk-filter-links" aria-label=t("staff-counter-places")>
                <ul class="lk-filter-links__list">{places}</ul>
            </nav>
            <p>
                {previous.map(|href| view! { <a href=href rel="prev">{t("staff-counter-previous-day")}</a> " · " })}
                {next.map(|href| view! { <a href=href rel="next">{t("staff-counter-next-day")}</a> " · " })}
                <a href=paths::waiting_room(&slug)>{t("staff-counter-waiting-room")}</a>
            </p>
            {walk_in}
            {body}
        </StaffLayout>
    }
}
