-- Helped at the library (#19). An assisted session is found by the SHA-256
-- of its cookie's token; it knows the library, the volunteer's first name or
-- code, and the draft id of this browser's visit, so that "Klaar: alles
-- wissen" and the idle wipe remove every draft of the visit. `seen_at`
-- moves with each request (Unix seconds); a session idle for 10 minutes is
-- wiped by a job (`wiped_at`), so the next page can say why.
CREATE TABLE assisted_sessions (
    key         TEXT PRIMARY KEY,
    library     TEXT NOT NULL,
    helper      TEXT NOT NULL,
    draft_id    TEXT NOT NULL,
    consented   INTEGER NOT NULL DEFAULT 0,
    started_at  INTEGER NOT NULL,
    seen_at     INTEGER NOT NULL,
    wiped_at    INTEGER
);
CREATE INDEX assisted_sessions_seen ON assisted_sessions (seen_at);
-- Every draft id the visit's browser used (a sent form starts a new one):
-- all are wiped with the visit.
CREATE TABLE assisted_drafts (
    session_key  TEXT NOT NULL,
    draft_id     TEXT NOT NULL,
    PRIMARY KEY (session_key, draft_id)
);

-- What was made in the mode: channel `bibliotheek` and the library, with the
-- volunteer's first name and note on a handover (nothing else of them).
ALTER TABLE callback_requests ADD COLUMN library TEXT;
ALTER TABLE callback_requests ADD COLUMN helper TEXT;
ALTER TABLE callback_requests ADD COLUMN helper_note TEXT;
ALTER TABLE visits ADD COLUMN library TEXT;
ALTER TABLE visits ADD COLUMN helper TEXT;
ALTER TABLE visits ADD COLUMN helper_note TEXT;

-- Requests get the channel `bibliotheek`: SQLite cannot widen a CHECK, so
-- the table is rebuilt with the same ids (foreign keys are off while
-- migrations run, and checked after them: `store::engine`).
CREATE TABLE submissions_rebuilt (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    reference           TEXT NOT NULL UNIQUE,
    product             TEXT NOT NULL,
    draft_id            TEXT NOT NULL UNIQUE,
    answers             TEXT NOT NULL,
    received_at         TEXT NOT NULL,
    channel             TEXT NOT NULL CHECK (channel IN ('online', 'balie', 'telefoon', 'bibliotheek')),
    status              TEXT NOT NULL CHECK (status IN ('ontvangen', 'in behandeling', 'aanvulling nodig', 'afgehandeld', 'afgewezen')),
    token               TEXT,
    answers_removed_at  TEXT,
    token_key           TEXT,
    assigned_to         INTEGER REFERENCES staff_accounts (id),
    version             INTEGER NOT NULL DEFAULT 0,
    missing             TEXT,
    addition_in         INTEGER NOT NULL DEFAULT 0,
    registered_by       INTEGER REFERENCES staff_accounts (id),
    via_callback        TEXT,
    library             TEXT
);
INSERT INTO submissions_rebuilt (id, reference, product, draft_id, answers, received_at, channel, status,
    token, answers_removed_at, token_key, assigned_to, version, missing, addition_in, registered_by, via_callback)
SELECT id, reference, product, draft_id, answers, received_at, channel, status,
    token, answers_removed_at, token_key, assigned_to, version, missing, addition_in, registered_by, via_callback
FROM submissions;
DROP TABLE submissions;
ALTER TABLE submissions_rebuilt RENAME TO submissions;
CREATE UNIQUE INDEX submissions_token ON submissions (token) WHERE token IS NOT NULL;
CREATE UNIQUE INDEX submissions_token_key ON submissions (token_key) WHERE token_key IS NOT NULL;
CREATE INDEX submissions_by_product ON submissions (product, id);
CREATE INDEX submissions_by_status ON submissions (status, id);
