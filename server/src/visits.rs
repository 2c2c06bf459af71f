//! Counter visit capacity: two residents can never get the same last place.
//! The check and the booking happen in one `BEGIN IMMEDIATE` transaction, so
//! SQLite serialises concurrent bookings; reschedule takes the new time before
//! it frees the old one; cancel frees the time at once.

use app::domain::working_days::HolidayRules;
use app::visit::{self, FreeDay, Location, VisitView};
use jiff::civil::Date;
use sqlx::SqlitePool;
use sqlx::pool::PoolConnection;
use sqlx::sqlite::Sqlite;

use crate::drafts::random_hex;
use crate::outbox::{self, NewMessage};
use crate::references::new_reference;
use crate::time;

pub const REFERENCE_PREFIX: &str = "BA";

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

type Interval = (i64, i64);

async fn booked_intervals(
    conn: &mut PoolConnection<Sqlite>,
    location: &str,
    day: Date,
) -> Result<Vec<Interval>, sqlx::Error> {
    sqlx::query_as("SELECT start_minute, end_minute FROM visits WHERE location = ? AND day = ? AND state = 'geboekt'")
        .bind(location)
        .bind(day.to_string())
        .fetch_all(&mut **conn)
        .await
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

/// Start times with room for a visit of `minutes`, given what is booked.
fn free_starts(
    location: &Location,
    day: Date,
    minutes: u16,
    rules: HolidayRules,
    intervals: &[Interval],
) -> Vec<u16> {
    visit::start_minutes(location, day, minutes, rules)
        .into_iter()
        .filter(|s| {
            peak(intervals, i64::from(*s), i64::from(*s + minutes)) < usize::from(location.counters)
        })
        .collect()
}

/// Free start times on `day` for a visit of `minutes` (for the day and time pages).
pub async fn free_times(
    pool: &SqlitePool,
    location: &Location,
    day: Date,
    minutes: u16,
    rules: HolidayRules,
) -> Result<Vec<u16>, sqlx::Error> {
    let mut conn = pool.acquire().await?;
    let intervals = booked_intervals(&mut conn, location.slug, day).await?;
    Ok(free_starts(location, day, minutes, rules, &intervals))
}

/// Runs `work` inside BEGIN IMMEDIATE ... COMMIT (ROLLBACK on any error).
async fn immediate<T, F>(pool: &SqlitePool, work: F) -> Result<T, BookingError>
where
    F: for<'c> FnOnce(
        &'c mut PoolConnection<Sqlite>,
    ) -> std::pin::Pin<
        Box<dyn Future<Output = Result<T, BookingError>> + Send + 'c>,
    >,
{
    let mut conn = pool.acquire().await?;
    // IMMEDIATE takes the write lock at the start: a second booking waits
    // (busy_timeout) and then sees the first one, instead of both reading "free".
    sqlx::query("BEGIN IMMEDIATE").execute(&mut *conn).await?;
    let result = work(&mut conn).await;
    let end = if result.is_ok() { "COMMIT" } else { "ROLLBACK" };
    sqlx::query(end).execute(&mut *conn).await?;
    result
}

/// The outbox topic of a visit's messages.
pub fn topic(reference: &str) -> String {
    format!("visit:{reference}")
}

async fn insert(
    conn: &mut PoolConnection<Sqlite>,
    request: &VisitRequest,
    minutes: u16,
    booked: &Booked,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO visits (reference, token, token_key, location, day, start_minute, end_minute, products, name, email, phone, created_at, state, nonce, \
         origin_product, origin_step, shared_answers) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'geboekt', ?, ?, ?, ?)",
    )
    .bind(&booked.reference)
    .bind(&booked.token)
    .bind(crate::secret_key::key(&booked.token))
    .bind(request.location.slug)
    .bind(request.day.to_string())
    .bind(i64::from(request.start))
    .bind(i64::from(request.start + minutes))
    .bind(request.products.join(","))
    .bind(&request.name)
    .bind(&request.email)
    .bind(&request.phone)
    .bind(time::now().to_string())
    .bind(&request.nonce)
    .bind(&request.handover.product)
    .bind(&request.handover.step)
    .bind(&request.handover.answers)
    .execute(&mut **conn)
    .await?;
    Ok(())
}

async fn booked_with_nonce(
    conn: &mut PoolConnection<Sqlite>,
    nonce: &str,
) -> Result<Option<Booked>, sqlx::Error> {
    sqlx::query_as::<_, (String, String)>("SELECT reference, token FROM visits WHERE nonce = ?")
        .bind(nonce)
        .fetch_optional(&mut **conn)
        .await
        .map(|row| row.map(|(reference, token)| Booked { reference, token }))
}

/// Checks the room and books, as one step; `replacing` is the token of a visit
/// this one replaces (reschedule): it still counts while the new time is checked.
async fn book_inner(
    pool: &SqlitePool,
    request: VisitRequest,
    rules: HolidayRules,
    replacing: Option<String>,
    messages: impl FnOnce(&Booked) -> Vec<NewMessage>,
) -> Result<Booked, BookingError> {
    let products: Vec<&str> = request.products.iter().map(String::as_str).collect();
    let minutes = visit::visit_minutes(&products);
    if !visit::start_minutes(request.location, request.day, minutes, rules).contains(&request.start)
    {
        return Err(BookingError::NotOffered);
    }
    let booked = Booked {
        reference: new_reference(REFERENCE_PREFIX).as_str().to_string(),
        token: random_hex(),
    };
    let messages = messages(&booked);
    immediate(pool, move |conn| {
        Box::pin(async move {
            if let Some(nonce) = &request.nonce
                && let Some(existing) = booked_with_nonce(conn, nonce).await?
            {
                return Ok(existing);
            }
            let intervals = booked_intervals(conn, request.location.slug, request.day).await?;
            let start = i64::from(request.start);
            if peak(&intervals, start, start + i64::from(minutes))
                >= usize::from(request.location.counters)
            {
                let mut nearest =
                    free_starts(request.location, request.day, minutes, rules, &intervals);
                nearest.sort_by_key(|s| (i64::from(*s) - start).abs());
                nearest.truncate(3);
                return Err(BookingError::Taken { nearest });
            }
            insert(conn, &request, minutes, &booked).await?;
            if let Some(old) = replacing {
                let moved = sqlx::query_as::<_, (String,)>(
                    "UPDATE visits SET state = 'geannuleerd', replaced_by = ? WHERE token_key = ? AND state = 'geboekt' RETURNING reference",
                )
                .bind(&booked.token)
                .bind(crate::secret_key::key(&old))
                .fetch_optional(&mut **conn)
                .await?;
                if let Some((old_reference,)) = moved {
                    outbox::void(conn, &topic(&old_reference), REMINDER).await?;
                }
            }
            for message in &messages {
                outbox::enqueue(conn, message).await?;
            }
            Ok(booked)
        })
    })
    .await
}

/// The outbox kind of the reminder the day before, voided when the visit is cancelled or moved.
pub const REMINDER: &str = "herinnering";

pub async fn book(
    pool: &SqlitePool,
    request: VisitRequest,
    rules: HolidayRules,
) -> Result<Booked, BookingError> {
    book_inner(pool, request, rules, None, |_| Vec::new()).await
}

/// Books and writes the messages (receipt, reminder) in the same transaction.
pub async fn book_with_messages(
    pool: &SqlitePool,
    request: VisitRequest,
    rules: HolidayRules,
    replacing: Option<String>,
    messages: impl FnOnce(&Booked) -> Vec<NewMessage>,
) -> Result<Booked, BookingError> {
    book_inner(pool, request, rules, replacing, messages).await
}

/// Moves a visit: the new time is taken first, then the old one is freed, in one transaction.
pub async fn reschedule(
    pool: &SqlitePool,
    token: &str,
    request: VisitRequest,
    rules: HolidayRules,
) -> Result<Booked, BookingError> {
    book_inner(pool, request, rules, Some(token.to_string()), |_| {
        Vec::new()
    })
    .await
}

/// Frees the time at once and voids the reminder; cancelling twice changes nothing.
/// `message` is what to send when this call cancelled it (with the reference).
pub async fn cancel(pool: &SqlitePool, token: &str) -> Result<bool, sqlx::Error> {
    cancel_with_message(pool, token, |_| None).await
}

pub async fn cancel_with_message(
    pool: &SqlitePool,
    token: &str,
    message: impl FnOnce(&str) -> Option<NewMessage> + Send + 'static,
) -> Result<bool, sqlx::Error> {
    let token = token.to_string();
    let result = immediate(pool, move |conn| {
        Box::pin(async move {
            let cancelled = sqlx::query_as::<_, (String,)>(
                "UPDATE visits SET state = 'geannuleerd' WHERE token_key = ? AND state = 'geboekt' RETURNING reference",
            )
            .bind(crate::secret_key::key(&token))
            .fetch_optional(&mut **conn)
            .await?;
            let Some((reference,)) = cancelled else {
                return Ok(false);
            };
            outbox::void(conn, &topic(&reference), REMINDER).await?;
            if let Some(message) = message(&reference) {
                outbox::enqueue(conn, &message).await?;
            }
            Ok(true)
        })
    })
    .await;
    match result {
        Ok(done) => Ok(done),
        Err(BookingError::Storage(e)) => Err(e),
        Err(_) => Ok(false),
    }
}

type VisitRow = (
    String,
    String,
    String,
    i64,
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    Option<String>,
);

/// A visit as its secret link shows it; `None` for an unknown token.
pub async fn view(pool: &SqlitePool, token: &str) -> Result<Option<VisitView>, sqlx::Error> {
    if crate::drafts::DraftId::parse(token).is_none() {
        return Ok(None);
    }
    let row: Option<VisitRow> = sqlx::query_as(
        "SELECT reference, location, day, start_minute, end_minute, products, name, email, phone, state, replaced_by \
         FROM visits WHERE token_key = ?",
    )
    .bind(crate::secret_key::key(token))
    .fetch_optional(pool)
    .await?;
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
            })
        },
    ))
}

/// Days from `from` to `to` (inclusive) with room for a visit of `minutes`, and how many start times are free.
pub async fn free_days(
    pool: &SqlitePool,
    location: &Location,
    from: Date,
    to: Date,
    minutes: u16,
    rules: HolidayRules,
) -> Result<Vec<FreeDay>, sqlx::Error> {
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT day, start_minute, end_minute FROM visits WHERE location = ? AND day >= ? AND day <= ? AND state = 'geboekt'",
    )
    .bind(location.slug)
    .bind(from.to_string())
    .bind(to.to_string())
    .fetch_all(pool)
    .await?;
    let mut days = Vec::new();
    let mut day = from;
    while day <= to {
        let key = day.to_string();
        let intervals: Vec<Interval> = rows
            .iter()
            .filter(|(d, _, _)| *d == key)
            .map(|(_, s, e)| (*s, *e))
            .collect();
        let free = free_starts(location, day, minutes, rules, &intervals).len();
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
