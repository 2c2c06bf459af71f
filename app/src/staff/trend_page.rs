//! `/medewerker/kengetallen/verloop` (team leads): every KPI over the last
//! 26 whole weeks, each with a sentence that says whether the last week was
//! normal (by the rule stated on the page), the chart, the same numbers in a
//! table and a CSV download; the baselines (0-meting) with the form to mark
//! one. Everything works without scripts: links and one form that posts.

use leptos::prelude::*;
use leptos_meta::Title;

use super::context::StaffUser;
use super::deviation::Signal;
use super::kpi_page::measure;
use super::layout::StaffLayout;
use super::paths;
use super::trend_chart::TrendChart;
use super::trend_views::{Baseline, BaselineForm, BaselineProblem, Trend, TrendView};
use crate::components::{ErrorSummary, TextInput};
use crate::i18n::{self, Arg, t, t_args};
use crate::journey::FieldError;

fn limit(trend: &Trend, v: f64) -> String {
    measure(trend.unit.measure(v.round() as i64))
}

pub(super) fn signal_words(signal: Option<Signal>) -> String {
    match signal {
        Some(Signal::Above) => t("staff-trend-above"),
        Some(Signal::Below) => t("staff-trend-below"),
        Some(Signal::RunAbove) => t("staff-trend-run-above"),
        Some(Signal::RunBelow) => t("staff-trend-run-below"),
        None => t("staff-trend-no"),
    }
}

/// A figure that ends in an abbreviation ("53 sec.") at the end of a sentence ends it once.
fn one_stop(text: String) -> String {
    text.replace("..", ".")
}

/// The sentence under the chart: the last week's figure and what the rule says.
pub fn sentence(trend: &Trend) -> String {
    one_stop(said(trend))
}

fn said(trend: &Trend) -> String {
    let lang = i18n::current();
    let Some((week, signal)) = trend.last() else {
        return String::new();
    };
    let date = i18n::date_in(lang, week.week);
    let Some(value) = week.value else {
        // Records without a figure: fewer answers than a share is given for.
        let key = if week.basis > 0 {
            "staff-trend-too-few"
        } else {
            "staff-trend-nothing"
        };
        return t_args(
            key,
            &[("name", t(&trend.key).into()), ("date", date.into())],
        );
    };
    let first = t_args(
        "staff-trend-figure",
        &[
            ("name", t(&trend.key).into()),
            ("date", date.into()),
            ("value", measure(trend.unit.measure(value)).into()),
        ],
    );
    let Some(l) = trend.limits else {
        return format!("{first} {}", t("staff-trend-no-limits"));
    };
    let between: [(&str, Arg); 2] = [
        ("lower", limit(trend, l.lower).into()),
        ("upper", limit(trend, l.upper).into()),
    ];
    let second = match signal {
        Some(Signal::Above) => t_args("staff-trend-higher", &between),
        Some(Signal::Below) => t_args("staff-trend-lower", &between),
        Some(Signal::RunAbove) => t_args(
            "staff-trend-long-higher",
            &[("mean", limit(trend, l.mean).into())],
        ),
        Some(Signal::RunBelow) => t_args(
            "staff-trend-long-lower",
            &[("mean", limit(trend, l.mean).into())],
        ),
        None => t_args("staff-trend-normal", &between),
    };
    format!("{first} {second}")
}

fn trend_view(group: usize, index: usize, trend: Trend, baseline: bool) -> impl IntoView {
    let id = format!("verloop-{group}-{index}");
    let (heading, said, table) = (
        format!("{id}-titel"),
        format!("{id}-zin"),
        format!("{id}-tabel"),
    );
    let text = sentence(&trend);
    let compare = baseline.then(|| {
        let now = trend.last().and_then(|(w, _)| w.value);
        trend.baseline.zip(now).map(|(base, now)| {
            let words = t_args(
                "staff-trend-compare",
                &[
                    ("now", measure(trend.unit.measure(now)).into()),
                    ("base", limit(&trend, base).into()),
                ],
            );
            view! { <p>{one_stop(words)}</p> }
        })
    });
    let deviations = t_args(
        "staff-trend-deviations",
        &[("n", (trend.deviations() as i64).into())],
    );
    let lang = i18n::current();
    let rows = trend
        .weeks
        .iter()
        .zip(&trend.signals)
        .rev()
        .map(|(w, s)| {
            view! {
                <tr>
                    <th scope="row">{i18n::date_in(lang, w.week)}</th>
                    <td class="lk-table__number">{w.value.map(|v| measure(trend.unit.measure(v))).unwrap_or_else(|| t(if w.basis > 0 { "staff-kpi-too-few" } else { "staff-kpi-nothing" }))}</td>
                    <td class="lk-table__number">{w.basis}</td>
                    <td>{signal_words(*s)}</td>
                </tr>
            }
        })
        .collect_view();
    let csv = format!("{}?kpi={}", paths::KPI_TRENDS_CSV, trend.key);
    let name = t(&trend.key);
    view! {
        <section class="lk-trend" aria-labelledby=heading.clone()>
            <h3 class="lk-heading-s" id=heading.clone()>{name.clone()}</h3>
            {compare}
            <p id=said.clone()>{text}</p>
            <TrendChart trend=trend label=heading.clone() described=said/>
            <p>{deviations}</p>
            <div class="lk-table-wrap" tabindex="0" role="region" aria-labelledby=table.clone()>
                <table class="lk-table">
                    <caption class="lk-table__caption" id=table.clone()>{t_args("staff-trend-table", &[("name", name.into())])}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("staff-trend-week")}</th>
                            <th scope="col" class="lk-table__number">{t("staff-kpi-value")}</th>
                            <th scope="col" class="lk-table__number">{t("staff-kpi-basis")}</th>
                            <th scope="col">{t("staff-trend-verdict")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p><a href=csv download="">{t("staff-trend-csv")}</a></p>
        </section>
    }
}

fn baseline_list(baselines: &[Baseline], chosen: Option<&Baseline>) -> impl IntoView + use<> {
    let lang = i18n::current();
    let items = baselines
        .iter()
        .map(|b| {
            let weeks = t_args(
                "staff-trend-baseline-weeks",
                &[
                    ("from", i18n::date_in(lang, b.first_week).into()),
                    ("to", i18n::date_in(lang, b.last_week).into()),
                    ("who", b.marked_by.clone().into()),
                ],
            );
            let current = chosen.is_some_and(|c| c.id == b.id);
            let link = if current {
                view! { <strong>{b.name.clone()}</strong>" ("{t("staff-trend-baseline-in-use")}")" }.into_any()
            } else {
                view! { <a href=format!("{}?nulmeting={}", paths::KPI_TRENDS, b.id)>{b.name.clone()}</a> }.into_any()
            };
            view! { <li>{link}": "{weeks}</li> }
        })
        .collect_view();
    (!baselines.is_empty()).then(|| view! { <ul class="lk-list">{items}</ul> })
}

fn problem_field(form: &BaselineForm) -> Option<&'static str> {
    form.problem.map(|p| match p {
        BaselineProblem::NoName | BaselineProblem::NameTaken => "naam",
        _ => "van",
    })
}

fn baseline_errors(form: &BaselineForm) -> Vec<FieldError> {
    form.problem
        .zip(problem_field(form))
        .map(|(p, f)| vec![FieldError::single(f, p.key())])
        .unwrap_or_default()
}

fn baseline_form(form: BaselineForm) -> impl IntoView {
    let field = problem_field(&form);
    let message = move |name: &str| {
        (field == Some(name))
            .then(|| form.problem.map(|p| t(p.key())))
            .flatten()
    };
    let marked = form
        .marked
        .then(|| view! { <div class="lk-notice" role="status"><p>{t("staff-trend-baseline-marked")}</p></div> });
    view! {
        {marked}
        <h3 class="lk-heading-s">{t("staff-trend-baseline-new")}</h3>
        <p>{t("staff-trend-baseline-how")}</p>
        <form method="post" action=paths::KPI_TRENDS novalidate=true>
            <TextInput id="naam" label=t("staff-trend-baseline-name") hint=t("staff-trend-baseline-name-hint") value=form.name error=message("naam") width="lk-input--w20"/>
            <TextInput id="van" label=t("staff-trend-baseline-from") hint=t("staff-trend-baseline-date-hint") value=form.from error=message("van") width="lk-input--w10"/>
            <TextInput id="tot" label=t("staff-trend-baseline-to") hint=t("staff-trend-baseline-date-hint") value=form.to error=message("tot") width="lk-input--w10"/>
            <button type="submit" class="lk-button">{t("staff-trend-baseline-mark")}</button>
        </form>
    }
}

#[component]
pub fn TrendPage(user: StaffUser, view: TrendView) -> impl IntoView {
    let title = t("staff-trend-title");
    let lang = i18n::current();
    let span = match (view.groups.first().and_then(|g| g.trends.first())).map(|t| &t.weeks) {
        Some(weeks) if !weeks.is_empty() => t_args(
            "staff-trend-span",
            &[
                ("from", i18n::date_in(lang, weeks[0].week).into()),
                (
                    "to",
                    i18n::date_in(lang, weeks[weeks.len() - 1].week).into(),
                ),
            ],
        ),
        _ => String::new(),
    };
    let computed = view
        .computed_at
        .as_deref()
        .and_then(|at| at.parse::<jiff::Timestamp>().ok())
        .and_then(|ts| ts.in_tz("Europe/Amsterdam").ok())
        .map(|at| {
            t_args(
                "staff-trend-computed",
                &[("at", i18n::date_time_in(lang, &at).into())],
            )
        });
    let chosen = view.chosen.clone();
    let judged = match &chosen {
        Some(b) => t_args(
            "staff-trend-judged-baseline",
            &[("name", b.name.clone().into())],
        ),
        None => t("staff-trend-judged-own"),
    };
    let has_baseline = chosen.is_some();
    let nav = view
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| view! { <li><a href=format!("#verloop-{i}")>{t(&g.key)}</a></li> })
        .collect_view();
    let groups = view
        .groups
        .into_iter()
        .enumerate()
        .map(|(i, g)| {
            let trends = g
                .trends
                .into_iter()
                .enumerate()
                .map(|(j, trend)| trend_view(i, j, trend, has_baseline))
                .collect_view();
            view! {
                <h2 class="lk-heading-m" id=format!("verloop-{i}")>{t(&g.key)}</h2>
                {trends}
            }
        })
        .collect_view();
    view! {
        <Title text=i18n::title(&[&title])/>
        <StaffLayout user=Some(user)>
            <ErrorSummary errors=baseline_errors(&view.form)/>
            <h1 class="lk-heading-xl">{title.clone()}</h1>
            <p class="lk-lead">{span}</p>
            <p>{computed}" "{t("staff-trend-refresh")}</p>
            <ul class="lk-list">
                <li><a href=paths::KPI>{t("staff-trend-back")}</a></li>
                <li><a href=paths::KPI_TRENDS_CSV download="">{t("staff-trend-csv-all")}</a></li>
            </ul>
            <h2 class="lk-heading-m">{t("staff-trend-rule-heading")}</h2>
            <p>{t("staff-trend-rule")}</p>
            <p>{judged}</p>
            <nav aria-labelledby="verloop-inhoud">
                <h2 class="lk-heading-m" id="verloop-inhoud">{t("staff-trend-contents")}</h2>
                <ul class="lk-list">
                    {nav}
                    <li><a href="#nulmeting">{t("staff-trend-baseline-heading")}</a></li>
                </ul>
            </nav>
            {groups}
            <h2 class="lk-heading-m" id="nulmeting">{t("staff-trend-baseline-heading")}</h2>
            {baseline_list(&view.baselines, chosen.as_ref())}
            {baseline_form(view.form)}
        </StaffLayout>
    }
}
