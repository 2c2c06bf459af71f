//! The page's description (`<meta name="description">`): what search engines
//! show under the title and what a shared link previews. Each page gives the
//! sentence residents read first on it (its lead text, or the product's
//! summary), so the description never says something the page does not.

use leptos::prelude::*;
use leptos_meta::Meta;

#[component]
pub fn Description(#[prop(into)] text: String) -> impl IntoView {
    view! { <Meta name="description" content=text/> }
}
