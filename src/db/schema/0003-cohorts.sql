-- 0003-cohorts: cohorts of a programme (dates, capacity, place, trainers) and their
-- training sessions (UTC seconds; shown in Europe/Brussels time).

CREATE TABLE cohorts (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    name TEXT NOT NULL,
    starts_on TEXT NOT NULL, -- YYYY-MM-DD, Brussels
    ends_on TEXT NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity >= 0),
    location_id BIGINT REFERENCES locations (id),
    created_at BIGINT NOT NULL,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX cohorts_programme ON cohorts (org_id, programme_id);

CREATE TABLE cohort_trainers (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    PRIMARY KEY (cohort_id, account_id)
);

CREATE TABLE training_sessions (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id),
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    location_id BIGINT REFERENCES locations (id),
    created_at BIGINT NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX training_sessions_cohort ON training_sessions (org_id, cohort_id, starts_at);
CREATE INDEX training_sessions_time ON training_sessions (org_id, starts_at);

-- The trainers of a session are those of its cohort unless set per session.
CREATE TABLE session_trainers (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    session_id BIGINT NOT NULL REFERENCES training_sessions (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    PRIMARY KEY (session_id, account_id)
);
