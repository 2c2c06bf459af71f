-- Photos sent with a form, stored without their metadata. Unsent photos are
-- removed with the saved form they belong to (after 30 days at most).
CREATE TABLE uploads (
    id             TEXT PRIMARY KEY NOT NULL,
    journey        TEXT NOT NULL,
    field          TEXT NOT NULL,
    file_name      TEXT NOT NULL,
    content_type   TEXT NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    size           INTEGER NOT NULL,
    bytes          BLOB NOT NULL,
    created_at     INTEGER NOT NULL,
    submission_id  INTEGER REFERENCES submissions (id)
);
CREATE INDEX uploads_unsent ON uploads (submission_id, created_at);
