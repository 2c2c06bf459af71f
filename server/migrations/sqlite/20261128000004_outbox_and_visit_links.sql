-- A booking made from one check page is made once (double click, resent post).
ALTER TABLE visits ADD COLUMN nonce TEXT;
CREATE UNIQUE INDEX visits_nonce ON visits (nonce) WHERE nonce IS NOT NULL;
-- A rescheduled visit points at the visit that replaced it.
ALTER TABLE visits ADD COLUMN replaced_by TEXT;

-- Messages to residents, written in the same transaction as what they confirm,
-- and delivered by a worker (files or SMTP) with retries.
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    -- What the message is about ('visit:BA-XXXX-XXXX'), to void a reminder on cancel.
    topic            TEXT NOT NULL,
    kind             TEXT NOT NULL,
    recipient        TEXT NOT NULL,
    subject          TEXT NOT NULL,
    body             TEXT NOT NULL,
    attachment_name  TEXT,
    attachment_type  TEXT,
    attachment       TEXT,
    created_at       TEXT NOT NULL,
    -- Not before this instant (UTC, RFC 3339): reminders wait for the day before.
    send_after       TEXT NOT NULL,
    next_attempt_at  TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    state            TEXT NOT NULL DEFAULT 'wachtend'
                     CHECK (state IN ('wachtend', 'verzonden', 'vervallen', 'mislukt')),
    sent_at          TEXT,
    last_error       TEXT
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_topic ON outbox (topic, state);
