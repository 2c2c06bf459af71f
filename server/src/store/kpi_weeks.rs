//! The weekly KPI figures the trends are drawn from (`kpi_weeks`, kept up to
//! date by `services::kpi_trends`), and the baselines (0-meting) with their
//! snapshot of figures (`kpi_baselines`, `kpi_baseline_weeks`).

use super::{Conn, Store};

/// One stored figure: week (Monday), KPI key, unit, value, basis.
pub type Row = (String, String, String, Option<i64>, i64);

/// Writes a week's figures over what was there, in one transaction.
pub async fn replace_week(
    store: &Store,
    week: &str,
    figures: &[(String, String, Option<i64>, i64)],
    computed_at: &str,
) -> Result<(), sqlx::Error> {
    let mut tx = store.begin().await?;
    for (kpi, unit, value, basis) in figures {
        sqlx::query(
            "INSERT INTO kpi_weeks (week, kpi, unit, value, basis, computed_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (week, kpi) DO UPDATE SET \
             unit = excluded.unit, value = excluded.value, basis = excluded.basis, \
             computed_at = excluded.computed_at",
        )
        .bind(week)
        .bind(kpi)
        .bind(unit)
        .bind(*value)
        .bind(*basis)
        .bind(computed_at)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}

/// The stored figures of the weeks `from` to `to` (Mondays), oldest first.
pub async fn between(store: &Store, from: &str, to: &str) -> Result<Vec<Row>, sqlx::Error> {
    sqlx::query_as(
        "SELECT week, kpi, unit, value, basis FROM kpi_weeks \
         WHERE week >= $1 AND week <= $2 ORDER BY week",
    )
    .bind(from)
    .bind(to)
    .fetch_all(store.pool())
    .await
}

/// The weeks from `from` to `to` that have figures, and when they were last computed.
pub async fn computed(
    store: &Store,
    from: &str,
    to: &str,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT week, MIN(computed_at) FROM kpi_weeks WHERE week >= $1 AND week <= $2 GROUP BY week",
    )
    .bind(from)
    .bind(to)
    .fetch_all(store.pool())
    .await
}

/// A new baseline; `None` when its name is taken.
pub async fn insert_baseline(
    conn: &mut Conn,
    name: &str,
    weeks: (&str, &str),
    marked_by: i64,
    marked_at: &str,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO kpi_baselines (name, first_week, last_week, marked_by, marked_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (name) DO NOTHING RETURNING id",
    )
    .bind(name)
    .bind(weeks.0)
    .bind(weeks.1)
    .bind(marked_by)
    .bind(marked_at)
    .fetch_optional(conn)
    .await
}

/// One figure of a baseline's snapshot.
pub async fn insert_baseline_figure(
    conn: &mut Conn,
    baseline: i64,
    week: &str,
    figure: &(String, String, Option<i64>, i64),
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO kpi_baseline_weeks (baseline_id, week, kpi, unit, value, basis) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(baseline)
    .bind(week)
    .bind(&figure.0)
    .bind(&figure.1)
    .bind(figure.2)
    .bind(figure.3)
    .execute(conn)
    .await
    .map(|_| ())
}

/// A baseline: id, name, first and last week, who marked it, when.
pub type Baseline = (i64, String, String, String, String, String);

/// Every baseline, newest first.
pub async fn baselines(store: &Store) -> Result<Vec<Baseline>, sqlx::Error> {
    sqlx::query_as(
        "SELECT b.id, b.name, b.first_week, b.last_week, s.name, b.marked_at \
         FROM kpi_baselines b JOIN staff_accounts s ON s.id = b.marked_by ORDER BY b.id DESC",
    )
    .fetch_all(store.pool())
    .await
}

/// A baseline's snapshot of figures.
pub async fn baseline_figures(store: &Store, baseline: i64) -> Result<Vec<Row>, sqlx::Error> {
    sqlx::query_as(
        "SELECT week, kpi, unit, value, basis FROM kpi_baseline_weeks \
         WHERE baseline_id = $1 ORDER BY week",
    )
    .bind(baseline)
    .fetch_all(store.pool())
    .await
}
