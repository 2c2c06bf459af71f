//! The counter agenda on the server: the day's page (its view of names in
//! the access log first), each step of a visit (check-in, call to a counter,
//! start, done, "niet gekomen"), and registering a walk-in. Every step is one
//! conditional update in the store: the second of two clerks pressing the
//! same button hears it was done already, and nothing changes twice.

use app::staff::context::StaffPage;
use app::staff::counter_views::{CounterDayView, CounterRow, NO_SHOW_AFTER_MINUTES, STEPS, Stage};
use app::staff::paths;
use app::visit::{self, Location, VISIT_PRODUCTS, locations};
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use jiff::civil::Date;

use super::access_log::{self, Action};
use super::sessions::StaffSession;
use crate::http::errors::AppError;
use crate::services::counter as rules;
use crate::services::drafts::random_hex;
use crate::services::visits::BookingError;
use crate::store::counter;
use crate::{AppState, time};

fn stage(row: &counter::DayRow) -> Stage {
    match (
        row.outcome.as_deref(),
        &row.started_at,
        &row.called_at,
        &row.arrived_at,
    ) {
        (Some("niet gekomen"), ..) => Stage::NotCome,
        (Some(_), ..) => Stage::Helped,
        (None, Some(_), _, _) => Stage::AtCounter,
        (None, None, Some(_), _) => Stage::Called,
        (None, None, None, Some(_)) => Stage::Arrived,
        _ => Stage::Expected,
    }
}

fn minute(at: &jiff::Zoned) -> i64 {
    i64::from(at.hour()) * 60 + i64::from(at.minute())
}

/// The agenda page: `?locatie=<slug>&dag=<date>&melding=<word>&waarde=<B12 or reference>`.
pub async fn page(
    state: &AppState,
    session: &StaffSession,
    query: Option<&str>,
) -> Result<StaffPage, AppError> {
    let pairs = super::frame::pairs(query);
    let value = |name: &str| app::journey::posted(&pairs, name);
    let location: &'static Location = value("locatie")
        .and_then(visit::location)
        .or_else(|| locations().first())
        .ok_or_else(|| AppError::from(sqlx::Error::Protocol("no counter locations".into())))?;
    let now = time::now();
    let today = now.date();
    let day: Date = value("dag")
        .and_then(|d| d.parse().ok())
        .filter(|d: &Date| d.year() > 2000 && d.year() < 2100)
        .unwrap_or(today);
    let rows = counter::day(&state.store, &location.slug, &day.to_string()).await?;
    if !rows.is_empty() {
        // Names of residents: the view is logged before anything is shown.
        access_log::record(
            &state.store,
            session,
            Action::View,
            "balie-agenda",
            &format!("{}/{day}", &location.slug),
            "balie",
        )
        .await?;
    }
    let rows = rows
        .into_iter()
        .map(|r| {
            let stage = stage(&r);
            let start = u16::try_from(r.start_minute).unwrap_or(0);
            let late = day < today
                || (day == today && minute(&now) >= r.start_minute + NO_SHOW_AFTER_MINUTES);
            CounterRow {
                may_mark_not_come: stage == Stage::Expected && late,
                end: u16::try_from(r.end_minute).unwrap_or(start),
                start,
                products: r.products.split(',').map(String::from).collect(),
                name: r.name,
                walk_in: r.walk_in,
                stage,
                call_number: r.call_number,
                counter: r.counter_no,
                waited_minutes: r.waiting_seconds.map(|s| (s + 30) / 60),
                reference: r.reference,
            }
        })
        .collect();
    let notice = value("melding")
        .and_then(|w| NOTICES.iter().find(|(word, _)| *word == w))
        .map(|(_, key)| {
            let shown = value("waarde")
                .filter(|v| {
                    v.len() <= 60 && v.chars().all(|c| c.is_alphanumeric() || " -,".contains(c))
                })
                .unwrap_or("")
                .to_string();
            (key.to_string(), shown)
        });
    Ok(StaffPage::Counter(Box::new(CounterDayView {
        location: (location.slug.to_string(), location.name.to_string()),
        locations: locations()
            .iter()
            .map(|l| (l.slug.to_string(), l.name.to_string()))
            .collect(),
        counters: location.counters,
        day,
        rows,
        notice,
        nonce: random_hex(),
    })))
}

/// Words in the agenda's address after a step, and their messages.
const NOTICES: [(&str, &str); 10] = [
    ("aangekomen", "staff-counter-notice-checked-in"),
    ("opgeroepen", "staff-counter-notice-called"),
    ("gestart", "staff-counter-notice-started"),
    ("klaar", "staff-counter-notice-done"),
    ("niet-gekomen", "staff-counter-notice-not-come"),
    ("inloop", "staff-counter-notice-walk-in"),
    ("vol", "staff-counter-notice-full"),
    ("geen-product", "staff-counter-notice-no-products"),
    ("al-gedaan", "staff-counter-notice-already"),
    ("te-vroeg", "staff-counter-notice-too-early"),
];

fn back(location: &str, day: &str, word: &str, shown: &str) -> Response {
    let query = serde_urlencoded::to_string([
        ("locatie", location),
        ("dag", day),
        ("melding", word),
        ("waarde", shown),
    ])
    .unwrap_or_default();
    Redirect::to(&format!("{}?{query}", paths::COUNTER)).into_response()
}

/// `POST /medewerker/balie/<reference>/<step>`.
pub async fn step(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    Path((reference, step)): Path<(String, String)>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    if !STEPS.contains(&step.as_str()) || reference.len() > 20 {
        return Ok(StatusCode::NOT_FOUND.into_response());
    }
    let Some((location, day, start)) = counter::place_of(&state.store, &reference).await? else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let Some(place) = visit::location(&location) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let now = time::now();
    let at = now.to_string();
    let (done, word, shown) = match step.as_str() {
        "aankomst" => match rules::check_in(&state.store, &reference).await? {
            Some(number) => (true, "aangekomen", number),
            None => (false, "al-gedaan", reference.clone()),
        },
        "oproepen" => {
            let Some(counter_no) = app::journey::posted(&form, "balie")
                .and_then(|b| b.parse::<i64>().ok())
                .filter(|b| (1..=i64::from(place.counters)).contains(b))
            else {
                return Ok(StatusCode::UNPROCESSABLE_ENTITY.into_response());
            };
            let (arrived, number) = counter::arrival(&state.store, &reference)
                .await?
                .unwrap_or((None, None));
            let arrived: Option<jiff::Zoned> = arrived.and_then(|a| a.parse().ok());
            let planned = rules::planned_start(&day, start);
            let waited = match (&planned, &arrived) {
                (Some(p), Some(a)) => rules::waiting_seconds(p, a, &now),
                _ => 0,
            };
            let called = arrived.is_some()
                && counter::call(
                    &state.store,
                    &reference,
                    &at,
                    counter_no,
                    waited,
                    session.account_id,
                )
                .await?;
            let number = number.unwrap_or_default();
            if called {
                (true, "opgeroepen", format!("{number}, balie {counter_no}"))
            } else {
                (false, "al-gedaan", reference.clone())
            }
        }
        "start" => (
            counter::start(&state.store, &reference, &at).await?,
            "gestart",
            reference.clone(),
        ),
        "klaar" => (
            rules::helped(&state.store, &state.public_url, &reference, &at).await?,
            "klaar",
            reference.clone(),
        ),
        _ => {
            let late = day < now.date().to_string()
                || (day == now.date().to_string() && minute(&now) >= start + NO_SHOW_AFTER_MINUTES);
            if !late {
                return Ok(back(&location, &day, "te-vroeg", &reference));
            }
            (
                rules::not_come(&state.store, &reference, &at).await?,
                "niet-gekomen",
                reference.clone(),
            )
        }
    };
    if !done {
        return Ok(back(&location, &day, "al-gedaan", &reference));
    }
    access_log::record(
        &state.store,
        &session,
        Action::Change,
        "afspraak",
        &reference,
        "balie",
    )
    .await?;
    Ok(back(&location, &day, word, &shown))
}

/// `POST /medewerker/balie/inloop`: products, location, the form's one-time value.
pub async fn walk_in(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let Some(location) = app::journey::posted(&form, "locatie").and_then(visit::location) else {
        return Ok(StatusCode::UNPROCESSABLE_ENTITY.into_response());
    };
    let today = time::today().to_string();
    let products: Vec<String> = VISIT_PRODUCTS
        .iter()
        .filter(|p| form.iter().any(|(k, v)| k == "product" && v == p.slug))
        .map(|p| p.slug.to_string())
        .collect();
    if products.is_empty() {
        return Ok(back(&location.slug, &today, "geen-product", ""));
    }
    let nonce = app::journey::posted(&form, "formulier")
        .filter(|n| n.len() == 32 && n.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(String::from);
    let names = products
        .iter()
        .filter_map(|s| VISIT_PRODUCTS.iter().find(|p| p.slug == s.as_str()))
        .map(|p| p.name())
        .collect::<Vec<_>>()
        .join(", ");
    match rules::walk_in(
        &state.store,
        location,
        products,
        nonce,
        state.holidays,
        &time::now(),
    )
    .await
    {
        Ok(Some((reference, _))) => {
            let number = counter::arrival(&state.store, &reference)
                .await?
                .and_then(|(_, n)| n)
                .unwrap_or_default();
            access_log::record(
                &state.store,
                &session,
                Action::Change,
                "afspraak",
                &reference,
                "balie inloop",
            )
            .await?;
            Ok(back(&location.slug, &today, "inloop", &number))
        }
        Ok(None) | Err(BookingError::NotOffered) | Err(BookingError::Taken { .. }) => {
            Ok(back(&location.slug, &today, "vol", &names))
        }
        Err(BookingError::Storage(e)) => Err(e.into()),
    }
}
