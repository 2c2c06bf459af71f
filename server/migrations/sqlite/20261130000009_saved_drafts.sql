-- "Opslaan en later verder": a snapshot of a form's answers under a resume code
-- (8 characters without look-alikes). Kept 30 days, then removed.
CREATE TABLE saved_drafts (
    code        TEXT PRIMARY KEY NOT NULL,
    journey     TEXT NOT NULL,
    answers     TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE INDEX saved_drafts_expires_at ON saved_drafts (expires_at);
