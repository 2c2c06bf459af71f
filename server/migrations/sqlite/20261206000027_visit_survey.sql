-- The resident agreed at booking to be asked the satisfaction question by
-- mail after the visit: the language to ask in; NULL when they did not
-- agree (or gave no e-mail address). Asked when the clerk marks the visit
-- "geholpen", by the same rules as every mail question.
ALTER TABLE visits ADD COLUMN survey_lang TEXT;

-- The visit itself is a contact of its own ("bezoek", at the counter),
-- beside its online booking ("afspraak"). SQLite cannot change a CHECK, and
-- its rebuild procedure wants foreign keys off, which cannot be switched in
-- a migration's transaction. So the answers (the only table that refers to
-- the invitations) are set aside, the invitations rebuilt with the same ids,
-- and the answers put back as they were, all in this one transaction.
CREATE TABLE satisfaction_answers_aside AS SELECT * FROM satisfaction_answers;
DROP TABLE satisfaction_answers;

CREATE TABLE satisfaction_invitations_rebuilt (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    token_key     TEXT NOT NULL UNIQUE,
    contact_kind  TEXT NOT NULL CHECK (contact_kind IN ('aanvraag', 'terugbelverzoek', 'afspraak', 'bezoek')),
    contact_ref   TEXT NOT NULL,
    channel       TEXT NOT NULL,
    product       TEXT,
    location      TEXT,
    -- Unix seconds.
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    answered_at   INTEGER
);
INSERT INTO satisfaction_invitations_rebuilt
    SELECT id, token_key, contact_kind, contact_ref, channel, product, location, created_at, expires_at, answered_at
    FROM satisfaction_invitations;
DROP TABLE satisfaction_invitations;
ALTER TABLE satisfaction_invitations_rebuilt RENAME TO satisfaction_invitations;
CREATE UNIQUE INDEX satisfaction_invitations_contact ON satisfaction_invitations (contact_kind, contact_ref);

CREATE TABLE satisfaction_answers (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    invitation_id   INTEGER UNIQUE REFERENCES satisfaction_invitations (id),
    channel         TEXT NOT NULL,
    contact_kind    TEXT NOT NULL,
    product         TEXT,
    location        TEXT,
    score           INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    improve         TEXT,
    call_me         INTEGER NOT NULL DEFAULT 0,
    answered_at     TEXT NOT NULL,
    day             TEXT NOT NULL,
    followed_up_at  TEXT,
    followed_up_by  INTEGER REFERENCES staff_accounts (id)
);
INSERT INTO satisfaction_answers
    SELECT id, invitation_id, channel, contact_kind, product, location, score, improve, call_me,
           answered_at, day, followed_up_at, followed_up_by
    FROM satisfaction_answers_aside;
DROP TABLE satisfaction_answers_aside;
CREATE INDEX satisfaction_answers_by_day ON satisfaction_answers (day, channel);
