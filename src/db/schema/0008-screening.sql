-- 0008-screening: the funder's eligibility screening of a submitted proposal, one answer
-- per item of the call's checklist, with a reason when an item is not met. The outcome
-- (eligible or not) is the proposal's status; who screened it and when are kept.

CREATE TABLE screenings (
    org_id BIGINT NOT NULL REFERENCES organisations (id), -- the funder
    proposal_id BIGINT NOT NULL REFERENCES proposals (id),
    item_id BIGINT NOT NULL REFERENCES call_items (id),
    met INTEGER NOT NULL CHECK (met IN (0, 1)),
    reason TEXT,
    PRIMARY KEY (proposal_id, item_id)
);

ALTER TABLE proposals ADD COLUMN screened_at BIGINT;
ALTER TABLE proposals ADD COLUMN screened_by BIGINT REFERENCES accounts (id);
