-- Pickup days taken (grofvuil): one row per request, counted against the day's
-- capacity inside the transaction that stores the request.
CREATE TABLE pickups (
    product        TEXT NOT NULL,
    day            TEXT NOT NULL,
    submission_id  INTEGER NOT NULL UNIQUE REFERENCES submissions (id)
);
CREATE INDEX pickups_by_day ON pickups (product, day);
