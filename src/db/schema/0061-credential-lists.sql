-- 0061-credential-lists: the organisation's list of credentials reads a page at a time,
-- newest first by default (q/credentials/credential.c, its keyset statements).
CREATE INDEX credentials_issued ON credentials (org_id, issued_at, id);
