-- "Meld een toegankelijkheidsprobleem": a request the staff side handles.
CREATE TABLE accessibility_reports (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    reference   TEXT NOT NULL UNIQUE,
    nonce       TEXT NOT NULL UNIQUE,
    page        TEXT,
    description TEXT NOT NULL,
    email       TEXT,
    created_at  TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'in behandeling', 'afgehandeld'))
);
