-- Indexes for the paged lists (html/pager.h): each keyset statement walks one of these
-- from its cursor, so that a page costs the same at row 100 and at row 100,000.
CREATE INDEX memberships_joined ON memberships (org_id, created_at, account_id);
CREATE INDEX outbox_org_created ON outbox (org_id, created_at, id);
CREATE INDEX outbox_org_to ON outbox (org_id, to_addr, id);
