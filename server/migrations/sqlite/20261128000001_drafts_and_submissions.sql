-- Drafts: the answers of a journey in progress, found through an opaque id in
-- an HttpOnly cookie. They expire 24 hours after the last change.
CREATE TABLE drafts (
    id          TEXT PRIMARY KEY NOT NULL,
    journey     TEXT NOT NULL,
    answers     TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX drafts_updated_at ON drafts (updated_at);

-- Submissions: what the resident sent, exactly once per draft.
CREATE TABLE submissions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    reference    TEXT NOT NULL UNIQUE,
    product      TEXT NOT NULL,
    draft_id     TEXT NOT NULL UNIQUE,
    answers      TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    channel      TEXT NOT NULL CHECK (channel IN ('online', 'balie', 'telefoon')),
    status       TEXT NOT NULL CHECK (status IN ('ontvangen', 'in behandeling', 'aanvulling nodig', 'afgehandeld', 'afgewezen'))
);
