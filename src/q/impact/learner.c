/* learner.c — see learner.h. */
#include "q/impact/learner.h"

#include "model/training.h"

/* The columns of an ImpactEnrolment, and the joins they read. */
#define ENROLMENT_COLS                                                                             \
    "SELECT e.person_id, p.name, e.enrolled_at, "                                                  \
    "CASE WHEN e.status = 'completed' THEN 1 ELSE 0 END, COALESCE(p.birth_date, ''), "             \
    "COALESCE(p.municipality, ''), c.starts_on, COALESCE(l.province, ''), c.name, "                \
    "c.programme_id, g.kind, p.gender, COALESCE(p.lang, acc.lang, ''), g.audience "                \
    "FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id AND c.org_id = e.org_id "              \
    "JOIN programmes g ON g.id = c.programme_id AND g.org_id = c.org_id "                          \
    "JOIN people p ON p.id = e.person_id AND p.org_id = e.org_id "                                 \
    "LEFT JOIN locations l ON l.id = c.location_id AND l.org_id = c.org_id "                       \
    "LEFT JOIN accounts acc ON acc.id = p.account_id "
#define ENROLMENT_OUT(a, row)                                                                      \
    db_int64_out(&(row)->person_id), db_text(a, &(row)->name), db_int64_out(&(row)->enrolled_at),  \
        db_int64_out(&(row)->completed), db_text(a, &(row)->birth_date),                           \
        db_text(a, &(row)->municipality), db_text(a, &(row)->starts_on),                           \
        db_text(a, &(row)->province), db_text(a, &(row)->cohort),                                  \
        db_int64_out(&(row)->programme_id), db_vocab(&programme_kinds, &(row)->kind),              \
        db_vocab(&genders, &(row)->gender), db_text(a, &(row)->lang),                              \
        db_vocab(&audiences, &(row)->audience)

DbStatus q_impact_enrolments(Db *db, int64_t org_id, int64_t programme_id, Arena *a,
                             ImpactEnrolment *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "impact_enrolments",
           ENROLMENT_COLS "WHERE e.org_id = $1 AND c.programme_id = $2 "
                          "ORDER BY e.person_id, e.enrolled_at, e.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(programme_id)),
                          DB_COLS(ENROLMENT_OUT(a, row)), fn, ctx);
}

DbStatus q_impact_enrolments_org(Db *db, int64_t org_id, Arena *a, ImpactEnrolment *row, DbRowFn fn,
                                 void *ctx)
{
    DB_SQL(st, "impact_enrolments_org",
           ENROLMENT_COLS "WHERE e.org_id = $1 ORDER BY e.person_id, e.enrolled_at, e.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id)), DB_COLS(ENROLMENT_OUT(a, row)), fn,
                          ctx);
}

/* The raw key of a learner's row ($3: an ImpactRaw), as schema/0130-impact-learners.sql
 * keeps it. */
#define RAW_KEY                                                                                    \
    "CASE CAST($3 AS INTEGER) WHEN 0 THEN CAST(il.started_at / 3600 AS TEXT) "                     \
    "WHEN 1 THEN il.age WHEN 2 THEN il.municipality WHEN 3 THEN il.province "                      \
    "WHEN 4 THEN il.gender WHEN 5 THEN il.lang WHEN 6 THEN il.kind WHEN 8 THEN il.audience "       \
    "ELSE CAST(il.first_programme_id AS TEXT) END"
#define IN_RANGE(x) " " x ".started_at >= $4 AND " x ".started_at < $5 "
/* The programmes funder $1's grants fund (of call $2, 0: every call), as (org_id,
 * programme_id), and whether programme x.programme_id of x.org_id is one of them. */
#define FUNDED_GRANTS                                                                              \
    "FROM grant_programmes gp JOIN grants gr ON gr.id = gp.grant_id AND gr.grantee_id = "          \
    "gp.org_id "                                                                                   \
    "WHERE gr.org_id = $1 AND (CAST($2 AS BIGINT) = 0 OR gr.call_id = $2) "
/* f.lower, f.higher: whether the grantee has another funded programme with a lower, a
 * higher id (only then can a learner be in two of them) */
#define FUNDED_SET                                                                                 \
    "(SELECT gp.org_id, gp.programme_id, "                                                         \
    "MAX(CASE WHEN EXISTS (SELECT 1 FROM grant_programmes o WHERE o.org_id = gp.org_id "           \
    "AND o.programme_id < gp.programme_id AND o.grant_id IN (SELECT id FROM grants "               \
    "WHERE org_id = $1 AND (CAST($2 AS BIGINT) = 0 OR call_id = $2))) THEN 1 ELSE 0 END) AS "      \
    "has_lower, "                                                                                  \
    "MAX(CASE WHEN EXISTS (SELECT 1 FROM grant_programmes o WHERE o.org_id = gp.org_id "           \
    "AND o.programme_id > gp.programme_id AND o.grant_id IN (SELECT id FROM grants "               \
    "WHERE org_id = $1 AND (CAST($2 AS BIGINT) = 0 OR call_id = $2))) THEN 1 ELSE 0 END) AS "      \
    "has_higher " FUNDED_GRANTS "GROUP BY gp.org_id, gp.programme_id)"
#define FUNDED_IN(x)                                                                               \
    x ".programme_id IN (SELECT gp.programme_id FROM grant_programmes gp JOIN grants gr "          \
      "ON gr.id = gp.grant_id AND gr.grantee_id = gp.org_id WHERE gp.org_id = " x ".org_id "       \
      "AND gr.org_id = $1 AND (CAST($2 AS BIGINT) = 0 OR gr.call_id = $2))"
/* A funded learner's row il is the one they are counted in: no funded programme of their
 * organisation with a lower id where they started in the period. */
#define FUNDED_FIRST                                                                               \
    "(f.has_lower = 0 OR NOT EXISTS (SELECT 1 FROM impact_learners x WHERE x.person_id = "         \
    "il.person_id "                                                                                \
    "AND x.programme_id > 0 AND x.programme_id < il.programme_id AND" IN_RANGE(                    \
        "x") "AND " FUNDED_IN("x") "))"
#define HAS_PASS_OR_PLACEMENT "il.decided = 1"

#define SCOPE_IN(s)                                                                                \
    DB_IN(db_int64((s)->org_id), db_int64((s)->programme_id), db_int64((s)->raw),                  \
          db_int64((s)->lo), db_int64((s)->hi))

DbStatus q_impact_tally(Db *db, const ImpactScope *s, Arena *a, ImpactTally *row, DbRowFn fn,
                        void *ctx)
{
    DB_SQL(own, "impact_tally",
           "SELECT " RAW_KEY ", count(*), sum(il.completed) FROM impact_learners il "
           "WHERE il.org_id = $1 AND il.programme_id = $2 AND" IN_RANGE("il") "GROUP BY 1");
    /* completed in any funded programme they started in during the period */
    DB_SQL(funded, "impact_tally_funded",
           "SELECT " RAW_KEY
           ", count(*), sum(CASE WHEN il.completed = 1 OR f.has_higher = 1 AND EXISTS (SELECT 1 "
           "FROM impact_learners d WHERE d.person_id = il.person_id AND d.completed = 1 "
           "AND d.programme_id > il.programme_id AND" IN_RANGE("d") "AND " FUNDED_IN(
               "d") ") THEN 1 ELSE 0 END) FROM " FUNDED_SET " f JOIN impact_learners il "
                    "ON il.org_id = f.org_id AND il.programme_id = f.programme_id "
                    "WHERE" IN_RANGE("il") "AND " FUNDED_FIRST " GROUP BY 1");
    return db_select_many(
        db, s->funded ? &funded : &own, SCOPE_IN(s),
        DB_COLS(db_text(a, &row->raw), db_int64_out(&row->reached), db_int64_out(&row->trained)),
        fn, ctx);
}

DbStatus q_impact_candidates(Db *db, const ImpactScope *s, Arena *a, ImpactCandidate *row,
                             DbRowFn fn, void *ctx)
{
    DB_SQL(own, "impact_candidates",
           "SELECT " RAW_KEY ", il.person_id, il.programme_id, 1 FROM impact_learners il "
           "WHERE il.org_id = $1 AND il.programme_id = $2 AND" IN_RANGE(
               "il") "AND " HAS_PASS_OR_PLACEMENT);
    DB_SQL(funded, "impact_candidates_funded",
           "SELECT " RAW_KEY ", il.person_id, il.programme_id, CASE WHEN " FUNDED_FIRST
           " THEN 1 ELSE 0 END FROM " FUNDED_SET " f JOIN impact_learners il "
           "ON il.org_id = f.org_id AND il.programme_id = f.programme_id "
           "WHERE" IN_RANGE("il") "AND " HAS_PASS_OR_PLACEMENT " ORDER BY il.person_id");
    return db_select_many(db, s->funded ? &funded : &own, SCOPE_IN(s),
                          DB_COLS(db_text(a, &row->raw), db_int64_out(&row->person_id),
                                  db_int64_out(&row->programme_id), db_int64_out(&row->counted)),
                          fn, ctx);
}
