-- 0081-record-links: the link a learner shares to their record (competences,
-- certifications, credentials, across every organisation they learn with). It belongs to
-- the learner's account, not to an organisation: no org_id. Only the SHA-256 of the token
-- is stored (as for sessions, invitations and applicants' links): a copy of the database
-- opens no record. Switching a link off or making a new one sets revoked_at; a learner has
-- at most one live link.

CREATE TABLE record_links (
    id {{ID}},
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE UNIQUE INDEX record_links_live ON record_links (account_id) WHERE revoked_at IS NULL;
