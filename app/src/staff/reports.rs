//! `/medewerker/meldingen`: the accessibility reports residents sent from the
//! statement, newest first; one report with its replies, and a reply to the
//! resident (mailed through the outbox when they gave an address) that may
//! close it.

use leptos::prelude::*;
use leptos_meta::Title;

use super::context::{ReportDetailView, ReportRow, StaffUser};
use super::layout::StaffLayout;
use super::paths;
use crate::components::Textarea;
use crate::i18n::{self, t, t_args};

/// The longest reply we keep, in characters.
pub const MAX_REPLY_CHARS: usize = 4000;

fn state_words(state: &str) -> String {
    t(&format!("staff-report-state-{}", state.replace(' ', "-")))
}

#[component]
pub fn ReportsPage(user: StaffUser, rows: Vec<ReportRow>) -> impl IntoView {
    let lang = i18n::current();
    let count = t_args(
        "staff-reports-count",
        &[("total", (rows.len() as i64).into())],
    );
    let body = rows
        .into_iter()
        .map(|r| {
            view! {
                <tr>
                    <td><a href=paths::report(&r.reference)>{r.reference.clone()}</a></td>
                    <td>{i18n::date_time_in(lang, &r.created_at)}</td>
                    <td>{r.page.clone().unwrap_or_else(|| t("summary-empty"))}</td>
                    <td>{state_words(&r.state)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Title text=i18n::title(&[&t("staff-reports-title")])/>
        <StaffLayout user=Some(user)>
            <h1 class="lk-heading-xl">{t("staff-reports-title")}</h1>
            <div class="lk-table-wrap" tabindex="0" role="region" aria-labelledby="meldingen-titel">
                <table class="lk-table">
                    <caption id="meldingen-titel" class="lk-table__caption">{t("staff-reports-caption")} " (" {count} ")"</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("label-number")}</th>
                            <th scope="col">{t("staff-received")}</th>
                            <th scope="col">{t("label-page")}</th>
                            <th scope="col">{t("label-status")}</th>
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </StaffLayout>
    }
}

#[component]
pub fn ReportPage(user: StaffUser, view: ReportDetailView) -> impl IntoView {
    let lang = i18n::current();
    let title = t_args(
        "staff-report-title",
        &[("reference", view.reference.clone().into())],
    );
    let error = view.problem.clone().map(|key| {
        if key == "staff-report-error-too-long" {
            t_args(&key, &[("max", (MAX_REPLY_CHARS as i64).into())])
        } else {
            t(&key)
        }
    });
    let summary = error.clone().map(|e| {
        view! {
            <div class="lk-error-summary" id="foutmeldingen" tabindex="-1" autofocus=true>
                <div role="alert">
                    <h2 class="lk-error-summary__title">{t("error-summary-title")}</h2>
                    <ul class="lk-error-summary__list"><li><a href="#antwoord">{e}</a></li></ul>
                </div>
            </div>
        }
    });
    let replies = view
        .replies
        .iter()
        .map(|(at, text)| view! { <li class="lk-timeline__item"><p class="lk-timeline__date">{i18n::date_time_in(lang, at)}</p><p class="lk-pre">{text.clone()}</p></li> })
        .collect_view();
    let closed = view.state == "afgehandeld";
    let hint = if view.has_email {
        t("staff-report-reply-hint-mail")
    } else {
        t("staff-report-reply-hint")
    };
    let form = (!closed).then(|| {
        view! {
            <form method="post" action=paths::report_reply(&view.reference) novalidate=true>
                <Textarea id="antwoord" label=t("staff-report-reply") value=view.typed.clone() hint=hint error=error.clone()/>
                <div class="lk-checkboxes">
                    <div class="lk-checkboxes__item">
                        <input class="lk-checkboxes__input" type="checkbox" id="afsluiten" name="afsluiten" value="ja"/>
                        <label class="lk-label lk-checkboxes__label" for="afsluiten">{t("staff-report-close")}</label>
                    </div>
                </div>
                <button type="submit" class="lk-button">{t("staff-report-send")}</button>
            </form>
        }
    });
    view! {
        <Title text=i18n::title(&[&title])/>
        <StaffLayout user=Some(user)>
            {summary}
            <p><a href=paths::REPORTS class="lk-back-link">{t("staff-reports-back")}</a></p>
            <h1 class="lk-heading-xl">{title.clone()}</h1>
            <dl class="lk-summary-list">
                <div class="lk-summary-list__row"><dt class="lk-summary-list__key">{t("staff-received")}</dt><dd class="lk-summary-list__value">{i18n::date_time_in(lang, &view.created_at)}</dd></div>
                <div class="lk-summary-list__row"><dt class="lk-summary-list__key">{t("label-page")}</dt><dd class="lk-summary-list__value">{view.page.clone().unwrap_or_else(|| t("summary-empty"))}</dd></div>
                <div class="lk-summary-list__row"><dt class="lk-summary-list__key">{t("label-problem")}</dt><dd class="lk-summary-list__value lk-pre">{view.description.clone()}</dd></div>
                <div class="lk-summary-list__row"><dt class="lk-summary-list__key">{t("label-status")}</dt><dd class="lk-summary-list__value">{state_words(&view.state)}</dd></div>
            </dl>
            <h2 class="lk-heading-m">{t("staff-report-replies")}</h2>
            {if view.replies.is_empty() { Some(view! { <p>{t("staff-report-no-replies")}</p> }) } else { None }}
            <ol class="lk-timeline">{replies}</ol>
            {closed.then(|| view! { <p>{t("staff-report-closed")}</p> })}
            {form}
        </StaffLayout>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use crate::i18n::{Lang, file_keys};

    #[test]
    fn every_report_state_has_its_words() {
        for lang in [Lang::Nl, Lang::En] {
            let keys = file_keys(lang);
            for state in ["open", "in-behandeling", "afgehandeld"] {
                assert!(
                    keys.contains(&format!("staff-report-state-{state}")),
                    "{state} in {lang:?}"
                );
            }
        }
    }
}
