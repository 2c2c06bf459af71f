//! `/medewerker/zoeken`: one view of a resident across channels. A GET form
//! (postcode with house number, name, phone, e-mail, reference), so a result
//! page can be bookmarked or opened by a telephony system; the requests,
//! callback requests and visits that match, newest first, each a link where
//! the role may open it. The server logs every search and what it showed.

use leptos::prelude::*;
use leptos_meta::Title;

use super::context::StaffUser;
use super::layout::StaffLayout;
use super::paths;
use super::search_views::SearchView;
use crate::components::{ErrorSummary, TextInput};
use crate::i18n::{self, t, t_args};
use crate::journey::posted;
use crate::wording::Worded;

fn results(view: &SearchView) -> impl IntoView + use<> {
    if !view.searched {
        return None;
    }
    let lang = i18n::current();
    let count = t_args(
        "staff-search-count",
        &[("count", (view.rows.len() as i64).into())],
    );
    if view.rows.is_empty() {
        return Some(
            view! {
                <h2 class="lk-heading-m" id="resultaten">{count}</h2>
                <p>{t("staff-search-none")}</p>
            }
            .into_any(),
        );
    }
    let rows = view
        .rows
        .iter()
        .map(|r| {
            let reference = match &r.link {
                Some(href) => view! { <a href=href.clone()>{r.reference.clone()}</a> }.into_any(),
                None => view! { <span>{r.reference.clone()}</span> }.into_any(),
            };
            view! {
                <tr>
                    <td>{t(r.kind_key)}</td>
                    <td>{reference}</td>
                    <td>{i18n::date_time_in(lang, &r.at)}</td>
                    <td>{r.about.clone()}</td>
                    <td>{t(&r.state_key)}</td>
                </tr>
            }
        })
        .collect_view();
    Some(
        view! {
            <h2 class="lk-heading-m" id="resultaten">{count.clone()}</h2>
            <div class="lk-table-wrap" tabindex="0" role="region" aria-labelledby="resultaten-titel">
                <table class="lk-table">
                    <caption id="resultaten-titel" class="lk-table__caption">{t("staff-search-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("staff-search-kind")}</th>
                            <th scope="col">{t("label-reference")}</th>
                            <th scope="col">{t("staff-search-when")}</th>
                            <th scope="col">{t("staff-search-about")}</th>
                            <th scope="col">{t("label-status")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any(),
    )
}

#[component]
pub fn SearchPage(user: StaffUser, view: SearchView) -> impl IntoView {
    let (fields, errors) = (view.typed.clone(), view.errors.clone());
    let typed = move |name: &str| posted(&fields, name).unwrap_or("").to_string();
    let error = move |field: &str| {
        errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message())
    };
    let [postcode, number, name, phone, email, reference] =
        super::search_views::FIELDS.map(|f| (typed(f), error(f)));
    let found = results(&view);
    let title = if view.errors.is_empty() {
        t("staff-search-title")
    } else {
        t_args(
            "title-error-prefix",
            &[("title", t("staff-search-title").into())],
        )
    };
    view! {
        <Title text=i18n::title(&[&title])/>
        <StaffLayout user=Some(user)>
            <ErrorSummary errors=view.errors.clone()/>
            <h1 class="lk-heading-xl">{t("staff-search-title")}</h1>
            <p>{t("staff-search-intro")}</p>
            <form method="get" action=paths::SEARCH novalidate=true class="lk-filter">
                <fieldset class="lk-fieldset">
                    <legend class="lk-fieldset__legend">{t("staff-search-address")}</legend>
                    <TextInput id="postcode" label=t("label-postcode") value=postcode.0 error=postcode.1 width="lk-input--w10"/>
                    <TextInput id="huisnummer" label=t("label-house-number") value=number.0 error=number.1 width="lk-input--w5" inputmode="numeric"/>
                </fieldset>
                <TextInput id="naam" label=t("staff-search-name") hint=t("staff-search-name-hint") value=name.0 error=name.1/>
                <TextInput id="telefoon" label=t("label-phone-short") value=phone.0 error=phone.1 input_type="tel"/>
                <TextInput id="email" label=t("staff-search-email") value=email.0 error=email.1 input_type="email"/>
                <TextInput id="nummer" label=t("label-reference") hint=t("staff-search-reference-hint") value=reference.0 error=reference.1 width="lk-input--w20"/>
                <button type="submit" class="lk-button">{t("staff-search-button")}</button>
            </form>
            {found}
        </StaffLayout>
    }
}
