-- 0042-call-list: the funder's list of calls a page at a time (html/pager.h), latest closing
-- first: the keyset statements walk this index from their cursor.
CREATE INDEX calls_org_closes ON calls (org_id, closes_at, id);
