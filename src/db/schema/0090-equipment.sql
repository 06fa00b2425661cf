-- 0090-equipment: an organisation's equipment and its loans. An item (kind, label, serial
-- number, condition) is the organisation's own or lent to it by a partner (partner_id, a
-- partner of 0075-cases) and kept at one of its locations. A loan lends an item to one
-- borrower: a learner (a people record), a team (of 0075-cases) or a location (a mobile
-- workshop), from lent_on to due_on (Brussels days), and is closed by its return, with the
-- condition the item came back in. model/equipment.c lists the keys of kind and condition;
-- change both together.

CREATE TABLE equipment (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    kind TEXT NOT NULL CHECK (kind IN ('laptop', 'tablet', 'phone', 'robot', 'sensor',
        'kit', 'other')),
    label TEXT NOT NULL,
    serial TEXT NOT NULL DEFAULT '',
    condition TEXT NOT NULL CHECK (condition IN ('new', 'good', 'fair', 'damaged')),
    partner_id BIGINT REFERENCES partners (id), -- NULL: the organisation's own
    location_id BIGINT REFERENCES locations (id), -- where it is kept; NULL: not said
    created_at BIGINT NOT NULL
);
CREATE INDEX equipment_org ON equipment (org_id, label, id);
CREATE INDEX equipment_partner ON equipment (partner_id);

CREATE TABLE loans (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    item_id BIGINT NOT NULL REFERENCES equipment (id),
    person_id BIGINT REFERENCES people (id),
    team_id BIGINT REFERENCES teams (id),
    location_id BIGINT REFERENCES locations (id),
    lent_on TEXT NOT NULL, -- YYYY-MM-DD, Brussels
    due_on TEXT NOT NULL,
    lent_by BIGINT NOT NULL REFERENCES accounts (id),
    lent_at BIGINT NOT NULL,
    returned_on TEXT, -- NULL while out
    condition_in TEXT CHECK (condition_in IN ('new', 'good', 'fair', 'damaged')),
    returned_by BIGINT REFERENCES accounts (id),
    reminded_at BIGINT, -- the overdue reminder was queued (once per loan)
    CHECK ((person_id IS NOT NULL AND team_id IS NULL AND location_id IS NULL)
        OR (person_id IS NULL AND team_id IS NOT NULL AND location_id IS NULL)
        OR (person_id IS NULL AND team_id IS NULL AND location_id IS NOT NULL)),
    CHECK (due_on >= lent_on),
    CHECK (returned_on IS NULL OR returned_on >= lent_on)
);
-- an item is out once at most: a second lend of the same item, even at the same instant
-- from another server, is refused by the database
CREATE UNIQUE INDEX loans_open ON loans (item_id) WHERE returned_on IS NULL;
CREATE INDEX loans_out ON loans (org_id, due_on, id) WHERE returned_on IS NULL;
CREATE INDEX loans_item ON loans (item_id, lent_on, id);
CREATE INDEX loans_person ON loans (person_id);
CREATE INDEX loans_team ON loans (team_id);
