//! `/aanvraag/<secret>/aanvullen`: when staff need more from the resident
//! ("aanvulling nodig"), the resident adds it here without starting over. Behind
//! the same secret as Mijn aanvraag; any other time the page does not exist.

use leptos::prelude::*;
use leptos_meta::Title;

use super::error::NotFoundPage;
use crate::components::{Description, ErrorSummary, Layout, Textarea};
use crate::i18n::{self, t, t_args};
use crate::journey::FieldError;
use crate::page_context::page_context;

/// The longest addition we take, in characters.
pub const MAX_ADDITION_CHARS: usize = 4000;

#[component]
pub fn AdditionPage() -> impl IntoView {
    let Some(view) = page_context().request_status else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let Some((missing, path)) = view.addition.clone() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let error = view
        .addition_error
        .clone()
        .map(|key| FieldError::single("aanvulling", key));
    let message = error.as_ref().map(crate::wording::Worded::message);
    let back = path.trim_end_matches("/aanvullen").to_string();
    view! {
        <Title text=i18n::title(&[&t("addition-title"), &t_args("status-title", &[("reference", view.reference.clone().into())])])/>
        <Description text=t("home-lead")/>
        <Layout>
            <ErrorSummary errors=error.into_iter().collect()/>
            <p><a href=back class="lk-back-link">{t("addition-back")}</a></p>
            <h1 class="lk-heading-xl">{t("addition-title")}</h1>
            <p>{t("addition-lead")}</p>
            <div class="lk-inset"><p class="lk-pre">{missing}</p></div>
            <form method="post" action=path novalidate=true>
                <Textarea id="aanvulling" label=t("addition-label") value=view.addition_text.clone()
                    hint=t_args("addition-hint", &[("max", (MAX_ADDITION_CHARS as i64).into())]) error=message/>
                <button type="submit" class="lk-button">{t("addition-send")}</button>
            </form>
        </Layout>
    }
    .into_any()
}
