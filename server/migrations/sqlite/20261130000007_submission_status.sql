-- "Mijn aanvraag": a secret link per submission, and the history of its status.
ALTER TABLE submissions ADD COLUMN token TEXT;
CREATE UNIQUE INDEX submissions_token ON submissions (token) WHERE token IS NOT NULL;

CREATE TABLE submission_events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    submission_id  INTEGER NOT NULL REFERENCES submissions (id),
    status         TEXT NOT NULL CHECK (status IN ('ontvangen', 'in behandeling', 'aanvulling nodig', 'afgehandeld', 'afgewezen')),
    -- What staff tell the resident with this change (no internal notes).
    note           TEXT,
    at             TEXT NOT NULL
);
CREATE INDEX submission_events_by_submission ON submission_events (submission_id, id);
