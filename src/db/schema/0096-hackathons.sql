-- 0096-hackathons: what a hackathon adds to an event (0095-events). Challenges, each
-- brought by one of the organisation's partners (0075-cases: partners); teams formed from
-- the people registered for the event, each on a challenge; what a team submits (a link or
-- a file: PDF, PNG or JPEG of at most 5 MB, checked like an assessment's evidence); and the
-- jury's scores: the organisation's members score every team on the event's weighted
-- criteria, and the ranking is the calls' one (domain/selection: weighted means, the
-- documented tie-break).

CREATE TABLE event_challenges (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    event_id BIGINT NOT NULL REFERENCES events (id),
    partner_id BIGINT NOT NULL REFERENCES partners (id),
    title TEXT NOT NULL,
    brief TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX event_challenges_event ON event_challenges (event_id, id);
CREATE INDEX event_challenges_partner ON event_challenges (partner_id);

CREATE TABLE event_criteria (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    event_id BIGINT NOT NULL REFERENCES events (id),
    label TEXT NOT NULL,
    weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 100)
);
CREATE INDEX event_criteria_event ON event_criteria (event_id, id);

CREATE TABLE event_teams (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    event_id BIGINT NOT NULL REFERENCES events (id),
    challenge_id BIGINT NOT NULL REFERENCES event_challenges (id),
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX event_teams_event ON event_teams (event_id, id);
CREATE INDEX event_teams_challenge ON event_teams (challenge_id);

-- a registered person is in one team at most
CREATE TABLE event_team_members (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    team_id BIGINT NOT NULL REFERENCES event_teams (id),
    registration_id BIGINT NOT NULL UNIQUE REFERENCES event_registrations (id),
    PRIMARY KEY (team_id, registration_id)
);

CREATE TABLE event_submissions (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    team_id BIGINT NOT NULL REFERENCES event_teams (id),
    url TEXT,
    file_name TEXT,
    file_type TEXT,
    file_size BIGINT,
    file_data {{BLOB}},
    created_at BIGINT NOT NULL
);
CREATE INDEX event_submissions_team ON event_submissions (team_id, created_at);

-- a juror's score of a team on a criterion, 0 to 10; a juror's scores of a team are saved
-- together (all criteria at once)
CREATE TABLE event_scores (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    team_id BIGINT NOT NULL REFERENCES event_teams (id),
    juror_id BIGINT NOT NULL REFERENCES accounts (id),
    criterion_id BIGINT NOT NULL REFERENCES event_criteria (id),
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    PRIMARY KEY (team_id, juror_id, criterion_id)
);
