//! The home page: the products that work online today, and nothing else.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::MUNICIPALITY;
use crate::components::Layout;
use crate::move_journey::{BASE, PRODUCT_NAME};

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text=format!("Regel het online - {MUNICIPALITY}")/>
        <Layout>
            <h1 class="lk-heading-xl">"Regel het online"</h1>
            <p class="lk-lead">"Hier regelt u zaken met de gemeente. Dat kan op elk moment van de dag."</p>
            <h2 class="lk-heading-m">"Wonen en verhuizen"</h2>
            <ul class="lk-product-list">
                <li class="lk-product-list__item">
                    <a class="lk-product-list__link" href=BASE>{PRODUCT_NAME}</a>
                    <p class="lk-product-list__text">"Gaat u verhuizen binnen Nederland? Geef uw nieuwe adres aan ons door."</p>
                </li>
            </ul>
        </Layout>
    }
}
