-- 0122-grant-programmes: which of its programmes a grantee runs with a grant, so that the
-- funder reads the impact of what it funds (counts only, small ones hidden; never a list of
-- people). The grantee owns the link (org_id = grants.grantee_id = programmes.org_id).

CREATE TABLE grant_programmes (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    grant_id BIGINT NOT NULL REFERENCES grants (id),
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    PRIMARY KEY (grant_id, programme_id)
);
CREATE INDEX grant_programmes_programme ON grant_programmes (org_id, programme_id);
