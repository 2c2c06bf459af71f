-- The online completion funnel, counted anonymously: per day, product and
-- question page, how many forms passed that page for the first time. No
-- draft, cookie or answer is linked to a count, so nobody can be traced
-- through it (README, "Online completion").
CREATE TABLE form_steps (
    day      TEXT NOT NULL,
    product  TEXT NOT NULL,
    step     TEXT NOT NULL,
    passed   INTEGER NOT NULL,
    PRIMARY KEY (day, product, step)
);
