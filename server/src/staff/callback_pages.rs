//! What the KCC's callback pages render from: the queue (with its filters and
//! the notice of the last action) and one request. Opening a request is in
//! the access log before anything personal is read for the page.

use app::callback::DayPart;
use app::domain::PhoneNumber;
use app::domain::working_hours::{Urgency, urgency};
use app::journey::posted as value;
use app::staff::callback_views::{
    AttemptRow, CallOutcome, CallbackDetailView, CallbackFilter, CallbackQueueView, CallbackRow,
    CallbackState,
};
use app::staff::context::StaffPage;
use app::staff::paths;
use jiff::civil::Date;

use super::access_log::{self, Action};
use super::kept_form;
use super::sessions::StaffSession;
use crate::http::errors::AppError;
use crate::store::callback_queue as queue;
use crate::{AppState, time};

/// Notices of the queue, by the word in its address.
const QUEUE_NOTICES: [(&str, &str); 5] = [
    ("vastgelegd", "staff-callback-notice-recorded"),
    ("bereikt", "staff-callback-notice-reached"),
    ("niet-bereikt", "staff-callback-notice-missed"),
    ("teruggegeven", "staff-callback-notice-released"),
    ("leeg", "staff-callback-notice-empty"),
];

/// Notices and problems of a request's page, by the word its post left.
const PAGE_NOTICES: [(&str, &str); 7] = [
    ("verstuurd", "staff-callback-notice-form-sent"),
    ("no-form", "staff-callback-notice-no-form"),
    ("taken", "staff-callback-notice-taken"),
    ("busy", "staff-callback-notice-busy"),
    ("gone", "staff-callback-notice-gone"),
    ("outcome", "staff-callback-error-outcome"),
    ("note-long", "staff-callback-error-note-long"),
];

fn part(word: &str) -> DayPart {
    if word == "middag" {
        DayPart::Afternoon
    } else {
        DayPart::Morning
    }
}

fn day(text: &str) -> Date {
    text.parse().unwrap_or_else(|_| time::today())
}

/// A reference as we make them (`TB-7KQ4-M2XD`): the only thing a notice repeats from the address.
fn reference_like(text: &str) -> bool {
    text.len() <= 20 && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Whether a hold still runs.
pub(super) fn held(held_until: Option<i64>, now: i64) -> bool {
    held_until.is_some_and(|until| until > now)
}

pub async fn queue(
    state: &AppState,
    session: &StaffSession,
    query: Option<&str>,
) -> Result<StaffPage, AppError> {
    let pairs = super::frame::pairs(query);
    let filter = CallbackFilter::from_pairs(&pairs);
    let notice = value(&pairs, "melding")
        .and_then(|w| QUEUE_NOTICES.iter().find(|(word, _)| *word == w))
        .map(|(_, key)| {
            let reference = value(&pairs, "nummer")
                .filter(|r| reference_like(r))
                .map(String::from);
            (key.to_string(), reference)
        });
    let now = time::now();
    let seconds = now.timestamp().as_second();
    let rows = queue::open(&state.store, filter.part.map(|p| p.slug()))
        .await?
        .into_iter()
        .map(|r| {
            let due = day(&r.due_by);
            let holding = held(r.held_until, seconds);
            CallbackRow {
                urgency: urgency(now.datetime(), due, state.holidays),
                mine: holding && r.held_by == Some(session.account_id),
                held_by: if holding { r.holder } else { None },
                reference: r.reference,
                topic: r.topic,
                day: day(&r.preferred_day),
                part: part(&r.day_part),
                due,
                attempts: r.attempts,
            }
        })
        .filter(|r| filter.urgency.is_none_or(|u| u == r.urgency))
        .filter(|r| !filter.mine || r.mine)
        .collect();
    Ok(StaffPage::CallbackQueue(CallbackQueueView {
        filter,
        rows,
        notice,
    }))
}

/// One request; `None` for an unknown reference. Its view is logged first.
pub async fn detail(
    state: &AppState,
    session: &StaffSession,
    reference: &str,
) -> Result<Option<StaffPage>, AppError> {
    let Some(found) = find(state, reference).await? else {
        return Ok(None);
    };
    access_log::record(
        &state.store,
        session,
        Action::View,
        "terugbelverzoek",
        &found.reference,
        "terugbellen",
    )
    .await?;
    let kept = kept_form::take(
        &state.store,
        &session.key,
        &paths::callback_attempt(&found.reference),
    )
    .await?;
    let notice = kept
        .as_ref()
        .and_then(|k| k.problem.as_deref())
        .and_then(|w| PAGE_NOTICES.iter().find(|(word, _)| *word == w))
        .map(|(_, key)| key.to_string());
    let lang = app::i18n::current();
    let product = product_of(&found);
    let raw: Option<std::collections::BTreeMap<String, Vec<String>>> = found
        .shared_answers
        .as_deref()
        .and_then(|json| serde_json::from_str(json).ok());
    let answers = match (product.and_then(|p| p.form.as_ref()), &raw) {
        (Some(form), Some(raw)) => app::form::handed_over(form, raw, lang),
        _ => Vec::new(),
    };
    let attempts = queue::attempts(&state.store, found.id)
        .await?
        .into_iter()
        .filter_map(|(at, outcome, note, staff)| {
            Some(AttemptRow {
                at: at.parse().ok()?,
                reached: outcome == "bereikt",
                note,
                staff,
            })
        })
        .collect();
    let now = time::now();
    let holding = held(found.held_until, now.timestamp().as_second());
    let phone = PhoneNumber::parse(&found.phone).ok();
    let due = day(&found.due_by);
    let state_now = CallbackState::parse(&found.state).unwrap_or(CallbackState::Open);
    Ok(Some(StaffPage::Callback(Box::new(CallbackDetailView {
        phone: phone
            .as_ref()
            .map(PhoneNumber::national)
            .unwrap_or_else(|| found.phone.clone()),
        phone_link: format!(
            "tel:{}",
            phone
                .as_ref()
                .map(|p| p.e164())
                .unwrap_or(found.phone.as_str())
        ),
        reference: found.reference,
        name: found.name,
        topic: found.topic,
        day: day(&found.preferred_day),
        part: part(&found.day_part),
        due,
        urgency: if state_now == CallbackState::Open {
            urgency(now.datetime(), due, state.holidays)
        } else {
            Urgency::InTime
        },
        note: found.note,
        helped: match (&found.library, &found.helper) {
            (Some(library), Some(helper)) => Some((
                app::assisted::library(library).map_or(library.clone(), |l| l.name.clone()),
                helper.clone(),
                found.helper_note.clone(),
            )),
            _ => None,
        },
        received_at: found.created_at.parse().unwrap_or_else(|_| now.clone()),
        state: state_now,
        result: found.result.as_deref().and_then(CallOutcome::parse),
        mine: holding && found.held_by == Some(session.account_id),
        held_by: if holding { found.holder } else { None },
        has_email: found.email.is_some(),
        answers,
        answers_product: product.map(|p| p.texts(lang).name.clone()),
        form_product: product
            .filter(|p| p.form.is_some() && p.online_now())
            .map(|p| p.texts(lang).name.clone()),
        attempts,
        typed_outcome: kept
            .as_ref()
            .and_then(|k| k.field("uitkomst"))
            .and_then(CallOutcome::parse),
        typed_note: kept
            .as_ref()
            .and_then(|k| k.field("notitie"))
            .unwrap_or_default()
            .to_string(),
        notice,
    }))))
}

/// The product a request was asked from, if any.
pub(super) fn product_of(found: &queue::Request) -> Option<&'static app::catalogue::Product> {
    found
        .origin_slug
        .as_deref()
        .and_then(app::catalogue::by_slug)
        .or_else(|| {
            // Requests from before the slug was kept name their product in either language.
            let name = found.origin_product.as_deref()?;
            app::catalogue::all().iter().find(|p| {
                app::i18n::Lang::ALL
                    .iter()
                    .any(|l| p.texts(*l).name == name)
            })
        })
}

/// The request behind a reference from an address; nothing for one we never make.
pub(super) async fn find(
    state: &AppState,
    reference: &str,
) -> Result<Option<queue::Request>, sqlx::Error> {
    if !reference_like(reference) {
        return Ok(None);
    }
    queue::by_reference(&state.store, reference).await
}
