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
-- A report reads the rows of one organisation and programme, by time, from one index that
-- holds every column it reads.
{{SQLITE}}
CREATE INDEX impact_learners_started ON impact_learners (org_id, programme_id, started_at,
    person_id, completed, decided, age, municipality, gender, lang, province, kind, audience,
    first_programme_id);
{{END}}
{{PG}}
CREATE INDEX impact_learners_started ON impact_learners (org_id, programme_id, started_at)
    INCLUDE (person_id, completed, decided, age, municipality, gender, lang, province, kind,
             audience, first_programme_id);
{{END}}
CREATE UNIQUE INDEX impact_learners_person ON impact_learners (person_id, programme_id);
CREATE INDEX impact_learners_cohort ON impact_learners (cohort_id);

-- Each learner's first enrolment (by time, then id) across the organisation and in each
-- programme, with whether one of those was completed.
CREATE VIEW impact_first_enrolments AS
    SELECT e.org_id, 0 AS programme_id, e.person_id, e.cohort_id, e.enrolled_at,
           CASE WHEN EXISTS (SELECT 1 FROM enrolments d WHERE d.org_id = e.org_id
                             AND d.person_id = e.person_id AND d.status = 'completed')
                THEN 1 ELSE 0 END AS completed
    FROM enrolments e WHERE NOT EXISTS (SELECT 1 FROM enrolments x WHERE x.org_id = e.org_id
        AND x.person_id = e.person_id AND (x.enrolled_at < e.enrolled_at
        OR (x.enrolled_at = e.enrolled_at AND x.id < e.id)))
    UNION ALL
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

-- What the breakdowns read of a kept row, from the records.
CREATE VIEW impact_learner_facts AS
    SELECT il.person_id, il.programme_id,
        COALESCE(CASE WHEN length(p.birth_date) = 10 AND p.birth_date <= c.starts_on THEN
        CAST(CAST(substr(c.starts_on, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER)
        - CASE WHEN substr(c.starts_on, 6, 5) < substr(p.birth_date, 6, 5) THEN 1 ELSE 0 END AS TEXT)
        ELSE '' END, '') AS age,
        COALESCE(p.municipality, '') AS municipality, COALESCE(p.gender, '') AS gender,
        COALESCE(p.lang, acc.lang, '') AS lang, COALESCE(l.province, '') AS province,
        g.kind, COALESCE(g.audience, '') AS audience, c.programme_id AS first_programme_id,
        CASE WHEN EXISTS (SELECT 1 FROM job_placements j WHERE j.org_id = il.org_id
                          AND j.person_id = il.person_id)
             OR EXISTS (SELECT 1 FROM exam_attempts x WHERE x.org_id = il.org_id
                        AND x.person_id = il.person_id AND x.result = 'passed')
             THEN 1 ELSE 0 END AS decided
    FROM impact_learners il JOIN people p ON p.id = il.person_id
    JOIN cohorts c ON c.id = il.cohort_id JOIN programmes g ON g.id = c.programme_id
    LEFT JOIN locations l ON l.id = c.location_id LEFT JOIN accounts acc ON acc.id = p.account_id;

INSERT INTO impact_learners (org_id, programme_id, person_id, cohort_id, started_at, completed)
    SELECT org_id, programme_id, person_id, cohort_id, enrolled_at, completed
    FROM impact_first_enrolments;
UPDATE impact_learners SET (age, municipality, gender, lang, province, kind, audience, first_programme_id, decided) =
    (SELECT age, municipality, gender, lang, province, kind, audience, first_programme_id, decided FROM impact_learner_facts f
     WHERE f.person_id = impact_learners.person_id AND f.programme_id = impact_learners.programme_id);

-- The procedures the triggers call: a learner's rows rewritten (of their organisation and of
-- one programme), and what the rows of a learner read filled in again.
{{SQLITE}}
CREATE VIEW impact_fill AS SELECT 0 AS person_id;
CREATE TRIGGER impact_fill_run INSTEAD OF INSERT ON impact_fill
BEGIN
    UPDATE impact_learners SET (age, municipality, gender, lang, province, kind, audience, first_programme_id, decided) =
        (SELECT age, municipality, gender, lang, province, kind, audience, first_programme_id, decided FROM impact_learner_facts f
         WHERE f.person_id = impact_learners.person_id AND f.programme_id = impact_learners.programme_id)
        WHERE person_id = NEW.person_id;
END;
-- (a learner's rows of their organisation and of the programme of cohort_id)
CREATE VIEW impact_refresh AS SELECT 0 AS org_id, 0 AS person_id, 0 AS cohort_id;
CREATE TRIGGER impact_refresh_run INSTEAD OF INSERT ON impact_refresh
BEGIN
    DELETE FROM impact_learners WHERE org_id = NEW.org_id AND person_id = NEW.person_id
        AND programme_id IN (0, (SELECT programme_id FROM cohorts WHERE id = NEW.cohort_id));
    INSERT INTO impact_learners (org_id, programme_id, person_id, cohort_id, started_at, completed)
        SELECT org_id, programme_id, person_id, cohort_id, enrolled_at, completed
        FROM impact_first_enrolments WHERE org_id = NEW.org_id AND person_id = NEW.person_id
        AND programme_id IN (0, (SELECT programme_id FROM cohorts WHERE id = NEW.cohort_id));
    INSERT INTO impact_fill VALUES (NEW.person_id);
END;
-- an enrolment added, changed in what the rows hold, or removed
CREATE TRIGGER impact_learners_insert AFTER INSERT ON enrolments
    BEGIN INSERT INTO impact_refresh VALUES (NEW.org_id, NEW.person_id, NEW.cohort_id); END;
CREATE TRIGGER impact_learners_update
    AFTER UPDATE OF org_id, cohort_id, person_id, status, enrolled_at ON enrolments
    BEGIN INSERT INTO impact_refresh VALUES (OLD.org_id, OLD.person_id, OLD.cohort_id),
        (NEW.org_id, NEW.person_id, NEW.cohort_id); END;
CREATE TRIGGER impact_learners_delete AFTER DELETE ON enrolments
    BEGIN INSERT INTO impact_refresh VALUES (OLD.org_id, OLD.person_id, OLD.cohort_id); END;
-- a passed exam or a placement added, changed or removed; a person, an account, a cohort, a
-- place or a programme changed in what the rows read
CREATE TRIGGER impact_learners_placement_add AFTER INSERT ON job_placements
    BEGIN INSERT INTO impact_fill VALUES (NEW.person_id); END;
CREATE TRIGGER impact_learners_placement_change AFTER UPDATE ON job_placements
    BEGIN INSERT INTO impact_fill VALUES (OLD.person_id), (NEW.person_id); END;
CREATE TRIGGER impact_learners_placement_remove AFTER DELETE ON job_placements
    BEGIN INSERT INTO impact_fill VALUES (OLD.person_id); END;
CREATE TRIGGER impact_learners_attempt_add AFTER INSERT ON exam_attempts BEGIN
    INSERT INTO impact_fill VALUES (NEW.person_id); END;
CREATE TRIGGER impact_learners_attempt_change AFTER UPDATE OF person_id, result ON exam_attempts
BEGIN INSERT INTO impact_fill VALUES (OLD.person_id), (NEW.person_id); END;
CREATE TRIGGER impact_learners_attempt_remove AFTER DELETE ON exam_attempts BEGIN
    INSERT INTO impact_fill VALUES (OLD.person_id); END;
CREATE TRIGGER impact_learners_people
    AFTER UPDATE OF birth_date, municipality, gender, lang, account_id ON people
    BEGIN INSERT INTO impact_fill VALUES (NEW.id); END;
CREATE TRIGGER impact_learners_accounts AFTER UPDATE OF lang ON accounts
    BEGIN INSERT INTO impact_fill SELECT id FROM people WHERE account_id = NEW.id; END;
CREATE TRIGGER impact_learners_cohorts AFTER UPDATE OF starts_on, location_id ON cohorts
    BEGIN INSERT INTO impact_fill SELECT DISTINCT person_id FROM impact_learners
    WHERE cohort_id = NEW.id; END;
CREATE TRIGGER impact_learners_locations AFTER UPDATE OF province ON locations
    BEGIN INSERT INTO impact_fill SELECT DISTINCT person_id FROM impact_learners
    WHERE cohort_id IN (SELECT id FROM cohorts WHERE location_id = NEW.id); END;
CREATE TRIGGER impact_learners_programmes AFTER UPDATE OF kind, audience ON programmes
    BEGIN INSERT INTO impact_fill SELECT DISTINCT person_id FROM impact_learners
    WHERE cohort_id IN (SELECT id FROM cohorts WHERE programme_id = NEW.id); END;
CREATE TRIGGER impact_learners_cohort_programme BEFORE UPDATE OF programme_id ON cohorts
    WHEN OLD.programme_id <> NEW.programme_id
BEGIN
    SELECT RAISE(ABORT, 'a cohort stays in its programme');
END;
{{END}}
{{PG}}
CREATE FUNCTION impact_fill(who BIGINT) RETURNS void LANGUAGE sql AS $$
    UPDATE impact_learners SET (age, municipality, gender, lang, province, kind, audience, first_programme_id, decided) =
        (SELECT age, municipality, gender, lang, province, kind, audience, first_programme_id, decided FROM impact_learner_facts f
         WHERE f.person_id = impact_learners.person_id AND f.programme_id = impact_learners.programme_id)
        WHERE person_id = who;
$$;
CREATE FUNCTION impact_refresh(in_org BIGINT, in_person BIGINT, in_programme BIGINT) RETURNS void
LANGUAGE sql AS $$
    DELETE FROM impact_learners WHERE org_id = in_org AND person_id = in_person
        AND programme_id IN (0, in_programme);
    INSERT INTO impact_learners (org_id, programme_id, person_id, cohort_id, started_at, completed)
        SELECT org_id, programme_id, person_id, cohort_id, enrolled_at, completed
        FROM impact_first_enrolments WHERE org_id = in_org AND person_id = in_person
        AND programme_id IN (0, in_programme);
    SELECT impact_fill(in_person);
$$;
CREATE FUNCTION impact_learners_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM impact_refresh(OLD.org_id, OLD.person_id,
            (SELECT programme_id FROM cohorts WHERE id = OLD.cohort_id));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM impact_refresh(NEW.org_id, NEW.person_id,
            (SELECT programme_id FROM cohorts WHERE id = NEW.cohort_id));
    END IF;
    RETURN NULL;
END
$$;
-- an enrolment added, removed, or changed in what the rows hold
CREATE TRIGGER impact_learners_change AFTER INSERT OR DELETE OR UPDATE OF org_id, cohort_id,
    person_id, status, enrolled_at ON enrolments FOR EACH ROW EXECUTE FUNCTION impact_learners_track();
-- a passed exam or a placement, added, changed or removed
CREATE FUNCTION impact_learners_decided() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM impact_fill(OLD.person_id);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM impact_fill(NEW.person_id);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER impact_learners_job_placements AFTER INSERT OR UPDATE OR DELETE ON job_placements
    FOR EACH ROW EXECUTE FUNCTION impact_learners_decided();
CREATE TRIGGER impact_learners_exam_attempts AFTER INSERT OR UPDATE OR DELETE ON exam_attempts
    FOR EACH ROW EXECUTE FUNCTION impact_learners_decided();
-- a person, an account, a cohort, a place or a programme changed in what the rows read
CREATE FUNCTION impact_learners_refill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM impact_fill(x) FROM (
        SELECT NEW.id WHERE TG_TABLE_NAME = 'people'
        UNION SELECT id FROM people WHERE TG_TABLE_NAME = 'accounts' AND account_id = NEW.id
        UNION SELECT person_id FROM impact_learners WHERE cohort_id IN (SELECT id FROM cohorts
            WHERE (TG_TABLE_NAME = 'cohorts' AND id = NEW.id)
            OR (TG_TABLE_NAME = 'locations' AND location_id = NEW.id)
            OR (TG_TABLE_NAME = 'programmes' AND programme_id = NEW.id))) AS w (x);
    RETURN NULL;
END
$$;
CREATE TRIGGER impact_learners_people
    AFTER UPDATE OF birth_date, municipality, gender, lang, account_id ON people
    FOR EACH ROW EXECUTE FUNCTION impact_learners_refill();
CREATE TRIGGER impact_learners_accounts AFTER UPDATE OF lang ON accounts
    FOR EACH ROW EXECUTE FUNCTION impact_learners_refill();
CREATE TRIGGER impact_learners_cohorts AFTER UPDATE OF starts_on, location_id ON cohorts
    FOR EACH ROW EXECUTE FUNCTION impact_learners_refill();
CREATE TRIGGER impact_learners_locations AFTER UPDATE OF province ON locations
    FOR EACH ROW EXECUTE FUNCTION impact_learners_refill();
CREATE TRIGGER impact_learners_programmes AFTER UPDATE OF kind, audience ON programmes
    FOR EACH ROW EXECUTE FUNCTION impact_learners_refill();
CREATE FUNCTION impact_learners_cohort_programme() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a cohort stays in its programme';
END
$$;
CREATE TRIGGER impact_learners_cohort_programme BEFORE UPDATE OF programme_id ON cohorts
    FOR EACH ROW WHEN (OLD.programme_id IS DISTINCT FROM NEW.programme_id)
    EXECUTE FUNCTION impact_learners_cohort_programme();
{{END}}
