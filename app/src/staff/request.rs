//! `/medewerker/aanvragen/<reference>`: one request as staff handle it. Every
//! answer with its question (in Dutch, as the resident saw it), the photos,
//! the history and the additions; taking it, and changing its status along
//! the transition table with a message to the resident. After a problem (a
//! colleague changed it meanwhile, a missing choice) the form keeps what was typed.

use leptos::prelude::*;
use leptos_meta::Title;

use super::context::{ChangeProblem, RequestDetailView, StaffUser};
use super::layout::StaffLayout;
use super::paths;
use crate::components::{History, RadioOption, Radios, Textarea};
use crate::i18n::{self, t, t_args};

/// The longest message to a resident we keep.
pub const MAX_MESSAGE_CHARS: usize = 2000;

fn row(key: String, value: impl IntoView) -> impl IntoView {
    view! {
        <div class="lk-summary-list__row">
            <dt class="lk-summary-list__key">{key}</dt>
            <dd class="lk-summary-list__value">{value}</dd>
        </div>
    }
}

fn change_form(view: &RequestDetailView) -> impl IntoView + use<> {
    let next = view.status.next();
    if next.is_empty() {
        return view! { <p>{t("staff-request-closed")}</p> }.into_any();
    }
    let change = &view.change;
    let (summary, status_error, message_error) = match &change.problem {
        Some(ChangeProblem::ChangedMeanwhile { status }) => (
            Some(t_args(
                "staff-changed-meanwhile",
                &[("status", t(&status.key()).into())],
            )),
            None,
            None,
        ),
        Some(ChangeProblem::Restored) => (None, None, None),
        Some(ChangeProblem::NoStatus) => (None, Some(t("staff-error-no-status")), None),
        Some(ChangeProblem::MissingWhat) => (None, None, Some(t("staff-error-missing-what"))),
        Some(ChangeProblem::TooLong) => (
            None,
            None,
            Some(t_args(
                "staff-error-too-long",
                &[("max", (MAX_MESSAGE_CHARS as i64).into())],
            )),
        ),
        None => (None, None, None),
    };
    let links: Vec<(String, String)> = [
        status_error
            .as_ref()
            .map(|e| ("nieuwe-status".to_string(), e.clone())),
        message_error
            .as_ref()
            .map(|e| ("bericht".to_string(), e.clone())),
    ]
    .into_iter()
    .flatten()
    .collect();
    let alert = (summary.is_some() || !links.is_empty()).then(|| {
        let items = links
            .into_iter()
            .map(|(anchor, text)| view! { <li><a href=format!("#{anchor}")>{text}</a></li> })
            .collect_view();
        view! {
            <div class="lk-error-summary" id="foutmeldingen" tabindex="-1" autofocus=true>
                <div role="alert">
                    <h2 class="lk-error-summary__title">{t("error-summary-title")}</h2>
                    {summary.clone().map(|s| view! { <p>{s}</p> })}
                    <ul class="lk-error-summary__list">{items}</ul>
                </div>
            </div>
        }
    });
    let restored = matches!(change.problem, Some(ChangeProblem::Restored)).then(
        || view! { <div class="lk-notice" role="status"><p>{t("staff-form-restored")}</p></div> },
    );
    let options = next
        .iter()
        .map(|s| RadioOption::new(s.as_str(), t(&s.key())))
        .collect();
    let selected = change
        .to
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    let hint = if view.has_email {
        t("staff-message-hint-mail")
    } else {
        t("staff-message-hint")
    };
    view! {
        {alert}
        {restored}
        <form method="post" action=paths::request_status(&view.reference) novalidate=true>
            <input type="hidden" name="versie" value=view.version.to_string()/>
            <Radios name="nieuwe-status" legend=t("staff-new-status") options=options selected=selected error=status_error/>
            <Textarea id="bericht" label=t("staff-message") value=change.message.clone() hint=hint error=message_error/>
            <button type="submit" class="lk-button">{t("staff-change-status")}</button>
        </form>
    }
    .into_any()
}

#[component]
pub fn RequestPage(user: StaffUser, view: RequestDetailView) -> impl IntoView {
    let lang = i18n::current();
    let product = crate::catalogue::by_slug(&view.product)
        .map(|p| p.texts(lang).name.clone())
        .unwrap_or_else(|| view.product.clone());
    let title = t_args(
        "staff-request-title",
        &[("reference", view.reference.clone().into())],
    );
    let assigned = view
        .assigned_to
        .clone()
        .unwrap_or_else(|| t("staff-unassigned"));
    let take = (!view.assigned_to_me && !view.status.is_closed()).then(|| {
        view! {
            <form method="post" action=paths::request_take(&view.reference)>
                <input type="hidden" name="versie" value=view.version.to_string()/>
                <button type="submit" class="lk-button lk-button--secondary">{t("staff-take")}</button>
            </form>
        }
    });
    let missing = view
        .missing
        .clone()
        .map(|m| view! { <div class="lk-notice"><h2 class="lk-heading-s">{t("staff-missing-asked")}</h2><p>{m}</p></div> });
    let answers = view
        .answers
        .iter()
        .map(|r| {
            let answer = r
                .answer
                .clone()
                .map(|lines| {
                    lines
                        .into_iter()
                        .map(|l| view! { <span class="lk-line">{l}</span> })
                        .collect_view()
                        .into_any()
                })
                .unwrap_or_else(|| t("summary-empty").into_any());
            row(r.question.clone(), answer)
        })
        .collect_view();
    let photos = (!view.photos.is_empty()).then(|| {
        let items = view
            .photos
            .iter()
            .enumerate()
            .map(|(i, (id, name))| {
                let alt = t_args("staff-photo-alt", &[("n", (i as i64 + 1).into()), ("name", name.clone().into())]);
                let href = paths::request_photo(&view.reference, id);
                let src = href.clone();
                view! { <li><a href=href><img src=src alt=alt class="lk-photo" width="240"/></a></li> }
            })
            .collect_view();
        view! { <h2 class="lk-heading-m">{t("staff-photos")}</h2><ul class="lk-photos">{items}</ul> }
    });
    let additions = (!view.additions.is_empty()).then(|| {
        let items = view
            .additions
            .iter()
            .map(|(at, text)| view! { <li><p class="lk-timeline__date">{i18n::date_time_in(lang, at)}</p><p class="lk-pre">{text.clone()}</p></li> })
            .collect_view();
        view! { <h2 class="lk-heading-m">{t("staff-additions")}</h2><ol class="lk-timeline">{items}</ol> }
    });
    let days = t_args(
        "staff-days-open",
        &[
            ("days", view.days_open.into()),
            ("norm", view.norm_days.into()),
        ],
    );
    let form = change_form(&view);
    let channel = match (&view.registered_by, &view.library) {
        (Some(name), _) => t_args("staff-channel-phone", &[("name", name.clone().into())]),
        (None, Some(library)) => t_args(
            "staff-channel-library",
            &[("library", library.clone().into())],
        ),
        (None, None) => t("staff-channel-online"),
    };
    view! {
        <Title text=i18n::title(&[&title])/>
        <StaffLayout user=Some(user)>
            <p><a href=paths::REQUESTS class="lk-back-link">{t("staff-back-to-list")}</a></p>
            <h1 class="lk-heading-xl">{title.clone()}</h1>
            <dl class="lk-summary-list">
                {row(t("label-product"), product)}
                {row(t("staff-received"), i18n::date_time_in(lang, &view.received_at))}
                {row(t("staff-channel"), channel)}
                {row(t("label-status"), view! { <strong>{t(&view.status.key())}</strong> })}
                {row(t("staff-norm"), days)}
                {row(t("staff-assigned-to"), assigned)}
            </dl>
            {take}
            {missing}
            <h2 class="lk-heading-m">{t("staff-change-heading")}</h2>
            {form}
            {additions}
            <h2 class="lk-heading-m">{t("staff-answers")}</h2>
            <dl class="lk-summary-list">{answers}</dl>
            {photos}
            <h2 class="lk-heading-m">{t("status-history")}</h2>
            <History history=view.history.clone()/>
        </StaffLayout>
    }
}
