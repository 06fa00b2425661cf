-- 0006-learners: learners' own access. An invitation can name the person record it
-- links to (a walk-in learner becomes a learner account); calendar feed links are an
-- HMAC of the record and its generation, so "reset the link" only bumps the number;
-- attendance says how a mark was made (the roster, a self check-in by QR code).

ALTER TABLE invitations ADD COLUMN person_id BIGINT REFERENCES people (id);
ALTER TABLE people ADD COLUMN feed_gen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cohorts ADD COLUMN feed_gen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attendance ADD COLUMN via TEXT NOT NULL DEFAULT 'roster'
    CHECK (via IN ('roster', 'self'));
