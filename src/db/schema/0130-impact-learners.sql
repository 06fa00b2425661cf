-- 0130-impact-learners: the impact reports at the scale of a region (a million learners).
-- A report counts people: reached (ever enrolled), trained (an enrolment completed), and
-- breaks them down by what their first enrolment says: when, their age when their first
-- cohort started, where they live, the province they were trained in, their gender and
-- language, the kind of programme and the group it is for. Measured on an organisation of 200,000 learners (of a
-- million): reading its enrolments and following each learner in C took 1.7 s of CPU (8 s
-- on a busy machine); an indexed GROUP BY over the enrolments, joined to people, cohorts and
-- places, 0.5 to 0.9 s of CPU, most of it looking up a million people at random. So each
-- learner's first enrolment is kept here, once per programme and once for the whole
-- organisation (programme_id 0), with whether one of their enrolments was completed and
-- what the breakdowns read, so that a report is one GROUP BY over one index, with no join,
-- and whether they have a passed exam or a placement (the few a report decides in C).
-- The triggers below rewrite the rows in the same transaction as every change to what they
-- hold (an enrolment; a placement; an exam attempt; a person's birth date, municipality,
-- gender, language or account; an account's language; a cohort's first day or place; a
-- place's province; a programme's kind or group), so the rows are always exactly what the records
-- say. A cohort never changes programme (no page does it): a trigger refuses it.

-- A report reads the rows of one organisation and programme, by time: SQLite keeps them in
-- that order (a table without rowid), PostgreSQL in an index that holds every column read.
{{SQLITE}}
CREATE TABLE impact_learners (
    org_id BIGINT NOT NULL,
    programme_id BIGINT NOT NULL, -- 0: across the organisation's programmes
    person_id BIGINT NOT NULL,
    cohort_id BIGINT NOT NULL,    -- of the first enrolment (by time, then id)
    started_at BIGINT NOT NULL,   -- the first enrolment's enrolled_at
    completed INTEGER NOT NULL,   -- 1: one of the enrolments counted was completed
    -- 1: the person has a passed exam or a placement, whose certification or placement the
    -- report decides (flows/impact/report.c)
    decided INTEGER NOT NULL DEFAULT 0,
    -- what the breakdowns read, "" when not known: the age in years on the first cohort's
    -- first day, the person's municipality, gender and language (theirs, else their
    -- account's), the first cohort's province and its programme's kind, group and id
    age TEXT NOT NULL DEFAULT '',
    municipality TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT '',
    first_programme_id BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (org_id, programme_id, started_at, person_id)
) WITHOUT ROWID;
{{END}}
{{PG}}
CREATE TABLE impact_learners (
    org_id BIGINT NOT NULL,
    programme_id BIGINT NOT NULL, -- 0: across the organisation's programmes
    person_id BIGINT NOT NULL,
    cohort_id BIGINT NOT NULL,    -- of the first enrolment (by time, then id)
    started_at BIGINT NOT NULL,   -- the first enrolment's enrolled_at
    completed INTEGER NOT NULL,   -- 1: one of the enrolments counted was completed
    -- 1: the person has a passed exam or a placement, whose certification or placement the
    -- report decides (flows/impact/report.c)
    decided INTEGER NOT NULL DEFAULT 0,
    -- what the breakdowns read, "" when not known: the age in years on the first cohort's
    -- first day, the person's municipality, gender and language (theirs, else their
    -- account's), the first cohort's province and its programme's kind, group and id
    age TEXT NOT NULL DEFAULT '',
    municipality TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT '',
    first_programme_id BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX impact_learners_started ON impact_learners (org_id, programme_id, started_at)
    INCLUDE (person_id, completed, decided, age, municipality, gender, lang, province, kind,
             audience, first_programme_id);
{{END}}
CREATE UNIQUE INDEX impact_learners_person ON impact_learners (person_id, programme_id);
CREATE INDEX impact_learners_cohort ON impact_learners (cohort_id);

INSERT INTO impact_learners (org_id, programme_id, person_id, cohort_id, started_at, completed)
    SELECT e.org_id, 0, e.person_id, e.cohort_id, e.enrolled_at,
           CASE WHEN EXISTS (SELECT 1 FROM enrolments d WHERE d.org_id = e.org_id
                             AND d.person_id = e.person_id AND d.status = 'completed')
                THEN 1 ELSE 0 END
    FROM enrolments e WHERE NOT EXISTS (SELECT 1 FROM enrolments x WHERE x.org_id = e.org_id
        AND x.person_id = e.person_id AND (x.enrolled_at < e.enrolled_at
        OR (x.enrolled_at = e.enrolled_at AND x.id < e.id)));
INSERT INTO impact_learners (org_id, programme_id, person_id, cohort_id, started_at, completed)
    SELECT e.org_id, c.programme_id, e.person_id, e.cohort_id, e.enrolled_at,
           CASE WHEN EXISTS (SELECT 1 FROM enrolments d JOIN cohorts dc ON dc.id = d.cohort_id
                             WHERE d.org_id = e.org_id AND d.person_id = e.person_id
                             AND dc.programme_id = c.programme_id AND d.status = 'completed')
                THEN 1 ELSE 0 END
    FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id AND c.org_id = e.org_id
    WHERE NOT EXISTS (SELECT 1 FROM enrolments x JOIN cohorts xc ON xc.id = x.cohort_id
        WHERE x.org_id = e.org_id AND x.person_id = e.person_id
        AND xc.programme_id = c.programme_id AND (x.enrolled_at < e.enrolled_at
        OR (x.enrolled_at = e.enrolled_at AND x.id < e.id)));
UPDATE impact_learners SET
    age = COALESCE((SELECT CASE WHEN length(p.birth_date) = 10 AND p.birth_date <= c.starts_on THEN CAST(CAST(substr(c.starts_on, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER) - CASE WHEN substr(c.starts_on, 6, 5) < substr(p.birth_date, 6, 5) THEN 1 ELSE 0 END AS TEXT) ELSE '' END
        FROM people p, cohorts c WHERE p.id = impact_learners.person_id
        AND c.id = impact_learners.cohort_id), ''),
    municipality = COALESCE((SELECT p.municipality FROM people p
        WHERE p.id = impact_learners.person_id), ''),
    gender = COALESCE((SELECT p.gender FROM people p WHERE p.id = impact_learners.person_id), ''),
    lang = COALESCE((SELECT COALESCE(p.lang, a.lang) FROM people p
        LEFT JOIN accounts a ON a.id = p.account_id WHERE p.id = impact_learners.person_id), ''),
    province = COALESCE((SELECT l.province FROM cohorts c JOIN locations l ON l.id = c.location_id
        WHERE c.id = impact_learners.cohort_id), ''),
    kind = COALESCE((SELECT g.kind FROM cohorts c JOIN programmes g ON g.id = c.programme_id
        WHERE c.id = impact_learners.cohort_id), ''),
    audience = COALESCE((SELECT g.audience FROM cohorts c JOIN programmes g ON g.id = c.programme_id
        WHERE c.id = impact_learners.cohort_id), ''),
    first_programme_id = COALESCE((SELECT c.programme_id FROM cohorts c
        WHERE c.id = impact_learners.cohort_id), 0),
    decided = CASE WHEN EXISTS (SELECT 1 FROM job_placements j
        WHERE j.org_id = impact_learners.org_id AND j.person_id = impact_learners.person_id)
        OR EXISTS (SELECT 1 FROM exam_attempts x WHERE x.org_id = impact_learners.org_id
        AND x.person_id = impact_learners.person_id AND x.result = 'passed') THEN 1 ELSE 0 END
    WHERE 1 = 1;

{{SQLITE}}
CREATE TRIGGER impact_learners_insert AFTER INSERT ON enrolments
BEGIN
    DELETE FROM impact_learners WHERE org_id = NEW.org_id AND person_id = NEW.person_id
        AND programme_id IN (0, (SELECT programme_id FROM cohorts WHERE id = NEW.cohort_id));
    INSERT INTO impact_learners (org_id, programme_id, person_id, cohort_id, started_at, completed)
        SELECT e.org_id, 0, e.person_id, e.cohort_id, e.enrolled_at,
               EXISTS (SELECT 1 FROM enrolments d WHERE d.org_id = e.org_id
                       AND d.person_id = e.person_id AND d.status = 'completed')
        FROM enrolments e WHERE e.org_id = NEW.org_id AND e.person_id = NEW.person_id
        ORDER BY e.enrolled_at, e.id LIMIT 1;
    INSERT INTO impact_learners (org_id, programme_id, person_id, cohort_id, started_at, completed)
        SELECT e.org_id, c.programme_id, e.person_id, e.cohort_id, e.enrolled_at,
               EXISTS (SELECT 1 FROM enrolments d JOIN cohorts dc ON dc.id = d.cohort_id
                       WHERE d.org_id = e.org_id AND d.person_id = e.person_id
                       AND dc.programme_id = c.programme_id AND d.status = 'completed')
        FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id AND c.org_id = e.org_id
        WHERE e.org_id = NEW.org_id AND e.person_id = NEW.person_id AND c.programme_id = (SELECT programme_id FROM cohorts WHERE id = NEW.cohort_id)
        ORDER BY e.enrolled_at, e.id LIMIT 1;
    UPDATE impact_learners SET
        age = COALESCE((SELECT CASE WHEN length(p.birth_date) = 10 AND p.birth_date <= c.starts_on THEN CAST(CAST(substr(c.starts_on, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER) - CASE WHEN substr(c.starts_on, 6, 5) < substr(p.birth_date, 6, 5) THEN 1 ELSE 0 END AS TEXT) ELSE '' END
            FROM people p, cohorts c WHERE p.id = impact_learners.person_id
            AND c.id = impact_learners.cohort_id), ''),
        municipality = COALESCE((SELECT p.municipality FROM people p
            WHERE p.id = impact_learners.person_id), ''),
        gender = COALESCE((SELECT p.gender FROM people p WHERE p.id = impact_learners.person_id), ''),
        lang = COALESCE((SELECT COALESCE(p.lang, a.lang) FROM people p
            LEFT JOIN accounts a ON a.id = p.account_id WHERE p.id = impact_learners.person_id), ''),
        province = COALESCE((SELECT l.province FROM cohorts c JOIN locations l ON l.id = c.location_id
            WHERE c.id = impact_learners.cohort_id), ''),
        kind = COALESCE((SELECT g.kind FROM cohorts c JOIN programmes g ON g.id = c.programme_id
            WHERE c.id = impact_learners.cohort_id), ''),
        audience = COALESCE((SELECT g.audience FROM cohorts c JOIN programmes g ON g.id = c.programme_id
            WHERE c.id = impact_learners.cohort_id), ''),
        first_programme_id = COALESCE((SELECT c.programme_id FROM cohorts c
            WHERE c.id = impact_learners.cohort_id), 0),
        decided = CASE WHEN EXISTS (SELECT 1 FROM job_placements j
            WHERE j.org_id = impact_learners.org_id AND j.person_id = impact_learners.person_id)
            OR EXISTS (SELECT 1 FROM exam_attempts x WHERE x.org_id = impact_learners.org_id
            AND x.person_id = impact_learners.person_id AND x.result = 'passed') THEN 1 ELSE 0 END
        WHERE org_id = NEW.org_id AND person_id = NEW.person_id;
END;
CREATE TRIGGER impact_learners_update AFTER UPDATE OF org_id, cohort_id, person_id, status,
    enrolled_at ON enrolments
BEGIN
    DELETE FROM impact_learners WHERE org_id = OLD.org_id AND person_id = OLD.person_id
        AND programme_id IN (0, (SELECT programme_id FROM cohorts WHERE id = OLD.cohort_id));
    INSERT INTO impact_learners (org_id, programme_id, person_id, cohort_id, started_at, completed)
        SELECT e.org_id, 0, e.person_id, e.cohort_id, e.enrolled_at,
               EXISTS (SELECT 1 FROM enrolments d WHERE d.org_id = e.org_id
                       AND d.person_id = e.person_id AND d.status = 'completed')
        FROM enrolments e WHERE e.org_id = OLD.org_id AND e.person_id = OLD.person_id
        ORDER BY e.enrolled_at, e.id LIMIT 1;
    INSERT INTO impact_learners (org_id, programme_id, person_id, cohort_id, started_at, completed)
        SELECT e.org_id, c.programme_id, e.person_id, e.cohort_id, e.enrolled_at,
               EXISTS (SELECT 1 FROM enrolments d JOIN cohorts dc ON dc.id = d.cohort_id
                       WHERE d.org_id = e.org_id AND d.person_id = e.person_id
                       AND dc.programme_id = c.programme_id AND d.status = 'completed')
        FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id AND c.org_id = e.org_id
        WHERE e.org_id = OLD.org_id AND e.person_id = OLD.person_id AND c.programme_id = (SELECT programme_id FROM cohorts WHERE id = OLD.cohort_id)
        ORDER BY e.enrolled_at, e.id LIMIT 1;
    UPDATE impact_learners SET
        age = COALESCE((SELECT CASE WHEN length(p.birth_date) = 10 AND p.birth_date <= c.starts_on THEN CAST(CAST(substr(c.starts_on, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER) - CASE WHEN substr(c.starts_on, 6, 5) < substr(p.birth_date, 6, 5) THEN 1 ELSE 0 END AS TEXT) ELSE '' END
            FROM people p, cohorts c WHERE p.id = impact_learners.person_id
            AND c.id = impact_learners.cohort_id), ''),
        municipality = COALESCE((SELECT p.municipality FROM people p
            WHERE p.id = impact_learners.person_id), ''),
        gender = COALESCE((SELECT p.gender FROM people p WHERE p.id = impact_learners.person_id), ''),
        lang = COALESCE((SELECT COALESCE(p.lang, a.lang) FROM people p
            LEFT JOIN accounts a ON a.id = p.account_id WHERE p.id = impact_learners.person_id), ''),
        province = COALESCE((SELECT l.province FROM cohorts c JOIN locations l ON l.id = c.location_id
            WHERE c.id = impact_learners.cohort_id), ''),
        kind = COALESCE((SELECT g.kind FROM cohorts c JOIN programmes g ON g.id = c.programme_id
            WHERE c.id = impact_learners.cohort_id), ''),
        audience = COALESCE((SELECT g.audience FROM cohorts c JOIN programmes g ON g.id = c.programme_id
            WHERE c.id = impact_learners.cohort_id), ''),
        first_programme_id = COALESCE((SELECT c.programme_id FROM cohorts c
            WHERE c.id = impact_learners.cohort_id), 0),
        decided = CASE WHEN EXISTS (SELECT 1 FROM job_placements j
            WHERE j.org_id = impact_learners.org_id AND j.person_id = impact_learners.person_id)
            OR EXISTS (SELECT 1 FROM exam_attempts x WHERE x.org_id = impact_learners.org_id
            AND x.person_id = impact_learners.person_id AND x.result = 'passed') THEN 1 ELSE 0 END
        WHERE org_id = OLD.org_id AND person_id = OLD.person_id;
    DELETE FROM impact_learners WHERE org_id = NEW.org_id AND person_id = NEW.person_id
        AND programme_id IN (0, (SELECT programme_id FROM cohorts WHERE id = NEW.cohort_id));
    INSERT INTO impact_learners (org_id, programme_id, person_id, cohort_id, started_at, completed)
        SELECT e.org_id, 0, e.person_id, e.cohort_id, e.enrolled_at,
               EXISTS (SELECT 1 FROM enrolments d WHERE d.org_id = e.org_id
                       AND d.person_id = e.person_id AND d.status = 'completed')
        FROM enrolments e WHERE e.org_id = NEW.org_id AND e.person_id = NEW.person_id
        ORDER BY e.enrolled_at, e.id LIMIT 1;
    INSERT INTO impact_learners (org_id, programme_id, person_id, cohort_id, started_at, completed)
        SELECT e.org_id, c.programme_id, e.person_id, e.cohort_id, e.enrolled_at,
               EXISTS (SELECT 1 FROM enrolments d JOIN cohorts dc ON dc.id = d.cohort_id
                       WHERE d.org_id = e.org_id AND d.person_id = e.person_id
                       AND dc.programme_id = c.programme_id AND d.status = 'completed')
        FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id AND c.org_id = e.org_id
        WHERE e.org_id = NEW.org_id AND e.person_id = NEW.person_id AND c.programme_id = (SELECT programme_id FROM cohorts WHERE id = NEW.cohort_id)
        ORDER BY e.enrolled_at, e.id LIMIT 1;
    UPDATE impact_learners SET
        age = COALESCE((SELECT CASE WHEN length(p.birth_date) = 10 AND p.birth_date <= c.starts_on THEN CAST(CAST(substr(c.starts_on, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER) - CASE WHEN substr(c.starts_on, 6, 5) < substr(p.birth_date, 6, 5) THEN 1 ELSE 0 END AS TEXT) ELSE '' END
            FROM people p, cohorts c WHERE p.id = impact_learners.person_id
            AND c.id = impact_learners.cohort_id), ''),
        municipality = COALESCE((SELECT p.municipality FROM people p
            WHERE p.id = impact_learners.person_id), ''),
        gender = COALESCE((SELECT p.gender FROM people p WHERE p.id = impact_learners.person_id), ''),
        lang = COALESCE((SELECT COALESCE(p.lang, a.lang) FROM people p
            LEFT JOIN accounts a ON a.id = p.account_id WHERE p.id = impact_learners.person_id), ''),
        province = COALESCE((SELECT l.province FROM cohorts c JOIN locations l ON l.id = c.location_id
            WHERE c.id = impact_learners.cohort_id), ''),
        kind = COALESCE((SELECT g.kind FROM cohorts c JOIN programmes g ON g.id = c.programme_id
            WHERE c.id = impact_learners.cohort_id), ''),
        audience = COALESCE((SELECT g.audience FROM cohorts c JOIN programmes g ON g.id = c.programme_id
            WHERE c.id = impact_learners.cohort_id), ''),
        first_programme_id = COALESCE((SELECT c.programme_id FROM cohorts c
            WHERE c.id = impact_learners.cohort_id), 0),
        decided = CASE WHEN EXISTS (SELECT 1 FROM job_placements j
            WHERE j.org_id = impact_learners.org_id AND j.person_id = impact_learners.person_id)
            OR EXISTS (SELECT 1 FROM exam_attempts x WHERE x.org_id = impact_learners.org_id
            AND x.person_id = impact_learners.person_id AND x.result = 'passed') THEN 1 ELSE 0 END
        WHERE org_id = NEW.org_id AND person_id = NEW.person_id;
END;
CREATE TRIGGER impact_learners_delete AFTER DELETE ON enrolments
BEGIN
    DELETE FROM impact_learners WHERE org_id = OLD.org_id AND person_id = OLD.person_id
        AND programme_id IN (0, (SELECT programme_id FROM cohorts WHERE id = OLD.cohort_id));
    INSERT INTO impact_learners (org_id, programme_id, person_id, cohort_id, started_at, completed)
        SELECT e.org_id, 0, e.person_id, e.cohort_id, e.enrolled_at,
               EXISTS (SELECT 1 FROM enrolments d WHERE d.org_id = e.org_id
                       AND d.person_id = e.person_id AND d.status = 'completed')
        FROM enrolments e WHERE e.org_id = OLD.org_id AND e.person_id = OLD.person_id
        ORDER BY e.enrolled_at, e.id LIMIT 1;
    INSERT INTO impact_learners (org_id, programme_id, person_id, cohort_id, started_at, completed)
        SELECT e.org_id, c.programme_id, e.person_id, e.cohort_id, e.enrolled_at,
               EXISTS (SELECT 1 FROM enrolments d JOIN cohorts dc ON dc.id = d.cohort_id
                       WHERE d.org_id = e.org_id AND d.person_id = e.person_id
                       AND dc.programme_id = c.programme_id AND d.status = 'completed')
        FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id AND c.org_id = e.org_id
        WHERE e.org_id = OLD.org_id AND e.person_id = OLD.person_id AND c.programme_id = (SELECT programme_id FROM cohorts WHERE id = OLD.cohort_id)
        ORDER BY e.enrolled_at, e.id LIMIT 1;
    UPDATE impact_learners SET
        age = COALESCE((SELECT CASE WHEN length(p.birth_date) = 10 AND p.birth_date <= c.starts_on THEN CAST(CAST(substr(c.starts_on, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER) - CASE WHEN substr(c.starts_on, 6, 5) < substr(p.birth_date, 6, 5) THEN 1 ELSE 0 END AS TEXT) ELSE '' END
            FROM people p, cohorts c WHERE p.id = impact_learners.person_id
            AND c.id = impact_learners.cohort_id), ''),
        municipality = COALESCE((SELECT p.municipality FROM people p
            WHERE p.id = impact_learners.person_id), ''),
        gender = COALESCE((SELECT p.gender FROM people p WHERE p.id = impact_learners.person_id), ''),
        lang = COALESCE((SELECT COALESCE(p.lang, a.lang) FROM people p
            LEFT JOIN accounts a ON a.id = p.account_id WHERE p.id = impact_learners.person_id), ''),
        province = COALESCE((SELECT l.province FROM cohorts c JOIN locations l ON l.id = c.location_id
            WHERE c.id = impact_learners.cohort_id), ''),
        kind = COALESCE((SELECT g.kind FROM cohorts c JOIN programmes g ON g.id = c.programme_id
            WHERE c.id = impact_learners.cohort_id), ''),
        audience = COALESCE((SELECT g.audience FROM cohorts c JOIN programmes g ON g.id = c.programme_id
            WHERE c.id = impact_learners.cohort_id), ''),
        first_programme_id = COALESCE((SELECT c.programme_id FROM cohorts c
            WHERE c.id = impact_learners.cohort_id), 0),
        decided = CASE WHEN EXISTS (SELECT 1 FROM job_placements j
            WHERE j.org_id = impact_learners.org_id AND j.person_id = impact_learners.person_id)
            OR EXISTS (SELECT 1 FROM exam_attempts x WHERE x.org_id = impact_learners.org_id
            AND x.person_id = impact_learners.person_id AND x.result = 'passed') THEN 1 ELSE 0 END
        WHERE org_id = OLD.org_id AND person_id = OLD.person_id;
END;
CREATE TRIGGER impact_learners_job_placements_insert AFTER INSERT ON job_placements
BEGIN
    UPDATE impact_learners SET
        decided = CASE WHEN EXISTS (SELECT 1 FROM job_placements j
            WHERE j.org_id = impact_learners.org_id AND j.person_id = impact_learners.person_id)
            OR EXISTS (SELECT 1 FROM exam_attempts x WHERE x.org_id = impact_learners.org_id
            AND x.person_id = impact_learners.person_id AND x.result = 'passed') THEN 1 ELSE 0 END
        WHERE person_id IN (NEW.person_id);
END;
CREATE TRIGGER impact_learners_job_placements_update AFTER UPDATE ON job_placements
BEGIN
    UPDATE impact_learners SET
        decided = CASE WHEN EXISTS (SELECT 1 FROM job_placements j
            WHERE j.org_id = impact_learners.org_id AND j.person_id = impact_learners.person_id)
            OR EXISTS (SELECT 1 FROM exam_attempts x WHERE x.org_id = impact_learners.org_id
            AND x.person_id = impact_learners.person_id AND x.result = 'passed') THEN 1 ELSE 0 END
        WHERE person_id IN (NEW.person_id, OLD.person_id);
END;
CREATE TRIGGER impact_learners_job_placements_delete AFTER DELETE ON job_placements
BEGIN
    UPDATE impact_learners SET
        decided = CASE WHEN EXISTS (SELECT 1 FROM job_placements j
            WHERE j.org_id = impact_learners.org_id AND j.person_id = impact_learners.person_id)
            OR EXISTS (SELECT 1 FROM exam_attempts x WHERE x.org_id = impact_learners.org_id
            AND x.person_id = impact_learners.person_id AND x.result = 'passed') THEN 1 ELSE 0 END
        WHERE person_id IN (OLD.person_id);
END;
CREATE TRIGGER impact_learners_exam_attempts_insert AFTER INSERT ON exam_attempts
BEGIN
    UPDATE impact_learners SET
        decided = CASE WHEN EXISTS (SELECT 1 FROM job_placements j
            WHERE j.org_id = impact_learners.org_id AND j.person_id = impact_learners.person_id)
            OR EXISTS (SELECT 1 FROM exam_attempts x WHERE x.org_id = impact_learners.org_id
            AND x.person_id = impact_learners.person_id AND x.result = 'passed') THEN 1 ELSE 0 END
        WHERE person_id IN (NEW.person_id);
END;
CREATE TRIGGER impact_learners_exam_attempts_update AFTER UPDATE ON exam_attempts
BEGIN
    UPDATE impact_learners SET
        decided = CASE WHEN EXISTS (SELECT 1 FROM job_placements j
            WHERE j.org_id = impact_learners.org_id AND j.person_id = impact_learners.person_id)
            OR EXISTS (SELECT 1 FROM exam_attempts x WHERE x.org_id = impact_learners.org_id
            AND x.person_id = impact_learners.person_id AND x.result = 'passed') THEN 1 ELSE 0 END
        WHERE person_id IN (NEW.person_id, OLD.person_id);
END;
CREATE TRIGGER impact_learners_exam_attempts_delete AFTER DELETE ON exam_attempts
BEGIN
    UPDATE impact_learners SET
        decided = CASE WHEN EXISTS (SELECT 1 FROM job_placements j
            WHERE j.org_id = impact_learners.org_id AND j.person_id = impact_learners.person_id)
            OR EXISTS (SELECT 1 FROM exam_attempts x WHERE x.org_id = impact_learners.org_id
            AND x.person_id = impact_learners.person_id AND x.result = 'passed') THEN 1 ELSE 0 END
        WHERE person_id IN (OLD.person_id);
END;
CREATE TRIGGER impact_learners_people AFTER UPDATE OF birth_date, municipality, gender, lang, account_id ON people
BEGIN
    UPDATE impact_learners SET
        age = COALESCE((SELECT CASE WHEN length(p.birth_date) = 10 AND p.birth_date <= c.starts_on THEN CAST(CAST(substr(c.starts_on, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER) - CASE WHEN substr(c.starts_on, 6, 5) < substr(p.birth_date, 6, 5) THEN 1 ELSE 0 END AS TEXT) ELSE '' END
            FROM people p, cohorts c WHERE p.id = impact_learners.person_id
            AND c.id = impact_learners.cohort_id), ''),
        municipality = COALESCE((SELECT p.municipality FROM people p
            WHERE p.id = impact_learners.person_id), ''),
        gender = COALESCE((SELECT p.gender FROM people p WHERE p.id = impact_learners.person_id), ''),
        lang = COALESCE((SELECT COALESCE(p.lang, a.lang) FROM people p
            LEFT JOIN accounts a ON a.id = p.account_id WHERE p.id = impact_learners.person_id), '')
        WHERE person_id = NEW.id;
END;
CREATE TRIGGER impact_learners_accounts AFTER UPDATE OF lang ON accounts
BEGIN
    UPDATE impact_learners SET
        lang = COALESCE((SELECT COALESCE(p.lang, a.lang) FROM people p
            LEFT JOIN accounts a ON a.id = p.account_id WHERE p.id = impact_learners.person_id), '')
        WHERE person_id IN (SELECT id FROM people WHERE account_id = NEW.id);
END;
CREATE TRIGGER impact_learners_cohorts AFTER UPDATE OF starts_on, location_id ON cohorts
BEGIN
    UPDATE impact_learners SET
        age = COALESCE((SELECT CASE WHEN length(p.birth_date) = 10 AND p.birth_date <= c.starts_on THEN CAST(CAST(substr(c.starts_on, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER) - CASE WHEN substr(c.starts_on, 6, 5) < substr(p.birth_date, 6, 5) THEN 1 ELSE 0 END AS TEXT) ELSE '' END
            FROM people p, cohorts c WHERE p.id = impact_learners.person_id
            AND c.id = impact_learners.cohort_id), ''),
        province = COALESCE((SELECT l.province FROM cohorts c JOIN locations l ON l.id = c.location_id
            WHERE c.id = impact_learners.cohort_id), '')
        WHERE cohort_id = NEW.id;
END;
CREATE TRIGGER impact_learners_locations AFTER UPDATE OF province ON locations
BEGIN
    UPDATE impact_learners SET
        province = COALESCE((SELECT l.province FROM cohorts c JOIN locations l ON l.id = c.location_id
            WHERE c.id = impact_learners.cohort_id), '')
        WHERE cohort_id IN (SELECT id FROM cohorts WHERE location_id = NEW.id);
END;
CREATE TRIGGER impact_learners_programmes AFTER UPDATE OF kind, audience ON programmes
BEGIN
    UPDATE impact_learners SET
        kind = COALESCE((SELECT g.kind FROM cohorts c JOIN programmes g ON g.id = c.programme_id
            WHERE c.id = impact_learners.cohort_id), ''),
        audience = COALESCE((SELECT g.audience FROM cohorts c JOIN programmes g ON g.id = c.programme_id
            WHERE c.id = impact_learners.cohort_id), '')
        WHERE cohort_id IN (SELECT id FROM cohorts WHERE programme_id = NEW.id);
END;
CREATE TRIGGER impact_learners_cohort_programme BEFORE UPDATE OF programme_id ON cohorts
    WHEN OLD.programme_id <> NEW.programme_id
BEGIN
    SELECT RAISE(ABORT, 'a cohort stays in its programme');
END;
{{END}}
{{PG}}
CREATE FUNCTION impact_learner_refresh(in_org BIGINT, in_person BIGINT, in_programme BIGINT) RETURNS void
LANGUAGE sql AS $$
    DELETE FROM impact_learners WHERE org_id = in_org AND person_id = in_person
        AND programme_id IN (0, in_programme);
    INSERT INTO impact_learners (org_id, programme_id, person_id, cohort_id, started_at, completed)
        SELECT e.org_id, 0, e.person_id, e.cohort_id, e.enrolled_at,
               CASE WHEN EXISTS (SELECT 1 FROM enrolments d WHERE d.org_id = e.org_id
                                 AND d.person_id = e.person_id AND d.status = 'completed')
                    THEN 1 ELSE 0 END
        FROM enrolments e WHERE e.org_id = in_org AND e.person_id = in_person
        ORDER BY e.enrolled_at, e.id LIMIT 1;
    INSERT INTO impact_learners (org_id, programme_id, person_id, cohort_id, started_at, completed)
        SELECT e.org_id, c.programme_id, e.person_id, e.cohort_id, e.enrolled_at,
               CASE WHEN EXISTS (SELECT 1 FROM enrolments d JOIN cohorts dc ON dc.id = d.cohort_id
                                 WHERE d.org_id = e.org_id AND d.person_id = e.person_id
                                 AND dc.programme_id = c.programme_id AND d.status = 'completed')
                    THEN 1 ELSE 0 END
        FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id AND c.org_id = e.org_id
        WHERE e.org_id = in_org AND e.person_id = in_person AND c.programme_id = in_programme
        ORDER BY e.enrolled_at, e.id LIMIT 1;
    UPDATE impact_learners SET
        age = COALESCE((SELECT CASE WHEN length(p.birth_date) = 10 AND p.birth_date <= c.starts_on THEN CAST(CAST(substr(c.starts_on, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER) - CASE WHEN substr(c.starts_on, 6, 5) < substr(p.birth_date, 6, 5) THEN 1 ELSE 0 END AS TEXT) ELSE '' END
            FROM people p, cohorts c WHERE p.id = impact_learners.person_id
            AND c.id = impact_learners.cohort_id), ''),
        municipality = COALESCE((SELECT p.municipality FROM people p
            WHERE p.id = impact_learners.person_id), ''),
        gender = COALESCE((SELECT p.gender FROM people p WHERE p.id = impact_learners.person_id), ''),
        lang = COALESCE((SELECT COALESCE(p.lang, a.lang) FROM people p
            LEFT JOIN accounts a ON a.id = p.account_id WHERE p.id = impact_learners.person_id), ''),
        province = COALESCE((SELECT l.province FROM cohorts c JOIN locations l ON l.id = c.location_id
            WHERE c.id = impact_learners.cohort_id), ''),
        kind = COALESCE((SELECT g.kind FROM cohorts c JOIN programmes g ON g.id = c.programme_id
            WHERE c.id = impact_learners.cohort_id), ''),
        audience = COALESCE((SELECT g.audience FROM cohorts c JOIN programmes g ON g.id = c.programme_id
            WHERE c.id = impact_learners.cohort_id), ''),
        first_programme_id = COALESCE((SELECT c.programme_id FROM cohorts c
            WHERE c.id = impact_learners.cohort_id), 0),
        decided = CASE WHEN EXISTS (SELECT 1 FROM job_placements j
            WHERE j.org_id = impact_learners.org_id AND j.person_id = impact_learners.person_id)
            OR EXISTS (SELECT 1 FROM exam_attempts x WHERE x.org_id = impact_learners.org_id
            AND x.person_id = impact_learners.person_id AND x.result = 'passed') THEN 1 ELSE 0 END
        WHERE org_id = in_org AND person_id = in_person;
$$;
CREATE FUNCTION impact_learners_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM impact_learner_refresh(OLD.org_id, OLD.person_id,
            (SELECT programme_id FROM cohorts WHERE id = OLD.cohort_id));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM impact_learner_refresh(NEW.org_id, NEW.person_id,
            (SELECT programme_id FROM cohorts WHERE id = NEW.cohort_id));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER impact_learners_change AFTER INSERT OR DELETE ON enrolments
    FOR EACH ROW EXECUTE FUNCTION impact_learners_track();
CREATE TRIGGER impact_learners_update AFTER UPDATE OF org_id, cohort_id, person_id, status,
    enrolled_at ON enrolments FOR EACH ROW EXECUTE FUNCTION impact_learners_track();
CREATE FUNCTION impact_learners_job_placements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        UPDATE impact_learners SET
            decided = CASE WHEN EXISTS (SELECT 1 FROM job_placements j
                WHERE j.org_id = impact_learners.org_id AND j.person_id = impact_learners.person_id)
                OR EXISTS (SELECT 1 FROM exam_attempts x WHERE x.org_id = impact_learners.org_id
                AND x.person_id = impact_learners.person_id AND x.result = 'passed') THEN 1 ELSE 0 END
            WHERE person_id = OLD.person_id;
    END IF;
    IF TG_OP = 'DELETE' THEN
        UPDATE impact_learners SET
            decided = CASE WHEN EXISTS (SELECT 1 FROM job_placements j
                WHERE j.org_id = impact_learners.org_id AND j.person_id = impact_learners.person_id)
                OR EXISTS (SELECT 1 FROM exam_attempts x WHERE x.org_id = impact_learners.org_id
                AND x.person_id = impact_learners.person_id AND x.result = 'passed') THEN 1 ELSE 0 END
            WHERE person_id = OLD.person_id;
    ELSE
        UPDATE impact_learners SET
            decided = CASE WHEN EXISTS (SELECT 1 FROM job_placements j
                WHERE j.org_id = impact_learners.org_id AND j.person_id = impact_learners.person_id)
                OR EXISTS (SELECT 1 FROM exam_attempts x WHERE x.org_id = impact_learners.org_id
                AND x.person_id = impact_learners.person_id AND x.result = 'passed') THEN 1 ELSE 0 END
            WHERE person_id = NEW.person_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER impact_learners_job_placements AFTER INSERT OR UPDATE OR DELETE ON job_placements
    FOR EACH ROW EXECUTE FUNCTION impact_learners_job_placements();
CREATE FUNCTION impact_learners_exam_attempts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        UPDATE impact_learners SET
            decided = CASE WHEN EXISTS (SELECT 1 FROM job_placements j
                WHERE j.org_id = impact_learners.org_id AND j.person_id = impact_learners.person_id)
                OR EXISTS (SELECT 1 FROM exam_attempts x WHERE x.org_id = impact_learners.org_id
                AND x.person_id = impact_learners.person_id AND x.result = 'passed') THEN 1 ELSE 0 END
            WHERE person_id = OLD.person_id;
    END IF;
    IF TG_OP = 'DELETE' THEN
        UPDATE impact_learners SET
            decided = CASE WHEN EXISTS (SELECT 1 FROM job_placements j
                WHERE j.org_id = impact_learners.org_id AND j.person_id = impact_learners.person_id)
                OR EXISTS (SELECT 1 FROM exam_attempts x WHERE x.org_id = impact_learners.org_id
                AND x.person_id = impact_learners.person_id AND x.result = 'passed') THEN 1 ELSE 0 END
            WHERE person_id = OLD.person_id;
    ELSE
        UPDATE impact_learners SET
            decided = CASE WHEN EXISTS (SELECT 1 FROM job_placements j
                WHERE j.org_id = impact_learners.org_id AND j.person_id = impact_learners.person_id)
                OR EXISTS (SELECT 1 FROM exam_attempts x WHERE x.org_id = impact_learners.org_id
                AND x.person_id = impact_learners.person_id AND x.result = 'passed') THEN 1 ELSE 0 END
            WHERE person_id = NEW.person_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER impact_learners_exam_attempts AFTER INSERT OR UPDATE OR DELETE ON exam_attempts
    FOR EACH ROW EXECUTE FUNCTION impact_learners_exam_attempts();
CREATE FUNCTION impact_learners_people() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE impact_learners SET
        age = COALESCE((SELECT CASE WHEN length(p.birth_date) = 10 AND p.birth_date <= c.starts_on THEN CAST(CAST(substr(c.starts_on, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER) - CASE WHEN substr(c.starts_on, 6, 5) < substr(p.birth_date, 6, 5) THEN 1 ELSE 0 END AS TEXT) ELSE '' END
            FROM people p, cohorts c WHERE p.id = impact_learners.person_id
            AND c.id = impact_learners.cohort_id), ''),
        municipality = COALESCE((SELECT p.municipality FROM people p
            WHERE p.id = impact_learners.person_id), ''),
        gender = COALESCE((SELECT p.gender FROM people p WHERE p.id = impact_learners.person_id), ''),
        lang = COALESCE((SELECT COALESCE(p.lang, a.lang) FROM people p
            LEFT JOIN accounts a ON a.id = p.account_id WHERE p.id = impact_learners.person_id), '')
        WHERE person_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER impact_learners_people AFTER UPDATE OF birth_date, municipality, gender, lang, account_id ON people
    FOR EACH ROW EXECUTE FUNCTION impact_learners_people();
CREATE FUNCTION impact_learners_accounts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE impact_learners SET
        lang = COALESCE((SELECT COALESCE(p.lang, a.lang) FROM people p
            LEFT JOIN accounts a ON a.id = p.account_id WHERE p.id = impact_learners.person_id), '')
        WHERE person_id IN (SELECT id FROM people WHERE account_id = NEW.id);
    RETURN NULL;
END
$$;
CREATE TRIGGER impact_learners_accounts AFTER UPDATE OF lang ON accounts
    FOR EACH ROW EXECUTE FUNCTION impact_learners_accounts();
CREATE FUNCTION impact_learners_cohorts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE impact_learners SET
        age = COALESCE((SELECT CASE WHEN length(p.birth_date) = 10 AND p.birth_date <= c.starts_on THEN CAST(CAST(substr(c.starts_on, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER) - CASE WHEN substr(c.starts_on, 6, 5) < substr(p.birth_date, 6, 5) THEN 1 ELSE 0 END AS TEXT) ELSE '' END
            FROM people p, cohorts c WHERE p.id = impact_learners.person_id
            AND c.id = impact_learners.cohort_id), ''),
        province = COALESCE((SELECT l.province FROM cohorts c JOIN locations l ON l.id = c.location_id
            WHERE c.id = impact_learners.cohort_id), '')
        WHERE cohort_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER impact_learners_cohorts AFTER UPDATE OF starts_on, location_id ON cohorts
    FOR EACH ROW EXECUTE FUNCTION impact_learners_cohorts();
CREATE FUNCTION impact_learners_locations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE impact_learners SET
        province = COALESCE((SELECT l.province FROM cohorts c JOIN locations l ON l.id = c.location_id
            WHERE c.id = impact_learners.cohort_id), '')
        WHERE cohort_id IN (SELECT id FROM cohorts WHERE location_id = NEW.id);
    RETURN NULL;
END
$$;
CREATE TRIGGER impact_learners_locations AFTER UPDATE OF province ON locations
    FOR EACH ROW EXECUTE FUNCTION impact_learners_locations();
CREATE FUNCTION impact_learners_programmes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE impact_learners SET
        kind = COALESCE((SELECT g.kind FROM cohorts c JOIN programmes g ON g.id = c.programme_id
            WHERE c.id = impact_learners.cohort_id), ''),
        audience = COALESCE((SELECT g.audience FROM cohorts c JOIN programmes g ON g.id = c.programme_id
            WHERE c.id = impact_learners.cohort_id), '')
        WHERE cohort_id IN (SELECT id FROM cohorts WHERE programme_id = NEW.id);
    RETURN NULL;
END
$$;
CREATE TRIGGER impact_learners_programmes AFTER UPDATE OF kind, audience ON programmes
    FOR EACH ROW EXECUTE FUNCTION impact_learners_programmes();
CREATE FUNCTION impact_learners_cohort_programme() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a cohort stays in its programme';
END
$$;
CREATE TRIGGER impact_learners_cohort_programme BEFORE UPDATE OF programme_id ON cohorts
    FOR EACH ROW WHEN (OLD.programme_id IS DISTINCT FROM NEW.programme_id)
    EXECUTE FUNCTION impact_learners_cohort_programme();
{{END}}
