-- Calls from the telephony platform's export (not ours): imported from a CSV
-- file (README, "Telephony import"), one row per call, kept for the phone
-- KPIs. No phone numbers: the call's id, the queue and the times only. A call
-- id is imported once, so importing an overlapping export again adds only
-- the new calls.
CREATE TABLE call_records (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    call_id      TEXT NOT NULL UNIQUE,
    queue        TEXT NOT NULL,
    -- Unix seconds.
    offered_at   INTEGER NOT NULL,
    answered_at  INTEGER,
    ended_at     INTEGER NOT NULL,
    abandoned    INTEGER NOT NULL,
    -- The day offered, in Europe/Amsterdam (YYYY-MM-DD).
    day          TEXT NOT NULL
);
CREATE INDEX call_records_by_day ON call_records (day);
