//! `/medewerker/kengetallen` (team leads): the KPIs of a week in tables, one
//! per group, each row with its figure, its norm, whether the norm is met
//! (in words, never only a colour) and how many records it rests on; each
//! KPI's definition under its table. Weeks are links (GET).

use leptos::prelude::*;
use leptos_meta::Title;

use super::context::StaffUser;
use super::kpi_views::{
    CallImport, Funnel, Kpi, KpiGroup, KpiView, LibraryFigures, Measure, share,
};
use super::layout::StaffLayout;
use super::paths;
use crate::i18n::{self, t, t_args};

pub(super) fn measure(m: Measure) -> String {
    match m {
        Measure::Percent(p) => format!("{p} %"),
        Measure::Seconds(n) => t_args("staff-kpi-seconds", &[("n", n.into())]),
        Measure::Minutes(n) => t_args("staff-kpi-minutes", &[("n", n.into())]),
        Measure::Hours(n) => t_args("staff-kpi-hours", &[("n", n.into())]),
        Measure::WorkingDays(n) => t_args("staff-kpi-days", &[("n", n.into())]),
        Measure::Count(n) => n.to_string(),
        Measure::Nothing => t("staff-kpi-nothing"),
        Measure::TooFew => t("staff-kpi-too-few"),
    }
}

fn kpi_row(kpi: &Kpi) -> impl IntoView + use<> {
    let meets = match kpi.meets {
        Some(true) => t("staff-kpi-meets"),
        Some(false) => t("staff-kpi-misses"),
        None => t("summary-empty"),
    };
    view! {
        <tr>
            <th scope="row">{t(&kpi.key)}</th>
            <td class="lk-table__number">{measure(kpi.value)}</td>
            <td class="lk-table__number">{kpi.norm.map(measure).unwrap_or_else(|| t("summary-empty"))}</td>
            <td>{meets}</td>
            <td class="lk-table__number">{kpi.basis}</td>
        </tr>
    }
}

fn group_view(index: usize, group: &KpiGroup) -> impl IntoView + use<> {
    let id = format!("kpi-groep-{index}");
    let rows = group.kpis.iter().map(kpi_row).collect_view();
    let definitions = group
        .kpis
        .iter()
        .map(|k| {
            view! { <div class="lk-summary-list__row"><dt class="lk-summary-list__key">{t(&k.key)}</dt><dd class="lk-summary-list__value">{t(&format!("{}-how", k.key))}</dd></div> }
        })
        .collect_view();
    view! {
        <h2 class="lk-heading-m" id=id.clone()>{t(&group.key)}</h2>
        <div class="lk-table-wrap" tabindex="0" role="region" aria-labelledby=id.clone()>
            <table class="lk-table">
                <caption class="lk-visually-hidden">{t(&group.key)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("staff-kpi-name")}</th>
                        <th scope="col" class="lk-table__number">{t("staff-kpi-value")}</th>
                        <th scope="col" class="lk-table__number">{t("staff-kpi-norm")}</th>
                        <th scope="col">{t("staff-kpi-met")}</th>
                        <th scope="col" class="lk-table__number">{t("staff-kpi-basis")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <h3 class="lk-heading-s">{t("staff-kpi-definitions")}</h3>
        <dl class="lk-summary-list">{definitions}</dl>
    }
}

/// One product's online form: the forms that passed each page, and their
/// share of those that passed the first page (where residents stop).
fn funnel_view(index: usize, funnel: &Funnel) -> impl IntoView + use<> {
    let lang = i18n::current();
    let product = crate::catalogue::by_slug(&funnel.product);
    let name = product.map_or(funnel.product.clone(), |p| p.texts(lang).name.clone());
    let started = funnel.steps.first().map_or(0, |s| s.1);
    let of_started =
        move |n: i64| share(n, started).map_or_else(|| t("summary-empty"), |p| format!("{p} %"));
    let title = |slug: &str| {
        product
            .and_then(|p| p.form.as_ref())
            .and_then(|f| f.steps.iter().find(|s| s.slug == slug))
            .map_or(slug.to_string(), |s| s.title.get(lang).to_string())
    };
    let rows = funnel
        .steps
        .iter()
        .map(|(slug, n)| view! { <tr><th scope="row">{title(slug)}</th><td class="lk-table__number">{*n}</td><td class="lk-table__number">{of_started(*n)}</td></tr> })
        .collect_view();
    let id = format!("kpi-trechter-{index}");
    let caption = t_args("staff-kpi-funnel-table", &[("product", name.into())]);
    view! {
        <div class="lk-table-wrap" tabindex="0" role="region" aria-labelledby=id.clone()>
            <table class="lk-table">
                <caption class="lk-table__caption" id=id.clone()>{caption}</caption>
                <thead><tr>
                    <th scope="col">{t("staff-kpi-funnel-page")}</th>
                    <th scope="col" class="lk-table__number">{t("staff-kpi-funnel-passed")}</th>
                    <th scope="col" class="lk-table__number">{t("staff-kpi-funnel-share")}</th>
                </tr></thead>
                <tbody>
                    {rows}
                    <tr><th scope="row">{t("staff-kpi-funnel-sent")}</th><td class="lk-table__number">{funnel.sent}</td><td class="lk-table__number">{of_started(funnel.sent)}</td></tr>
                </tbody>
            </table>
        </div>
    }
}

/// Assisted digital: what residents made with a volunteer's help, per library.
fn libraries_view(libraries: &[LibraryFigures]) -> impl IntoView + use<> {
    let rows = libraries
        .iter()
        .map(|l| {
            view! {
                <tr>
                    <th scope="row">{t_args("help-library", &[("name", l.name.clone().into())])}</th>
                    <td class="lk-table__number">{l.requests}</td>
                    <td class="lk-table__number">{l.callbacks}</td>
                    <td class="lk-table__number">{l.visits}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2 class="lk-heading-m" id="kpi-bibliotheken">{t("staff-kpi-libraries")}</h2>
        <p>{t("staff-kpi-libraries-how")}</p>
        <div class="lk-table-wrap" tabindex="0" role="region" aria-labelledby="kpi-bibliotheken">
            <table class="lk-table">
                <caption class="lk-visually-hidden">{t("staff-kpi-libraries")}</caption>
                <thead><tr>
                    <th scope="col">{t("staff-kpi-library")}</th>
                    <th scope="col" class="lk-table__number">{t("staff-kpi-library-requests")}</th>
                    <th scope="col" class="lk-table__number">{t("staff-kpi-library-callbacks")}</th>
                    <th scope="col" class="lk-table__number">{t("staff-kpi-library-visits")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The form to upload the telephony export, with the result of the last upload.
fn call_upload(result: Option<CallImport>) -> impl IntoView {
    let notice = result.map(|r| {
        let text = match r {
            CallImport::Imported { new, known } => t_args(
                "staff-kpi-import-done",
                &[("new", new.into()), ("known", known.into())],
            ),
            CallImport::BadLine { line, problem } => t_args(
                "staff-kpi-import-bad",
                &[("line", line.into()), ("problem", problem.into())],
            ),
            CallImport::TooBig => t("staff-kpi-import-too-big"),
            CallImport::NoFile => t("staff-kpi-import-no-file"),
        };
        view! { <div class="lk-notice" role="status"><p>{text}</p></div> }
    });
    view! {
        <h2 class="lk-heading-m" id="gesprekken">{t("staff-kpi-import-heading")}</h2>
        {notice}
        <p>{t("staff-kpi-import-intro")}</p>
        <form method="post" action=paths::KPI_CALLS enctype="multipart/form-data" class="lk-form">
            <div class="lk-form-group">
                <label class="lk-label" for="bestand">{t("staff-kpi-import-file")}</label>
                <div id="bestand-hint" class="lk-hint">{t("staff-kpi-import-hint")}</div>
                <input class="lk-file-upload" type="file" id="bestand" name="bestand" accept=".csv,text/csv" aria-describedby="bestand-hint"/>
            </div>
            <button type="submit" class="lk-button lk-button--secondary">{t("staff-kpi-import-send")}</button>
        </form>
    }
}

#[component]
pub fn KpiPage(user: StaffUser, view: KpiView) -> impl IntoView {
    let lang = i18n::current();
    let title = t("staff-kpi-title");
    let week_words = t_args(
        "staff-satisfaction-week",
        &[("date", i18n::date_in(lang, view.week).into())],
    );
    let link = |days: i64| {
        view.week
            .checked_add(jiff::Span::new().days(days))
            .map(|d| format!("{}?week={d}", paths::KPI))
            .unwrap_or_else(|_| paths::KPI.to_string())
    };
    let (earlier, later) = (link(-7), link(7));
    let groups = view
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| group_view(i, g))
        .collect_view();
    let channels = view
        .channels
        .iter()
        .map(|(key, n)| view! { <tr><th scope="row">{t(key)}</th><td class="lk-table__number">{*n}</td></tr> })
        .collect_view();
    view! {
        <Title text=i18n::title(&[&week_words, &title])/>
        <StaffLayout user=Some(user)>
            <h1 class="lk-heading-xl">{title.clone()}</h1>
            <p class="lk-lead">{week_words.clone()}</p>
            <ul class="lk-list">
                <li><a href=earlier>{t("staff-satisfaction-earlier")}</a></li>
                <li><a href=later>{t("staff-satisfaction-later")}</a></li>
            </ul>
            <p>{t("staff-kpi-intro")}</p>
            <p><a href=paths::KPI_TRENDS>{t("staff-kpi-trends-link")}</a></p>
            <p><a href=paths::COUNCIL_REPORT>{t("staff-kpi-council-link")}</a></p>
            {groups}
            <h2 class="lk-heading-m" id="kpi-kanalen">{t("staff-kpi-channels")}</h2>
            <div class="lk-table-wrap" tabindex="0" role="region" aria-labelledby="kpi-kanalen">
                <table class="lk-table">
                    <caption class="lk-visually-hidden">{t("staff-kpi-channels")}</caption>
                    <thead><tr><th scope="col">{t("staff-satisfaction-channel")}</th><th scope="col" class="lk-table__number">{t("staff-kpi-count")}</th></tr></thead>
                    <tbody>{channels}</tbody>
                </table>
            </div>
            <p>{t("staff-kpi-channels-how")}</p>
            {libraries_view(&view.libraries)}
            <h2 class="lk-heading-m">{t("staff-kpi-funnel-heading")}</h2>
            <p>{t("staff-kpi-funnel-how")}</p>
            {if view.funnel.is_empty() {
                view! { <p>{t("staff-kpi-funnel-none")}</p> }.into_any()
            } else {
                view.funnel.iter().enumerate().map(|(i, f)| funnel_view(i, f)).collect_view().into_any()
            }}
            <p>{t("staff-kpi-not-yet")}</p>
            {call_upload(view.import.clone())}
        </StaffLayout>
    }
}
