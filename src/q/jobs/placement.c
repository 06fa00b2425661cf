/* placement.c — statements on placements (see placement.h). */
#include "q/jobs/placement.h"

DbStatus q_job_placement_add(Db *db, int64_t org_id, const JobPlacementInput *x,
                             int64_t candidate_id, int64_t created_by, int64_t now, int64_t *id)
{
    DB_SQL(st, "job_placement_add",
           "INSERT INTO job_placements (org_id, person_id, kind, employer, starts_on, ends_on, "
           "contract, hours, candidate_id, created_by, created_at) SELECT $1, pe.id, $3, $4, $5, "
           "$6, $7, $8, $9, $10, $11 FROM people pe WHERE pe.org_id = $1 AND pe.id = $2 "
           "RETURNING id");
    return db_select_int64(
        db, &st,
        DB_IN(db_int64(org_id), db_int64(x->person_id), db_str(x->kind), db_str(x->employer),
              db_str(x->starts_on), x->ends_on && *x->ends_on ? db_str(x->ends_on) : db_null(),
              db_str(x->contract ? x->contract : ""), x->hours ? db_int64(x->hours) : db_null(),
              candidate_id ? db_int64(candidate_id) : db_null(),
              created_by ? db_int64(created_by) : db_null(), db_int64(now)),
        id);
}

#define PLACEMENT_COLS                                                                             \
    "j.id, j.org_id, j.person_id, pe.name, j.kind, j.employer, j.starts_on, j.ends_on, "           \
    "j.contract, COALESCE(j.hours, 0), j.created_at"
#define PLACEMENT_OUT(a, x)                                                                        \
    db_int64_out(&(x)->id), db_int64_out(&(x)->org_id), db_int64_out(&(x)->person_id),             \
        db_text(a, &(x)->name), db_vocab(&job_placement_kinds, (int *)&(x)->kind),                 \
        db_text(a, &(x)->employer), db_text(a, &(x)->starts_on), db_text(a, &(x)->ends_on),        \
        db_text(a, &(x)->contract), db_int64_out(&(x)->hours), db_int64_out(&(x)->created_at)

#define PLACEMENT_WHERE                                                                            \
    "SELECT " PLACEMENT_COLS " FROM job_placements j JOIN people pe ON pe.id = j.person_id "       \
    "WHERE j.org_id = $1 AND ($2 = '' OR lower(pe.name) LIKE $2 ESCAPE '\\' "                      \
    "OR lower(j.employer) LIKE $2 ESCAPE '\\')"

DB_PAGE_SORT(Q_PLACEMENT_NAME, "job_placement_page_name", PLACEMENT_WHERE,
             "pe.name COLLATE \"und-x-icu\"", "j.id", 3, 4, 5);
DB_PAGE_SORT(Q_PLACEMENT_START, "job_placement_page_start", PLACEMENT_WHERE, "j.starts_on", "j.id",
             3, 4, 5);

static const DbPageStmts placement_pages[PLACEMENT_SORTS] = {
    [PLACEMENT_BY_NAME] = DB_PAGE_STMTS(Q_PLACEMENT_NAME),
    [PLACEMENT_BY_START] = DB_PAGE_STMTS(Q_PLACEMENT_START),
};

DbStatus q_job_placement_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, JobPlacement *row,
                              DbRowFn fn, void *ctx)
{
    return db_page_select(db, p, placement_pages, PLACEMENT_SORTS, DB_IN(db_int64(org_id)),
                          DB_COLS(PLACEMENT_OUT(a, row)), fn, ctx);
}

DbStatus q_job_placement_count(Db *db, int64_t org_id, const char *like, int64_t *n)
{
    DB_SQL(st, "job_placement_count", "SELECT COUNT(*) FROM (" PLACEMENT_WHERE ") t");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_str(like)), n);
}

DbStatus q_job_placed_rows(Db *db, int64_t org_id, int64_t programme_id, bool by_person, Arena *a,
                           JobPlacedRow *row, DbRowFn fn, void *ctx)
{
#define PLACED_FROM                                                                                \
    "SELECT e.person_id, pe.name, c.id, c.name, c.starts_on, c.ends_on, " PLACEMENT_COLS           \
    " FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id AND c.org_id = e.org_id "             \
    "JOIN people pe ON pe.id = e.person_id JOIN job_placements j "                                 \
    "ON j.org_id = e.org_id AND j.person_id = e.person_id WHERE e.org_id = $1 "                    \
    "AND e.status IN ('enrolled', 'completed') "
    DB_SQL(by_name, "job_placed_rows",
           PLACED_FROM "AND c.programme_id = $2 "
                       "ORDER BY pe.name COLLATE \"und-x-icu\", e.person_id, j.starts_on, j.id");
    /* for the impact reports: no names to sort, every programme when programme_id is 0 */
    DB_SQL(by_id, "job_placed_rows_by_person",
           PLACED_FROM "AND (CAST($2 AS BIGINT) = 0 OR c.programme_id = $2) "
                       "ORDER BY e.person_id, j.starts_on, j.id");
#undef PLACED_FROM
    return db_select_many(db, by_person ? &by_id : &by_name,
                          DB_IN(db_int64(org_id), db_int64(programme_id)),
                          DB_COLS(db_int64_out(&row->person_id), db_text(a, &row->name),
                                  db_int64_out(&row->cohort_id), db_text(a, &row->cohort_name),
                                  db_text(a, &row->cohort_starts), db_text(a, &row->cohort_ends),
                                  PLACEMENT_OUT(a, &row->p)),
                          fn, ctx);
}
