//! Opening hours and closures on the server (role `beheer`): the page, a
//! change to one day of a location, and the message to the residents whose
//! visit falls on a day that was closed. Closing a day never cancels its
//! visits: the page lists them (that view is logged: names and numbers), and
//! the message, once per visit, carries the link to choose another time.

use app::staff::context::StaffPage;
use app::staff::opening_views::{
    Affected, AffectedVisit, ChangeRow, FIELDS, LocationWeek, OpeningView, parse_change,
};
use app::staff::paths;
use app::visit::{self, locations};
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use jiff::civil::{Date, Time};

use super::access_log::{self, Action};
use super::frame::pairs;
use super::kept_form::{self, KeptForm};
use super::sessions::StaffSession;
use crate::http::errors::AppError;
use crate::services::visits::BOOKING_LOCK;
use crate::store::location_days;
use crate::{AppState, outbox, time};

fn minutes(t: Time) -> u16 {
    u16::try_from(t.hour()).unwrap_or(0) * 60 + u16::try_from(t.minute()).unwrap_or(0)
}

fn hhmm(t: &str) -> Option<u16> {
    t.parse::<Time>().ok().map(minutes)
}

fn name_of(slug: &str) -> String {
    visit::location(slug)
        .map(|l| l.name.clone())
        .unwrap_or_else(|| slug.to_string())
}

pub async fn page(
    state: &AppState,
    session: &StaffSession,
    query: Option<&str>,
) -> Result<StaffPage, AppError> {
    let pairs = pairs(query);
    let value = |name: &str| app::journey::posted(&pairs, name);
    let today = time::today();
    let kept = kept_form::take(&state.store, &session.key, paths::OPENING).await?;
    let typed = kept.map(|k| k.fields).unwrap_or_default();
    let errors = if typed.is_empty() {
        Vec::new()
    } else {
        parse_change(&typed, today).err().unwrap_or_default()
    };
    let changes = location_days::upcoming(&state.store, &today.to_string())
        .await?
        .into_iter()
        .filter_map(|(location, day, opens, closes, reason)| {
            Some(ChangeRow {
                location: name_of(&location),
                day: day.parse().ok()?,
                hours: opens
                    .as_deref()
                    .and_then(hhmm)
                    .zip(closes.as_deref().and_then(hhmm)),
                reason,
            })
        })
        .collect();
    let mut affected = None;
    if let (Some(place), Some(day)) = (
        value("getroffen").and_then(visit::location),
        value("dag").and_then(|d| d.parse::<Date>().ok()),
    ) {
        let visits = location_days::visits_on(&state.store, &place.slug, &day.to_string()).await?;
        if !visits.is_empty() {
            access_log::record(
                &state.store,
                session,
                Action::View,
                "balie-agenda",
                &format!("{}/{day}", place.slug),
                "sluiting",
            )
            .await?;
            affected = Some(Affected {
                location: place.slug.clone(),
                location_name: place.name.clone(),
                day,
                visits: visits
                    .into_iter()
                    .map(|(reference, start, name, email, phone, _)| AffectedVisit {
                        reference,
                        start: u16::try_from(start).unwrap_or(0),
                        name,
                        email,
                        phone: phone.map(|p| {
                            app::domain::PhoneNumber::parse(&p)
                                .map(|n| n.national())
                                .unwrap_or(p)
                        }),
                    })
                    .collect(),
                messaged: value("verstuurd").and_then(|n| n.parse().ok()),
            });
        }
    }
    Ok(StaffPage::Opening(Box::new(OpeningView {
        weeks: locations()
            .iter()
            .map(|l| LocationWeek {
                name: l.name.clone(),
                counters: l.counters,
                hours: l
                    .hours
                    .iter()
                    .map(|h| h.map(|(o, c)| (minutes(o), minutes(c))))
                    .collect(),
            })
            .collect(),
        changes,
        locations: locations()
            .iter()
            .map(|l| (l.slug.clone(), l.name.clone()))
            .collect(),
        typed,
        errors,
        saved: value("melding") == Some("opgeslagen"),
        affected,
    })))
}

/// `POST /medewerker/openingstijden`: a change to one day.
pub async fn save(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let change = match parse_change(&form, time::today()) {
        Ok(change) => change,
        Err(_) => {
            let kept = KeptForm {
                action: paths::OPENING.to_string(),
                fields: form
                    .iter()
                    .filter(|(k, _)| FIELDS.contains(&k.as_str()))
                    .map(|(k, v)| (k.clone(), v.chars().take(300).collect()))
                    .collect(),
                problem: Some("invalid".into()),
            };
            kept_form::keep(&state.store, &session.key, &kept).await?;
            return Ok(Redirect::to(paths::OPENING).into_response());
        }
    };
    let day = change.day.to_string();
    let (opens, closes) = match change.hours {
        Some((o, c)) => (
            Some(o.strftime("%H:%M").to_string()),
            Some(c.strftime("%H:%M").to_string()),
        ),
        None => (None, None),
    };
    // Under the booking lock: a booking in progress commits first (and is
    // listed below) or sees the change.
    let mut tx = state.store.begin_exclusive(BOOKING_LOCK).await?;
    location_days::set(
        &mut tx,
        &location_days::Change {
            location: &change.location,
            day: &day,
            opens: opens.as_deref(),
            closes: closes.as_deref(),
            reason: &change.reason,
            staff_id: session.account_id,
            at: &time::now().to_string(),
        },
    )
    .await?;
    tx.commit().await?;
    access_log::record(
        &state.store,
        &session,
        Action::Change,
        "locatie",
        &format!("{}/{day}", change.location),
        "openingstijden",
    )
    .await?;
    // A closed day with visits: list them for the clerks (nothing is dropped).
    let booked = location_days::visits_on(&state.store, &change.location, &day).await?;
    let to = if change.hours.is_none() && !booked.is_empty() {
        format!("{}?getroffen={}&dag={day}", paths::OPENING, change.location)
    } else {
        format!("{}?melding=opgeslagen", paths::OPENING)
    };
    Ok(Redirect::to(&to).into_response())
}

/// `POST /medewerker/openingstijden/bericht`: the message to each resident
/// with an e-mail address whose visit is on the closed day; once per visit.
pub async fn notify(
    State(state): State<AppState>,
    axum::Extension(session): axum::Extension<StaffSession>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let value = |name: &str| app::journey::posted(&form, name);
    let (Some(place), Some(day)) = (
        value("locatie").and_then(visit::location),
        value("datum").and_then(|d| d.parse::<Date>().ok()),
    ) else {
        return Ok(StatusCode::UNPROCESSABLE_ENTITY.into_response());
    };
    let visits = location_days::visits_on(&state.store, &place.slug, &day.to_string()).await?;
    // Under the booking lock: two presses at once send each message once.
    let mut tx = state.store.begin_exclusive(BOOKING_LOCK).await?;
    let mut sent = 0;
    for (reference, start, name, email, _, token) in &visits {
        let Some(email) = email else { continue };
        let topic = crate::services::visits::topic(reference);
        if outbox::written(&mut tx, &topic, crate::messages::visits::CLOSED).await? {
            sent += 1;
            continue;
        }
        let message = crate::messages::visits::closed_message(
            &state,
            &crate::messages::visits::ClosedVisit {
                reference,
                token,
                to: email,
                name,
                place: &place.name,
                day,
                start: u16::try_from(*start).unwrap_or(0),
            },
        );
        outbox::enqueue(&mut tx, &message).await?;
        access_log::record_in(
            &mut tx,
            &session,
            Action::Change,
            "afspraak",
            reference,
            "sluiting",
        )
        .await?;
        sent += 1;
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!(
        "{}?getroffen={}&dag={day}&verstuurd={sent}",
        paths::OPENING,
        place.slug
    ))
    .into_response())
}
