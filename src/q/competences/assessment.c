/* assessment.c — statements on targets, assessments and progress (see assessment.h). */
#include "q/competences/assessment.h"

/* the level's name: on the scale of the competence's framework */
#define LEVEL_JOIN "LEFT JOIN framework_levels l ON l.framework_id = c.framework_id AND l.level = "

DbStatus q_target_list(Db *db, int64_t org_id, int64_t programme_id, Arena *a, Target *row,
                       DbRowFn fn, void *ctx)
{
    DB_SQL(st, "target_list",
           "SELECT t.competence_id, t.level, c.code, c.title, c.title_nl, c.title_fr, l.title, "
           "l.title_nl, l.title_fr FROM programme_competences t JOIN competences c "
           "ON c.id = t.competence_id JOIN competence_areas a ON a.id = c.area_id " LEVEL_JOIN
           "t.level WHERE t.org_id = $1 AND t.programme_id = $2 "
           "ORDER BY c.framework_id, a.position, c.position, c.id");
    return db_select_many(
        db, &st, DB_IN(db_int64(org_id), db_int64(programme_id)),
        DB_COLS(db_int64_out(&row->competence_id), db_int64_out(&row->level),
                db_text(a, &row->code), db_text(a, &row->title[0]), db_text(a, &row->title[1]),
                db_text(a, &row->title[2]), db_text(a, &row->level_title[0]),
                db_text(a, &row->level_title[1]), db_text(a, &row->level_title[2])),
        fn, ctx);
}

DbStatus q_target_put(Db *db, int64_t org_id, int64_t programme_id, int64_t competence_id,
                      int64_t level)
{
    DB_SQL(st, "target_put",
           "INSERT INTO programme_competences (org_id, programme_id, competence_id, level) "
           "SELECT $1, p.id, $3, $4 FROM programmes p WHERE p.org_id = $1 AND p.id = $2 "
           "ON CONFLICT (programme_id, competence_id) DO UPDATE SET level = excluded.level");
    return db_exec(
        db, &st,
        DB_IN(db_int64(org_id), db_int64(programme_id), db_int64(competence_id), db_int64(level)));
}

DbStatus q_target_remove(Db *db, int64_t org_id, int64_t programme_id, int64_t competence_id)
{
    DB_SQL(st, "target_remove",
           "DELETE FROM programme_competences WHERE org_id = $1 AND programme_id = $2 "
           "AND competence_id = $3");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(programme_id), db_int64(competence_id)));
}

DbStatus q_assessment_add(Db *db, const Assessment *x, const void *data, int64_t now, int64_t *id)
{
    DB_SQL(st, "assessment_add",
           "INSERT INTO assessments (org_id, person_id, competence_id, level, assessed_on, "
           "evidence_text, evidence_url, file_name, file_type, file_size, file_data, "
           "assessed_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, "
           "$12, $13) RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(x->org_id), db_int64(x->person_id),
                                 db_int64(x->competence_id), db_int64(x->level),
                                 db_str(x->assessed_on), db_str(x->evidence_text),
                                 db_str(x->evidence_url), db_str(x->file_name),
                                 db_str(x->file_type), data ? db_int64(x->file_size) : db_null(),
                                 data ? db_blob(data, (size_t)x->file_size) : db_null(),
                                 db_int64(x->assessed_by), db_int64(now)),
                           id);
}

#define HISTORY_SELECT                                                                             \
    "SELECT x.id, x.org_id, x.person_id, x.competence_id, x.level, x.assessed_on, "                \
    "x.evidence_text, x.evidence_url, x.file_name, x.file_type, COALESCE(x.file_size, 0), "        \
    "COALESCE(x.assessed_by, 0), COALESCE(ac.name, ''), o.name, c.code, c.title, c.title_nl, "     \
    "c.title_fr, l.title, l.title_nl, l.title_fr FROM assessments x "                              \
    "JOIN competences c ON c.id = x.competence_id "                                                \
    "JOIN competence_areas a ON a.id = c.area_id "                                                 \
    "JOIN organisations o ON o.id = x.org_id "                                                     \
    "LEFT JOIN accounts ac ON ac.id = x.assessed_by " LEVEL_JOIN "x.level "
#define HISTORY_ORDER                                                                              \
    " ORDER BY c.framework_id, a.position, c.position, c.id, x.assessed_on DESC, x.id DESC"

#define HISTORY_OUT(a, x)                                                                          \
    db_int64_out(&(x)->id), db_int64_out(&(x)->org_id), db_int64_out(&(x)->person_id),             \
        db_int64_out(&(x)->competence_id), db_int64_out(&(x)->level),                              \
        db_text(a, &(x)->assessed_on), db_text(a, &(x)->evidence_text),                            \
        db_text(a, &(x)->evidence_url), db_text(a, &(x)->file_name), db_text(a, &(x)->file_type),  \
        db_int64_out(&(x)->file_size), db_int64_out(&(x)->assessed_by),                            \
        db_text(a, &(x)->assessor), db_text(a, &(x)->org_name), db_text(a, &(x)->code),            \
        db_text(a, &(x)->title[0]), db_text(a, &(x)->title[1]), db_text(a, &(x)->title[2]),        \
        db_text(a, &(x)->level_title[0]), db_text(a, &(x)->level_title[1]),                        \
        db_text(a, &(x)->level_title[2])

DbStatus q_assessment_history(Db *db, int64_t org_id, int64_t person_id, Arena *a, Assessment *row,
                              DbRowFn fn, void *ctx)
{
    DB_SQL(st, "assessment_history",
           HISTORY_SELECT "WHERE x.org_id = $1 AND x.person_id = $2" HISTORY_ORDER);
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(person_id)),
                          DB_COLS(HISTORY_OUT(a, row)), fn, ctx);
}

DbStatus q_assessment_mine(Db *db, int64_t account_id, Arena *a, Assessment *row, DbRowFn fn,
                           void *ctx)
{
    DB_SQL(st, "assessment_mine",
           HISTORY_SELECT "JOIN people pe ON pe.id = x.person_id AND pe.org_id = x.org_id "
                          "WHERE pe.account_id = $1 ORDER BY o.name COLLATE \"und-x-icu\", "
                          "x.org_id, c.framework_id, a.position, c.position, c.id, "
                          "x.assessed_on DESC, x.id DESC");
    return db_select_many(db, &st, DB_IN(db_int64(account_id)), DB_COLS(HISTORY_OUT(a, row)), fn,
                          ctx);
}

DbStatus q_evidence_get(Db *db, int64_t org_id, int64_t id, Arena *a, char **name, char **type,
                        char **data, size_t *size)
{
    DB_SQL(st, "evidence_get",
           "SELECT file_name, file_type, file_data FROM assessments WHERE org_id = $1 "
           "AND id = $2 AND file_data IS NOT NULL");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(db_text(a, name), db_text(a, type), db_blob_out(a, data, size)));
}

DbStatus q_evidence_mine(Db *db, int64_t account_id, int64_t id, Arena *a, char **name, char **type,
                         char **data, size_t *size)
{
    DB_SQL(st, "evidence_mine",
           "SELECT x.file_name, x.file_type, x.file_data FROM assessments x JOIN people pe "
           "ON pe.id = x.person_id AND pe.org_id = x.org_id WHERE pe.account_id = $1 "
           "AND x.id = $2 AND x.file_data IS NOT NULL");
    return db_select_one(db, &st, DB_IN(db_int64(account_id), db_int64(id)),
                         DB_COLS(db_text(a, name), db_text(a, type), db_blob_out(a, data, size)));
}

#define GRID_WHERE                                                                                 \
    "SELECT pe.id, pe.name FROM enrolments e JOIN people pe ON pe.id = e.person_id "               \
    "WHERE e.org_id = $1 AND e.cohort_id = $2 AND ($3 = '' OR lower(pe.name) LIKE $3 "             \
    "ESCAPE '\\')"
#define GRID_KEY "pe.name COLLATE \"und-x-icu\""

DB_PAGE_SORT(Q_GRID_NAME, "grid", GRID_WHERE, GRID_KEY, "pe.id", 4, 5, 6);

static const DbPageStmts grid_pages[GRID_SORTS] = {
    [GRID_BY_NAME] = DB_PAGE_STMTS(Q_GRID_NAME),
};

DbStatus q_grid_page(Db *db, int64_t org_id, int64_t cohort_id, const DbPage *p, Arena *a,
                     PersonName *row, DbRowFn fn, void *ctx)
{
    return db_page_select(db, p, grid_pages, GRID_SORTS,
                          DB_IN(db_int64(org_id), db_int64(cohort_id)),
                          DB_COLS(db_int64_out(&row->id), db_text(a, &row->name)), fn, ctx);
}

DbStatus q_grid_count(Db *db, int64_t org_id, int64_t cohort_id, const char *like, int64_t *n)
{
    DB_SQL(st, "grid_count", "SELECT COUNT(*) FROM (" GRID_WHERE ") t");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(cohort_id), db_str(like)), n);
}

/* the assessment no later one of the same person and competence supersedes */
DbStatus q_grid_current(Db *db, int64_t org_id, int64_t cohort_id, CurrentLevel *row, DbRowFn fn,
                        void *ctx)
{
    DB_SQL(st, "grid_current",
           "SELECT x.person_id, x.competence_id, x.level FROM assessments x "
           "JOIN enrolments e ON e.person_id = x.person_id AND e.org_id = x.org_id "
           "WHERE x.org_id = $1 AND e.cohort_id = $2 AND NOT EXISTS (SELECT 1 FROM "
           "assessments y WHERE y.org_id = x.org_id AND y.person_id = x.person_id "
           "AND y.competence_id = x.competence_id AND (y.assessed_on > x.assessed_on "
           "OR (y.assessed_on = x.assessed_on AND y.id > x.id)))");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(cohort_id)),
                          DB_COLS(db_int64_out(&row->person_id), db_int64_out(&row->competence_id),
                                  db_int64_out(&row->level)),
                          fn, ctx);
}
