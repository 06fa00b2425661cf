-- 0045-privacy-notice: the privacy notice an organisation shows on its public forms (the
-- application form, the applicant's and the guardian's pages): who keeps the details, why,
-- how long, how to see, correct or erase them, written by its administrators in English,
-- Dutch and French. NULL in a language not written: the pages show traject's default text
-- in that language then. 4000 characters at most in each (PRIVACY_NOTICE_MAX in
-- model/intake.h; both change together).
CREATE TABLE privacy_notices (
    org_id BIGINT NOT NULL PRIMARY KEY REFERENCES organisations (id),
    text_en TEXT CHECK (text_en IS NULL OR LENGTH(text_en) <= 4000),
    text_nl TEXT CHECK (text_nl IS NULL OR LENGTH(text_nl) <= 4000),
    text_fr TEXT CHECK (text_fr IS NULL OR LENGTH(text_fr) <= 4000),
    updated_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES accounts (id)
);
