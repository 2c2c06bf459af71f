-- Secrets are looked up by their SHA-256 (`secret_key.rs`), so the time a
-- look-up takes says nothing about how much of a guess was right. Tokens stay
-- beside their key: a resent form is answered with the same link. Resume codes
-- are replaced by their key in `saved_drafts.code` (rows from before: on start).
ALTER TABLE submissions ADD COLUMN token_key TEXT;
CREATE UNIQUE INDEX submissions_token_key ON submissions (token_key) WHERE token_key IS NOT NULL;
ALTER TABLE visits ADD COLUMN token_key TEXT;
CREATE UNIQUE INDEX visits_token_key ON visits (token_key) WHERE token_key IS NOT NULL;
ALTER TABLE callback_requests ADD COLUMN token_key TEXT;
CREATE UNIQUE INDEX callback_requests_token_key ON callback_requests (token_key) WHERE token_key IS NOT NULL;
