-- 0014-intake: a programme's application form (questions the organisation sets, some
-- of them about motivation) and the applications people send without an account. The
-- personal link an applicant receives is the credential: only its SHA-256 is kept.

CREATE TABLE app_questions (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('short', 'long', 'choice', 'yesno', 'date')),
    label_en TEXT,
    label_nl TEXT,
    label_fr TEXT,
    choices TEXT, -- one choice per line, for kind 'choice'
    required INTEGER NOT NULL DEFAULT 1,
    motivation INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX app_questions_programme ON app_questions (org_id, programme_id, position);

CREATE TABLE applications (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    status TEXT NOT NULL DEFAULT 'submitted'
        CHECK (status IN ('submitted', 'accepted', 'waitlisted', 'declined', 'withdrawn')),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT,
    birth_date TEXT NOT NULL,
    municipality TEXT,
    jobseeker INTEGER NOT NULL DEFAULT 0,
    lang TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX applications_programme ON applications (org_id, programme_id, status);

CREATE TABLE app_answers (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    application_id BIGINT NOT NULL REFERENCES applications (id),
    question_id BIGINT NOT NULL REFERENCES app_questions (id),
    value TEXT NOT NULL,
    PRIMARY KEY (application_id, question_id)
);
