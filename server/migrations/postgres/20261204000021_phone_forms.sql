-- A product form completed by a KCC agent with the resident on the phone
-- ("Verder met het formulier"): the request keeps the agent who registered it
-- and the callback request it came from (its channel is 'telefoon'); the
-- callback request keeps the draft the agent opened, so opening it again (on
-- another PC, after signing in again) goes on with the same answers.
ALTER TABLE submissions ADD COLUMN registered_by BIGINT REFERENCES staff_accounts (id);
ALTER TABLE submissions ADD COLUMN via_callback TEXT;
ALTER TABLE callback_requests ADD COLUMN form_draft TEXT;
