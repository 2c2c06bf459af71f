-- The one satisfaction question ("Hoe tevreden bent u over hoe wij u vandaag
-- hebben geholpen?"). An invitation belongs to one contact (a request, a
-- callback request, a visit) and is found by the SHA-256 of its token; it
-- runs 14 days and is answered once. The answer carries no personal data
-- except the optional text ("Wat kunnen wij beter doen?"), which only the
-- team lead sees and which the retention job removes after one year.
CREATE TABLE satisfaction_invitations (
    id            BIGSERIAL PRIMARY KEY,
    token_key     TEXT NOT NULL UNIQUE,
    contact_kind  TEXT NOT NULL CHECK (contact_kind IN ('aanvraag', 'terugbelverzoek', 'afspraak')),
    contact_ref   TEXT NOT NULL,
    channel       TEXT NOT NULL,
    product       TEXT,
    location      TEXT,
    -- Unix seconds.
    created_at    BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL,
    answered_at   BIGINT
);
CREATE UNIQUE INDEX satisfaction_invitations_contact ON satisfaction_invitations (contact_kind, contact_ref);

CREATE TABLE satisfaction_answers (
    id              BIGSERIAL PRIMARY KEY,
    invitation_id   BIGINT UNIQUE REFERENCES satisfaction_invitations (id),
    channel         TEXT NOT NULL,
    contact_kind    TEXT NOT NULL,
    product         TEXT,
    location        TEXT,
    score           BIGINT NOT NULL CHECK (score BETWEEN 1 AND 5),
    improve         TEXT,
    call_me         BIGINT NOT NULL DEFAULT 0,
    answered_at     TEXT NOT NULL,
    day             TEXT NOT NULL,
    followed_up_at  TEXT,
    followed_up_by  BIGINT REFERENCES staff_accounts (id)
);
CREATE INDEX satisfaction_answers_by_day ON satisfaction_answers (day, channel);
