-- 0010-reviews: a jury member's review of an assigned proposal: a score per award
-- criterion within the call's scale and a comment; a draft until submitted.

CREATE TABLE reviews (
    org_id BIGINT NOT NULL REFERENCES organisations (id), -- the funder
    call_id BIGINT NOT NULL REFERENCES calls (id),
    proposal_id BIGINT NOT NULL REFERENCES proposals (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    comment TEXT,
    submitted_at BIGINT,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (proposal_id, account_id)
);

CREATE TABLE review_scores (
    org_id BIGINT NOT NULL REFERENCES organisations (id),
    proposal_id BIGINT NOT NULL REFERENCES proposals (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    item_id BIGINT NOT NULL REFERENCES call_items (id),
    score INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, account_id, item_id)
);
