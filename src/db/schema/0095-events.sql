-- 0095-events: events and hackathons. An organisation holds events (a hackathon, an info
-- session, a workshop, a camp, a demo day) at one of its training locations, from starts_at
-- to ends_at, for at most capacity people, open to anyone (public) or by personal
-- invitation only; an event for young people has an age band, and under consent_age a
-- guardian agrees as for an application (0016-admission: the consent states and acts).
-- People register without an account: each registration has a personal link (its hash
-- kept) to see it, cancel it and show the check-in QR code. taken counts the places held
-- (registered); the registration workflow raises it with a conditional UPDATE inside the
-- transaction that inserts the registration, so that simultaneous registrations can never
-- take more than capacity (on PostgreSQL the UPDATE locks the event's row; on SQLite
-- writes are serialised). model/events.c lists the keys of kind, access and status;
-- change both together.

CREATE TABLE events (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    kind TEXT NOT NULL CHECK (kind IN ('hackathon', 'info-session', 'workshop', 'camp',
        'demo-day')),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    location_id BIGINT NOT NULL REFERENCES locations (id),
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity > 0),
    taken INTEGER NOT NULL DEFAULT 0 CHECK (taken >= 0 AND taken <= capacity),
    min_age INTEGER, -- the age band on the first day; NULL: none
    max_age INTEGER,
    consent_age INTEGER NOT NULL DEFAULT 13 CHECK (consent_age BETWEEN 0 AND 18),
    access TEXT NOT NULL CHECK (access IN ('public', 'invitation')),
    created_at BIGINT NOT NULL
);
CREATE INDEX events_org_start ON events (org_id, starts_at, id);
CREATE INDEX events_org_title ON events (org_id, title, id);
CREATE INDEX events_start ON events (starts_at);

-- a personal invitation to an invitation-only event (its link's hash kept)
CREATE TABLE event_invitations (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    event_id BIGINT NOT NULL REFERENCES events (id),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    lang TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);
CREATE INDEX event_invitations_event ON event_invitations (event_id, created_at);

CREATE TABLE event_registrations (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    event_id BIGINT NOT NULL REFERENCES events (id),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    lang TEXT NOT NULL,
    birth_date TEXT, -- YYYY-MM-DD when the event has an age band
    status TEXT NOT NULL CHECK (status IN ('registered', 'waiting', 'cancelled')),
    token_hash TEXT NOT NULL UNIQUE, -- the personal link
    invitation_id BIGINT REFERENCES event_invitations (id),
    guardian_name TEXT,
    guardian_email TEXT,
    consent TEXT CHECK (consent IN ('pending', 'given', 'refused', 'withdrawn')),
    consent_token_hash TEXT UNIQUE,
    reminded_at BIGINT,
    checked_in_at BIGINT,
    checked_in_by BIGINT REFERENCES accounts (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX event_registrations_event ON event_registrations (event_id, status, id);
CREATE INDEX event_registrations_name ON event_registrations (org_id, event_id, name, id);
-- one registration per e-mail address and event, unless cancelled
CREATE UNIQUE INDEX event_registrations_email ON event_registrations (event_id, email)
    WHERE status <> 'cancelled';
