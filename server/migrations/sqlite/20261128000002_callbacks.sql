-- A browser may have a draft per journey: the key becomes (id, journey).
CREATE TABLE drafts_by_journey (
    id          TEXT NOT NULL,
    journey     TEXT NOT NULL,
    answers     TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (id, journey)
);
INSERT INTO drafts_by_journey SELECT id, journey, answers, created_at, updated_at FROM drafts;
DROP TABLE drafts;
ALTER TABLE drafts_by_journey RENAME TO drafts;
CREATE INDEX drafts_updated_at ON drafts (updated_at);

-- "Bel mij terug": what the staff side needs to call back within the norm.
CREATE TABLE callback_requests (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    reference       TEXT NOT NULL UNIQUE,
    -- Secret of the resident's link to view or cancel; never shown to anyone else.
    token           TEXT NOT NULL UNIQUE,
    -- The form's one-time value: a double click or a resent post makes one request.
    nonce           TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    phone           TEXT NOT NULL,
    topic           TEXT NOT NULL,
    preferred_day   TEXT NOT NULL,
    day_part        TEXT NOT NULL CHECK (day_part IN ('ochtend', 'middag')),
    note            TEXT,
    origin_product  TEXT,
    origin_step     TEXT,
    -- The answers given so far, only when the resident ticked consent.
    shared_answers  TEXT,
    created_at      TEXT NOT NULL,
    created_day     TEXT NOT NULL,
    due_by          TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('open', 'bereikt', 'niet bereikt', 'geannuleerd'))
);
CREATE INDEX callback_requests_phone_day ON callback_requests (phone, created_day);
CREATE INDEX callback_requests_due ON callback_requests (state, due_by);

-- Each call attempt; after 2 without reaching the resident the request counts as missed.
CREATE TABLE callback_attempts (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    callback_id  INTEGER NOT NULL REFERENCES callback_requests (id),
    at           TEXT NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('bereikt', 'niet bereikt'))
);
