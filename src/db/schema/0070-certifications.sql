-- 0070-certifications: vendor certifications. Each organisation keeps a catalogue of the
-- certifications its learners sit (name, vendor, exam code, how many months a pass stays
-- valid: 0 for a pass that does not expire); a programme requires a set of them; exam
-- attempts are recorded per learner (a person of the organisation). Whether a learner is
-- certified is not stored: domain/certified.c decides it from the attempts on the day.
-- model/certifications.c lists the keys of result and place; change both together.

CREATE TABLE certifications (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    vendor TEXT NOT NULL,
    exam_code TEXT NOT NULL,
    validity_months INTEGER NOT NULL DEFAULT 0 CHECK (validity_months >= 0),
    archived INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
-- exam codes are stored upper-case: one code, one certification, per organisation
CREATE UNIQUE INDEX certifications_code ON certifications (org_id, exam_code);
CREATE INDEX certifications_name ON certifications (org_id, name, id);

CREATE TABLE programme_certifications (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    certification_id BIGINT NOT NULL REFERENCES certifications (id),
    PRIMARY KEY (programme_id, certification_id)
);

CREATE TABLE exam_attempts (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    certification_id BIGINT NOT NULL REFERENCES certifications (id),
    taken_on TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('passed', 'failed')),
    -- the vendor's scaled score, 0 to 1000; NULL when not given
    score INTEGER CHECK (score >= 0 AND score <= 1000),
    place TEXT NOT NULL CHECK (place IN ('test_centre', 'online')),
    recorded_by BIGINT REFERENCES accounts (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX exam_attempts_person ON exam_attempts (org_id, person_id, taken_on);
