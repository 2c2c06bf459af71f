-- Contact registration ("contactmoment"): every phone, counter, e-mail or
-- library contact, also when no request follows. What first-contact
-- resolution and the channel mix are computed from. No personal data: the
-- channel, what it was about, how it ended, and the one satisfaction answer
-- when the resident gave it. A reached callback registers its own contact.
CREATE TABLE contacts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    -- The form's one-time value (or `callback:<reference>`): a resent post registers once.
    nonce         TEXT NOT NULL UNIQUE,
    at            TEXT NOT NULL,
    day           TEXT NOT NULL,
    channel       TEXT NOT NULL CHECK (channel IN ('telefoon', 'balie', 'e-mail', 'bibliotheek')),
    -- A product's slug, or a short topic in the staff member's words (or both).
    product       TEXT,
    topic         TEXT,
    result        TEXT NOT NULL CHECK (result IN ('zelf afgehandeld', 'doorverbonden', 'terugbelverzoek', 'afspraak gemaakt', 'aanvraag gestart')),
    satisfaction  INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    staff_id      INTEGER NOT NULL REFERENCES staff_accounts (id),
    staff_team    TEXT NOT NULL
);
CREATE INDEX contacts_by_day ON contacts (day, channel);
CREATE INDEX contacts_by_staff ON contacts (staff_id, id);
