-- Who was asked the satisfaction question by mail, and when: a resident is
-- asked at most once in 30 days across channels. Only a keyed hash of the
-- e-mail address is kept (HMAC with the server's secret key), so no contact
-- data is copied into the survey tables; rows older than 30 days are of no
-- use and the retention job removes them.
CREATE TABLE satisfaction_asked (
    person_key  TEXT PRIMARY KEY,
    asked_day   TEXT NOT NULL
);

-- Keys the servers share (generated once, by the first server that needs
-- one): `person` keys the HMAC of contact data above.
CREATE TABLE server_keys (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
