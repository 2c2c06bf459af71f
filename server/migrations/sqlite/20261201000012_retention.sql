-- When the answers and photos of a handled request were removed (retention);
-- the reference, product, dates and status history stay for the reports.
ALTER TABLE submissions ADD COLUMN answers_removed_at TEXT;
