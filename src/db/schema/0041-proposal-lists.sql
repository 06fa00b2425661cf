-- 0041-proposal-lists: indexes for the paged lists of proposals (html/pager.h): the
-- proposals of a call for its funder in the order they came in, and an organisation's
-- own in the order they last changed. Each keyset statement walks one from its cursor.
CREATE INDEX proposals_call_submitted ON proposals (funder_id, call_id, submitted_at, id);
CREATE INDEX proposals_org_updated ON proposals (org_id, updated_at, id);
