-- The resident agreed at booking to be asked the satisfaction question by
-- mail after the visit: the language to ask in; NULL when they did not
-- agree (or gave no e-mail address). Asked when the clerk marks the visit
-- "geholpen", by the same rules as every mail question.
ALTER TABLE visits ADD COLUMN survey_lang TEXT;

-- The visit itself is a contact of its own ("bezoek", at the counter),
-- beside its online booking ("afspraak").
ALTER TABLE satisfaction_invitations DROP CONSTRAINT satisfaction_invitations_contact_kind_check;
ALTER TABLE satisfaction_invitations ADD CONSTRAINT satisfaction_invitations_contact_kind_check
    CHECK (contact_kind IN ('aanvraag', 'terugbelverzoek', 'afspraak', 'bezoek'));
