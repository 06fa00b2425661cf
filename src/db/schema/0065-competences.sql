-- 0065-competences: competence frameworks, programmes' target competences, assessments.
-- A framework shipped with traject (DigComp 2.2, 0066-digcomp.sql) has org_id NULL: every
-- organisation reads it, none changes it. An organisation's own frameworks carry its
-- org_id. Statements on frameworks read "shared or own": (org_id IS NULL OR org_id = $1),
-- and write only where org_id = $1. Titles: title is the text (English for shipped ones,
-- the organisation's own words for its frameworks); title_nl and title_fr when translated.

CREATE TABLE frameworks (
    id {{ID}},
    org_id BIGINT REFERENCES organisations (id), -- NULL: shipped and shared, read-only
    code TEXT UNIQUE,                             -- a shipped framework's stable name
    title TEXT NOT NULL,
    title_nl TEXT,
    title_fr TEXT,
    archived INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX frameworks_org ON frameworks (org_id, archived);

-- the level scale of a framework: 1 is the lowest
CREATE TABLE framework_levels (
    org_id BIGINT REFERENCES organisations (id),
    framework_id BIGINT NOT NULL REFERENCES frameworks (id),
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 12),
    title TEXT NOT NULL,
    title_nl TEXT,
    title_fr TEXT,
    PRIMARY KEY (framework_id, level)
);

CREATE TABLE competence_areas (
    id {{ID}},
    org_id BIGINT REFERENCES organisations (id),
    framework_id BIGINT NOT NULL REFERENCES frameworks (id),
    code TEXT,
    title TEXT NOT NULL,
    title_nl TEXT,
    title_fr TEXT,
    position INTEGER NOT NULL
);
CREATE INDEX competence_areas_framework ON competence_areas (framework_id, position);

CREATE TABLE competences (
    id {{ID}},
    org_id BIGINT REFERENCES organisations (id),
    framework_id BIGINT NOT NULL REFERENCES frameworks (id),
    area_id BIGINT NOT NULL REFERENCES competence_areas (id),
    code TEXT,
    title TEXT NOT NULL,
    title_nl TEXT,
    title_fr TEXT,
    position INTEGER NOT NULL
);
CREATE INDEX competences_framework ON competences (framework_id, area_id, position);

-- a programme's target competences and the level it aims at
CREATE TABLE programme_competences (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    competence_id BIGINT NOT NULL REFERENCES competences (id),
    level INTEGER NOT NULL,
    PRIMARY KEY (programme_id, competence_id)
);

-- A trainer's assessment of a person's level on a competence. Never updated: a later one
-- (by date, then by id) supersedes it, and the history stays. Evidence: a text, a link
-- and/or a file (PDF, PNG or JPEG, kept here so that a backup of the database holds it).
CREATE TABLE assessments (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    competence_id BIGINT NOT NULL REFERENCES competences (id),
    level INTEGER NOT NULL,
    assessed_on TEXT NOT NULL, -- YYYY-MM-DD, Brussels
    evidence_text TEXT,
    evidence_url TEXT,
    file_name TEXT,
    file_type TEXT,
    file_size BIGINT,
    file_data {{BLOB}},
    assessed_by BIGINT REFERENCES accounts (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX assessments_person ON assessments (org_id, person_id, competence_id, assessed_on);
