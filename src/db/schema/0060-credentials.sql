-- 0060-credentials: Open Badges 3.0 credentials. Each organisation signs with its own
-- Ed25519 key, kept sealed (crypto_secretbox under a key derived from the installation's
-- secret); a rotation retires the current key but keeps its public half published, so
-- credentials signed with it still verify. Achievements are what a credential says was
-- achieved; rules say when one is issued without anyone's hand (on completing a
-- programme now; on a competence level or a certification later: new kinds, their own
-- columns). Each credential holds a place in its organisation's revocation status list
-- (W3C Bitstring Status List): status_index is unique per organisation.

CREATE TABLE signing_keys (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    kid TEXT NOT NULL UNIQUE,
    public_key TEXT NOT NULL,
    sealed_key TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    retired_at BIGINT
);
-- one current key per organisation: two first credentials at once cannot make two
CREATE UNIQUE INDEX signing_keys_current ON signing_keys (org_id) WHERE retired_at IS NULL;

CREATE TABLE achievements (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    criteria TEXT NOT NULL,
    -- the competences it aligns to, one per line (until competence frameworks exist)
    competences TEXT NOT NULL DEFAULT '',
    valid_months INTEGER NOT NULL DEFAULT 0 CHECK (valid_months >= 0),
    created_at BIGINT NOT NULL
);
CREATE INDEX achievements_org ON achievements (org_id);

CREATE TABLE achievement_rules (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    achievement_id BIGINT NOT NULL REFERENCES achievements (id),
    kind TEXT NOT NULL CHECK (kind IN ('completion')),
    programme_id BIGINT REFERENCES programmes (id),
    created_at BIGINT NOT NULL,
    CHECK (kind <> 'completion' OR programme_id IS NOT NULL),
    UNIQUE (achievement_id, kind, programme_id)
);
CREATE INDEX achievement_rules_programme ON achievement_rules (org_id, kind, programme_id);

CREATE TABLE credentials (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    uid TEXT NOT NULL UNIQUE,
    achievement_id BIGINT NOT NULL REFERENCES achievements (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    enrolment_id BIGINT REFERENCES enrolments (id),
    via TEXT NOT NULL CHECK (via IN ('hand', 'completion')),
    status_index INTEGER NOT NULL,
    kid TEXT NOT NULL,
    jwt TEXT NOT NULL,
    issued_by BIGINT REFERENCES accounts (id),
    issued_at BIGINT NOT NULL,
    valid_until BIGINT,
    revoked_at BIGINT,
    revoked_by BIGINT REFERENCES accounts (id),
    revoked_reason TEXT,
    UNIQUE (org_id, status_index)
);
CREATE INDEX credentials_person ON credentials (org_id, person_id);
CREATE INDEX credentials_achievement ON credentials (org_id, achievement_id);
