//! The counter day's rules that need storage: check-in gives a called
//! number (under the booking lock, so numbers never clash), calling stores
//! the waiting time as it happened (called - max(planned start, arrival)),
//! a walk-in is booked on the first free time of today under the same
//! capacity rule as an online booking, a visit marked helped brings the
//! satisfaction question by mail when its resident agreed at booking, and
//! at closing time every visit that never arrived becomes "niet gekomen"
//! (a job, on any number of servers).

use std::time::Duration;

use app::domain::working_days::HolidayRules;
use app::visit::{self, Location};
use jiff::Zoned;

use crate::services::visits::{self, BOOKING_LOCK, BookingError, Handover, VisitRequest};
use crate::store::{Store, counter};
use crate::time;

/// The clerk marks a visit helped (after it was called). When its resident
/// agreed at booking, the question's mail is written in the same
/// transaction, by the rules of every mail question (`satisfaction::mail_link`:
/// not answered yet, not asked in 30 days). False when it was not called or
/// had ended already.
pub async fn helped(
    store: &Store,
    public_url: &str,
    reference: &str,
    at: &str,
) -> Result<bool, sqlx::Error> {
    let mut conn = store.pool().acquire().await?;
    let asked = crate::store::visits::survey_of(&mut conn, reference).await?;
    drop(conn);
    let person = match &asked {
        Some((_, _, email, ..)) => crate::services::satisfaction::person_key(store, email).await?,
        None => None,
    };
    let mut tx = store.begin().await?;
    if !counter::finish(&mut tx, reference, at, "geholpen").await? {
        return Ok(false);
    }
    if let Some((token, name, email, lang, location, products)) = &asked {
        // Its own contact (the booking had its question on its page): the visit itself.
        let contact_token = format!("bezoek:{token}");
        let link = crate::services::satisfaction::mail_link(
            &mut tx,
            public_url,
            person.as_deref(),
            &contact_token,
            &crate::services::satisfaction::Contact {
                kind: "bezoek",
                reference,
                channel: "balie",
                product: products.split(',').next().filter(|p| !p.is_empty()),
                location: Some(location),
            },
        )
        .await?;
        if let Some(link) = link {
            let lang = app::i18n::Lang::from_code(lang).unwrap_or_default();
            let mail = crate::messages::visits::survey(reference, email, name, &link, lang);
            crate::outbox::enqueue(&mut tx, &mail).await?;
        }
    }
    tx.commit().await?;
    Ok(true)
}

/// The clerk marks a visit "niet gekomen" (it never arrived).
pub async fn not_come(store: &Store, reference: &str, at: &str) -> Result<bool, sqlx::Error> {
    let mut tx = store.begin().await?;
    let done = counter::finish(&mut tx, reference, at, "niet gekomen").await?;
    tx.commit().await?;
    Ok(done)
}

/// Checks a visit in; its called number, or `None` when it had arrived (or ended) already.
pub async fn check_in(store: &Store, reference: &str) -> Result<Option<String>, sqlx::Error> {
    let Some((location, day, _)) = counter::place_of(store, reference).await? else {
        return Ok(None);
    };
    let mut tx = store.begin_exclusive(BOOKING_LOCK).await?;
    let number = counter::next_call_number(&mut tx, &location, &day).await?;
    if !counter::check_in(&mut tx, reference, &time::now().to_string(), &number).await? {
        return Ok(None);
    }
    tx.commit().await?;
    Ok(Some(number))
}

/// Seconds waited: from the later of the planned start and the arrival, to the call.
pub fn waiting_seconds(planned: &Zoned, arrived: &Zoned, called: &Zoned) -> i64 {
    let from = if arrived > planned { arrived } else { planned };
    (called.timestamp().as_second() - from.timestamp().as_second()).max(0)
}

/// The planned start of a visit as a moment in Amsterdam.
pub fn planned_start(day: &str, start_minute: i64) -> Option<Zoned> {
    let day: jiff::civil::Date = day.parse().ok()?;
    let at = day
        .at(
            i8::try_from(start_minute / 60).ok()?,
            i8::try_from(start_minute % 60).ok()?,
            0,
            0,
        )
        .in_tz(time::ZONE)
        .ok()?;
    Some(at)
}

/// A resident who walked in, for these products: booked on the first free
/// time of today from now; its reference, called number and start minute.
/// `None` when today has no room left for these products.
pub async fn walk_in(
    store: &Store,
    location: &'static Location,
    products: Vec<String>,
    nonce: Option<String>,
    rules: HolidayRules,
    now: &Zoned,
) -> Result<Option<(String, u16)>, BookingError> {
    let slugs: Vec<&str> = products.iter().map(String::as_str).collect();
    let minutes = visit::visit_minutes(&slugs);
    let today = now.date();
    let minute_now =
        u16::try_from(now.hour()).unwrap_or(0) * 60 + u16::try_from(now.minute()).unwrap_or(0);
    // A time taken meanwhile by an online booking: the next free one.
    for _ in 0..5 {
        let free = visits::free_times(store, location, today, minutes, rules).await?;
        let Some(start) = free
            .into_iter()
            .find(|s| *s >= minute_now.saturating_sub(5))
        else {
            return Ok(None);
        };
        let request = VisitRequest {
            location,
            day: today,
            start,
            products: products.clone(),
            name: String::new(),
            email: None,
            phone: None,
            // The form's one-time value: a double click registers one walk-in.
            nonce: nonce.clone(),
            handover: Handover::default(),
            walk_in: true,
            survey_lang: None,
            helped: None,
        };
        match visits::book(store, request, rules).await {
            Ok(booked) => return Ok(Some((booked.reference, start))),
            Err(BookingError::Taken { .. }) => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(None)
}

/// At closing time: the visits of today (once a location has closed) and of
/// every earlier day that never arrived are "niet gekomen"; how many. Not on
/// a day staff closed: its visits stay for the clerks to contact.
pub async fn close_days(
    store: &Store,
    now: &Zoned,
    rules: HolidayRules,
) -> Result<u64, sqlx::Error> {
    let today = now.date();
    let at = now.to_string();
    let mut closed = 0;
    for (slug, day) in counter::unclosed_before(store, &today.to_string()).await? {
        if let (Some(location), Ok(date)) =
            (visit::location(&slug), day.parse::<jiff::civil::Date>())
        {
            let mut conn = store.acquire().await?;
            let changes = visits::day_changes(&mut conn, location, date, date).await?;
            if changes.iter().any(|c| c.hours.is_none()) {
                continue;
            }
        }
        closed += counter::close_day(store, &slug, &day, &at).await?;
    }
    let minute_now = i64::from(now.hour()) * 60 + i64::from(now.minute());
    for location in visit::locations() {
        let changes = {
            let mut conn = store.acquire().await?;
            visits::day_changes(&mut conn, location, today, today).await?
        };
        // A day staff closed keeps its visits for the clerks to contact: never "niet gekomen".
        let Some((_, close)) = visit::hours_on(location, today, rules, &changes) else {
            continue;
        };
        if minute_now >= i64::from(close.hour()) * 60 + i64::from(close.minute()) {
            closed += counter::close_day(store, &location.slug, &today.to_string(), &at).await?;
        }
    }
    Ok(closed)
}

/// Runs [`close_days`] every 5 minutes.
pub fn spawn_closing(store: Store, rules: HolidayRules) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(5 * 60));
        loop {
            tick.tick().await;
            match close_days(&store, &time::now(), rules).await {
                Ok(n) if n > 0 => tracing::info!(visits = n, "visits not come at closing time"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "could not close the counter day"),
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waiting_counts_from_the_later_of_start_and_arrival() {
        let planned = planned_start("2026-12-07", 9 * 60).unwrap();
        let early: Zoned = "2026-12-07T08:50:00+01:00[Europe/Amsterdam]"
            .parse()
            .unwrap();
        let late: Zoned = "2026-12-07T09:10:00+01:00[Europe/Amsterdam]"
            .parse()
            .unwrap();
        let called: Zoned = "2026-12-07T09:12:30+01:00[Europe/Amsterdam]"
            .parse()
            .unwrap();
        assert_eq!(waiting_seconds(&planned, &early, &called), 12 * 60 + 30);
        assert_eq!(waiting_seconds(&planned, &late, &called), 2 * 60 + 30);
        let before: Zoned = "2026-12-07T08:55:00+01:00[Europe/Amsterdam]"
            .parse()
            .unwrap();
        assert_eq!(
            waiting_seconds(&planned, &early, &before),
            0,
            "called before the start: no wait"
        );
    }
}
