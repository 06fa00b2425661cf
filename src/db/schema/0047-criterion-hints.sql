-- 0047-criterion-hints: what a low and a high score mean on a criterion of the rubric, written
-- by staff in English, Dutch and French and shown to reviewers beside its scores. NULL in a
-- language not written. 500 characters at most in each (CRITERION_HINT_MAX in model/intake.h).
ALTER TABLE app_criteria ADD COLUMN hint_en TEXT CHECK (hint_en IS NULL OR LENGTH(hint_en) <= 500);
ALTER TABLE app_criteria ADD COLUMN hint_nl TEXT CHECK (hint_nl IS NULL OR LENGTH(hint_nl) <= 500);
ALTER TABLE app_criteria ADD COLUMN hint_fr TEXT CHECK (hint_fr IS NULL OR LENGTH(hint_fr) <= 500);
