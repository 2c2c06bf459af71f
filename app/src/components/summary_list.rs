//! The answers as a description list, with optional "Wijzigen" links.

use leptos::prelude::*;

use crate::i18n::t;
use crate::journey::SummaryRow;

#[component]
pub fn SummaryList(rows: Vec<SummaryRow>, #[prop(optional)] change_links: bool) -> impl IntoView {
    view! {
        <dl class="lk-summary-list">
            {rows
                .into_iter()
                .map(|row| {
                    let answer = match row.answer {
                        Some(lines) => lines.into_iter().map(|l| view! { <span class="lk-summary-list__line">{l}</span> }).collect_view().into_any(),
                        None => view! { <span class="lk-summary-list__empty">{t("summary-empty")}</span> }.into_any(),
                    };
                    let target = row.change_path;
                    let link = target.filter(|_| change_links).map(|path| {
                        let href = format!("{path}?terug=controleren");
                        let question = row.question.to_lowercase();
                        view! {
                            <dd class="lk-summary-list__actions">
                                <a href=href>{t("summary-change")}<span class="lk-visually-hidden">{format!(" {question}")}</span></a>
                            </dd>
                        }
                    });
                    view! {
                        <div class="lk-summary-list__row">
                            <dt class="lk-summary-list__key">{row.question}</dt>
                            <dd class="lk-summary-list__value">{answer}</dd>
                            {link}
                        </div>
                    }
                })
                .collect_view()}
        </dl>
    }
}
