-- 0007-calls: a funder's calls for projects and the proposals organisations submit.
-- A call belongs to the funder (org_id); a proposal belongs to the applicant (org_id) and
-- carries its call's funder (funder_id) so that every statement of either side filters
-- on its own organisation. Money in cents; times in UTC seconds.

CREATE TABLE calls (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'decided')),
    title_en TEXT,
    title_nl TEXT,
    title_fr TEXT,
    description_en TEXT,
    description_nl TEXT,
    description_fr TEXT,
    budget BIGINT NOT NULL CHECK (budget >= 0),
    min_grant BIGINT NOT NULL CHECK (min_grant >= 0),
    max_grant BIGINT NOT NULL,
    opens_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    reviews_needed INTEGER NOT NULL DEFAULT 3 CHECK (reviews_needed BETWEEN 1 AND 20),
    scale_min INTEGER NOT NULL DEFAULT 0,
    scale_max INTEGER NOT NULL DEFAULT 10,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK (max_grant >= min_grant),
    CHECK (closes_at > opens_at),
    CHECK (scale_max > scale_min)
);
CREATE INDEX calls_org ON calls (org_id, status);

-- The call's checklist for eligibility, its award criteria (with a weight) and the
-- attachments a proposal must carry, in the order shown.
CREATE TABLE call_items (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    call_id BIGINT NOT NULL REFERENCES calls (id),
    kind TEXT NOT NULL CHECK (kind IN ('eligibility', 'criterion', 'attachment')),
    position INTEGER NOT NULL,
    text_en TEXT,
    text_nl TEXT,
    text_fr TEXT,
    weight INTEGER NOT NULL DEFAULT 1 CHECK (weight BETWEEN 0 AND 100)
);
CREATE INDEX call_items_call ON call_items (org_id, call_id, kind, position);

-- The groups a funder's calls aim at; each funder edits its own list.
CREATE TABLE target_groups (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    position INTEGER NOT NULL,
    name_en TEXT,
    name_nl TEXT,
    name_fr TEXT,
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX target_groups_org ON target_groups (org_id, position);

CREATE TABLE call_target_groups (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    call_id BIGINT NOT NULL REFERENCES calls (id),
    target_group_id BIGINT NOT NULL REFERENCES target_groups (id),
    PRIMARY KEY (call_id, target_group_id)
);

CREATE TABLE proposals (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    call_id BIGINT NOT NULL REFERENCES calls (id),
    funder_id BIGINT NOT NULL REFERENCES organisations (id),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'eligible',
        'ineligible', 'selected', 'not_selected', 'withdrawn')),
    title TEXT NOT NULL,
    summary TEXT,
    requested BIGINT NOT NULL DEFAULT 0 CHECK (requested >= 0),
    planned_trained INTEGER NOT NULL DEFAULT 0 CHECK (planned_trained >= 0),
    planned_reached INTEGER NOT NULL DEFAULT 0 CHECK (planned_reached >= 0),
    submitted_at BIGINT,
    submitted_by BIGINT REFERENCES accounts (id),
    receipt TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX proposals_org ON proposals (org_id, call_id);
CREATE INDEX proposals_funder ON proposals (funder_id, call_id, status);

CREATE TABLE proposal_target_groups (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    proposal_id BIGINT NOT NULL REFERENCES proposals (id),
    target_group_id BIGINT NOT NULL REFERENCES target_groups (id),
    PRIMARY KEY (proposal_id, target_group_id)
);

CREATE TABLE proposal_budget_lines (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    proposal_id BIGINT NOT NULL REFERENCES proposals (id),
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount >= 0)
);
CREATE INDEX proposal_budget_lines_proposal ON proposal_budget_lines (org_id, proposal_id);
