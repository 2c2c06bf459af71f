-- "Klantbeeld": what a resident can be found by on the staff side (postcode
-- with house number, phone, e-mail address, name), one keyed hash per term
-- and record, written with the record; never the term itself. A record with
-- nothing to find it by has the one key '-', so the start-up indexing of
-- older records knows it was done. Removed with the record (or its answers).
CREATE TABLE person_keys (
    reference    TEXT NOT NULL,
    record_kind  TEXT NOT NULL CHECK (record_kind IN ('aanvraag', 'terugbelverzoek', 'afspraak')),
    key          TEXT NOT NULL,
    PRIMARY KEY (reference, key)
);
CREATE INDEX person_keys_by_key ON person_keys (key);
