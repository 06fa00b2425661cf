-- 0105-jobs: internships and jobs offered by partners, the learners who are candidates for
-- them, placements (a job, an internship, further training, the learner's own start-up) and
-- the follow-ups mailed at 3, 6 and 12 months after a cohort ends.
--
-- An offer belongs to the training organisation (org_id) and always names a partner
-- (partners, 0075). The partner's own organisation reaches offers and candidates only
-- through partners.partner_org_id, and sees a candidate only once agreed_at is set: a
-- learner who applies agrees at once; a staff proposal waits for the learner's agreement.
-- model/jobs.c lists the keys of contract, stage, origin, kind and situation; change both
-- together.

CREATE TABLE job_offers (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    partner_id BIGINT NOT NULL REFERENCES partners (id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    contract TEXT NOT NULL CHECK (contract IN ('internship', 'fixed_term', 'permanent',
        'apprenticeship', 'freelance')),
    places INTEGER NOT NULL CHECK (places >= 1),
    closes_on TEXT NOT NULL, -- YYYY-MM-DD, Brussels: the last day to apply
    workplace TEXT NOT NULL,
    created_by BIGINT REFERENCES accounts (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX job_offers_org ON job_offers (org_id, title, id);
CREATE INDEX job_offers_created ON job_offers (org_id, created_at, id);
CREATE INDEX job_offers_partner ON job_offers (partner_id, created_at);

CREATE TABLE job_offer_competences (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    offer_id BIGINT NOT NULL REFERENCES job_offers (id),
    competence_id BIGINT NOT NULL REFERENCES competences (id),
    PRIMARY KEY (offer_id, competence_id)
);

CREATE TABLE job_candidates (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    offer_id BIGINT NOT NULL REFERENCES job_offers (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    origin TEXT NOT NULL CHECK (origin IN ('applied', 'proposed')),
    stage TEXT NOT NULL DEFAULT 'proposed' CHECK (stage IN ('proposed', 'interview', 'offer',
        'hired', 'not_retained')),
    motivation TEXT NOT NULL DEFAULT '',
    agreed_at BIGINT, -- NULL: the partner does not see the candidate
    created_by BIGINT REFERENCES accounts (id),
    created_at BIGINT NOT NULL,
    stage_at BIGINT NOT NULL,
    UNIQUE (offer_id, person_id)
);
CREATE INDEX job_candidates_person ON job_candidates (person_id);

CREATE TABLE job_placements (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    kind TEXT NOT NULL CHECK (kind IN ('job', 'internship', 'training', 'own_business')),
    employer TEXT NOT NULL,
    starts_on TEXT NOT NULL, -- YYYY-MM-DD
    ends_on TEXT,            -- NULL: open-ended
    contract TEXT NOT NULL DEFAULT '',
    hours INTEGER, -- per week; NULL: not said
    candidate_id BIGINT UNIQUE REFERENCES job_candidates (id),
    created_by BIGINT REFERENCES accounts (id),
    created_at BIGINT NOT NULL,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX job_placements_org ON job_placements (org_id, created_at, id);
CREATE INDEX job_placements_person ON job_placements (org_id, person_id, starts_on);

-- One row per learner, cohort and milestone (3, 6 or 12 months after the cohort's end):
-- inserting it claims the mail, so it is sent once however many servers run. Only the
-- SHA-256 of the personal link's token is kept.
CREATE TABLE job_followups (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id),
    months INTEGER NOT NULL CHECK (months IN (3, 6, 12)),
    token_hash TEXT NOT NULL UNIQUE,
    sent_at BIGINT NOT NULL,
    answered_at BIGINT,
    still_there INTEGER,
    situation TEXT CHECK (situation IN ('job', 'internship', 'training', 'own_business',
        'looking', 'other')),
    may_count INTEGER,
    UNIQUE (cohort_id, person_id, months)
);
CREATE INDEX job_followups_org ON job_followups (org_id, sent_at, id);
