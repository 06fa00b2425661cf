-- Organisations ask to join traject from the web (a public call's "answer this call"
-- without an account); the installation's operators approve or refuse. An operator is
-- an account with the platform role, set with `traject user grant --role operator`.
ALTER TABLE accounts ADD COLUMN operator INTEGER NOT NULL DEFAULT 0;

CREATE TABLE org_requests (
    id {{ID}},
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('training', 'funder', 'partner')),
    contact_name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT,
    about TEXT NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('en', 'nl', 'fr')),
    call_id BIGINT REFERENCES calls (id),
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused')),
    reason TEXT,
    org_id BIGINT REFERENCES organisations (id),
    decided_by BIGINT REFERENCES accounts (id),
    decided_at BIGINT,
    created_at BIGINT NOT NULL
);
-- the operators' list, pending first, newest first; and one pending request per name
CREATE INDEX org_requests_status ON org_requests (status, created_at, id);
CREATE INDEX org_requests_name ON org_requests (status, name, id);
CREATE UNIQUE INDEX org_requests_pending_name ON org_requests (lower(name)) WHERE status = 'pending';
CREATE UNIQUE INDEX org_requests_pending_email ON org_requests (email) WHERE status = 'pending';
