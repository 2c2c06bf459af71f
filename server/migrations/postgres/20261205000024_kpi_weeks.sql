-- The KPIs of each whole week, as last computed (README, "Trends and the
-- 0-meting"): the trend page reads these rows instead of a year of records.
-- Kept up to date by the hourly refresh (`services::kpi_trends`), which
-- computes the last 26 whole weeks again, so a late change (a request done
-- this week that came in a month ago) reaches its week within the hour.
CREATE TABLE kpi_weeks (
    -- The Monday of the week (YYYY-MM-DD).
    week         TEXT NOT NULL,
    -- The KPI's text key.
    kpi          TEXT NOT NULL,
    -- What the value is measured in: percent, seconds, minutes, hours, days, count.
    unit         TEXT NOT NULL,
    -- NULL when there was nothing to measure.
    value        BIGINT,
    basis        BIGINT NOT NULL,
    computed_at  TEXT NOT NULL,
    PRIMARY KEY (week, kpi)
);

-- A baseline ("0-meting") a team lead marked: a snapshot of its weeks'
-- figures, copied when marked, so later corrections to old records do not
-- move it.
CREATE TABLE kpi_baselines (
    id          BIGSERIAL PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    first_week  TEXT NOT NULL,
    last_week   TEXT NOT NULL,
    marked_by   BIGINT NOT NULL REFERENCES staff_accounts (id),
    marked_at   TEXT NOT NULL
);

CREATE TABLE kpi_baseline_weeks (
    baseline_id  BIGINT NOT NULL REFERENCES kpi_baselines (id),
    week         TEXT NOT NULL,
    kpi          TEXT NOT NULL,
    unit         TEXT NOT NULL,
    value        BIGINT,
    basis        BIGINT NOT NULL,
    PRIMARY KEY (baseline_id, week, kpi)
);
