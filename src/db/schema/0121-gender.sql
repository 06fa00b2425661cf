-- 0121-gender: what people say of their gender where they apply or are enrolled (never
-- required: NULL when not given; 'rather_not_say' when they chose not to say), and the
-- language a person reads, from their application, for the impact reports' breakdowns.
-- model/training.c lists the keys of gender; change both together.

ALTER TABLE people ADD COLUMN gender TEXT
    CHECK (gender IN ('woman', 'man', 'another', 'rather_not_say'));
ALTER TABLE people ADD COLUMN lang TEXT CHECK (lang IN ('en', 'nl', 'fr'));
ALTER TABLE applications ADD COLUMN gender TEXT
    CHECK (gender IN ('woman', 'man', 'another', 'rather_not_say'));
