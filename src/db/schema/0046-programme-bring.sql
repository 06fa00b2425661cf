-- 0046-programme-bring: what an accepted applicant brings to a programme's first session
-- (an ID card, a laptop, work clothes...), written by its staff in English, Dutch and French.
-- NULL in a language not written: the applicant's page and the acceptance mail leave it out
-- then. 1000 characters at most in each (BRING_MAX in model/intake.h; both change together).
CREATE TABLE programme_bring (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    programme_id BIGINT NOT NULL PRIMARY KEY REFERENCES programmes (id),
    text_en TEXT CHECK (text_en IS NULL OR LENGTH(text_en) <= 1000),
    text_nl TEXT CHECK (text_nl IS NULL OR LENGTH(text_nl) <= 1000),
    text_fr TEXT CHECK (text_fr IS NULL OR LENGTH(text_fr) <= 1000),
    updated_at BIGINT NOT NULL
);
