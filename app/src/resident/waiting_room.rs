//! `/wachtkamer/<location>`: the screen in a waiting room. Only the numbers
//! called and their counter ("B12 naar balie 3"), never a name; readable from
//! across the room (very large text, high contrast whatever the display
//! mode, sized in rem so a larger browser text size grows it).
//!
//! Kept up to date three ways, each where it fits:
//! - The wall screen's own address (`?scherm=ja`) renews itself every 10
//!   seconds with a meta refresh: it works on any screen, scripts or not.
//! - The plain address (a resident's phone, a screen reader) never reloads
//!   under its reader (WCAG 2.2.1, F41). Without scripts it has a link to
//!   renew. With scripts, a small script of its own (`waiting_room.js`,
//!   about 0.5 KB, carrying the page's nonce) asks
//!   `/wachtkamer/<location>/nummers` (the calls worded by the server in the
//!   page's language, one per line) every 10 seconds, rebuilds the list and
//!   says the newest call once in a polite live region: "B12 naar balie 3" is
//!   heard without moving the reader's place. Not an island: as an island in
//!   WebAssembly it made the one bundle every island page loads 2.1 KB (brotli)
//!   larger, past the 60 KB budget (measured), for one page.
//!
//! No sign-in: it shows nothing personal.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::i18n::{self, t, t_args};
use crate::page_context::page_context;

/// The plain page's script: small and its own, so the islands' WebAssembly
/// (which every other page shares, at the 60 KB budget) does not grow for it.
const SCRIPT: &str = include_str!("waiting_room.js");

/// Where the script reads the calls of a location from.
fn numbers_path(location: &str) -> String {
    format!("/wachtkamer/{location}/nummers")
}

#[component]
pub fn WaitingRoomPage() -> impl IntoView {
    let Some(view) = page_context().waiting_room else {
        return view! { <super::error::NotFoundPage/> }.into_any();
    };
    let title = t_args(
        "waiting-room-title",
        &[("location", view.location.clone().into())],
    );
    let line = |number: &str, counter: i64| {
        t_args(
            "waiting-room-line",
            &[
                ("number", number.to_string().into()),
                ("counter", counter.into()),
            ],
        )
    };
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
            view! { <li class=class>{line(number, *counter)}</li> }
        })
        .collect_view();
    let live = !view.screen;
    let newest = view
        .called
        .first()
        .map(|(number, counter)| line(number, *counter));
    view! {
        <Title text=i18n::title(&[&title])/>
        {view.screen.then(|| view! { <Meta http_equiv="refresh" content="10"/> })}
        <main
            id="inhoud"
            class="lk-waiting"
            data-source=live.then(|| numbers_path(&view.slug))
        >
            <h1 class="lk-waiting__title">{title.clone()}</h1>
            <h2 class="lk-visually-hidden">{t("waiting-room-called")}</h2>
            <ol class="lk-waiting__list">{lines}</ol>
            <p class="lk-waiting__line lk-waiting__none" hidden=!view.called.is_empty()>{t("waiting-room-none")}</p>
            {live.then(|| view! {
                <p class="lk-visually-hidden lk-waiting__said" aria-live="polite" data-laatste=newest></p>
                <p class="lk-waiting__renew-line"><a class="lk-waiting__renew" href="">{t("waiting-room-renew")}</a></p>
                <script nonce=leptos::nonce::use_nonce()>{SCRIPT}</script>
            })}
        </main>
    }
    .into_any()
}
