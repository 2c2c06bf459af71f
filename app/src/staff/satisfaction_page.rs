//! `/medewerker/tevredenheid` (team leads): the satisfaction answers of a
//! week per channel with how each figure is computed said on the page, the
//! unhappy answers whose resident may be called ("Opvolgen", each with
//! "Opgevolgd"), and what residents wrote. Weeks are links (GET).

use leptos::prelude::*;
use leptos_meta::Title;

use super::context::StaffUser;
use super::kpi_views::MIN_ANSWERS;
use super::layout::StaffLayout;
use super::paths;
use super::satisfaction_views::{ChannelFigures, SatisfactionReportView};
use crate::i18n::{self, Lang, t, t_args};

fn tenths(lang: Lang, value: i64) -> String {
    let sep = if lang == Lang::Nl { ',' } else { '.' };
    format!("{}{sep}{}", value / 10, value % 10)
}

fn figures_row(lang: Lang, f: &ChannelFigures) -> impl IntoView + use<> {
    figures_named(lang, t(&f.key), f)
}

/// A product's name from the catalogue (its slug when it is not one of ours).
fn product_name(lang: Lang, slug: &str) -> String {
    crate::catalogue::by_slug(slug).map_or(slug.to_string(), |p| p.texts(lang).name.clone())
}

fn figures_named(lang: Lang, name: String, f: &ChannelFigures) -> impl IntoView + use<> {
    let none = || t("summary-empty");
    // A handful of answers says little: the share is given from 30 on.
    let satisfied = if f.answers > 0 && f.answers < MIN_ANSWERS {
        t("staff-kpi-too-few")
    } else {
        f.satisfied_percent
            .map(|p| format!("{p} %"))
            .unwrap_or_else(none)
    };
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td class="lk-table__number">{f.answers}</td>
            <td class="lk-table__number">{f.average_tenths.map(|v| tenths(lang, v)).unwrap_or_else(none)}</td>
            <td class="lk-table__number">{satisfied}</td>
        </tr>
    }
}

/// A table of answers per channel or product: answers, average, share satisfied.
fn figures_table(
    id: &'static str,
    caption: String,
    first: String,
    rows: impl IntoView + 'static,
) -> impl IntoView {
    view! {
        <div class="lk-table-wrap" tabindex="0" role="region" aria-labelledby=id>
            <table class="lk-table">
                <caption id=id class="lk-table__caption">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{first}</th>
                        <th scope="col" class="lk-table__number">{t("staff-satisfaction-answers")}</th>
                        <th scope="col" class="lk-table__number">{t("staff-satisfaction-average")}</th>
                        <th scope="col" class="lk-table__number">{t("staff-satisfaction-satisfied")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The page of a contact a follow-up is about, where this role may open it.
fn contact_path(kind: &str, reference: &str) -> Option<String> {
    match kind {
        "aanvraag" => Some(format!("{}/{reference}", paths::REQUESTS)),
        "terugbelverzoek" => Some(paths::callback(reference)),
        _ => None,
    }
}

#[component]
pub fn SatisfactionReportPage(user: StaffUser, view: SatisfactionReportView) -> impl IntoView {
    let lang = i18n::current();
    let title = t("staff-satisfaction-title");
    let week_words = t_args(
        "staff-satisfaction-week",
        &[("date", i18n::date_in(lang, view.week).into())],
    );
    let week_link = move |days: i64| {
        view.week
            .checked_add(jiff::Span::new().days(days))
            .map(|d| format!("{}?week={d}", paths::SATISFACTION))
            .unwrap_or_else(|_| paths::SATISFACTION.to_string())
    };
    let (earlier, later) = (week_link(-7), week_link(7));
    let rows = view
        .channels
        .iter()
        .map(|f| figures_row(lang, f))
        .collect_view();
    let products = (!view.products.is_empty()).then(|| {
        let rows = view
            .products
            .iter()
            .map(|(slug, f)| figures_named(lang, product_name(lang, slug), f))
            .collect_view();
        figures_table(
            "tevredenheid-producten",
            t("staff-satisfaction-products"),
            t("staff-satisfaction-product"),
            rows,
        )
    });
    let notice = view.followed.then(|| {
        view! { <div class="lk-notice" role="status"><p>{t("staff-satisfaction-followed")}</p></div> }
    });
    let follow_ups = if view.follow_ups.is_empty() {
        view! { <p>{t("staff-satisfaction-no-follow-ups")}</p> }.into_any()
    } else {
        let items = view
            .follow_ups
            .iter()
            .map(|f| {
                let contact = match contact_path(&f.kind, &f.reference) {
                    Some(href) => view! { <a href=href>{f.reference.clone()}</a> }.into_any(),
                    None => view! { <span>{f.reference.clone()}</span> }.into_any(),
                };
                let label = t_args("staff-satisfaction-mark", &[("reference", f.reference.clone().into())]);
                view! {
                    <li class="lk-timeline__item">
                        <p class="lk-timeline__date">{i18n::date_time_in(lang, &f.answered_at)}</p>
                        <p><strong>{t(&format!("survey-score-{}", f.score))}</strong> " · " {t(&format!("staff-satisfaction-kind-{}", f.kind))} " " {contact}</p>
                        {f.text.clone().map(|text| view! { <p class="lk-pre">{text}</p> })}
                        <form method="post" action=paths::satisfaction_followed(f.id)>
                            <button type="submit" class="lk-button lk-button--secondary" aria-label=label>{t("staff-satisfaction-done")}</button>
                        </form>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="lk-timeline">{items}</ol> }.into_any()
    };
    let remarks = if view.remarks.is_empty() {
        view! { <p>{t("staff-satisfaction-no-remarks")}</p> }.into_any()
    } else {
        let items = view
            .remarks
            .iter()
            .map(|r| {
                view! {
                    <li class="lk-timeline__item">
                        <p class="lk-timeline__date">{i18n::date_time_in(lang, &r.answered_at)} " · " {t(&format!("staff-satisfaction-kind-{}", r.kind))}</p>
                        <p><strong>{t(&format!("survey-score-{}", r.score))}</strong></p>
                        <p class="lk-pre">{r.text.clone()}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="lk-timeline">{items}</ol> }.into_any()
    };
    view! {
        <Title text=i18n::title(&[&week_words, &title])/>
        <StaffLayout user=Some(user)>
            <h1 class="lk-heading-xl">{title.clone()}</h1>
            {notice}
            <p class="lk-lead">{week_words.clone()}</p>
            <ul class="lk-list">
                <li><a href=earlier>{t("staff-satisfaction-earlier")}</a></li>
                <li><a href=later>{t("staff-satisfaction-later")}</a></li>
            </ul>
            {figures_table(
                "tevredenheid-titel",
                t("staff-satisfaction-caption"),
                t("staff-satisfaction-channel"),
                rows,
            )}
            {products}
            <h2 class="lk-heading-m">{t("staff-satisfaction-how-heading")}</h2>
            <p>{t("staff-satisfaction-how")}</p>
            <h2 class="lk-heading-m">{t("staff-satisfaction-follow-heading")}</h2>
            <p>{t("staff-satisfaction-follow-intro")}</p>
            {follow_ups}
            <h2 class="lk-heading-m">{t("staff-satisfaction-remarks-heading")}</h2>
            {remarks}
        </StaffLayout>
    }
}
