//! The raw records of a week that the KPIs are computed from (read only).
//! Days are `YYYY-MM-DD`; times as stored (jiff's zoned text).

use super::Store;

/// Callback requests asked on the days `from` to `to`, not cancelled: when
/// asked, the due day, the state, and the first attempt's time.
pub async fn callbacks(
    store: &Store,
    from: &str,
    to: &str,
) -> Result<Vec<(String, String, String, Option<String>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.created_at, c.due_by, c.state, \
         (SELECT MIN(a.at) FROM callback_attempts a WHERE a.callback_id = c.id) \
         FROM callback_requests c WHERE c.created_day >= $1 AND c.created_day <= $2 \
         AND c.state <> 'geannuleerd'",
    )
    .bind(from)
    .bind(to)
    .fetch_all(store.pool())
    .await
}

/// Visits of the days `from` to `to` that were booked: walk-in (1) or not,
/// the stored waiting time in seconds, and the outcome.
pub async fn visits(
    store: &Store,
    from: &str,
    to: &str,
) -> Result<Vec<(i64, Option<i64>, Option<String>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT walk_in, waiting_seconds, outcome FROM visits \
         WHERE day >= $1 AND day <= $2 AND state = 'geboekt'",
    )
    .bind(from)
    .bind(to)
    .fetch_all(store.pool())
    .await
}

/// Contacts registered on the days `from` to `to`: channel and result.
pub async fn contacts(
    store: &Store,
    from: &str,
    to: &str,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT channel, result FROM contacts WHERE day >= $1 AND day <= $2")
        .bind(from)
        .bind(to)
        .fetch_all(store.pool())
        .await
}

/// Requests received on the days `from` to `to`, each with its history:
/// id, product, channel, received, and per event its status and time
/// (`None` for a request without events), in order.
pub type RequestEvent = (i64, String, String, String, Option<String>, Option<String>);

pub async fn requests(
    store: &Store,
    from: &str,
    to: &str,
) -> Result<Vec<RequestEvent>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.id, s.product, s.channel, s.received_at, e.status, e.at FROM submissions s \
         LEFT JOIN submission_events e ON e.submission_id = s.id \
         WHERE SUBSTR(s.received_at, 1, 10) >= $1 AND SUBSTR(s.received_at, 1, 10) <= $2 \
         ORDER BY s.id, e.id",
    )
    .bind(from)
    .bind(to)
    .fetch_all(store.pool())
    .await
}

/// What was made in the assisted mode per library in the days `from` to
/// `to`: library, kind (`aanvraag`, `terugbelverzoek`, `afspraak`), how many.
pub async fn libraries(
    store: &Store,
    from: &str,
    to: &str,
) -> Result<Vec<(String, String, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT library, 'aanvraag', COUNT(*) FROM submissions WHERE library IS NOT NULL \
         AND SUBSTR(received_at, 1, 10) >= $1 AND SUBSTR(received_at, 1, 10) <= $2 GROUP BY library \
         UNION ALL \
         SELECT library, 'terugbelverzoek', COUNT(*) FROM callback_requests WHERE library IS NOT NULL \
         AND created_day >= $1 AND created_day <= $2 GROUP BY library \
         UNION ALL \
         SELECT library, 'afspraak', COUNT(*) FROM visits WHERE library IS NOT NULL \
         AND SUBSTR(created_at, 1, 10) >= $1 AND SUBSTR(created_at, 1, 10) <= $2 GROUP BY library",
    )
    .bind(from)
    .bind(to)
    .fetch_all(store.pool())
    .await
}
