-- Counter visits. Times are minutes after midnight on `day`, civil time in
-- Europe/Amsterdam. Capacity is checked inside one IMMEDIATE transaction.
CREATE TABLE visits (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    reference     TEXT NOT NULL UNIQUE,
    token         TEXT NOT NULL UNIQUE,
    location      TEXT NOT NULL,
    day           TEXT NOT NULL,
    start_minute  INTEGER NOT NULL,
    end_minute    INTEGER NOT NULL CHECK (end_minute > start_minute),
    products      TEXT NOT NULL,
    name          TEXT NOT NULL,
    email         TEXT,
    phone         TEXT,
    created_at    TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('geboekt', 'geannuleerd'))
);
CREATE INDEX visits_location_day ON visits (location, day, state);
