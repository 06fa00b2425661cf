-- 0085-contributions: what an organisation's partners give. A partner (0075-cases: a name,
-- a contact and, when it has one, its own organisation in traject) gets a kind and a
-- contact's phone number; a contribution is one thing a partner gives the training
-- organisation (org_id): equipment, services, internship places, trainings, consultancy,
-- events or money, described, with a value in cents (0 when none is put on it), how many
-- (places, devices; NULL when not counted), the days it runs from and to (to: NULL when
-- open-ended or a single day) and a status. The partner's own organisation reads its
-- contributions only through partners.partner_org_id. model/partners.c lists the keys of
-- kind and status; change both together.

ALTER TABLE partners ADD COLUMN kind TEXT NOT NULL DEFAULT 'company'
    CHECK (kind IN ('company', 'public', 'nonprofit', 'education', 'other'));
ALTER TABLE partners ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '';

CREATE TABLE contributions (
    id {{ID}},
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    partner_id BIGINT NOT NULL REFERENCES partners (id),
    kind TEXT NOT NULL CHECK (kind IN ('equipment', 'services', 'internships', 'training',
                                       'consultancy', 'events', 'money')),
    description TEXT NOT NULL,
    value_cents BIGINT NOT NULL DEFAULT 0 CHECK (value_cents >= 0),
    quantity BIGINT CHECK (quantity > 0),
    starts_on TEXT NOT NULL, -- YYYY-MM-DD
    ends_on TEXT CHECK (ends_on IS NULL OR ends_on >= starts_on),
    status TEXT NOT NULL DEFAULT 'promised' CHECK (status IN ('promised', 'delivered', 'cancelled')),
    created_by BIGINT REFERENCES accounts (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX contributions_partner ON contributions (org_id, partner_id, starts_on, id);
CREATE INDEX contributions_org ON contributions (org_id, starts_on, id);
