-- 0019-pipeline: the applications pipeline read a page at a time, whatever the number of
-- applications. Pages follow an index in each order they can be sorted in (received,
-- status), for one programme or the whole organisation; a search reads a column of its
-- own in the same indexes; the likely-duplicate check finds
-- the same e-mail address, or the same phone and date of birth, through an index of its
-- own; the counts per programme and status are kept up to date by triggers instead of
-- being counted on each view.

-- what a search by name or e-mail address looks in: both, lower-cased, written by the
-- statements that set them
ALTER TABLE applications ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
UPDATE applications SET search_text = LOWER(name) || ' ' || LOWER(email);

-- each order's index carries the status and the search text, so that the filters are
-- read from the index and only the rows shown are fetched
DROP INDEX applications_programme;
CREATE INDEX applications_programme_received
    ON applications (org_id, programme_id, created_at, id, status, search_text);
CREATE INDEX applications_programme_status
    ON applications (org_id, programme_id, status, id, search_text);
CREATE INDEX applications_received ON applications (org_id, created_at, id, status, search_text);
CREATE INDEX applications_status ON applications (org_id, status, id, search_text);
CREATE INDEX applications_email ON applications (org_id, LOWER(email));
CREATE INDEX applications_phone ON applications (org_id, phone, birth_date);

CREATE TABLE app_counts (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    status TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (programme_id, status)
);
CREATE INDEX app_counts_org ON app_counts (org_id, programme_id);
INSERT INTO app_counts (org_id, programme_id, status, n)
    SELECT org_id, programme_id, status, COUNT(*) FROM applications
    GROUP BY org_id, programme_id, status;

{{SQLITE}}
CREATE TRIGGER app_counts_insert AFTER INSERT ON applications
BEGIN
    INSERT INTO app_counts (org_id, programme_id, status, n)
        VALUES (NEW.org_id, NEW.programme_id, NEW.status, 1)
        ON CONFLICT (programme_id, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER app_counts_update AFTER UPDATE OF status ON applications
    WHEN OLD.status <> NEW.status
BEGIN
    UPDATE app_counts SET n = n - 1
        WHERE programme_id = OLD.programme_id AND status = OLD.status;
    INSERT INTO app_counts (org_id, programme_id, status, n)
        VALUES (NEW.org_id, NEW.programme_id, NEW.status, 1)
        ON CONFLICT (programme_id, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER app_counts_delete AFTER DELETE ON applications
BEGIN
    UPDATE app_counts SET n = n - 1
        WHERE programme_id = OLD.programme_id AND status = OLD.status;
END;
{{END}}
{{PG}}
CREATE FUNCTION app_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE app_counts SET n = n - 1
            WHERE programme_id = OLD.programme_id AND status = OLD.status;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO app_counts (org_id, programme_id, status, n)
            VALUES (NEW.org_id, NEW.programme_id, NEW.status, 1)
            ON CONFLICT (programme_id, status) DO UPDATE SET n = app_counts.n + 1;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER app_counts_change AFTER INSERT OR DELETE ON applications
    FOR EACH ROW EXECUTE FUNCTION app_counts_track();
CREATE TRIGGER app_counts_status AFTER UPDATE OF status ON applications
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION app_counts_track();
{{END}}
