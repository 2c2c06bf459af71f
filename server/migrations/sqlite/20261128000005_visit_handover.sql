-- What the staff member needs to continue where the resident got stuck: the
-- product and step the visit was asked from and, only with consent, the answers so far.
ALTER TABLE visits ADD COLUMN origin_product TEXT;
ALTER TABLE visits ADD COLUMN origin_step TEXT;
ALTER TABLE visits ADD COLUMN shared_answers TEXT;
