-- 0016-admission: choosing among applications without names. The organisation sets a rubric
-- (criteria with weights, one scale); each application gets reviewers (a review row is the
-- assignment: a draft until submitted); the decision (accepted, waiting list, declined) has a
-- reason code and an optional note, and accepting makes the enrolment. A waiting-list offer
-- runs until offer_expires_at. Under the programme's consent age a guardian gives or refuses
-- consent through their own link; each act is kept with who, when and how.

ALTER TABLE app_forms ADD COLUMN scale_max INTEGER NOT NULL DEFAULT 5
    CHECK (scale_max BETWEEN 2 AND 10);
ALTER TABLE app_forms ADD COLUMN offer_days INTEGER NOT NULL DEFAULT 7
    CHECK (offer_days BETWEEN 1 AND 60);

CREATE TABLE app_criteria (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    position INTEGER NOT NULL,
    label_en TEXT,
    label_nl TEXT,
    label_fr TEXT,
    weight INTEGER NOT NULL DEFAULT 1 CHECK (weight BETWEEN 1 AND 100)
);
CREATE INDEX app_criteria_programme ON app_criteria (org_id, programme_id, position);

CREATE TABLE app_reviews (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    application_id BIGINT NOT NULL REFERENCES applications (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    comment TEXT,
    assigned_at BIGINT NOT NULL,
    submitted_at BIGINT,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (application_id, account_id)
);
CREATE INDEX app_reviews_account ON app_reviews (org_id, account_id);

CREATE TABLE app_scores (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    application_id BIGINT NOT NULL REFERENCES applications (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    criterion_id BIGINT NOT NULL REFERENCES app_criteria (id),
    score INTEGER NOT NULL,
    PRIMARY KEY (application_id, account_id, criterion_id)
);

ALTER TABLE applications ADD COLUMN reason TEXT;
ALTER TABLE applications ADD COLUMN reason_note TEXT;
ALTER TABLE applications ADD COLUMN decided_at BIGINT;
ALTER TABLE applications ADD COLUMN decided_by BIGINT REFERENCES accounts (id);
ALTER TABLE applications ADD COLUMN cohort_id BIGINT REFERENCES cohorts (id);
ALTER TABLE applications ADD COLUMN enrolment_id BIGINT REFERENCES enrolments (id);
ALTER TABLE applications ADD COLUMN waitlist_rank INTEGER;
ALTER TABLE applications ADD COLUMN offer_expires_at BIGINT;
ALTER TABLE applications ADD COLUMN guardian_name TEXT;
ALTER TABLE applications ADD COLUMN guardian_email TEXT;
ALTER TABLE applications ADD COLUMN consent TEXT
    CHECK (consent IN ('pending', 'given', 'refused', 'withdrawn'));
ALTER TABLE applications ADD COLUMN consent_token_hash TEXT;
CREATE UNIQUE INDEX applications_consent_token ON applications (consent_token_hash);
CREATE INDEX applications_offers ON applications (offer_expires_at);

-- more personal links to the same application, one per later mail (an offer, a decision);
-- like the first, only their SHA-256 is kept
CREATE TABLE app_links (
    token_hash TEXT NOT NULL PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    application_id BIGINT NOT NULL REFERENCES applications (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX app_links_application ON app_links (application_id);

-- an enrolment made from an application of a minor holds its seat until consent is given
ALTER TABLE enrolments ADD COLUMN waiting_consent INTEGER NOT NULL DEFAULT 0;

CREATE TABLE app_consent_events (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    application_id BIGINT NOT NULL REFERENCES applications (id),
    action TEXT NOT NULL CHECK (action IN ('given', 'refused', 'withdrawn')),
    by_name TEXT NOT NULL,
    via TEXT NOT NULL CHECK (via IN ('link', 'paper')),
    recorded_by BIGINT REFERENCES accounts (id),
    at BIGINT NOT NULL
);
CREATE INDEX app_consent_events_application ON app_consent_events (application_id);
