//! The two choices of the visit steps that are more than a field: the
//! products to come for, and a start time grouped by part of the day.

use leptos::prelude::*;

use crate::components::{ErrorMessage, described_by, group_class};
use crate::i18n::weekday_and_date;
use crate::i18n::{t, t_args};
use crate::visit::{VISIT_PRODUCTS, VisitDraft, clock, day_part};

/// The products as checkboxes: a visit can combine them, and the length adds up.
#[component]
pub(super) fn ProductChoice(chosen: Vec<String>, error: Option<String>) -> impl IntoView {
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
pub(super) fn TimeChoice(
    draft: VisitDraft,
    free: Vec<u16>,
    error: Option<String>,
) -> impl IntoView {
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
