-- 0050-review-deadline: the funder sets the date by which its jury reviews a call (after the
-- call closes). Jury members with reviews missing get a reminder three days before it and on
-- the day, sent by the scheduler: a row here is a reminder sent, and its key makes it once per
-- member and reminder even when several servers share the database (the insert that claims
-- it is committed with the mail it queues).

ALTER TABLE calls ADD COLUMN review_deadline BIGINT;

CREATE TABLE review_reminders (
    org_id BIGINT NOT NULL REFERENCES organisations (id), -- the funder
    call_id BIGINT NOT NULL REFERENCES calls (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    kind TEXT NOT NULL CHECK (kind IN ('three_days', 'day')),
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (call_id, account_id, kind)
);
