//! `/medewerker/kengetallen/raad?kwartaal=2026-3` (team leads): the quarterly
//! report for the council, made to be printed: a short page on how to read
//! it, then one page per theme with each KPI's figure over the quarter, its
//! norm, the 0-meting and the weeks that stood out, and the definitions.
//! Small counts are not published ([`super::council_views::SMALL`]).

use leptos::prelude::*;
use leptos_meta::Title;

use super::context::StaffUser;
use super::council_views::{CouncilRow, CouncilTheme, CouncilView, Quarter, SMALL, published};
use super::kpi_page::measure;
use super::layout::StaffLayout;
use super::paths;
use super::trend_page::signal_words;
use crate::i18n::{self, t, t_args};

fn quarter_words(q: Quarter) -> String {
    t_args(
        "staff-council-quarter",
        &[
            ("number", i64::from(q.number).into()),
            ("year", i64::from(q.year).into()),
        ],
    )
}

fn row_view(row: &CouncilRow, weeks: usize) -> impl IntoView + use<> {
    let kpi = &row.kpi;
    let shown = published(kpi);
    let value = if shown {
        measure(kpi.value)
    } else {
        t_args("staff-council-small", &[("n", SMALL.into())])
    };
    let meets = match kpi.meets.filter(|_| shown) {
        Some(true) => t("staff-kpi-meets"),
        Some(false) => t("staff-kpi-misses"),
        None => t("summary-empty"),
    };
    let baseline = row
        .baseline
        .map(|v| measure(kpi.unit.measure(v.round() as i64)))
        .unwrap_or_else(|| t("summary-empty"));
    let deviations = t_args(
        "staff-council-weeks-of",
        &[("n", row.deviations.len().into()), ("of", weeks.into())],
    );
    view! {
        <tr>
            <th scope="row">{t(&kpi.key)}</th>
            <td class="lk-table__number">{value}</td>
            <td class="lk-table__number">{kpi.norm.map(measure).unwrap_or_else(|| t("summary-empty"))}</td>
            <td>{meets}</td>
            <td class="lk-table__number">{baseline}</td>
            <td class="lk-table__number">{deviations}</td>
        </tr>
    }
}

fn theme_view(index: usize, theme: &CouncilTheme, weeks: usize) -> impl IntoView + use<> {
    let lang = i18n::current();
    let id = format!("raad-thema-{index}");
    let rows = theme.rows.iter().map(|r| row_view(r, weeks)).collect_view();
    let noticed: Vec<String> = theme
        .rows
        .iter()
        .flat_map(|r| {
            r.deviations.iter().map(|(week, signal)| {
                t_args(
                    "staff-council-deviation",
                    &[
                        ("name", t(&r.kpi.key).into()),
                        ("date", i18n::date_in(lang, *week).into()),
                        ("what", signal_words(Some(*signal)).to_lowercase().into()),
                    ],
                )
            })
        })
        .collect();
    let noticed = if noticed.is_empty() {
        view! { <p>{t("staff-council-nothing-noticed")}</p> }.into_any()
    } else {
        let items = noticed
            .into_iter()
            .map(|s| view! { <li>{s}</li> })
            .collect_view();
        view! { <ul class="lk-list lk-list--bullet">{items}</ul> }.into_any()
    };
    let definitions = theme
        .rows
        .iter()
        .map(|r| {
            view! { <div class="lk-summary-list__row"><dt class="lk-summary-list__key">{t(&r.kpi.key)}</dt><dd class="lk-summary-list__value">{t(&format!("{}-how", r.kpi.key))}</dd></div> }
        })
        .collect_view();
    view! {
        <section class="lk-council__theme" aria-labelledby=id.clone()>
            <h2 class="lk-heading-l" id=id.clone()>{t(&theme.key)}</h2>
            <div class="lk-table-wrap" tabindex="0" role="region" aria-labelledby=id.clone()>
                <table class="lk-table">
                    <caption class="lk-visually-hidden">{t(&theme.key)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("staff-kpi-name")}</th>
                            <th scope="col" class="lk-table__number">{t("staff-council-value")}</th>
                            <th scope="col" class="lk-table__number">{t("staff-kpi-norm")}</th>
                            <th scope="col">{t("staff-kpi-met")}</th>
                            <th scope="col" class="lk-table__number">{t("staff-council-baseline")}</th>
                            <th scope="col" class="lk-table__number">{t("staff-council-weeks")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h3 class="lk-heading-s">{t("staff-council-noticed")}</h3>
            {noticed}
            <h3 class="lk-heading-s">{t("staff-kpi-definitions")}</h3>
            <dl class="lk-summary-list">{definitions}</dl>
        </section>
    }
}

fn channels_view(channels: &[(String, i64)]) -> impl IntoView + use<> {
    let rows = channels
        .iter()
        .map(|(key, n)| {
            let shown = *n == 0 || *n >= SMALL;
            let value = if shown {
                n.to_string()
            } else {
                t_args("staff-council-small", &[("n", SMALL.into())])
            };
            view! { <tr><th scope="row">{t(key)}</th><td class="lk-table__number">{value}</td></tr> }
        })
        .collect_view();
    view! {
        <section class="lk-council__theme" aria-labelledby="raad-kanalen">
            <h2 class="lk-heading-l" id="raad-kanalen">{t("staff-council-channels")}</h2>
            <p>{t("staff-council-channels-intro")}</p>
            <div class="lk-table-wrap" tabindex="0" role="region" aria-labelledby="raad-kanalen">
                <table class="lk-table">
                    <caption class="lk-visually-hidden">{t("staff-council-channels")}</caption>
                    <thead><tr>
                        <th scope="col">{t("staff-council-channel")}</th>
                        <th scope="col" class="lk-table__number">{t("staff-council-count")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
pub fn CouncilPage(user: StaffUser, view: CouncilView) -> impl IntoView {
    let lang = i18n::current();
    let quarter = quarter_words(view.quarter);
    let title = t_args(
        "staff-council-title",
        &[("quarter", quarter.clone().into())],
    );
    let period = t_args(
        "staff-council-period",
        &[
            (
                "first",
                i18n::date_in(lang, view.quarter.first_day()).into(),
            ),
            ("last", i18n::date_in(lang, view.quarter.last_day()).into()),
        ],
    );
    let previous = view.quarter.previous();
    let next = view.quarter.next();
    let later = (next.first_day() <= view.latest.first_day()).then(|| {
        view! { <li><a href=paths::council_report(&next.slug())>{t_args("staff-council-go", &[("quarter", quarter_words(next).into())])}</a></li> }
    });
    let baseline = match &view.baseline {
        Some(b) => t_args(
            "staff-council-baseline-named",
            &[
                ("name", b.name.clone().into()),
                ("first", i18n::date_in(lang, b.first_week).into()),
                ("last", i18n::date_in(lang, b.last_week).into()),
            ],
        ),
        None => t("staff-council-baseline-none"),
    };
    let weeks = view.weeks;
    let themes = view
        .themes
        .iter()
        .enumerate()
        .map(|(i, theme)| theme_view(i, theme, weeks))
        .collect_view();
    view! {
        <Title text=i18n::title(&[&title])/>
        <StaffLayout user=Some(user)>
            <div class="lk-council">
                <h1 class="lk-heading-xl">{title.clone()}</h1>
                <p class="lk-lead">{period}</p>
                <ul class="lk-list lk-print-hidden">
                    <li><a href=paths::council_report(&previous.slug())>{t_args("staff-council-go", &[("quarter", quarter_words(previous).into())])}</a></li>
                    {later}
                    <li><a href=paths::KPI>{t("staff-trend-back")}</a></li>
                </ul>
                <p class="lk-print-hidden">{t("staff-council-print")}</p>
                <section aria-labelledby="raad-lezen">
                    <h2 class="lk-heading-l" id="raad-lezen">{t("staff-council-how")}</h2>
                    <p>{t("staff-council-how-figures")}</p>
                    <p>{baseline}</p>
                    <p>{t("staff-trend-rule")}</p>
                    <p>{t_args("staff-council-how-small", &[("n", SMALL.into())])}</p>
                </section>
                {themes}
                {channels_view(&view.channels)}
            </div>
        </StaffLayout>
    }
}
