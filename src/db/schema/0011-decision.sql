-- 0011-decision: the funder's final decision on a call: which proposals are selected and
-- the amount awarded to each, who decided and when.

ALTER TABLE proposals ADD COLUMN awarded BIGINT;
ALTER TABLE calls ADD COLUMN decided_at BIGINT;
ALTER TABLE calls ADD COLUMN decided_by BIGINT REFERENCES accounts (id);
