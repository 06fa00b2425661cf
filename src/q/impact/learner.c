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
