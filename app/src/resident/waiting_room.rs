//! `/wachtkamer/<location>`: the screen in a waiting room. Only the numbers
//! called and their counter ("B12 naar balie 3"), never a name; readable from
//! across the room (very large text, high contrast whatever the display
//! mode, sized in rem so a larger browser text size grows it). The screen's
//! own address (`?scherm=ja`) renews itself every 10 seconds with a meta
//! refresh, so it works without scripts on any screen; the plain address does
//! not, with a link to renew instead: a page that reloads under its reader
//! fails WCAG 2.2.1 (F41), and a wall screen has no reader to lose their
//! place. No sign-in: it shows nothing personal.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::i18n::{self, t, t_args};
use crate::page_context::page_context;

#[component]
pub fn WaitingRoomPage() -> impl IntoView {
    let Some(view) = page_context().waiting_room else {
        return view! { <super::error::NotFoundPage/> }.into_any();
    };
    let title = t_args(
        "waiting-room-title",
        &[("location", view.location.clone().into())],
    );
    let lines = view
        .called
        .iter()
        .enumerate()
        .map(|(i, (number, counter))| {
            let class = if i == 0 {
                "lk-waiting__line lk-waiting__line--latest"
            } else {
                "lk-waiting__line"
            };
            view! { <li class=class>{t_args("waiting-room-line", &[("number", number.clone().into()), ("counter", (*counter).into())])}</li> }
        })
        .collect_view();
    let body = if view.called.is_empty() {
        view! { <p class="lk-waiting__line">{t("waiting-room-none")}</p> }.into_any()
    } else {
        view! {
            <h2 class="lk-visually-hidden">{t("waiting-room-called")}</h2>
            <div role="status"><ol class="lk-waiting__list">{lines}</ol></div>
        }
        .into_any()
    };
    view! {
        <Title text=i18n::title(&[&title])/>
        {view.screen.then(|| view! { <Meta http_equiv="refresh" content="10"/> })}
        <main id="inhoud" class="lk-waiting">
            <h1 class="lk-waiting__title">{title.clone()}</h1>
            {body}
            {(!view.screen).then(|| view! { <p><a class="lk-waiting__renew" href="">{t("waiting-room-renew")}</a></p> })}
        </main>
    }
    .into_any()
}
