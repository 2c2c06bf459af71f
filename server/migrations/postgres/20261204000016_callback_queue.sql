-- The KCC's callback queue: who holds a request (for 30 minutes, then it is
-- free again), how it ended, and each attempt with who made it and a note.
-- The address and the product slug are kept for the "niet bereikt" message and
-- for showing the handed-over answers with the product's questions.
ALTER TABLE callback_requests ADD COLUMN email TEXT;
ALTER TABLE callback_requests ADD COLUMN origin_slug TEXT;
-- The language the resident used, for messages (nl or en).
ALTER TABLE callback_requests ADD COLUMN lang TEXT;
ALTER TABLE callback_requests ADD COLUMN held_by BIGINT REFERENCES staff_accounts (id);
-- Unix seconds: compared with the clock, never shown.
ALTER TABLE callback_requests ADD COLUMN held_until BIGINT;
-- When reached: beantwoord, afspraak, aanvraag, doorgezet.
ALTER TABLE callback_requests ADD COLUMN result TEXT;
ALTER TABLE callback_requests ADD COLUMN closed_at TEXT;
ALTER TABLE callback_requests ADD COLUMN closed_by BIGINT REFERENCES staff_accounts (id);
ALTER TABLE callback_attempts ADD COLUMN staff_id BIGINT REFERENCES staff_accounts (id);
ALTER TABLE callback_attempts ADD COLUMN note TEXT;
CREATE INDEX callback_attempts_by_request ON callback_attempts (callback_id, id);
