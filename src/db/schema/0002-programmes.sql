-- 0002-programmes: training programmes with their eligibility rules and targets, and
-- the places where training happens.

CREATE TABLE programmes (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    kind TEXT NOT NULL CHECK (kind IN ('bootcamp', 'certification', 'workshops', 'camp', 'online')),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'running', 'closed')),
    title_en TEXT,
    title_nl TEXT,
    title_fr TEXT,
    description_en TEXT,
    description_nl TEXT,
    description_fr TEXT,
    -- teaching languages as a bit mask: 1 English, 2 Dutch, 4 French
    teaching_langs INTEGER NOT NULL CHECK (teaching_langs > 0),
    -- eligibility: age on the start date, job-seekers only, region (NULL: any)
    min_age INTEGER,
    max_age INTEGER,
    jobseekers_only INTEGER NOT NULL DEFAULT 0,
    region TEXT CHECK (region IN ('brussels', 'flanders', 'wallonia')),
    target_trained INTEGER NOT NULL DEFAULT 0,
    target_certified INTEGER NOT NULL DEFAULT 0,
    target_placed INTEGER NOT NULL DEFAULT 0,
    target_reached INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age)
);
CREATE INDEX programmes_org ON programmes (org_id, status);

CREATE TABLE locations (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    address TEXT,
    postcode TEXT,
    municipality TEXT NOT NULL,
    province TEXT NOT NULL CHECK (province IN ('brussels', 'antwerp', 'east-flanders',
        'flemish-brabant', 'limburg', 'west-flanders', 'hainaut', 'liege', 'luxembourg',
        'namur', 'walloon-brabant')),
    mobile INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX locations_org ON locations (org_id);
