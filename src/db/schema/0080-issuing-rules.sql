-- 0080-issuing-rules: an achievement is issued without anyone's hand on completing a
-- programme (0060), and now also when an assessment records a competence level at or
-- above min_level ('level': competence_id, min_level) and when a learner becomes
-- certified in a programme ('certified': programme_id, the rule of domain/certified.h).
-- A credential says which rule issued it (via). A rule issues an achievement once per
-- learner: credentials_rule_once holds it when two assessments are recorded at once.
-- The achievement's texts get optional translations: name, description and criteria stay
-- the text the organisation writes (the default); name_en ... criteria_fr are read for a
-- learner whose language they are written in. model/credentials.c lists the keys of kind
-- and via; change both together.

{{PG}}
ALTER TABLE achievement_rules DROP CONSTRAINT achievement_rules_kind_check;
ALTER TABLE achievement_rules
    ADD CONSTRAINT achievement_rules_kind_check CHECK (kind IN ('completion', 'level', 'certified'));
ALTER TABLE achievement_rules ADD COLUMN competence_id BIGINT REFERENCES competences (id);
ALTER TABLE achievement_rules ADD COLUMN min_level INTEGER CHECK (min_level BETWEEN 1 AND 12);
ALTER TABLE achievement_rules ADD CONSTRAINT achievement_rules_level_check
    CHECK (kind <> 'level' OR (competence_id IS NOT NULL AND min_level IS NOT NULL));
ALTER TABLE achievement_rules ADD CONSTRAINT achievement_rules_certified_check
    CHECK (kind <> 'certified' OR programme_id IS NOT NULL);
ALTER TABLE credentials DROP CONSTRAINT credentials_via_check;
ALTER TABLE credentials ADD CONSTRAINT credentials_via_check
    CHECK (via IN ('hand', 'completion', 'level', 'certified'));
{{END}}
{{SQLITE}}
CREATE TABLE achievement_rules_next (
    id INTEGER PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    achievement_id BIGINT NOT NULL REFERENCES achievements (id),
    kind TEXT NOT NULL CHECK (kind IN ('completion', 'level', 'certified')),
    programme_id BIGINT REFERENCES programmes (id),
    created_at BIGINT NOT NULL,
    competence_id BIGINT REFERENCES competences (id),
    min_level INTEGER CHECK (min_level BETWEEN 1 AND 12),
    CHECK (kind <> 'completion' OR programme_id IS NOT NULL),
    CHECK (kind <> 'level' OR (competence_id IS NOT NULL AND min_level IS NOT NULL)),
    CHECK (kind <> 'certified' OR programme_id IS NOT NULL),
    UNIQUE (achievement_id, kind, programme_id)
);
INSERT INTO achievement_rules_next (id, org_id, achievement_id, kind, programme_id, created_at)
    SELECT id, org_id, achievement_id, kind, programme_id, created_at FROM achievement_rules;
DROP TABLE achievement_rules;
ALTER TABLE achievement_rules_next RENAME TO achievement_rules;
CREATE INDEX achievement_rules_programme ON achievement_rules (org_id, kind, programme_id);

CREATE TABLE credentials_next (
    id INTEGER PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    uid TEXT NOT NULL UNIQUE,
    achievement_id BIGINT NOT NULL REFERENCES achievements (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    enrolment_id BIGINT REFERENCES enrolments (id),
    via TEXT NOT NULL CHECK (via IN ('hand', 'completion', 'level', 'certified')),
    status_index INTEGER NOT NULL,
    kid TEXT NOT NULL,
    jwt TEXT NOT NULL,
    issued_by BIGINT REFERENCES accounts (id),
    issued_at BIGINT NOT NULL,
    valid_until BIGINT,
    revoked_at BIGINT,
    revoked_by BIGINT REFERENCES accounts (id),
    revoked_reason TEXT,
    UNIQUE (org_id, status_index)
);
INSERT INTO credentials_next SELECT id, org_id, uid, achievement_id, person_id, enrolment_id,
    via, status_index, kid, jwt, issued_by, issued_at, valid_until, revoked_at, revoked_by,
    revoked_reason FROM credentials;
DROP TABLE credentials;
ALTER TABLE credentials_next RENAME TO credentials;
CREATE INDEX credentials_person ON credentials (org_id, person_id);
CREATE INDEX credentials_achievement ON credentials (org_id, achievement_id);
{{END}}

CREATE UNIQUE INDEX achievement_rules_competence ON achievement_rules (achievement_id, competence_id)
    WHERE kind = 'level';
CREATE INDEX achievement_rules_level ON achievement_rules (org_id, kind, competence_id);
CREATE UNIQUE INDEX credentials_rule_once ON credentials (org_id, person_id, achievement_id)
    WHERE via IN ('level', 'certified');

ALTER TABLE achievements ADD COLUMN name_en TEXT;
ALTER TABLE achievements ADD COLUMN name_nl TEXT;
ALTER TABLE achievements ADD COLUMN name_fr TEXT;
ALTER TABLE achievements ADD COLUMN description_en TEXT;
ALTER TABLE achievements ADD COLUMN description_nl TEXT;
ALTER TABLE achievements ADD COLUMN description_fr TEXT;
ALTER TABLE achievements ADD COLUMN criteria_en TEXT;
ALTER TABLE achievements ADD COLUMN criteria_nl TEXT;
ALTER TABLE achievements ADD COLUMN criteria_fr TEXT;
