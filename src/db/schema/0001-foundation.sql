-- 0001-foundation: organisations, accounts, memberships, people, sessions, sign-in
-- throttling, password resets, invitations, the mail outbox and the audit log.
-- {{ID}} is an auto-assigned BIGINT primary key; migrate.c expands it per back end.

CREATE TABLE app_secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE organisations (
    id {{ID}},
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('training', 'funder', 'partner')),
    created_at BIGINT NOT NULL
);

CREATE TABLE accounts (
    id {{ID}},
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    lang TEXT NOT NULL DEFAULT 'en' CHECK (lang IN ('en', 'nl', 'fr')),
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE memberships (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    roles INTEGER NOT NULL CHECK (roles > 0),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, account_id)
);
CREATE INDEX memberships_account ON memberships (account_id);

-- A person is not always an account: a trainer can register a walk-in learner.
CREATE TABLE people (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    account_id BIGINT REFERENCES accounts (id),
    name TEXT NOT NULL,
    email TEXT,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX people_org_account ON people (org_id, account_id);

-- Only the SHA-256 of a session token is stored: a copy of the database opens no session.
CREATE TABLE sessions (
    id {{ID}},
    token_hash TEXT NOT NULL UNIQUE,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    current_org BIGINT,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

-- Keyed by the e-mail typed, whether or not an account has it (no enumeration).
CREATE TABLE sign_in_failures (
    email TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_at BIGINT NOT NULL,
    locked_until BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE password_resets (
    id {{ID}},
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

CREATE TABLE invitations (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    email TEXT NOT NULL,
    roles INTEGER NOT NULL CHECK (roles > 0),
    lang TEXT NOT NULL DEFAULT 'en',
    token_hash TEXT NOT NULL UNIQUE,
    invited_by BIGINT REFERENCES accounts (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    accepted_at BIGINT,
    accepted_by BIGINT REFERENCES accounts (id),
    revoked_at BIGINT
);
CREATE INDEX invitations_org ON invitations (org_id);

CREATE TABLE outbox (
    id {{ID}},
    org_id BIGINT,
    to_addr TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    claimed_until BIGINT NOT NULL DEFAULT 0,
    sent_at BIGINT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE INDEX outbox_pending ON outbox (sent_at, claimed_until);

CREATE TABLE audit_log (
    id {{ID}},
    org_id BIGINT,
    account_id BIGINT,
    action TEXT NOT NULL,
    detail TEXT,
    at BIGINT NOT NULL
);
CREATE INDEX audit_log_org ON audit_log (org_id, at);
