-- 0125-programme-audience: the group of people a programme is mainly for (newcomers, women,
-- job-seekers far from work, ...), as funders' calls name their target groups; NULL when it
-- is for everyone. The impact reports break their figures down by it. model/training.c
-- lists the keys of audience; change both together.

ALTER TABLE programmes ADD COLUMN audience TEXT
    CHECK (audience IN ('jobseekers', 'newcomers', 'women', 'refugees', 'domestic_workers',
                        'youth', 'digitally_vulnerable', 'social_economy'));
