-- The whole schema on PostgreSQL, as the SQLite migrations up to
-- 20261201000013 leave it. Integers are BIGINT (the server reads them as i64),
-- binary data BYTEA. From here on, each change is one migration in each folder.

CREATE TABLE drafts (
    id          TEXT NOT NULL,
    journey     TEXT NOT NULL,
    answers     TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL,
    PRIMARY KEY (id, journey)
);
CREATE INDEX drafts_updated_at ON drafts (updated_at);

CREATE TABLE submissions (
    id                  BIGSERIAL PRIMARY KEY,
    reference           TEXT NOT NULL UNIQUE,
    product             TEXT NOT NULL,
    draft_id            TEXT NOT NULL UNIQUE,
    answers             TEXT NOT NULL,
    received_at         TEXT NOT NULL,
    channel             TEXT NOT NULL CHECK (channel IN ('online', 'balie', 'telefoon')),
    status              TEXT NOT NULL CHECK (status IN ('ontvangen', 'in behandeling', 'aanvulling nodig', 'afgehandeld', 'afgewezen')),
    token               TEXT,
    answers_removed_at  TEXT,
    token_key           TEXT
);
CREATE UNIQUE INDEX submissions_token ON submissions (token) WHERE token IS NOT NULL;
CREATE UNIQUE INDEX submissions_by_token_key ON submissions (token_key) WHERE token_key IS NOT NULL;

CREATE TABLE submission_events (
    id             BIGSERIAL PRIMARY KEY,
    submission_id  BIGINT NOT NULL REFERENCES submissions (id),
    status         TEXT NOT NULL CHECK (status IN ('ontvangen', 'in behandeling', 'aanvulling nodig', 'afgehandeld', 'afgewezen')),
    note           TEXT,
    at             TEXT NOT NULL
);
CREATE INDEX submission_events_by_submission ON submission_events (submission_id, id);

CREATE TABLE pickups (
    product        TEXT NOT NULL,
    day            TEXT NOT NULL,
    submission_id  BIGINT NOT NULL UNIQUE REFERENCES submissions (id)
);
CREATE INDEX pickups_by_day ON pickups (product, day);

CREATE TABLE callback_requests (
    id              BIGSERIAL PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,
    token           TEXT NOT NULL UNIQUE,
    nonce           TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    phone           TEXT NOT NULL,
    topic           TEXT NOT NULL,
    preferred_day   TEXT NOT NULL,
    day_part        TEXT NOT NULL CHECK (day_part IN ('ochtend', 'middag')),
    note            TEXT,
    origin_product  TEXT,
    origin_step     TEXT,
    shared_answers  TEXT,
    created_at      TEXT NOT NULL,
    created_day     TEXT NOT NULL,
    due_by          TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('open', 'bereikt', 'niet bereikt', 'geannuleerd')),
    token_key       TEXT
);
CREATE INDEX callback_requests_phone_day ON callback_requests (phone, created_day);
CREATE INDEX callback_requests_due ON callback_requests (state, due_by);
CREATE UNIQUE INDEX callback_requests_by_token_key ON callback_requests (token_key) WHERE token_key IS NOT NULL;

CREATE TABLE callback_attempts (
    id           BIGSERIAL PRIMARY KEY,
    callback_id  BIGINT NOT NULL REFERENCES callback_requests (id),
    at           TEXT NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('bereikt', 'niet bereikt'))
);

CREATE TABLE visits (
    id              BIGSERIAL PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,
    token           TEXT NOT NULL UNIQUE,
    location        TEXT NOT NULL,
    day             TEXT NOT NULL,
    start_minute    BIGINT NOT NULL,
    end_minute      BIGINT NOT NULL CHECK (end_minute > start_minute),
    products        TEXT NOT NULL,
    name            TEXT NOT NULL,
    email           TEXT,
    phone           TEXT,
    created_at      TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('geboekt', 'geannuleerd')),
    nonce           TEXT,
    replaced_by     TEXT,
    origin_product  TEXT,
    origin_step     TEXT,
    shared_answers  TEXT,
    token_key       TEXT
);
CREATE INDEX visits_location_day ON visits (location, day, state);
CREATE UNIQUE INDEX visits_nonce ON visits (nonce) WHERE nonce IS NOT NULL;
CREATE UNIQUE INDEX visits_by_token_key ON visits (token_key) WHERE token_key IS NOT NULL;

CREATE TABLE outbox (
    id               BIGSERIAL PRIMARY KEY,
    topic            TEXT NOT NULL,
    kind             TEXT NOT NULL,
    recipient        TEXT NOT NULL,
    subject          TEXT NOT NULL,
    body             TEXT NOT NULL,
    attachment_name  TEXT,
    attachment_type  TEXT,
    attachment       TEXT,
    created_at       TEXT NOT NULL,
    send_after       TEXT NOT NULL,
    next_attempt_at  TEXT NOT NULL,
    attempts         BIGINT NOT NULL DEFAULT 0,
    state            TEXT NOT NULL DEFAULT 'wachtend'
                     CHECK (state IN ('wachtend', 'verzonden', 'vervallen', 'mislukt')),
    sent_at          TEXT,
    last_error       TEXT
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_topic ON outbox (topic, state);

CREATE TABLE accessibility_reports (
    id          BIGSERIAL PRIMARY KEY,
    reference   TEXT NOT NULL UNIQUE,
    nonce       TEXT NOT NULL UNIQUE,
    page        TEXT,
    description TEXT NOT NULL,
    email       TEXT,
    created_at  TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'in behandeling', 'afgehandeld'))
);

CREATE TABLE saved_drafts (
    code        TEXT PRIMARY KEY NOT NULL,
    journey     TEXT NOT NULL,
    answers     TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX saved_drafts_expires_at ON saved_drafts (expires_at);

CREATE TABLE uploads (
    id             TEXT PRIMARY KEY NOT NULL,
    journey        TEXT NOT NULL,
    field          TEXT NOT NULL,
    file_name      TEXT NOT NULL,
    content_type   TEXT NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    size           BIGINT NOT NULL,
    bytes          BYTEA NOT NULL,
    created_at     BIGINT NOT NULL,
    submission_id  BIGINT REFERENCES submissions (id)
);
CREATE INDEX uploads_unsent ON uploads (submission_id, created_at);

CREATE TABLE failed_lookups (
    address TEXT NOT NULL,
    at      BIGINT NOT NULL
);
CREATE INDEX failed_lookups_by_address ON failed_lookups (address, at);
CREATE INDEX failed_lookups_by_time ON failed_lookups (at);
