-- 0012-grants: an award per selected proposal, paid in tranches (60 % on signature and
-- 40 % on the final report by default), with budget lines (copied from the proposal) and
-- the expenses the grantee records against them. The funder owns the grant (org_id); the
-- grantee organisation reads it and records expenses (grantee_id).

CREATE TABLE grants (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    call_id BIGINT NOT NULL REFERENCES calls (id),
    proposal_id BIGINT NOT NULL UNIQUE REFERENCES proposals (id),
    grantee_id BIGINT NOT NULL REFERENCES organisations (id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    created_at BIGINT NOT NULL
);
CREATE INDEX grants_org ON grants (org_id);
CREATE INDEX grants_grantee ON grants (grantee_id);

CREATE TABLE grant_tranches (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    grant_id BIGINT NOT NULL REFERENCES grants (id),
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount >= 0),
    paid_on TEXT -- YYYY-MM-DD; NULL while planned
);
CREATE INDEX grant_tranches_grant ON grant_tranches (org_id, grant_id);

CREATE TABLE grant_lines (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    grant_id BIGINT NOT NULL REFERENCES grants (id),
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount >= 0)
);
CREATE INDEX grant_lines_grant ON grant_lines (org_id, grant_id);

CREATE TABLE expenses (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    grant_id BIGINT NOT NULL REFERENCES grants (id),
    line_id BIGINT NOT NULL REFERENCES grant_lines (id),
    spent_on TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount > 0),
    description TEXT NOT NULL,
    recorded_by BIGINT REFERENCES accounts (id),
    recorded_at BIGINT NOT NULL
);
CREATE INDEX expenses_grant ON expenses (org_id, grant_id);
