-- 0004-enrolments: learners' details on the person record and their enrolments in
-- cohorts. cohorts.enrolled counts the seats taken; it changes only in the same
-- transaction as an enrolment, through a conditional UPDATE that is the capacity check
-- (row-locked on PostgreSQL, serialised writers on SQLite): no overbooking.

ALTER TABLE people ADD COLUMN birth_date TEXT;
ALTER TABLE people ADD COLUMN phone TEXT;
ALTER TABLE people ADD COLUMN municipality TEXT;
ALTER TABLE people ADD COLUMN jobseeker INTEGER NOT NULL DEFAULT 0;

ALTER TABLE cohorts ADD COLUMN enrolled INTEGER NOT NULL DEFAULT 0;

CREATE TABLE enrolments (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    status TEXT NOT NULL DEFAULT 'enrolled'
        CHECK (status IN ('enrolled', 'withdrawn', 'completed', 'dropped_out')),
    enrolled_at BIGINT NOT NULL,
    ended_on TEXT,
    end_reason TEXT,
    UNIQUE (cohort_id, person_id)
);
CREATE INDEX enrolments_person ON enrolments (org_id, person_id);
