-- 0075-cases: real cases from partners. A training organisation records its partners (a
-- name, a contact and, when the partner has its own organisation in traject, that
-- organisation, whose members then submit cases and follow them from their own space).
-- A case belongs to the training organisation (org_id) and always names a partner; staff
-- accept it into a cohort, form teams of the cohort's learners and give the case to teams;
-- teams hand in deliverables and mark milestones done; the partner comments on and rates
-- the hand-ins. The partner's organisation reaches a case only through
-- partners.partner_org_id: every statement of the partner's view joins on it.
-- model/cases.c lists the keys of status; change both together.

CREATE TABLE partners (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    partner_org_id BIGINT REFERENCES organisations (id), -- NULL: not in traject
    created_at BIGINT NOT NULL
);
CREATE INDEX partners_org ON partners (org_id, name, id);
CREATE UNIQUE INDEX partners_partner_org ON partners (partner_org_id, org_id);

CREATE TABLE cases (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    partner_id BIGINT NOT NULL REFERENCES partners (id),
    title TEXT NOT NULL,
    brief TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'accepted')),
    cohort_id BIGINT REFERENCES cohorts (id), -- set on acceptance
    submitted_by BIGINT REFERENCES accounts (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX cases_org ON cases (org_id, title, id);
CREATE INDEX cases_created ON cases (org_id, created_at, id);
CREATE INDEX cases_partner ON cases (partner_id, created_at);

CREATE TABLE case_competences (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    case_id BIGINT NOT NULL REFERENCES cases (id),
    competence_id BIGINT NOT NULL REFERENCES competences (id),
    PRIMARY KEY (case_id, competence_id)
);

-- what a case expects handed in, and its milestones (due_on set), in the order given
CREATE TABLE case_items (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    case_id BIGINT NOT NULL REFERENCES cases (id),
    milestone INTEGER NOT NULL, -- 0: a deliverable, 1: a milestone
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    due_on TEXT -- YYYY-MM-DD, Brussels: milestones only
);
CREATE INDEX case_items_case ON case_items (case_id, milestone, position);

CREATE TABLE teams (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id),
    name TEXT NOT NULL,
    case_id BIGINT REFERENCES cases (id), -- the case it works on
    created_at BIGINT NOT NULL
);
CREATE INDEX teams_cohort ON teams (org_id, cohort_id, name);
CREATE INDEX teams_case ON teams (case_id);

CREATE TABLE team_members (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    team_id BIGINT NOT NULL REFERENCES teams (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    PRIMARY KEY (team_id, person_id)
);
CREATE INDEX team_members_person ON team_members (person_id);

CREATE TABLE team_milestones (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    team_id BIGINT NOT NULL REFERENCES teams (id),
    item_id BIGINT NOT NULL REFERENCES case_items (id),
    done_at BIGINT NOT NULL,
    done_by BIGINT NOT NULL REFERENCES people (id),
    PRIMARY KEY (team_id, item_id)
);

-- A team's hand-in of a deliverable: a link or a file (PDF, PNG or JPEG, checked like an
-- assessment's evidence). Never replaced: a later one is shown first. The partner's
-- comment and rating (1 to 5) go on the hand-in.
CREATE TABLE handins (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    team_id BIGINT NOT NULL REFERENCES teams (id),
    item_id BIGINT NOT NULL REFERENCES case_items (id),
    url TEXT,
    file_name TEXT,
    file_type TEXT,
    file_size BIGINT,
    file_data {{BLOB}},
    handed_in_by BIGINT NOT NULL REFERENCES people (id),
    created_at BIGINT NOT NULL,
    comment TEXT,
    rating INTEGER CHECK (rating BETWEEN 1 AND 5),
    reviewed_by BIGINT REFERENCES accounts (id),
    reviewed_at BIGINT
);
CREATE INDEX handins_team ON handins (team_id, item_id, created_at);
