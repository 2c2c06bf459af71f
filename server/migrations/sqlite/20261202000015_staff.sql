-- The staff side, part 1: accounts with one role each, sessions on the server,
-- slowed sign-ins, the access log ("inzage-log"), and what handling a request
-- needs (assignment, a version for concurrent changes, "aanvulling nodig").

CREATE TABLE staff_accounts (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    email          TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('kcc', 'balie', 'behandelaar', 'teamleider', 'beheer')),
    team           TEXT NOT NULL,
    -- Argon2id in PHC form; NULL for accounts that sign in only through OpenID Connect.
    password_hash  TEXT,
    disabled       INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL
);

-- The products a behandelaar handles (slugs of the product files).
CREATE TABLE staff_products (
    account_id  INTEGER NOT NULL REFERENCES staff_accounts (id),
    product     TEXT NOT NULL,
    PRIMARY KEY (account_id, product)
);

-- The cookie holds a random id; only its SHA-256 is kept here.
CREATE TABLE staff_sessions (
    key         TEXT PRIMARY KEY NOT NULL,
    account_id  INTEGER NOT NULL REFERENCES staff_accounts (id),
    created_at  INTEGER NOT NULL,
    last_seen   INTEGER NOT NULL,
    -- What a staff member typed in a form when the session had run out, given
    -- back after they sign in again (JSON: the path and the fields).
    kept_form   TEXT
);
CREATE INDEX staff_sessions_by_account ON staff_sessions (account_id);

-- Failed sign-ins per account and per network address, both as a keyed hash:
-- the address and the typed e-mail address are never stored.
CREATE TABLE staff_signin_failures (
    subject  TEXT NOT NULL,
    at       INTEGER NOT NULL
);
CREATE INDEX staff_signin_failures_by_subject ON staff_signin_failures (subject, at);

-- Who looked at or changed what: never the personal data itself.
CREATE TABLE access_log (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    at           TEXT NOT NULL,
    staff_id     INTEGER NOT NULL REFERENCES staff_accounts (id),
    staff_role   TEXT NOT NULL,
    staff_team   TEXT NOT NULL,
    action       TEXT NOT NULL CHECK (action IN ('view', 'change', 'export', 'search')),
    record_kind  TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    purpose      TEXT NOT NULL
);
CREATE INDEX access_log_by_record ON access_log (record_kind, record_id);
-- Append only, also for anyone who reaches the database with the application's rights.
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN SELECT RAISE(ABORT, 'the access log is append only'); END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN SELECT RAISE(ABORT, 'the access log is append only'); END;

ALTER TABLE submissions ADD COLUMN assigned_to INTEGER REFERENCES staff_accounts (id);
ALTER TABLE submissions ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
-- "Aanvulling nodig": what is missing, and whether an addition came in since
-- the staff member last changed the status. The resident adds it behind the
-- secret link of Mijn aanvraag (`/aanvraag/<secret>/aanvullen`).
ALTER TABLE submissions ADD COLUMN missing TEXT;
ALTER TABLE submissions ADD COLUMN addition_in INTEGER NOT NULL DEFAULT 0;
-- The work list: newest first within products, and by status; each also
-- serves the count.
CREATE INDEX submissions_by_product ON submissions (product, id);
CREATE INDEX submissions_by_status ON submissions (status, id);

ALTER TABLE submission_events ADD COLUMN staff_id INTEGER REFERENCES staff_accounts (id);

CREATE TABLE submission_additions (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    submission_id  INTEGER NOT NULL REFERENCES submissions (id),
    text           TEXT NOT NULL,
    at             TEXT NOT NULL
);
CREATE INDEX submission_additions_by_submission ON submission_additions (submission_id, id);

-- Single sign-on in progress: the state (hashed), nonce and PKCE verifier,
-- for at most 10 minutes, taken once when the provider sends the staff member back.
CREATE TABLE staff_oidc_logins (
    state_key   TEXT PRIMARY KEY NOT NULL,
    nonce       TEXT NOT NULL,
    verifier    TEXT NOT NULL,
    back_to     TEXT,
    created_at  INTEGER NOT NULL
);

-- Replies of staff to an accessibility report (mailed when the resident gave an address).
CREATE TABLE accessibility_report_replies (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id   INTEGER NOT NULL REFERENCES accessibility_reports (id),
    staff_id    INTEGER NOT NULL REFERENCES staff_accounts (id),
    text        TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX accessibility_report_replies_by_report ON accessibility_report_replies (report_id, id);
