-- 0051-decision-letters: the funder's reason for each decision on a proposal (selected or
-- not), at most 2,000 characters, sent in the letter every applicant organisation gets.

ALTER TABLE proposals ADD COLUMN decision_reason TEXT;
