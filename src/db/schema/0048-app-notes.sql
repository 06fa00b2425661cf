-- 0048-app-notes: notes on an application for its staff, such as the answers of a later
-- application by the same person merged into it (the later one is then closed as a
-- duplicate). Shown on the staff's page of the application, never to reviewers.
CREATE TABLE app_notes (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    application_id BIGINT NOT NULL REFERENCES applications (id),
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES accounts (id)
);
CREATE INDEX app_notes_application ON app_notes (org_id, application_id, id);
