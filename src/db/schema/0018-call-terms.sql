-- 0018-call-terms: what the funder sets per call besides money and dates: when reviewers
-- disagree (their scores more than disagree_pct % of the scale apart) and how a grant is
-- paid (up to three tranches, each a percentage and the step of the grant's life that
-- releases it; the percentages add up to 100). An unused tranche has 0 % and no trigger.
-- The defaults are what every call had before: 30 %, and 60 % on signature with 40 % on
-- the final report. domain/tranches.c and domain/disagree.c hold the rules.

ALTER TABLE calls ADD COLUMN disagree_pct INTEGER NOT NULL DEFAULT 30
    CHECK (disagree_pct BETWEEN 0 AND 100);
ALTER TABLE calls ADD COLUMN tranche1_pct INTEGER NOT NULL DEFAULT 60
    CHECK (tranche1_pct BETWEEN 1 AND 100);
ALTER TABLE calls ADD COLUMN tranche1_on TEXT NOT NULL DEFAULT 'signature'
    CHECK (tranche1_on IN ('signature', 'interim_report', 'final_report'));
ALTER TABLE calls ADD COLUMN tranche2_pct INTEGER NOT NULL DEFAULT 40
    CHECK (tranche2_pct BETWEEN 0 AND 99);
ALTER TABLE calls ADD COLUMN tranche2_on TEXT DEFAULT 'final_report'
    CHECK (tranche2_on IN ('signature', 'interim_report', 'final_report'));
ALTER TABLE calls ADD COLUMN tranche3_pct INTEGER NOT NULL DEFAULT 0
    CHECK (tranche3_pct BETWEEN 0 AND 98);
ALTER TABLE calls ADD COLUMN tranche3_on TEXT
    CHECK (tranche3_on IN ('signature', 'interim_report', 'final_report'));
