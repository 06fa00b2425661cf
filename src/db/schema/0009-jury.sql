-- 0009-jury: a call's jury (accounts holding the jury role at the funder), the conflicts
-- of interest its members declare per proposal, and who reviews what. Membership of the
-- applicant organisation is a conflict too, found from memberships, not stored.

CREATE TABLE call_jury (
    org_id BIGINT NOT NULL REFERENCES organisations (id), -- the funder
    call_id BIGINT NOT NULL REFERENCES calls (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    appointed_at BIGINT NOT NULL,
    PRIMARY KEY (call_id, account_id)
);

CREATE TABLE conflicts (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    proposal_id BIGINT NOT NULL REFERENCES proposals (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    reason TEXT,
    declared_at BIGINT NOT NULL,
    PRIMARY KEY (proposal_id, account_id)
);

CREATE TABLE review_assignments (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    call_id BIGINT NOT NULL REFERENCES calls (id),
    proposal_id BIGINT NOT NULL REFERENCES proposals (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    manual INTEGER NOT NULL DEFAULT 0,
    assigned_at BIGINT NOT NULL,
    PRIMARY KEY (proposal_id, account_id)
);
CREATE INDEX review_assignments_account ON review_assignments (org_id, account_id);
