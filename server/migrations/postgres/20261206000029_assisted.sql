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
    consented   BIGINT NOT NULL DEFAULT 0,
    started_at  BIGINT NOT NULL,
    seen_at     BIGINT NOT NULL,
    wiped_at    BIGINT
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

-- Requests get the channel `bibliotheek`, and the library they were made at.
ALTER TABLE submissions DROP CONSTRAINT submissions_channel_check;
ALTER TABLE submissions ADD CONSTRAINT submissions_channel_check
    CHECK (channel IN ('online', 'balie', 'telefoon', 'bibliotheek'));
ALTER TABLE submissions ADD COLUMN library TEXT;
