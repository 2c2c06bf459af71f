//! `/medewerker/contact`: register a contact in a few seconds. Three choices
//! and an optional satisfaction answer, in the order a call ends; the channel
//! preselected by role; after saving the same empty form returns with a
//! polite "vastgelegd", so the next contact starts at once. Below, what this
//! staff member registered today.

use leptos::prelude::*;
use leptos_meta::Title;

use super::contact_form::{Channel, ContactResult, ContactView, MAX_TOPIC_CHARS};
use super::context::StaffUser;
use super::layout::StaffLayout;
use super::paths;
use crate::components::{ErrorSummary, RadioOption, Radios, TextInput};
use crate::i18n::{self, t, t_args};
use crate::journey::posted;
use crate::wording::Worded;

fn error_for(view: &ContactView, field: &str) -> Option<String> {
    view.errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| e.message())
}

fn product_select(view: &ContactView) -> impl IntoView + use<> {
    let lang = i18n::current();
    let chosen = posted(&view.typed, "product").unwrap_or("").to_string();
    let error = error_for(view, "product");
    let options = crate::catalogue::all()
        .iter()
        .map(|p| {
            let selected = chosen == p.slug;
            view! { <option value=p.slug.clone() selected=selected>{p.texts(lang).name.clone()}</option> }
        })
        .collect_view();
    let group = if error.is_some() {
        "lk-form-group lk-form-group--error"
    } else {
        "lk-form-group"
    };
    // The select has no aria-invalid on its own: the group's error names it.
    let describedby = if error.is_some() {
        "product-hint product-error"
    } else {
        "product-hint"
    };
    view! {
        <div class=group>
            <label class="lk-label" for="product">{t("staff-contact-product")}</label>
            <div id="product-hint" class="lk-hint">{t("staff-contact-product-hint")}</div>
            {error.map(|e| view! { <p id="product-error" class="lk-error-message"><span class="lk-visually-hidden">{t("error-prefix")}" "</span>{e}</p> })}
            <select class="lk-select" id="product" name="product" aria-describedby=describedby>
                <option value="">{t("staff-contact-product-none")}</option>
                {options}
            </select>
        </div>
    }
}

fn today_list(view: &ContactView) -> impl IntoView + use<> {
    let lang = i18n::current();
    let caption = t_args(
        "staff-contact-today",
        &[("count", (view.today.len() as i64).into())],
    );
    if view.today.is_empty() {
        return view! { <h2 class="lk-heading-m">{caption}</h2> }.into_any();
    }
    let rows = view
        .today
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <td>{i18n::clock_in(lang, (r.at.hour() as u16) * 60 + r.at.minute() as u16)}</td>
                    <td>{t(&r.channel.key())}</td>
                    <td>{r.about.clone()}</td>
                    <td>{t(&r.result.key())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="lk-table-wrap" tabindex="0" role="region" aria-labelledby="vandaag-titel">
            <table class="lk-table">
                <caption id="vandaag-titel" class="lk-table__caption">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("staff-contact-time")}</th>
                        <th scope="col">{t("staff-contact-channel")}</th>
                        <th scope="col">{t("label-topic")}</th>
                        <th scope="col">{t("staff-contact-result")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
pub fn ContactPage(user: StaffUser, view: ContactView) -> impl IntoView {
    let fields = view.typed.clone();
    let typed = move |name: &str| posted(&fields, name).unwrap_or("").to_string();
    let channel = Some(typed("kanaal"))
        .filter(|c| !c.is_empty())
        .or_else(|| view.usual_channel.map(String::from))
        .unwrap_or_default();
    let channels = Channel::ALL
        .into_iter()
        .map(|c| RadioOption::new(c.as_str(), t(&c.key())))
        .collect();
    let results = ContactResult::ALL
        .into_iter()
        .map(|r| RadioOption::new(r.slug(), t(&r.key())))
        .collect();
    let mut scale: Vec<RadioOption> = (1..=5)
        .map(|n| RadioOption::new(n.to_string(), t(&format!("staff-contact-satisfaction-{n}"))))
        .collect();
    scale.push(RadioOption::new(
        "niet-gevraagd",
        t("staff-contact-satisfaction-none"),
    ));
    let satisfaction = Some(typed("tevredenheid"))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "niet-gevraagd".to_string());
    let saved = view.saved.then(
        || view! { <div class="lk-notice" role="status"><p>{t("staff-contact-saved")}</p></div> },
    );
    let topic_hint = t_args(
        "staff-contact-topic-hint",
        &[("max", (MAX_TOPIC_CHARS as i64).into())],
    );
    let (topic, result) = (typed("onderwerp"), typed("uitkomst"));
    let (channel_error, topic_error, result_error, satisfaction_error) = (
        error_for(&view, "kanaal"),
        error_for(&view, "onderwerp"),
        error_for(&view, "uitkomst"),
        error_for(&view, "tevredenheid"),
    );
    let products = product_select(&view);
    let today = today_list(&view);
    view! {
        <Title text=i18n::title(&[&t("staff-contact-title")])/>
        <StaffLayout user=Some(user)>
            <ErrorSummary errors=view.errors.clone()/>
            <h1 class="lk-heading-xl">{t("staff-contact-title")}</h1>
            {saved}
            <form method="post" action=paths::CONTACT novalidate=true>
                <input type="hidden" name="formulier" value=view.nonce.clone()/>
                <Radios name="kanaal" legend=t("staff-contact-channel") options=channels selected=channel error=channel_error/>
                {products}
                <TextInput id="onderwerp" label=t("staff-contact-topic") value=topic hint=topic_hint error=topic_error/>
                <Radios name="uitkomst" legend=t("staff-contact-result") options=results selected=result error=result_error/>
                <Radios name="tevredenheid" legend=t("staff-contact-satisfaction") hint=t("staff-contact-satisfaction-hint") options=scale selected=satisfaction error=satisfaction_error/>
                <button type="submit" class="lk-button">{t("staff-contact-save")}</button>
            </form>
            <p><a href=paths::PANEL_SIGN_UP>{t("staff-contact-panel-link")}</a></p>
            {today}
        </StaffLayout>
    }
}
