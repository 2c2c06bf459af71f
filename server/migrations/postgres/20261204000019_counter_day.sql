-- The counter day: arrival (check-in), being called to a counter with a
-- number that does not reveal the name (B12), start, done or "niet gekomen",
-- and the waiting time as it happened: called - max(planned start, arrival),
-- stored when the resident is called, never recomputed. Walk-ins are visits
-- too (`walk_in` = 1, no name), booked on the first free time of the day
-- under the same capacity rule.
ALTER TABLE visits ADD COLUMN walk_in BIGINT NOT NULL DEFAULT 0;
ALTER TABLE visits ADD COLUMN arrived_at TEXT;
ALTER TABLE visits ADD COLUMN call_number TEXT;
ALTER TABLE visits ADD COLUMN called_at TEXT;
ALTER TABLE visits ADD COLUMN counter_no BIGINT;
ALTER TABLE visits ADD COLUMN waiting_seconds BIGINT;
ALTER TABLE visits ADD COLUMN started_at TEXT;
ALTER TABLE visits ADD COLUMN done_at TEXT;
-- 'geholpen' or 'niet gekomen'.
ALTER TABLE visits ADD COLUMN outcome TEXT CHECK (outcome IN ('geholpen', 'niet gekomen'));
ALTER TABLE visits ADD COLUMN handled_by BIGINT REFERENCES staff_accounts (id);
CREATE UNIQUE INDEX visits_call_number ON visits (location, day, call_number) WHERE call_number IS NOT NULL;
