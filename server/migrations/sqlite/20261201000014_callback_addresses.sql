-- Callback requests per network address per day, in the database so the limit
-- holds across several servers and restarts. The address itself is never
-- stored: only a keyed SHA-256 of it with the day (see store/callbacks.rs),
-- and rows of earlier days are removed as new ones are counted.
CREATE TABLE callback_addresses (
    address_key TEXT NOT NULL,
    day         TEXT NOT NULL,
    requests    INTEGER NOT NULL,
    PRIMARY KEY (address_key, day)
);
