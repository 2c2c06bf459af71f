-- Failed look-ups of secrets (resume codes, links with a token), per network
-- address, so that guessing is slowed on every server sharing the database.
-- The address is kept only as long as the window of the limit.
CREATE TABLE failed_lookups (
    address TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX failed_lookups_by_address ON failed_lookups (address, at);
CREATE INDEX failed_lookups_by_time ON failed_lookups (at);
