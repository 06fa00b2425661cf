-- 0110-resources: a library of learning resources. A resource belongs to the organisation
-- that publishes it: a video (a link, http or https) or a lesson plan, worksheet or slides
-- (an uploaded file, its type checked by its first bytes: domain/evidence.c), described by
-- its audience, language, age band, topic and competences. Who may see it: anyone
-- (public, listed in the catalogue at /resources across organisations), the members of
-- the organisation, or the learners of one programme (enrolled in one of its cohorts) and
-- the organisation's own people (domain/resources.c has the rule; the statements of
-- q/resources/ repeat it). Downloads and link opens are counted on the row.
-- model/resources.c lists the keys of kind, audience, lang, age_band and visibility;
-- change both together.

CREATE TABLE resources (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    kind TEXT NOT NULL CHECK (kind IN ('video', 'lesson_plan', 'worksheet', 'slides')),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL CHECK (audience IN ('learners', 'teachers', 'trainers')),
    lang TEXT NOT NULL CHECK (lang IN ('en', 'nl', 'fr', 'de', 'other')),
    age_band TEXT NOT NULL CHECK (age_band IN ('all', '6-9', '10-12', '13-15', '16-18', 'adults')),
    topic TEXT NOT NULL DEFAULT '',
    visibility TEXT NOT NULL CHECK (visibility IN ('public', 'members', 'programme')),
    programme_id BIGINT REFERENCES programmes (id), -- set for visibility 'programme' only
    url TEXT,       -- a video's link
    file_name TEXT, -- the others' file
    file_type TEXT,
    file_size BIGINT,
    file_data {{BLOB}},
    downloads BIGINT NOT NULL DEFAULT 0,
    created_by BIGINT REFERENCES accounts (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK ((visibility = 'programme') = (programme_id IS NOT NULL))
);
CREATE INDEX resources_org_title ON resources (org_id, title, id);
CREATE INDEX resources_org_created ON resources (org_id, created_at, id);
CREATE INDEX resources_public ON resources (visibility, title, id);
CREATE INDEX resources_programme ON resources (programme_id);

CREATE TABLE resource_competences (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    resource_id BIGINT NOT NULL REFERENCES resources (id),
    competence_id BIGINT NOT NULL REFERENCES competences (id),
    PRIMARY KEY (resource_id, competence_id)
);
CREATE INDEX resource_competences_competence ON resource_competences (competence_id);
