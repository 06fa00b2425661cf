-- 0100-talent: the talent pool. A learner writes a profile for partners (a short text, when
-- they are available, the hours and the contract they look for, which of their assessed
-- competences and verified credentials to show) and chooses who sees it: no partner (the
-- default), every partner of the organisations where they learn, or some of them. The
-- profile belongs to the learner's account, not to an organisation (as record_links): no
-- org_id. Partners see a pseudonymous handle, never a name, until the learner accepts to
-- meet them.
-- model/talent.c lists the keys of visibility, contract and status; change both together.

CREATE TABLE talent_profiles (
    id {{ID}},
    account_id BIGINT NOT NULL UNIQUE REFERENCES accounts (id),
    handle TEXT NOT NULL UNIQUE, -- what partners call the learner (domain/talent.h)
    visibility TEXT NOT NULL DEFAULT 'none' CHECK (visibility IN ('none', 'all', 'some')),
    summary TEXT NOT NULL DEFAULT '',
    available_from TEXT, -- YYYY-MM-DD, Brussels; NULL: now
    hours_per_week INTEGER NOT NULL DEFAULT 0, -- 0: not said
    contract TEXT NOT NULL DEFAULT 'any'
        CHECK (contract IN ('any', 'internship', 'fixed_term', 'permanent', 'apprenticeship')),
    approved_at BIGINT, -- when the learner last saved the profile partners see
    updated_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);

-- "some": the partner records (of an organisation where the learner learns) it is shown to;
-- org_id is the partner record's organisation
CREATE TABLE talent_partners (
    profile_id BIGINT NOT NULL REFERENCES talent_profiles (id),
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    partner_id BIGINT NOT NULL REFERENCES partners (id),
    PRIMARY KEY (profile_id, partner_id)
);

-- the competences (assessed in any organisation) and the credentials the profile shows
CREATE TABLE talent_competences (
    profile_id BIGINT NOT NULL REFERENCES talent_profiles (id),
    competence_id BIGINT NOT NULL REFERENCES competences (id),
    PRIMARY KEY (profile_id, competence_id)
);
CREATE TABLE talent_credentials (
    profile_id BIGINT NOT NULL REFERENCES talent_profiles (id),
    org_id BIGINT NOT NULL REFERENCES organisations (id), -- the credential's issuer
    credential_id BIGINT NOT NULL REFERENCES credentials (id),
    PRIMARY KEY (profile_id, credential_id)
);

-- THE rule of who sees whom, in one place: a profile is visible to a partner's own
-- organisation (partner_org_id) when the learner approved a profile, did not hide it, learns
-- at an organisation that records that partner, and shows it to all partners or chose that
-- partner record. Every statement of a partner's view (search, profile, requests, export,
-- the log of profiles seen) reads profiles through this view, so withdrawing consent hides
-- the learner everywhere at once. q/talent/profile.c says so where it reads it.
CREATE VIEW talent_visible AS
SELECT DISTINCT pa.partner_org_id AS partner_org_id, t.id AS profile_id,
       t.account_id AS account_id
FROM talent_profiles t
JOIN accounts a ON a.id = t.account_id AND a.disabled = 0
JOIN people pe ON pe.account_id = t.account_id
JOIN partners pa ON pa.org_id = pe.org_id AND pa.partner_org_id IS NOT NULL
WHERE t.approved_at IS NOT NULL
  AND (t.visibility = 'all'
       OR (t.visibility = 'some' AND EXISTS (SELECT 1 FROM talent_partners tp
                                             WHERE tp.profile_id = t.id AND tp.partner_id = pa.id)));

-- A partner's request to meet a learner, with its message. org_id: the partner's own
-- organisation, which asked. One request waits per partner and learner at a time.
CREATE TABLE talent_requests (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    profile_id BIGINT NOT NULL REFERENCES talent_profiles (id),
    asked_by BIGINT NOT NULL REFERENCES accounts (id),
    message TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined')),
    created_at BIGINT NOT NULL,
    answered_at BIGINT
);
CREATE INDEX talent_requests_org ON talent_requests (org_id, created_at, id);
CREATE INDEX talent_requests_profile ON talent_requests (profile_id, created_at);
CREATE UNIQUE INDEX talent_requests_pending ON talent_requests (org_id, profile_id)
    WHERE status = 'pending';

-- Each time a partner's member opened a profile (the learner sees who looked).
CREATE TABLE talent_views (
    org_id BIGINT NOT NULL REFERENCES organisations (id), -- the partner's own organisation
    profile_id BIGINT NOT NULL REFERENCES talent_profiles (id),
    seen_by BIGINT NOT NULL REFERENCES accounts (id),
    seen_at BIGINT NOT NULL
);
CREATE INDEX talent_views_profile ON talent_views (profile_id, org_id, seen_at);
