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
//!   renew. With scripts, an island asks `/wachtkamer/<location>/nummers`
//!   (plain text, one call per line) every 10 seconds, rebuilds the list and
//!   says the newest call once in a polite live region: "B12 naar balie 3" is
//!   heard without moving the reader's place. The island starts when the page
//!   loads (`data-islands-now`), not on first use as elsewhere.
//!
//! No sign-in: it shows nothing personal.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::i18n::{self, t, t_args};
use crate::page_context::page_context;

/// Where the island reads the calls of a location from.
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
    // The words with markers the island fills in (a counter number no location has).
    let template = line("{number}", 987_654_321).replace("987654321", "{counter}");
    view! {
        <Title text=i18n::title(&[&title])/>
        {view.screen.then(|| view! { <Meta http_equiv="refresh" content="10"/> })}
        <main
            id="inhoud"
            class="lk-waiting"
            data-islands-now=live.then_some("ja")
            data-source=live.then(|| numbers_path(&view.slug))
            data-line=live.then_some(template)
        >
            <h1 class="lk-waiting__title">{title.clone()}</h1>
            <h2 class="lk-visually-hidden">{t("waiting-room-called")}</h2>
            <ol class="lk-waiting__list">{lines}</ol>
            <p class="lk-waiting__line lk-waiting__none" hidden=!view.called.is_empty()>{t("waiting-room-none")}</p>
            {live.then(|| view! {
                <p class="lk-visually-hidden lk-waiting__said" aria-live="polite"></p>
                <p class="lk-waiting__renew-line"><a class="lk-waiting__renew" href="">{t("waiting-room-renew")}</a></p>
                <WaitingRoomUpdates/>
            })}
        </main>
    }
    .into_any()
}

/// Keeps the plain page's list up to date and says each new call; renders nothing.
#[island]
pub fn WaitingRoomUpdates() -> impl IntoView {
    Effect::new(move |_| browser::start());
}

/// The calls in the numbers text: `B12<TAB>3` per line, newest first.
#[cfg_attr(not(any(test, feature = "hydrate")), allow(dead_code))]
fn parse_numbers(text: &str) -> Vec<(String, i64)> {
    text.lines()
        .filter_map(|line| {
            let (number, counter) = line.split_once('\t')?;
            let number = number.trim();
            let ok = !number.is_empty()
                && number.len() <= 12
                && number.chars().all(|c| c.is_ascii_alphanumeric());
            Some((number.to_string(), counter.trim().parse().ok()?)).filter(|_| ok)
        })
        .take(8)
        .collect()
}

#[cfg(feature = "hydrate")]
mod browser {
    use std::cell::RefCell;
    use std::rc::Rc;

    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{Element, HtmlElement};

    pub fn start() {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(room) = document
            .query_selector(".lk-waiting[data-source]")
            .ok()
            .flatten()
        else {
            return;
        };
        let source = room.get_attribute("data-source").unwrap_or_default();
        let template = room.get_attribute("data-line").unwrap_or_default();
        // Renewing by hand is needed no more.
        if let Some(renew) = room
            .query_selector(".lk-waiting__renew-line")
            .ok()
            .flatten()
        {
            let _ = renew.set_attribute("hidden", "");
        }
        let newest = room
            .query_selector(".lk-waiting__line--latest")
            .ok()
            .flatten()
            .and_then(|e| e.text_content());
        let last = Rc::new(RefCell::new(newest));
        gloo_timers::callback::Interval::new(10_000, move || {
            let (room, source, template, last) =
                (room.clone(), source.clone(), template.clone(), last.clone());
            leptos::task::spawn_local(async move {
                if let Some(text) = fetch_text(&source).await {
                    show(&room, &template, &super::parse_numbers(&text), &last);
                }
            });
        })
        .forget();
    }

    async fn fetch_text(source: &str) -> Option<String> {
        let window = web_sys::window()?;
        let response = JsFuture::from(window.fetch_with_str(source)).await.ok()?;
        let response: web_sys::Response = response.dyn_into().ok()?;
        if !response.ok() {
            return None;
        }
        JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()
    }

    fn show(
        room: &Element,
        template: &str,
        calls: &[(String, i64)],
        last: &Rc<RefCell<Option<String>>>,
    ) {
        let Some(document) = room.owner_document() else {
            return;
        };
        let (Some(list), Some(none), Some(said)) = (
            room.query_selector(".lk-waiting__list").ok().flatten(),
            room.query_selector(".lk-waiting__none").ok().flatten(),
            room.query_selector(".lk-waiting__said").ok().flatten(),
        ) else {
            return;
        };
        let words = |(number, counter): &(String, i64)| {
            template
                .replace("{number}", number)
                .replace("{counter}", &counter.to_string())
        };
        list.set_text_content(None);
        for (i, call) in calls.iter().enumerate() {
            let Ok(item) = document.create_element("li") else {
                return;
            };
            item.set_class_name(if i == 0 {
                "lk-waiting__line lk-waiting__line--latest"
            } else {
                "lk-waiting__line"
            });
            item.set_text_content(Some(&words(call)));
            let _ = list.append_child(&item);
        }
        if let Ok(none) = none.dyn_into::<HtmlElement>() {
            none.set_hidden(!calls.is_empty());
        }
        let newest = calls.first().map(words);
        if newest.is_some() && *last.borrow() != newest {
            // Said once, politely: the reader's place does not move.
            said.set_text_content(newest.as_deref());
        }
        *last.borrow_mut() = newest;
    }
}

#[cfg(not(feature = "hydrate"))]
mod browser {
    pub fn start() {}
}

#[cfg(test)]
mod tests {
    use super::parse_numbers;

    #[test]
    fn the_numbers_text_is_read_strictly() {
        assert_eq!(
            parse_numbers("B12\t3\nW2\t1\n"),
            vec![("B12".to_string(), 3), ("W2".to_string(), 1)]
        );
        assert!(parse_numbers("<b>x</b>\t3\nB1\tdrie\nB2").is_empty());
    }
}
