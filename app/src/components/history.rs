//! A request's history as an ordered list, newest first: each status with
//! when it came and what staff said. The same on Mijn aanvraag and the staff
//! side's request page.

use leptos::prelude::*;

use crate::domain::RequestStatus;
use crate::i18n::{self, t};

#[component]
pub fn History(history: Vec<(jiff::Zoned, RequestStatus, Option<String>)>) -> impl IntoView {
    let lang = i18n::current();
    let items = history
        .into_iter()
        .rev()
        .map(|(at, status, note)| {
            view! {
                <li class="lk-timeline__item">
                    <p class="lk-timeline__title"><strong>{t(&status.key())}</strong></p>
                    <p class="lk-timeline__date">{i18n::date_time_in(lang, &at)}</p>
                    {note.map(|n| view! { <p class="lk-pre">{n}</p> })}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="lk-timeline">{items}</ol> }
}
