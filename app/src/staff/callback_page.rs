//! `/medewerker/terugbellen/<reference>`: one callback request as the agent
//! calls it. Who to call (the number as a `tel:` link), about what, by when;
//! "Oppakken" when nobody holds it, who holds it when a colleague does; the
//! attempt form (one radio group for the outcome, a note) while this agent
//! holds it; the answers the resident handed over, as questions and answers;
//! and every attempt so far.

use leptos::prelude::*;
use leptos_meta::Title;

use super::callback_queue::urgency_words;
use super::callback_views::{
    CallOutcome, CallbackDetailView, CallbackState, MAX_ATTEMPT_NOTE_CHARS,
};
use super::context::StaffUser;
use super::layout::StaffLayout;
use super::paths;
use crate::callback::weekday_and_date;
use crate::components::{RadioOption, Radios, Textarea};
use crate::i18n::{self, t, t_args};

fn row(key: String, value: impl IntoView) -> impl IntoView {
    view! {
        <div class="lk-summary-list__row">
            <dt class="lk-summary-list__key">{key}</dt>
            <dd class="lk-summary-list__value">{value}</dd>
        </div>
    }
}

/// The notices that are problems with the attempt form (shown as an error summary).
const FORM_PROBLEMS: [&str; 2] = [
    "staff-callback-error-outcome",
    "staff-callback-error-note-long",
];

fn attempt_form(view: &CallbackDetailView) -> impl IntoView + use<> {
    let problem = view
        .notice
        .clone()
        .filter(|n| FORM_PROBLEMS.contains(&n.as_str()));
    let outcome_error = problem.as_deref().filter(|p| *p == FORM_PROBLEMS[0]).map(t);
    let note_error = problem
        .as_deref()
        .filter(|p| *p == FORM_PROBLEMS[1])
        .map(|k| t_args(k, &[("max", (MAX_ATTEMPT_NOTE_CHARS as i64).into())]));
    let alert = problem.map(|_| {
        let (anchor, text) = match (&outcome_error, &note_error) {
            (Some(e), _) => ("uitkomst", e.clone()),
            (_, Some(e)) => ("notitie", e.clone()),
            _ => ("uitkomst", String::new()),
        };
        view! {
            <div class="lk-error-summary" id="foutmeldingen" tabindex="-1" autofocus=true>
                <div role="alert">
                    <h2 class="lk-error-summary__title">{t("error-summary-title")}</h2>
                    <ul class="lk-error-summary__list"><li><a href=format!("#{anchor}")>{text}</a></li></ul>
                </div>
            </div>
        }
    });
    let options = CallOutcome::ALL
        .into_iter()
        .map(|o| RadioOption::new(o.slug(), t(&o.key())))
        .collect();
    let selected = view
        .typed_outcome
        .map(|o| o.slug().to_string())
        .unwrap_or_default();
    let hint = t_args(
        "staff-callback-outcome-hint",
        &[("after", super::callback_views::MISSED_AFTER.into())],
    );
    let note_hint = t_args(
        "staff-callback-note-hint",
        &[("max", (MAX_ATTEMPT_NOTE_CHARS as i64).into())],
    );
    view! {
        {alert}
        <h2 class="lk-heading-m">{t("staff-callback-attempt-heading")}</h2>
        <form method="post" action=paths::callback_attempt(&view.reference) novalidate=true>
            <Radios name="uitkomst" legend=t("staff-callback-outcome") hint=hint options=options selected=selected error=outcome_error/>
            <Textarea id="notitie" label=t("staff-callback-note") value=view.typed_note.clone() hint=note_hint error=note_error/>
            <button type="submit" class="lk-button">{t("staff-callback-record")}</button>
        </form>
        <form method="post" action=paths::callback_release(&view.reference)>
            <button type="submit" class="lk-button lk-button--secondary">{t("staff-callback-release")}</button>
        </form>
    }
}

#[component]
pub fn CallbackPage(user: StaffUser, view: CallbackDetailView) -> impl IntoView {
    let lang = i18n::current();
    let title = t_args(
        "staff-callback-title",
        &[("reference", view.reference.clone().into())],
    );
    let open = view.state == CallbackState::Open;
    let (urgency, class) = urgency_words(view.urgency);
    let due = view! { {weekday_and_date(view.due)} " " {open.then(|| view! { <span class=class>{urgency}</span> })} };
    let status = match view.result {
        Some(result) => format!("{}: {}", t(view.state.key()), t(&result.key())),
        None => t(view.state.key()),
    };
    let notice = view
        .notice
        .clone()
        .filter(|n| !FORM_PROBLEMS.contains(&n.as_str()))
        .map(|key| {
            let text = t_args(
                &key,
                &[("name", view.held_by.clone().unwrap_or_default().into())],
            );
            view! { <div class="lk-notice" role="status"><p>{text}</p></div> }
        });
    let action = if !open {
        None
    } else if view.mine {
        Some(attempt_form(&view).into_any())
    } else if let Some(holder) = &view.held_by {
        Some(
            view! { <p>{t_args("staff-callback-held-by", &[("name", holder.clone().into())])}</p> }
                .into_any(),
        )
    } else {
        Some(
            view! {
                <form method="post" action=paths::callback_take(&view.reference)>
                    <button type="submit" class="lk-button">{t("staff-callback-take")}</button>
                </form>
            }
            .into_any(),
        )
    };
    // The agent completes the product form with the resident on the phone.
    let form = view
        .form_product
        .clone()
        .filter(|_| open && view.mine)
        .map(|product| {
            view! {
                <h2 class="lk-heading-m">{t("staff-callback-form-heading")}</h2>
                <p>{t_args("staff-callback-form-hint", &[("product", product.into())])}</p>
                <form method="post" action=paths::callback_form(&view.reference)>
                    <button type="submit" class="lk-button lk-button--secondary">{t("staff-callback-form")}</button>
                </form>
            }
        });
    let answers = (!view.answers.is_empty()).then(|| {
        let heading = match &view.answers_product {
            Some(product) => t_args(
                "staff-callback-answers-of",
                &[("product", product.clone().into())],
            ),
            None => t("staff-callback-answers"),
        };
        let rows = view
            .answers
            .iter()
            .map(|r| {
                let lines = r
                    .answer
                    .clone()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|l| view! { <span class="lk-line">{l}</span> })
                    .collect_view();
                row(r.question.clone(), lines)
            })
            .collect_view();
        view! {
            <h2 class="lk-heading-m">{heading}</h2>
            <p>{t("staff-callback-answers-hint")}</p>
            <dl class="lk-summary-list">{rows}</dl>
        }
    });
    let attempts = if view.attempts.is_empty() {
        view! { <p>{t("staff-callback-no-attempts")}</p> }.into_any()
    } else {
        let items = view
            .attempts
            .iter()
            .map(|a| {
                let what = if a.reached {
                    t("staff-callback-attempt-reached")
                } else {
                    t("staff-callback-attempt-missed")
                };
                let by = a.staff.clone().unwrap_or_default();
                view! {
                    <li class="lk-timeline__item">
                        <p class="lk-timeline__date">{i18n::date_time_in(lang, &a.at)} " · " {by}</p>
                        <p><strong>{what}</strong></p>
                        {a.note.clone().map(|n| view! { <p class="lk-pre">{n}</p> })}
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="lk-timeline">{items}</ol> }.into_any()
    };
    let phone = view! { <a href=view.phone_link.clone()>{view.phone.clone()}</a> };
    view! {
        <Title text=i18n::title(&[&title])/>
        <StaffLayout user=Some(user)>
            <p><a href=paths::CALLBACKS class="lk-back-link">{t("staff-callback-back")}</a></p>
            <h1 class="lk-heading-xl">{title.clone()}</h1>
            {notice}
            <dl class="lk-summary-list">
                {row(t("label-name"), view.name.clone())}
                {row(t("label-phone-short"), phone)}
                {row(t("label-topic"), view.topic.clone())}
                {row(t("staff-callback-chosen"), format!("{}, {}", weekday_and_date(view.day), view.part.hours(lang)))}
                {row(t("staff-callback-due"), due)}
                {row(t("label-note"), view.note.clone().unwrap_or_else(|| t("summary-empty")))}
                {view.helped.clone().map(|(library, helper, note)| view! {
                    {row(t("staff-channel"), t_args("staff-helped-at-library", &[("helper", helper.into()), ("library", library.into())]))}
                    {row(t("staff-helper-note"), note.unwrap_or_else(|| t("summary-empty")))}
                })}
                {row(t("staff-received"), i18n::date_time_in(lang, &view.received_at))}
                {row(t("label-status"), view! { <strong>{status}</strong> })}
                {row(t("staff-callback-email"), t(if view.has_email { "yes" } else { "no" }))}
            </dl>
            {action}
            {form}
            {answers}
            <h2 class="lk-heading-m">{t("staff-callback-attempts")}</h2>
            {attempts}
        </StaffLayout>
    }
}
