-- Changes staff make to one day of a location (role beheer): closed, or open
-- other hours (an extra opening on a Saturday, longer hours before the
-- elections). The defaults live in app/locations/<slug>.toml. Closing a day
-- never touches its visits: they stay booked and listed for the clerks.
CREATE TABLE location_days (
    location    TEXT NOT NULL,
    day         TEXT NOT NULL,
    -- 'HH:MM' both, or both NULL for closed.
    opens       TEXT,
    closes      TEXT,
    reason      TEXT NOT NULL,
    staff_id    BIGINT NOT NULL REFERENCES staff_accounts (id),
    created_at  TEXT NOT NULL,
    PRIMARY KEY (location, day),
    CHECK ((opens IS NULL) = (closes IS NULL))
);
