//! "Afspraak aan de balie": start, the five questions, check, and the page
//! behind the secret link (view, calendar file, reschedule, cancel).

use crate::wording::Worded;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::error::NotFoundPage;
use crate::components::{
    Checkbox, Description, ErrorMessage, ErrorSummary, Layout, RadioOption, Radios, SummaryList,
    TextInput, described_by, error_for, group_class,
};
use crate::i18n::weekday_and_date;
use crate::i18n::{self, t, t_args};
use crate::journey::{FieldError, SummaryRow};
use crate::page_context::{VisitContext, page_context};
use crate::visit::{
    BASE, CHECK_PATH, LOCATIONS, MANAGE_BASE, TOTAL_STEPS, VISIT_PRODUCTS, VisitDraft, VisitStep,
    VisitView, clock, clock_range, day_part,
};

fn page_title(name: &str) -> String {
    i18n::title(&[name, &t("help-visit")])
}

fn step_of(step: VisitStep) -> String {
    i18n::step_of(step.number(), TOTAL_STEPS)
}

#[component]
pub fn VisitStartPage() -> impl IntoView {
    view! {
        <Title text=i18n::title(&[&t("help-visit")])/>
        <Description text=t("visit-start-lead")/>
        <Layout>
            <h1 class="lk-heading-xl">{t("help-visit")}</h1>
            <p class="lk-lead">{t("visit-start-lead")}</p>
            <h2 class="lk-heading-m">{t("visit-start-how")}</h2>
            <ul class="lk-list">
                <li>{t("visit-start-how-1")}</li>
                <li>{t("visit-start-how-2")}</li>
                <li>{t("visit-start-how-3")}</li>
            </ul>
            <p>{t("visit-start-time")}</p>
            <a href=VisitStep::Products.path() class="lk-button lk-button--start">{t("visit-start-button")}</a>
        </Layout>
    }
}

/// Stap n van 5, the form of one question, and its error summary.
#[component]
pub fn VisitStepPage() -> impl IntoView {
    let slug = use_params_map()
        .get_untracked()
        .get("step")
        .unwrap_or_default();
    let Some(step) = VisitStep::from_slug(&slug) else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let context = page_context().visit.unwrap_or_default();
    let back_to_check =
        use_query_map().get_untracked().get("terug").as_deref() == Some("controleren");
    let errors = context.draft.errors.get(&step).cloned().unwrap_or_default();
    let name = format!("{}: {}", step_of(step), step.title());
    let parts = [name.as_str(), &t("help-visit")];
    let title = i18n::form_title(&parts, !errors.is_empty());
    let back_href = if back_to_check {
        CHECK_PATH.to_string()
    } else {
        step.previous()
            .map(VisitStep::path)
            .unwrap_or_else(|| BASE.to_string())
    };
    let action = if back_to_check {
        format!("{}?terug=controleren", step.path())
    } else {
        step.path()
    };
    view! {
        <Title text=title/>
        <Description text=t("visit-start-lead")/>
        <Layout>
            // Back and the step counter share one row where they fit.
            <div class="lk-step-bar">
                <a class="lk-back-link" href=back_href>{t("button-back")}</a>
                <p class="lk-caption">{step_of(step)}</p>
            </div>
            <ErrorSummary errors=errors.clone()/>
            <form method="post" action=action novalidate=true class="lk-form">
                <VisitFields step=step context=context errors=errors/>
                <button type="submit" class="lk-button">{t("button-continue")}</button>
            </form>
        </Layout>
    }
    .into_any()
}

fn message(errors: &[FieldError], field: &str) -> Option<String> {
    error_for(errors, field).map(|e| e.message())
}

#[component]
fn VisitFields(step: VisitStep, context: VisitContext, errors: Vec<FieldError>) -> impl IntoView {
    let draft = context.draft;
    match step {
        VisitStep::Products => {
            view! { <ProductChoice chosen=draft.products.clone() error=message(&errors, "product")/> }
                .into_any()
        }
        VisitStep::Location => {
            let options = LOCATIONS
                .iter()
                .map(|l| RadioOption::new(l.slug, format!("{}, {}", l.name, l.address)))
                .collect();
            view! {
                <Radios
                    name="locatie"
                    legend=t("visit-location-question")
                    hint=t("visit-location-hint")
                    options=options
                    selected=draft.location.clone()
                    error=message(&errors, "locatie")
                    heading=true
                />
            }
            .into_any()
        }
        VisitStep::Day => {
            let options: Vec<RadioOption> = context
                .free_days
                .iter()
                .map(|d| RadioOption::new(d.day.to_string(), d.label()))
                .collect();
            let hint = t_args("visit-day-hint", &[("minutes", i64::from(draft.minutes()).into())]);
            if options.is_empty() {
                view! {
                    <h1 class="lk-heading-l">{t("visit-day-question")}</h1>
                    <p>{t("visit-day-none")}</p>
                    <p><a href=VisitStep::Location.path()>{t("visit-day-other-location")}</a>" " {t("visit-day-or-call")}</p>
                }
                .into_any()
            } else {
                view! {
                    <Radios
                        name="dag"
                        legend=t("visit-day-question")
                        hint=hint
                        options=options
                        selected=draft.day.clone()
                        error=message(&errors, "dag")
                        heading=true
                    />
                }
                .into_any()
            }
        }
        VisitStep::Time => view! { <TimeChoice draft=draft.clone() free=context.free_times.clone() error=message(&errors, "tijd")/> }
            .into_any(),
        VisitStep::Contact => view! {
            <fieldset class="lk-fieldset">
                <legend class="lk-fieldset__legend lk-fieldset__legend--l"><h1 class="lk-heading-l">{t("visit-step-gegevens")}</h1></legend>
                <TextInput id="naam" label=t("label-your-name") hint=t("visit-name-hint") value=draft.name.clone() error=message(&errors, "naam") autocomplete="name"/>
                <TextInput
                    id="email"
                    label=t("label-your-email-optional")
                    hint=t("visit-email-hint")
                    value=draft.email.clone()
                    error=message(&errors, "email")
                    input_type="email"
                    autocomplete="email"
                />
                <TextInput
                    id="telefoon"
                    label=t("label-your-phone-optional")
                    hint=t("visit-phone-hint")
                    value=draft.phone.clone()
                    error=message(&errors, "telefoon")
                    input_type="tel"
                    autocomplete="tel"
                />
            </fieldset>
            {context.can_share_answers.then(|| view! {
                <Checkbox
                    id="antwoorden-meesturen"
                    label=t("share-answers")
                    hint=t("visit-share-answers-hint")
                    value="ja"
                    checked=draft.share_answers
                />
            })}
        }
        .into_any(),
    }
}

/// The products as checkboxes: a visit can combine them, and the length adds up.
#[component]
fn ProductChoice(chosen: Vec<String>, error: Option<String>) -> impl IntoView {
    let error_id = error.as_ref().map(|_| "product-error".to_string());
    let describedby = described_by(&[Some("product-hint".into()), error_id.clone()]);
    let group = group_class(error.is_some());
    view! {
        <div class=group>
            <fieldset class="lk-fieldset" aria-describedby=describedby>
                <legend class="lk-fieldset__legend lk-fieldset__legend--l"><h1 class="lk-heading-l">{t("visit-products-question")}</h1></legend>
                <div id="product-hint" class="lk-hint">{t("visit-products-hint")}</div>
                <ErrorMessage id=error_id message=error/>
                <div class="lk-checkboxes">
                    {VISIT_PRODUCTS
                        .iter()
                        .enumerate()
                        .map(|(i, p)| {
                            // The first box carries the group's id, so the error summary link lands on it.
                            let id = if i == 0 { "product".to_string() } else { format!("product-{}", p.slug) };
                            let checked = chosen.iter().any(|c| c == p.slug);
                            view! {
                                <div class="lk-checkboxes__item">
                                    <input class="lk-checkboxes__input" type="checkbox" id=id.clone() name="product" value=p.slug checked=checked/>
                                    <label class="lk-label lk-checkboxes__label" for=id>
                                        {p.name()}<span class="lk-checkboxes__detail">" " {t_args("visit-minutes", &[("minutes", i64::from(p.minutes).into())])}</span>
                                    </label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}

/// The free times of the chosen day, a radio group per part of the day.
#[component]
fn TimeChoice(draft: VisitDraft, free: Vec<u16>, error: Option<String>) -> impl IntoView {
    let day = draft.day().map(weekday_and_date).unwrap_or_default();
    let minutes = draft.minutes();
    let error_id = error.as_ref().map(|_| "tijd-error".to_string());
    let describedby = described_by(&[Some("tijd-hint".into()), error_id.clone()]);
    let group = group_class(error.is_some());
    let mut parts: Vec<(String, Vec<u16>)> = Vec::new();
    for start in free {
        let part = day_part(start);
        match parts.last_mut() {
            Some((p, starts)) if *p == part => starts.push(start),
            _ => parts.push((part, vec![start])),
        }
    }
    let mut first = true;
    let selected = draft.time.clone();
    let groups = parts
        .into_iter()
        .map(|(part, starts)| {
            let radios = starts
                .into_iter()
                .map(|start| {
                    let value = start.to_string();
                    // The first time carries the group's id, for the error summary link.
                    let id = if first {
                        "tijd".to_string()
                    } else {
                        format!("tijd-{value}")
                    };
                    first = false;
                    let checked = selected == value;
                    view! {
                        <div class="lk-radios__item">
                            <input class="lk-radios__input" type="radio" id=id.clone() name="tijd" value=value checked=checked/>
                            <label class="lk-label lk-radios__label" for=id>{clock(start)}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="lk-fieldset lk-fieldset--part">
                    <legend class="lk-fieldset__legend lk-fieldset__legend--s">{part}</legend>
                    <div class="lk-radios lk-radios--columns">{radios}</div>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <div class=group>
            <fieldset class="lk-fieldset" role="radiogroup" aria-describedby=describedby aria-invalid=error_id.as_ref().map(|_| "true")>
                <legend class="lk-fieldset__legend lk-fieldset__legend--l"><h1 class="lk-heading-l">{t("visit-time-question")}</h1></legend>
                <div id="tijd-hint" class="lk-hint">{t_args("visit-time-hint", &[("day", day.into()), ("minutes", i64::from(minutes).into())])}</div>
                <ErrorMessage id=error_id.clone() message=error/>
                {groups}
            </fieldset>
        </div>
    }
}

fn summary(draft: &VisitDraft, can_share: bool) -> Vec<SummaryRow> {
    let row = |question: &str, answer: Option<Vec<String>>, step: VisitStep| SummaryRow {
        question: question.into(),
        answer,
        change_path: Some(step.path()),
    };
    let products = draft.products().iter().map(|p| p.name()).collect();
    let location = draft
        .location()
        .map(|l| vec![l.name.to_string(), l.address.to_string()]);
    let optional = |v: &str| (!v.trim().is_empty()).then(|| vec![v.trim().to_string()]);
    vec![
        row(&t("label-what-for"), Some(products), VisitStep::Products),
        row(&t("label-where"), location, VisitStep::Location),
        row(
            &t("label-day"),
            draft.day().map(|d| vec![weekday_and_date(d)]),
            VisitStep::Day,
        ),
        row(
            &t("label-time"),
            draft.start().map(|s| vec![clock_range(s, draft.minutes())]),
            VisitStep::Time,
        ),
        row(&t("label-name"), optional(&draft.name), VisitStep::Contact),
        row(
            &t("label-email-short"),
            optional(&draft.email),
            VisitStep::Contact,
        ),
        row(
            &t("label-phone-short"),
            optional(&draft.phone),
            VisitStep::Contact,
        ),
    ]
    .into_iter()
    .chain(can_share.then(|| {
        let answer = t(if draft.share_answers { "yes" } else { "no" });
        row(
            &t("label-share-answers"),
            Some(vec![answer]),
            VisitStep::Contact,
        )
    }))
    .collect()
}

#[component]
pub fn VisitCheckPage() -> impl IntoView {
    let context = page_context().visit.unwrap_or_default();
    let moving = context.draft.replacing.is_some();
    let button = t(if moving {
        "visit-move-button"
    } else {
        "visit-book-button"
    });
    view! {
        <Title text=page_title(&t("visit-check-title"))/>
        <Description text=t("visit-start-lead")/>
        <Layout>
            <a class="lk-back-link" href=VisitStep::Contact.path()>{t("button-back")}</a>
            <h1 class="lk-heading-xl">{t("visit-check-title")}</h1>
            <SummaryList rows=summary(&context.draft, context.can_share_answers) change_links=true/>
            <form method="post" action=CHECK_PATH class="lk-form">
                <input type="hidden" name="formulier" value=context.nonce/>
                <button type="submit" class="lk-button">{button}</button>
            </form>
        </Layout>
    }
}

fn view_rows(view: &VisitView) -> Vec<SummaryRow> {
    let row = |question: &str, answer: Option<Vec<String>>| SummaryRow {
        question: question.into(),
        answer,
        change_path: None,
    };
    vec![
        row(
            &t("label-what-for"),
            Some(view.products.iter().map(|p| p.name()).collect()),
        ),
        row(
            &t("label-where"),
            Some(vec![
                view.location.name.to_string(),
                view.location.address.to_string(),
            ]),
        ),
        row(&t("label-day"), Some(vec![weekday_and_date(view.day)])),
        row(
            &t("label-time"),
            Some(vec![clock_range(view.start, view.end - view.start)]),
        ),
        row(&t("label-name"), Some(vec![view.name.clone()])),
        row(&t("label-email-short"), view.email.clone().map(|e| vec![e])),
        row(&t("label-phone-short"), view.phone.clone().map(|p| vec![p])),
    ]
}

/// The page behind the secret link: confirmation, what to bring, calendar file, move, cancel.
#[component]
pub fn VisitManagePage() -> impl IntoView {
    let Some(view) = page_context().visit.and_then(|v| v.view) else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let base = format!("{MANAGE_BASE}/{}", view.token);
    let rows = view_rows(&view);
    let heading = t(match (&view.moved_to, view.cancelled) {
        (Some(_), _) => "visit-moved-heading",
        (None, true) => "visit-cancelled-heading",
        (None, false) => "visit-booked-heading",
    });
    let bring = view.bring(i18n::current());
    let body = if let Some(new) = &view.moved_to {
        view! {
            <p>{t("visit-moved-text")}</p>
            <p><a href=format!("{MANAGE_BASE}/{new}")>{t("visit-moved-link")}</a></p>
        }
        .into_any()
    } else if view.cancelled {
        view! {
            <p>{t("visit-cancelled-text")}</p>
            <p><a href=BASE>{t("visit-new-link")}</a></p>
            <p><a href=format!("{base}/agenda.ics") download="afspraak-geannuleerd.ics">{t("visit-ics-remove")}</a></p>
        }
        .into_any()
    } else {
        view! {
            <h2 class="lk-heading-m">{t("visit-bring-heading")}</h2>
            <ul class="lk-list">{bring.into_iter().map(|b| view! { <li>{b}</li> }).collect_view()}</ul>
            <p>{t("visit-on-time")}</p>
            <h2 class="lk-heading-m">{t("visit-calendar-heading")}</h2>
            <p><a href=format!("{base}/agenda.ics") download="afspraak.ics">{t("visit-ics-add")}</a></p>
            <h2 class="lk-heading-m">{t("visit-cannot-come-heading")}</h2>
            <p>{t("visit-cannot-come-text")}</p>
            <div class="lk-button-group">
                <form method="post" action=format!("{base}/verzetten") class="lk-form">
                    <button type="submit" class="lk-button lk-button--secondary">{t("visit-move-button")}</button>
                </form>
                <form method="post" action=format!("{base}/annuleren") class="lk-form">
                    <button type="submit" class="lk-button lk-button--secondary">{t("visit-cancel-button")}</button>
                </form>
            </div>
        }
        .into_any()
    };
    view! {
        <Title text=i18n::title(&[&t_args("visit-manage-title", &[("reference", view.reference.clone().into())])])/>
        <Description text=t("visit-start-lead")/>
        <Layout>
            <div class="lk-panel">
                <h1 class="lk-panel__title">{heading}</h1>
                <p class="lk-panel__body">
                    {t("reference-is")}<br/>
                    <strong class="lk-panel__reference">{view.reference.clone()}</strong>
                </p>
            </div>
            {body}
            <h2 class="lk-heading-m">{t("visit-your-visit")}</h2>
            <SummaryList rows=rows/>
        </Layout>
    }
    .into_any()
}
