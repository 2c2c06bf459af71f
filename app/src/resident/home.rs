//! The home page (products grouped by topic, and a search that works without
//! JavaScript), the start page of every catalogue product, and the search results.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::error::NotFoundPage;
use crate::callback::PATH as CALLBACK_PATH;
use crate::catalogue::{self, Channel, MAX_QUERY_CHARS, Product, SEARCH_PATH};
use crate::components::{Description, ErrorMessage, Layout, group_class};
use crate::i18n::{self, euros, t, t_args};
use crate::visit::BASE as VISIT_PATH;

#[component]
pub fn HomePage() -> impl IntoView {
    let lang = i18n::current();
    // Topics in the order of their first product.
    let mut topics: Vec<&str> = Vec::new();
    for product in catalogue::all() {
        if !topics.contains(&product.topic.as_str()) {
            topics.push(&product.topic);
        }
    }
    let groups = topics
        .into_iter()
        .map(|topic| {
            let products = catalogue::all()
                .iter()
                .filter(|p| p.topic == topic)
                .map(|p| view! { <ProductItem product=p lang=lang/> })
                .collect_view();
            view! {
                <h2 class="lk-heading-m">{t(&format!("topic-{topic}"))}</h2>
                <ul class="lk-product-list">{products}</ul>
            }
        })
        .collect_view();
    view! {
        <Title text=i18n::title(&[&t("home-title")])/>
        <Description text=t("home-lead")/>
        <Layout>
            <h1 class="lk-heading-xl">{t("home-title")}</h1>
            <p class="lk-lead">{t("home-lead")}</p>
            <SearchForm value=String::new() error=None/>
            {groups}
        </Layout>
    }
}

#[component]
fn ProductItem(product: &'static Product, lang: i18n::Lang) -> impl IntoView {
    let texts = product.texts(lang);
    let how = t(match product.channel {
        Channel::Online if product.online_now() => "catalogue-channel-online",
        Channel::Online => "catalogue-channel-soon",
        Channel::Balie => "catalogue-channel-counter",
        Channel::Persoonlijk => "catalogue-channel-personal",
    });
    view! {
        <li class="lk-product-list__item">
            <a class="lk-product-list__link" href=product.path()>{texts.name.clone()}</a>
            <p class="lk-product-list__text">{texts.summary.clone()}</p>
            <p class="lk-product-list__channel">{how}</p>
        </li>
    }
}

/// The search: a GET form, so it works without scripts and the results have an address.
#[component]
fn SearchForm(value: String, error: Option<String>) -> impl IntoView {
    let describedby = if error.is_some() {
        "zoek-hint zoek-error"
    } else {
        "zoek-hint"
    };
    let invalid = error.is_some().then_some("true");
    let group = group_class(error.is_some());
    view! {
        <form method="get" action=SEARCH_PATH class="lk-search" role="search" aria-label=t("search-label")>
            <div class=group>
            <label class="lk-label" for="zoek">{t("search-label")}</label>
            <div id="zoek-hint" class="lk-hint">{t("search-hint")}</div>
            <ErrorMessage id=Some("zoek-error".into()) message=error/>
            <div class="lk-search__row">
                <input
                    class="lk-input lk-search__input"
                    type="search"
                    id="zoek"
                    name="q"
                    value=value
                    maxlength=MAX_QUERY_CHARS.to_string()
                    aria-describedby=describedby
                    aria-invalid=invalid
                    autocomplete="off"
                />
                <button type="submit" class="lk-button lk-search__button">{t("search-button")}</button>
            </div>
            </div>
        </form>
    }
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let lang = i18n::current();
    let asked = use_query_map().get_untracked().get("q");
    let query: String = asked
        .clone()
        .unwrap_or_default()
        .chars()
        .take(MAX_QUERY_CHARS)
        .collect();
    let query = query.trim().to_string();
    let results = catalogue::search(&query);
    let heading = if query.is_empty() {
        t("search-title")
    } else {
        t_args("search-results-for", &[("query", query.as_str().into())])
    };
    // Sent empty: said at the field, the way every form says what is wrong.
    let error = (asked.is_some() && query.is_empty()).then(|| t("search-error-empty"));
    let title = i18n::form_title(&[&heading], error.is_some());
    let body = if error.is_some() {
        ().into_any()
    } else if query.is_empty() {
        view! { <p>{t("search-empty")}</p> }.into_any()
    } else if results.is_empty() {
        view! {
            <p>{t("search-none")}</p>
            <ul class="lk-list">
                <li><a href=CALLBACK_PATH>{t("help-callback")}</a>". " {t("help-callback-text")}</li>
                <li>{t("help-phone")} " " <a href="tel:+31140123">"14 0123"</a>"."</li>
                <li><a href=VISIT_PATH>{t("help-visit")}</a>"."</li>
                <li><a href="/">{t("search-all-topics")}</a>"."</li>
            </ul>
        }
        .into_any()
    } else {
        let count = results.len();
        view! {
            <p>{t_args("search-count", &[("count", count.into())])}</p>
            <ul class="lk-product-list">
                {results.into_iter().map(|p| view! { <ProductItem product=p lang=lang/> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <Title text=title/>
        <Description text=t("home-lead")/>
        <Layout>
            <h1 class="lk-heading-xl">{heading.clone()}</h1>
            <SearchForm value=query.clone() error=error/>
            {body}
        </Layout>
    }
}

/// The start page of a catalogue product: what it is, what you need, how long it
/// takes, what it costs, and the way to arrange it (a form, the counter or a person).
#[component]
pub fn ProductStartPage() -> impl IntoView {
    let slug = use_params_map()
        .get_untracked()
        .get("product")
        .unwrap_or_default();
    let Some(product) = catalogue::by_slug(&slug) else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let lang = i18n::current();
    let texts = product.texts(lang);
    let here = product.path();
    let vanaf = serde_urlencoded::to_string([("vanaf", here.as_str())]).unwrap_or_default();
    let visit_href = match &product.visit_product {
        Some(visit) => format!("{VISIT_PATH}/product?product={visit}&{vanaf}"),
        None => format!("{VISIT_PATH}?{vanaf}"),
    };
    let callback_href = format!("{CALLBACK_PATH}?{vanaf}");
    let fee = match product.fee_cents {
        Some(cents) => t_args("catalogue-fee", &[("amount", euros(lang, cents).into())]),
        None => t("catalogue-free"),
    };
    let first_step = product
        .form
        .as_ref()
        .filter(|_| product.online_now())
        .and_then(|f| f.steps.first())
        .map(|s| crate::form::path(&product.slug, &s.slug));
    let ways = match product.channel {
        Channel::Online if first_step.is_some() => view! {
            {(!texts.why.is_empty()).then(|| view! { <p>{texts.why.clone()}</p> })}
            // WCAG 2.2.1: the time limit is said before it starts, and every answer renews it.
            <p>{t("start-kept")}</p>
            <a href=first_step class="lk-button lk-button--start">{t("start-now")}</a>
            <h2 class="lk-heading-m">{t("start-rather-together")}</h2>
            <p>{t("start-together-text")} " " <a href="#hulp">{t("help-title")}</a> "."</p>
        }
        .into_any(),
        Channel::Balie => view! {
            <h2 class="lk-heading-m">{t("catalogue-how-counter")}</h2>
            <p>{texts.why.clone()}</p>
            <a href=visit_href class="lk-button lk-button--start">{t("visit-start-button")}</a>
        }
        .into_any(),
        Channel::Persoonlijk | Channel::Online => view! {
            <h2 class="lk-heading-m">{t("catalogue-how-personal")}</h2>
            <p>{texts.why.clone()}</p>
            <div class="lk-button-group">
                <a href=callback_href class="lk-button">{t("help-callback")}</a>
                <a href=visit_href class="lk-button lk-button--secondary">{t("visit-start-button")}</a>
            </div>
        }
        .into_any(),
    };
    view! {
        <Title text=i18n::title(&[&texts.name])/>
        <Description text=texts.summary.clone()/>
        <Layout>
            <h1 class="lk-heading-xl">{texts.name.clone()}</h1>
            <p class="lk-lead">{texts.intro.clone()}</p>
            <h2 class="lk-heading-m">{t("start-what-you-need")}</h2>
            <ul class="lk-list">
                {texts.needs.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}
            </ul>
            <h2 class="lk-heading-m">{t("catalogue-time-and-cost")}</h2>
            <p>{texts.duration.clone()}</p>
            <p>{fee}</p>
            {ways}
        </Layout>
    }
    .into_any()
}
