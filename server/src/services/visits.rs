//! Counter visit capacity: two residents can never get the same last place.
//! The check and the booking happen in one exclusive transaction
//! (`Store::begin_exclusive`: SQLite's write lock, PostgreSQL's advisory lock
//! on the visits, on every server), so concurrent bookings are serialised;
//! reschedule takes the new time before it frees the old one; cancel frees the
//! time at once.

use app::domain::working_days::HolidayRules;
use app::visit::{self, DayChange, FreeDay, Location, VisitView};
use jiff::civil::Date;

use crate::outbox::{self, NewMessage};
use crate::services::drafts::random_hex;
use crate::services::references::new_reference;
use crate::store::visits::{self as rows, Interval};
use crate::store::{Conn, Store};
use crate::time;

pub use app::domain::reference::VISIT_PREFIX as REFERENCE_PREFIX;

/// A visit the resident asks for.
#[derive(Clone, Debug)]
pub struct VisitRequest {
    pub location: &'static Location,
    pub day: Date,
    pub start: u16,
    pub products: Vec<String>,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// The one-time value of the check page: a resent form books once.
    pub nonce: Option<String>,
    /// Where the resident got stuck, and with consent their answers.
    pub handover: Handover,
    /// Registered by a clerk for a resident who walked in: arrived now, and
    /// given a called number in the booking's transaction.
    pub walk_in: bool,
    /// The resident agreed to be asked by mail after the visit: in this language.
    pub survey_lang: Option<String>,
    /// Booked in the assisted mode: the library, the volunteer, their note.
    pub helped: Option<crate::services::assisted::Helped>,
}

/// What the counter clerk needs to continue where the resident left off.
#[derive(Clone, Debug, Default)]
pub struct Handover {
    pub product: Option<String>,
    pub step: Option<String>,
    /// The answers so far (JSON), only when the resident ticked consent.
    pub answers: Option<String>,
}

#[derive(Debug)]
pub enum BookingError {
    /// The time was just taken; the nearest free times that day, nearest first.
    Taken {
        nearest: Vec<u16>,
    },
    /// No such time: closed, outside opening hours, or no products.
    NotOffered,
    Storage(sqlx::Error),
}

impl From<sqlx::Error> for BookingError {
    fn from(e: sqlx::Error) -> Self {
        BookingError::Storage(e)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Booked {
    pub reference: String,
    pub token: String,
}

/// The most visits running at one moment within [start, end).
fn peak(intervals: &[Interval], start: i64, end: i64) -> usize {
    // The count only rises where an interval starts, so those moments (and `start`) suffice.
    std::iter::once(start)
        .chain(
            intervals
                .iter()
                .map(|(s, _)| *s)
                .filter(|s| *s > start && *s < end),
        )
        .map(|t| intervals.iter().filter(|(s, e)| *s <= t && t < *e).count())
        .max()
        .unwrap_or(0)
}

/// Staff's changes to the days of a location from `from` to `to` (closures,
/// other hours), read on the caller's connection.
pub async fn day_changes(
    conn: &mut Conn,
    location: &Location,
    from: Date,
    to: Date,
) -> Result<Vec<DayChange>, sqlx::Error> {
    let clock = |t: &str| -> Option<jiff::civil::Time> { t.parse().ok() };
    Ok(crate::store::location_days::between(
        conn,
        &location.slug,
        &from.to_string(),
        &to.to_string(),
    )
    .await?
    .into_iter()
    .filter_map(|(day, opens, closes, _)| {
        let hours = match (
            opens.as_deref().and_then(clock),
            closes.as_deref().and_then(clock),
        ) {
            (Some(o), Some(c)) => Some((o, c)),
            _ => None,
        };
        Some(DayChange {
            day: day.parse().ok()?,
            hours,
        })
    })
    .collect())
}

/// Start times with room for a visit of `minutes`, given what is booked.
fn free_starts(
    location: &Location,
    day: Date,
    minutes: u16,
    rules: HolidayRules,
    intervals: &[Interval],
    changes: &[DayChange],
) -> Vec<u16> {
    visit::start_minutes_on(location, day, minutes, rules, changes)
        .into_iter()
        .filter(|s| {
            peak(intervals, i64::from(*s), i64::from(*s + minutes)) < usize::from(location.counters)
        })
        .collect()
}

/// Free start times on `day` for a visit of `minutes` (for the day and time pages).
pub async fn free_times(
    store: &Store,
    location: &Location,
    day: Date,
    minutes: u16,
    rules: HolidayRules,
) -> Result<Vec<u16>, sqlx::Error> {
    let mut conn = store.acquire().await?;
    let intervals = rows::booked_intervals(&mut conn, &location.slug, &day.to_string()).await?;
    let changes = day_changes(&mut conn, location, day, day).await?;
    Ok(free_starts(
        location, day, minutes, rules, &intervals, &changes,
    ))
}

/// The lock every booking takes: one at a time, on every server.
pub(crate) const BOOKING_LOCK: &str = "visits";

/// The path of a visit's own page, behind its secret token.
pub fn manage_path(token: &str) -> String {
    format!("{}/{token}", app::visit::MANAGE_BASE)
}

/// The outbox topic of a visit's messages.
pub fn topic(reference: &str) -> String {
    format!("visit:{reference}")
}

async fn insert(
    conn: &mut Conn,
    request: &VisitRequest,
    minutes: u16,
    booked: &Booked,
) -> Result<(), sqlx::Error> {
    let products = request.products.join(",");
    let row = rows::Insert {
        reference: &booked.reference,
        token: &booked.token,
        token_key: &crate::services::secret_key::key(&booked.token),
        location: &request.location.slug,
        day: &request.day.to_string(),
        start: i64::from(request.start),
        end: i64::from(request.start + minutes),
        products: &products,
        name: &request.name,
        email: request.email.as_deref(),
        phone: request.phone.as_deref(),
        created_at: &time::now().to_string(),
        nonce: request.nonce.as_deref(),
        origin_product: request.handover.product.as_deref(),
        origin_step: request.handover.step.as_deref(),
        shared_answers: request.handover.answers.as_deref(),
        survey_lang: request.survey_lang.as_deref(),
        helped: request
            .helped
            .as_ref()
            .map(|h| (h.library.as_str(), h.helper.as_str(), h.note.as_deref())),
    };
    rows::insert(conn, &row).await?;
    if request.walk_in {
        let day = request.day.to_string();
        let number =
            crate::store::counter::next_call_number(conn, &request.location.slug, &day).await?;
        crate::store::counter::mark_walk_in(
            conn,
            &booked.reference,
            &time::now().to_string(),
            &number,
        )
        .await?;
    }
    let terms = crate::services::person_keys::terms_of_contact(
        &request.name,
        request.phone.as_deref(),
        request.email.as_deref(),
    );
    crate::services::person_keys::index_in(
        conn,
        &booked.reference,
        crate::services::person_keys::VISIT,
        &terms,
    )
    .await
}

/// Checks the room and books, as one step; `replacing` is the token of a visit
/// this one replaces (reschedule): it still counts while the new time is checked.
async fn book_inner(
    store: &Store,
    request: VisitRequest,
    rules: HolidayRules,
    replacing: Option<String>,
    messages: impl FnOnce(&Booked) -> Vec<NewMessage>,
) -> Result<Booked, BookingError> {
    let products: Vec<&str> = request.products.iter().map(String::as_str).collect();
    let minutes = visit::visit_minutes(&products);
    let booked = Booked {
        reference: new_reference(REFERENCE_PREFIX).as_str().to_string(),
        token: random_hex(),
    };
    let messages = messages(&booked);
    let mut tx = store.begin_exclusive(BOOKING_LOCK).await?;
    if let Some(nonce) = &request.nonce
        && let Some((reference, token)) = rows::with_nonce(&mut tx, nonce).await?
    {
        return Ok(Booked { reference, token });
    }
    // The day's closures and other hours, read under the booking lock: a
    // closure saved a moment ago is seen by this booking.
    let changes = day_changes(&mut tx, request.location, request.day, request.day).await?;
    if !visit::start_minutes_on(request.location, request.day, minutes, rules, &changes)
        .contains(&request.start)
    {
        return Err(BookingError::NotOffered);
    }
    let intervals =
        rows::booked_intervals(&mut tx, &request.location.slug, &request.day.to_string()).await?;
    let start = i64::from(request.start);
    if peak(&intervals, start, start + i64::from(minutes)) >= usize::from(request.location.counters)
    {
        let mut nearest = free_starts(
            request.location,
            request.day,
            minutes,
            rules,
            &intervals,
            &changes,
        );
        nearest.sort_by_key(|s| (i64::from(*s) - start).abs());
        nearest.truncate(3);
        return Err(BookingError::Taken { nearest });
    }
    insert(&mut tx, &request, minutes, &booked).await?;
    if let Some(old) = replacing {
        let old_key = crate::services::secret_key::key(&old);
        if let Some(old_reference) = rows::cancel(&mut tx, &old_key, Some(&booked.token)).await? {
            outbox::void(&mut tx, &topic(&old_reference), REMINDER).await?;
        }
    }
    for message in &messages {
        outbox::enqueue(&mut tx, message).await?;
    }
    tx.commit().await?;
    Ok(booked)
}

/// The outbox kind of the reminder the day before, voided when the visit is cancelled or moved.
pub const REMINDER: &str = "herinnering";

pub async fn book(
    store: &Store,
    request: VisitRequest,
    rules: HolidayRules,
) -> Result<Booked, BookingError> {
    book_inner(store, request, rules, None, |_| Vec::new()).await
}

/// Books and writes the messages (receipt, reminder) in the same transaction.
pub async fn book_with_messages(
    store: &Store,
    request: VisitRequest,
    rules: HolidayRules,
    replacing: Option<String>,
    messages: impl FnOnce(&Booked) -> Vec<NewMessage>,
) -> Result<Booked, BookingError> {
    book_inner(store, request, rules, replacing, messages).await
}

/// Moves a visit: the new time is taken first, then the old one is freed, in one transaction.
pub async fn reschedule(
    store: &Store,
    token: &str,
    request: VisitRequest,
    rules: HolidayRules,
) -> Result<Booked, BookingError> {
    book_inner(store, request, rules, Some(token.to_string()), |_| {
        Vec::new()
    })
    .await
}

/// Frees the time at once and voids the reminder; cancelling twice changes nothing.
/// `message` is what to send when this call cancelled it (with the reference).
pub async fn cancel(store: &Store, token: &str) -> Result<bool, sqlx::Error> {
    cancel_with_message(store, token, |_| None).await
}

pub async fn cancel_with_message(
    store: &Store,
    token: &str,
    message: impl FnOnce(&str) -> Option<NewMessage> + Send + 'static,
) -> Result<bool, sqlx::Error> {
    let mut tx = store.begin().await?;
    let Some(reference) =
        rows::cancel(&mut tx, &crate::services::secret_key::key(token), None).await?
    else {
        return Ok(false);
    };
    outbox::void(&mut tx, &topic(&reference), REMINDER).await?;
    if let Some(message) = message(&reference) {
        outbox::enqueue(&mut tx, &message).await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// A visit as its secret link shows it; `None` for an unknown token.
pub async fn view(store: &Store, token: &str) -> Result<Option<VisitView>, sqlx::Error> {
    if crate::services::drafts::DraftId::parse(token).is_none() {
        return Ok(None);
    }
    let row = rows::by_token_key(store, &crate::services::secret_key::key(token)).await?;
    Ok(row.and_then(
        |(reference, location, day, start, end, products, name, email, phone, state, moved_to)| {
            Some(VisitView {
                reference,
                token: token.to_string(),
                products: products.split(',').filter_map(visit::product).collect(),
                location: visit::location(&location)?,
                day: day.parse().ok()?,
                start: u16::try_from(start).ok()?,
                end: u16::try_from(end).ok()?,
                name,
                email,
                phone: phone.map(|p| {
                    app::domain::PhoneNumber::parse(&p)
                        .map(|n| n.national())
                        .unwrap_or(p)
                }),
                cancelled: state == "geannuleerd",
                moved_to,
                survey_path: None,
            })
        },
    ))
}

/// Days from `from` to `to` (inclusive) with room for a visit of `minutes`, and how many start times are free.
pub async fn free_days(
    store: &Store,
    location: &Location,
    from: Date,
    to: Date,
    minutes: u16,
    rules: HolidayRules,
) -> Result<Vec<FreeDay>, sqlx::Error> {
    let rows =
        rows::booked_between(store, &location.slug, &from.to_string(), &to.to_string()).await?;
    let changes = {
        let mut conn = store.acquire().await?;
        day_changes(&mut conn, location, from, to).await?
    };
    let mut days = Vec::new();
    let mut day = from;
    while day <= to {
        let key = day.to_string();
        let intervals: Vec<Interval> = rows
            .iter()
            .filter(|(d, _, _)| *d == key)
            .map(|(_, s, e)| (*s, *e))
            .collect();
        let free = free_starts(location, day, minutes, rules, &intervals, &changes).len();
        if free > 0 {
            days.push(FreeDay { day, free });
        }
        match day.tomorrow() {
            Ok(next) => day = next,
            Err(_) => break,
        }
    }
    Ok(days)
}

#[cfg(test)]
mod tests {
    use super::peak;

    #[test]
    fn peak_counts_overlaps_not_touches() {
        let booked = [(540, 555), (540, 570), (555, 570)];
        assert_eq!(peak(&booked, 540, 555), 2);
        assert_eq!(
            peak(&booked, 555, 570),
            2,
            "a visit ending at 555 does not overlap one starting at 555"
        );
        assert_eq!(peak(&booked, 530, 600), 2);
        assert_eq!(peak(&booked, 570, 585), 0);
    }
}
