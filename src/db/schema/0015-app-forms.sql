-- 0015-app-forms: the settings of a programme's application form: when it takes
-- applications (NULL: no limit), how many reviews each application gets, and the age under
-- which a guardian's consent is needed (13: Belgium's age of digital consent).

CREATE TABLE app_forms (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    programme_id BIGINT NOT NULL PRIMARY KEY REFERENCES programmes (id),
    opens_at BIGINT,
    closes_at BIGINT,
    reviews_needed INTEGER NOT NULL DEFAULT 2 CHECK (reviews_needed BETWEEN 1 AND 10),
    consent_age INTEGER NOT NULL DEFAULT 13 CHECK (consent_age BETWEEN 0 AND 18),
    CHECK (closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at)
);
