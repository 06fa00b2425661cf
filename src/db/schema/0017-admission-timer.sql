-- 0017-admission-timer: waiting-list offers past their deadline are closed by the scheduler,
-- off the request path. A server claims one for a while (a lease, as the outbox does) so
-- that several servers sharing one database never close it twice; a claim left by a server
-- that stopped runs out by itself.
-- Reviewers disagree on an application when their weighted scores are further apart than a
-- share of the programme's scale: that share is set per programme, 30 % unless changed.

ALTER TABLE applications ADD COLUMN offer_claimed_until BIGINT NOT NULL DEFAULT 0;
ALTER TABLE app_forms ADD COLUMN disagree_pct INTEGER NOT NULL DEFAULT 30
    CHECK (disagree_pct BETWEEN 1 AND 100);
