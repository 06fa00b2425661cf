-- 0120-impact-public: an organisation chooses to publish its impact figures at /impact
-- (small counts hidden, as on its own pages); NULL: not published, else since when.

ALTER TABLE organisations ADD COLUMN impact_published_at BIGINT;
CREATE INDEX organisations_impact_public ON organisations (kind, name) WHERE impact_published_at IS NOT NULL;
