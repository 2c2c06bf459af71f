-- The inwonerpanel: residents who agreed (a consent of its own) to be asked
-- now and then about the service. Only what reaching them needs is kept:
-- the name and the one way they chose (e-mail or phone). `via` says how
-- they signed up, so the team lead can see whether residents who did not
-- sign up online are represented. Leaving removes the row; the leave link's
-- token is kept only as its SHA-256. `nonce` is the form's one-time value:
-- a double click signs up once.
CREATE TABLE panel_members (
    id             BIGSERIAL PRIMARY KEY,
    name           TEXT NOT NULL,
    email          TEXT,
    phone          TEXT,
    via            TEXT NOT NULL CHECK (via IN ('online', 'bibliotheek', 'telefoon', 'balie')),
    joined_day     TEXT NOT NULL,
    leave_key      TEXT NOT NULL UNIQUE,
    nonce          TEXT UNIQUE,
    registered_by  BIGINT REFERENCES staff_accounts (id),
    CHECK (email IS NOT NULL OR phone IS NOT NULL)
);
