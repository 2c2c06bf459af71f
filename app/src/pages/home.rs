//! The home page: the products that work online today, and nothing else.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::Layout;
use crate::i18n::{t, title};
use crate::move_journey::BASE;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text=title(&[&t("home-title")])/>
        <Layout>
            <h1 class="lk-heading-xl">{t("home-title")}</h1>
            <p class="lk-lead">{t("home-lead")}</p>
            <h2 class="lk-heading-m">{t("home-topic-living")}</h2>
            <ul class="lk-product-list">
                <li class="lk-product-list__item">
                    <a class="lk-product-list__link" href=BASE>{t("move-name")}</a>
                    <p class="lk-product-list__text">{t("home-move-text")}</p>
                </li>
            </ul>
        </Layout>
    }
}
