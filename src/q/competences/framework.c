/* framework.c — statements on competence frameworks (see framework.h). "Shared or own":
 * (org_id IS NULL OR org_id = $1) in every read; org_id = $1 in every write. */
#include "q/competences/framework.h"

#define SHARED_OR_OWN(t) "(" t "org_id IS NULL OR " t "org_id = $1)"

#define FRAMEWORK_SELECT                                                                           \
    "SELECT f.id, COALESCE(f.org_id, 0), f.title, f.title_nl, f.title_fr, f.archived, "            \
    "(SELECT COUNT(*) FROM competences c WHERE c.framework_id = f.id) FROM frameworks f "          \
    "WHERE " SHARED_OR_OWN("f.")

#define FRAMEWORK_OUT(a, f)                                                                        \
    db_int64_out(&(f)->id), db_int64_out(&(f)->org_id), db_text(a, &(f)->title[LANG_EN]),          \
        db_text(a, &(f)->title[LANG_NL]), db_text(a, &(f)->title[LANG_FR]),                        \
        db_int64_out(&(f)->archived), db_int64_out(&(f)->competences)

DbStatus q_framework_get(Db *db, int64_t org_id, int64_t id, Arena *a, Framework *out)
{
    DB_SQL(st, "framework_get", FRAMEWORK_SELECT " AND f.id = $2");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(FRAMEWORK_OUT(a, out)));
}

/* the list: shipped ones first (org_id 0), then by title */
#define FRAMEWORK_PAGE_WHERE FRAMEWORK_SELECT " AND ($2 = '' OR lower(f.title) LIKE $2 ESCAPE '\\')"
#define FRAMEWORK_KEY "f.title COLLATE \"und-x-icu\""

DB_PAGE_SORT(Q_FRAMEWORK_PAGE_TITLE, "framework_page", FRAMEWORK_PAGE_WHERE, FRAMEWORK_KEY, "f.id",
             3, 4, 5);

static const DbPageStmts framework_pages[FRAMEWORK_SORTS] = {
    [FRAMEWORK_BY_TITLE] = DB_PAGE_STMTS(Q_FRAMEWORK_PAGE_TITLE),
};

DbStatus q_framework_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, Framework *row,
                          DbRowFn fn, void *ctx)
{
    return db_page_select(db, p, framework_pages, FRAMEWORK_SORTS, DB_IN(db_int64(org_id)),
                          DB_COLS(FRAMEWORK_OUT(a, row)), fn, ctx);
}

DbStatus q_framework_count(Db *db, int64_t org_id, const char *like, int64_t *n)
{
    DB_SQL(st, "framework_count", "SELECT COUNT(*) FROM (" FRAMEWORK_PAGE_WHERE ") t");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_str(like)), n);
}

DbStatus q_framework_add(Db *db, int64_t org_id, const char *title, int64_t now, int64_t *id)
{
    DB_SQL(st, "framework_add",
           "INSERT INTO frameworks (org_id, title, created_at) VALUES ($1, $2, $3) RETURNING id");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_str(title), db_int64(now)), id);
}

DbStatus q_framework_rename(Db *db, int64_t org_id, int64_t id, const char *title)
{
    DB_SQL(st, "framework_rename",
           "UPDATE frameworks SET title = $3 WHERE org_id = $1 AND id = $2 AND archived = 0");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(id), db_str(title)));
}

DbStatus q_framework_archive(Db *db, int64_t org_id, int64_t id)
{
    DB_SQL(st, "framework_archive",
           "UPDATE frameworks SET archived = 1 WHERE org_id = $1 AND id = $2 AND archived = 0");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(id)));
}

DbStatus q_level_list(Db *db, int64_t org_id, int64_t framework_id, Arena *a, Level *row,
                      DbRowFn fn, void *ctx)
{
    DB_SQL(st, "level_list",
           "SELECT level, title, title_nl, title_fr FROM framework_levels "
           "WHERE framework_id = $2 AND " SHARED_OR_OWN("") " ORDER BY level");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(framework_id)),
                          DB_COLS(db_int64_out(&row->level), db_text(a, &row->title[LANG_EN]),
                                  db_text(a, &row->title[LANG_NL]),
                                  db_text(a, &row->title[LANG_FR])),
                          fn, ctx);
}

DbStatus q_level_put(Db *db, int64_t org_id, int64_t framework_id, int64_t level, const char *title)
{
    DB_SQL(st, "level_put",
           "INSERT INTO framework_levels (org_id, framework_id, level, title) "
           "SELECT $1, f.id, $3, $4 FROM frameworks f WHERE f.org_id = $1 AND f.id = $2 "
           "ON CONFLICT (framework_id, level) DO UPDATE SET title = excluded.title");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(framework_id), db_int64(level), db_str(title)));
}

DbStatus q_level_trim(Db *db, int64_t org_id, int64_t framework_id, int64_t top)
{
    DB_SQL(st, "level_trim",
           "DELETE FROM framework_levels WHERE org_id = $1 AND framework_id = $2 AND level > $3");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(framework_id), db_int64(top)));
}

DbStatus q_level_max_used(Db *db, int64_t org_id, int64_t framework_id, int64_t *max)
{
    DB_SQL(st, "level_max_used",
           "SELECT COALESCE(MAX(u.level), 0) FROM (SELECT a.level FROM assessments a "
           "JOIN competences c ON c.id = a.competence_id WHERE a.org_id = $1 "
           "AND c.framework_id = $2 UNION ALL SELECT t.level FROM programme_competences t "
           "JOIN competences c ON c.id = t.competence_id WHERE t.org_id = $1 "
           "AND c.framework_id = $2) u");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(framework_id)), max);
}

DbStatus q_level_exists(Db *db, int64_t org_id, int64_t competence_id, int64_t level)
{
    DB_SQL(st, "level_exists",
           "SELECT l.level FROM framework_levels l JOIN competences c "
           "ON c.framework_id = l.framework_id WHERE c.id = $2 AND l.level = $3 "
           "AND " SHARED_OR_OWN("c."));
    int64_t got = 0;
    return db_select_int64(db, &st,
                           DB_IN(db_int64(org_id), db_int64(competence_id), db_int64(level)), &got);
}

DbStatus q_area_list(Db *db, int64_t org_id, int64_t framework_id, Arena *a, Area *row, DbRowFn fn,
                     void *ctx)
{
    DB_SQL(st, "area_list",
           "SELECT id, code, title, title_nl, title_fr FROM competence_areas "
           "WHERE framework_id = $2 AND " SHARED_OR_OWN("") " ORDER BY position, id");
    return db_select_many(
        db, &st, DB_IN(db_int64(org_id), db_int64(framework_id)),
        DB_COLS(db_int64_out(&row->id), db_text(a, &row->code), db_text(a, &row->title[LANG_EN]),
                db_text(a, &row->title[LANG_NL]), db_text(a, &row->title[LANG_FR])),
        fn, ctx);
}

DbStatus q_area_add(Db *db, int64_t org_id, int64_t framework_id, const char *title, int64_t *id)
{
    DB_SQL(st, "area_add",
           "INSERT INTO competence_areas (org_id, framework_id, title, position) "
           "SELECT $1, f.id, $3, (SELECT COALESCE(MAX(position), 0) + 1 FROM competence_areas "
           "WHERE framework_id = f.id) FROM frameworks f WHERE f.org_id = $1 AND f.id = $2 "
           "AND f.archived = 0 RETURNING id");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(framework_id), db_str(title)),
                           id);
}

#define COMPETENCE_SELECT                                                                          \
    "SELECT c.id, c.framework_id, c.area_id, COALESCE(c.org_id, 0), f.archived, c.code, "          \
    "c.title, c.title_nl, c.title_fr, f.title, f.title_nl, f.title_fr FROM competences c "         \
    "JOIN frameworks f ON f.id = c.framework_id "                                                  \
    "JOIN competence_areas a ON a.id = c.area_id WHERE " SHARED_OR_OWN("c.")

#define COMPETENCE_OUT(a, x)                                                                       \
    db_int64_out(&(x)->id), db_int64_out(&(x)->framework_id), db_int64_out(&(x)->area_id),         \
        db_int64_out(&(x)->org_id), db_int64_out(&(x)->archived), db_text(a, &(x)->code),          \
        db_text(a, &(x)->title[0]), db_text(a, &(x)->title[1]), db_text(a, &(x)->title[2]),        \
        db_text(a, &(x)->framework[0]), db_text(a, &(x)->framework[1]),                            \
        db_text(a, &(x)->framework[2])

DbStatus q_competence_list(Db *db, int64_t org_id, int64_t framework_id, Arena *a, Competence *row,
                           DbRowFn fn, void *ctx)
{
    DB_SQL(st, "competence_list",
           COMPETENCE_SELECT " AND c.framework_id = $2 ORDER BY a.position, c.position, c.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(framework_id)),
                          DB_COLS(COMPETENCE_OUT(a, row)), fn, ctx);
}

DbStatus q_competence_choices(Db *db, int64_t org_id, Arena *a, Competence *row, DbRowFn fn,
                              void *ctx)
{
    DB_SQL(st, "competence_choices",
           COMPETENCE_SELECT " AND f.archived = 0 ORDER BY f.id, a.position, c.position, c.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id)), DB_COLS(COMPETENCE_OUT(a, row)), fn,
                          ctx);
}

DbStatus q_competence_get(Db *db, int64_t org_id, int64_t id, Arena *a, Competence *out)
{
    DB_SQL(st, "competence_get", COMPETENCE_SELECT " AND c.id = $2");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(COMPETENCE_OUT(a, out)));
}

DbStatus q_competence_add(Db *db, int64_t org_id, int64_t framework_id, int64_t area_id,
                          const char *code, const char *title, int64_t *id)
{
    DB_SQL(st, "competence_add",
           "INSERT INTO competences (org_id, framework_id, area_id, code, title, position) "
           "SELECT $1, f.id, a.id, $4, $5, (SELECT COALESCE(MAX(position), 0) + 1 FROM "
           "competences WHERE area_id = a.id) FROM competence_areas a JOIN frameworks f "
           "ON f.id = a.framework_id WHERE f.org_id = $1 AND a.org_id = $1 AND f.id = $2 "
           "AND a.id = $3 AND f.archived = 0 RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(org_id), db_int64(framework_id), db_int64(area_id),
                                 db_str(code), db_str(title)),
                           id);
}
