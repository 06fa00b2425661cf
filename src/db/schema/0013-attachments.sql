-- 0013-attachments: the PDF files a proposal carries, one per required attachment of its
-- call, stored in the database with their size and SHA-256 (so that a backup of the
-- database holds them too).

CREATE TABLE proposal_files (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id), -- the applicant
    proposal_id BIGINT NOT NULL REFERENCES proposals (id),
    item_id BIGINT NOT NULL REFERENCES call_items (id),
    filename TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    data {{BLOB}} NOT NULL,
    uploaded_by BIGINT REFERENCES accounts (id),
    uploaded_at BIGINT NOT NULL,
    UNIQUE (proposal_id, item_id)
);
