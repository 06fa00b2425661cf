/* resource.c — statements on learning resources (see resource.h). */
#include "q/resources/resource.h"

DbStatus q_resource_add(Db *db, const Resource *x, const void *data, int64_t by, int64_t now,
                        int64_t *id)
{
    DB_SQL(st, "resource_add",
           "INSERT INTO resources (org_id, kind, title, description, audience, lang, age_band, "
           "topic, visibility, programme_id, url, file_name, file_type, file_size, file_data, "
           "created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
           "$11, $12, $13, $14, $15, $16, $17, $17) RETURNING id");
    return db_select_int64(
        db, &st,
        DB_IN(db_int64(x->org_id), db_str(vocab_key(&resource_kinds, x->kind)), db_str(x->title),
              db_str(x->description), db_str(vocab_key(&resource_audiences, x->audience)),
              db_str(vocab_key(&resource_langs, x->lang)),
              db_str(vocab_key(&resource_ages, x->age_band)), db_str(x->topic),
              db_str(vocab_key(&resource_visibilities, x->visibility)),
              x->programme_id ? db_int64(x->programme_id) : db_null(), db_str(x->url),
              db_str(data ? x->file_name : NULL), db_str(data ? x->file_type : NULL),
              data ? db_int64(x->file_size) : db_null(),
              data ? db_blob(data, (size_t)x->file_size) : db_null(), db_int64(by), db_int64(now)),
        id);
}

DbStatus q_resource_update(Db *db, const Resource *x, int64_t now)
{
    DB_SQL(st, "resource_update",
           "UPDATE resources SET kind = $3, title = $4, description = $5, audience = $6, "
           "lang = $7, age_band = $8, topic = $9, visibility = $10, programme_id = $11, "
           "url = $12, updated_at = $13 WHERE org_id = $1 AND id = $2");
    return db_exec(db, &st,
                   DB_IN(db_int64(x->org_id), db_int64(x->id),
                         db_str(vocab_key(&resource_kinds, x->kind)), db_str(x->title),
                         db_str(x->description),
                         db_str(vocab_key(&resource_audiences, x->audience)),
                         db_str(vocab_key(&resource_langs, x->lang)),
                         db_str(vocab_key(&resource_ages, x->age_band)), db_str(x->topic),
                         db_str(vocab_key(&resource_visibilities, x->visibility)),
                         x->programme_id ? db_int64(x->programme_id) : db_null(), db_str(x->url),
                         db_int64(now)));
}

DbStatus q_resource_set_file(Db *db, int64_t org_id, int64_t id, const char *name, const char *type,
                             const void *data, int64_t size)
{
    DB_SQL(st, "resource_set_file",
           "UPDATE resources SET file_name = $3, file_type = $4, file_size = $5, file_data = $6 "
           "WHERE org_id = $1 AND id = $2");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(id), db_str(name), db_str(name ? type : NULL),
                         name ? db_int64(size) : db_null(),
                         name ? db_blob(data, (size_t)size) : db_null()));
}

DbStatus q_resource_remove(Db *db, int64_t org_id, int64_t id)
{
    DB_SQL(st, "resource_remove", "DELETE FROM resources WHERE org_id = $1 AND id = $2");
    DbStatus s = q_resource_competences_clear(db, org_id, id);
    return s < DB_NONE ? s : db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(id)));
}

DbStatus q_resource_competence_add(Db *db, int64_t org_id, int64_t id, int64_t competence_id)
{
    DB_SQL(st, "resource_competence_add",
           "INSERT INTO resource_competences (org_id, resource_id, competence_id) "
           "VALUES ($1, $2, $3) ON CONFLICT DO NOTHING");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(id), db_int64(competence_id)));
}

DbStatus q_resource_competences_clear(Db *db, int64_t org_id, int64_t id)
{
    DB_SQL(st, "resource_competences_clear",
           "DELETE FROM resource_competences WHERE org_id = $1 AND resource_id = $2");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(id)));
}

/* the columns of a competence, in the order of frameworks, areas and positions */
#define COMPETENCE_COLS "SELECT c.id, c.code, c.title, c.title_nl, c.title_fr "
#define COMPETENCE_ORDER " ORDER BY c.framework_id, a.position, c.position, c.id"
#define COMPETENCE_OUT(a, row)                                                                     \
    db_int64_out(&(row)->id), db_text(a, &(row)->code), db_text(a, &(row)->title[0]),              \
        db_text(a, &(row)->title[1]), db_text(a, &(row)->title[2])

DbStatus q_resource_competences(Db *db, int64_t org_id, int64_t id, Arena *a, Competence *row,
                                DbRowFn fn, void *ctx)
{
    DB_SQL(st, "resource_competences",
           COMPETENCE_COLS "FROM resource_competences k JOIN competences c ON c.id = "
                           "k.competence_id JOIN competence_areas a ON a.id = c.area_id "
                           "WHERE k.org_id = $1 AND k.resource_id = $2" COMPETENCE_ORDER);
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                          DB_COLS(COMPETENCE_OUT(a, row)), fn, ctx);
}

#define RESOURCE_SELECT                                                                            \
    "SELECT r.id, r.org_id, o.name, r.kind, r.title, r.description, r.audience, r.lang, "          \
    "r.age_band, r.topic, r.visibility, COALESCE(r.programme_id, 0), r.url, r.file_name, "         \
    "r.file_type, COALESCE(r.file_size, 0), r.downloads, r.created_at, r.updated_at "              \
    "FROM resources r JOIN organisations o ON o.id = r.org_id "

#define RESOURCE_OUT(a, x)                                                                         \
    db_int64_out(&(x)->id), db_int64_out(&(x)->org_id), db_text(a, &(x)->org_name),                \
        db_vocab(&resource_kinds, &(x)->kind), db_text(a, &(x)->title),                            \
        db_text(a, &(x)->description), db_vocab(&resource_audiences, &(x)->audience),              \
        db_vocab(&resource_langs, &(x)->lang), db_vocab(&resource_ages, &(x)->age_band),           \
        db_text(a, &(x)->topic), db_vocab(&resource_visibilities, &(x)->visibility),               \
        db_int64_out(&(x)->programme_id), db_text(a, &(x)->url), db_text(a, &(x)->file_name),      \
        db_text(a, &(x)->file_type), db_int64_out(&(x)->file_size), db_int64_out(&(x)->downloads), \
        db_int64_out(&(x)->created_at), db_int64_out(&(x)->updated_at)

DbStatus q_resource_get(Db *db, int64_t org_id, int64_t id, Arena *a, Resource *out)
{
    DB_SQL(st, "resource_get", RESOURCE_SELECT "WHERE r.org_id = $1 AND r.id = $2");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(RESOURCE_OUT(a, out)));
}

DbStatus q_resource_find(Db *db, int64_t id, Arena *a, Resource *out)
{
    DB_SQL(st, "resource_find", RESOURCE_SELECT "WHERE r.id = $1");
    return db_select_one(db, &st, DB_IN(db_int64(id)), DB_COLS(RESOURCE_OUT(a, out)));
}

DbStatus q_resource_reader(Db *db, int64_t account_id, int64_t org_id, int64_t programme_id,
                           int64_t *roles, int64_t *enrolled)
{
    DB_SQL(st, "resource_reader",
           "SELECT COALESCE((SELECT m.roles FROM memberships m WHERE m.org_id = $2 AND "
           "m.account_id = $1), -1), (SELECT COUNT(*) FROM enrolments e JOIN cohorts c "
           "ON c.id = e.cohort_id JOIN people p ON p.id = e.person_id WHERE e.org_id = $2 "
           "AND c.programme_id = $3 AND p.account_id = $1 AND e.status IN ('enrolled', "
           "'completed'))");
    return db_select_one(db, &st,
                         DB_IN(db_int64(account_id), db_int64(org_id), db_int64(programme_id)),
                         DB_COLS(db_int64_out(roles), db_int64_out(enrolled)));
}

DbStatus q_resource_count_use(Db *db, int64_t org_id, int64_t id)
{
    DB_SQL(st, "resource_count_use",
           "UPDATE resources SET downloads = downloads + 1 WHERE org_id = $1 AND id = $2");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(id)));
}

DbStatus q_resource_file(Db *db, int64_t org_id, int64_t id, Arena *a, char **name, char **type,
                         char **data, size_t *size)
{
    DB_SQL(st, "resource_file",
           "SELECT file_name, file_type, file_data FROM resources WHERE org_id = $1 AND id = $2 "
           "AND file_data IS NOT NULL");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(db_text(a, name), db_text(a, type), db_blob_out(a, data, size)));
}

/* The lists: $1 the organisation (0: the public resources of every organisation), $2 kind,
 * $3 audience, $4 language, $5 age band, $6 topic ('' for any), $7 a competence (0 for
 * any), $8 the search in the title and the topic */
#define RESOURCE_PAGE_WHERE                                                                        \
    RESOURCE_SELECT                                                                                \
    "WHERE (r.org_id = $1 OR ($1 = 0 AND r.visibility = 'public')) AND ($2 = '' OR "               \
    "r.kind = $2) AND ($3 = '' OR r.audience = $3) AND ($4 = '' OR r.lang = $4) AND ($5 = '' "     \
    "OR r.age_band = $5) AND ($6 = '' OR r.topic = $6) AND ($7 = 0 OR EXISTS (SELECT 1 FROM "      \
    "resource_competences k WHERE k.resource_id = r.id AND k.competence_id = $7)) AND "            \
    "($8 = '' OR lower(r.title) LIKE $8 ESCAPE '\\' OR lower(r.topic) LIKE $8 ESCAPE '\\')"

DB_PAGE_SORT(Q_RESOURCE_PAGE_TITLE, "resource_page_title", RESOURCE_PAGE_WHERE,
             "r.title COLLATE \"und-x-icu\"", "r.id", 9, 10, 11);
DB_PAGE_SORT(Q_RESOURCE_PAGE_ADDED, "resource_page_added", RESOURCE_PAGE_WHERE, "r.created_at",
             "r.id", 9, 10, 11);

static const DbPageStmts resource_pages[RESOURCE_SORTS] = {
    [RESOURCE_BY_TITLE] = DB_PAGE_STMTS(Q_RESOURCE_PAGE_TITLE),
    [RESOURCE_BY_ADDED] = DB_PAGE_STMTS(Q_RESOURCE_PAGE_ADDED),
};

static const char *key_or_empty(const Vocab *v, int value)
{
    return value < 0 ? "" : vocab_key(v, value);
}

#define RESOURCE_IN(org_id, flt)                                                                   \
    db_int64(org_id), db_str(key_or_empty(&resource_kinds, (flt)->kind)),                          \
        db_str(key_or_empty(&resource_audiences, (flt)->audience)),                                \
        db_str(key_or_empty(&resource_langs, (flt)->lang)),                                        \
        db_str(key_or_empty(&resource_ages, (flt)->age_band)),                                     \
        db_str((flt)->topic ? (flt)->topic : ""), db_int64((flt)->competence_id)

DbStatus q_resource_page(Db *db, int64_t org_id, const ResourceFilter *flt, const DbPage *p,
                         Arena *a, Resource *row, DbRowFn fn, void *ctx)
{
    return db_page_select(db, p, resource_pages, RESOURCE_SORTS, DB_IN(RESOURCE_IN(org_id, flt)),
                          DB_COLS(RESOURCE_OUT(a, row)), fn, ctx);
}

DbStatus q_resource_count(Db *db, int64_t org_id, const ResourceFilter *flt, const char *like,
                          int64_t *n)
{
    DB_SQL(st, "resource_count", "SELECT COUNT(*) FROM (" RESOURCE_PAGE_WHERE ") t");
    return db_select_int64(db, &st, DB_IN(RESOURCE_IN(org_id, flt), db_str(like ? like : "")), n);
}

DbStatus q_catalogue_topics(Db *db, Arena *a, char **row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "catalogue_topics",
           "SELECT DISTINCT topic FROM resources WHERE visibility = 'public' AND topic <> '' "
           "ORDER BY topic");
    return db_select_many(db, &st, NULL, DB_COLS(db_text(a, row)), fn, ctx);
}

DbStatus q_catalogue_competences(Db *db, Arena *a, Competence *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "catalogue_competences",
           COMPETENCE_COLS "FROM competences c JOIN competence_areas a ON a.id = c.area_id "
                           "WHERE c.id IN (SELECT k.competence_id FROM resource_competences k "
                           "JOIN resources r ON r.id = k.resource_id WHERE r.visibility = "
                           "'public')" COMPETENCE_ORDER);
    return db_select_many(db, &st, NULL, DB_COLS(COMPETENCE_OUT(a, row)), fn, ctx);
}

DbStatus q_my_resources(Db *db, int64_t account_id, Arena *a, Resource *row, DbRowFn fn, void *ctx)
{
    /* domain/resources.c: members see the members' resources; a programme's learners
     * (enrolled or done) see the programme's */
    DB_SQL(st, "my_resources",
           RESOURCE_SELECT
           "WHERE (r.visibility = 'members' AND EXISTS (SELECT 1 FROM memberships m WHERE "
           "m.org_id = r.org_id AND m.account_id = $1)) OR (r.visibility = 'programme' AND "
           "EXISTS (SELECT 1 FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id JOIN "
           "people p ON p.id = e.person_id WHERE e.org_id = r.org_id AND c.programme_id = "
           "r.programme_id AND p.account_id = $1 AND e.status IN ('enrolled', 'completed'))) "
           "ORDER BY r.title COLLATE \"und-x-icu\", r.id");
    return db_select_many(db, &st, DB_IN(db_int64(account_id)), DB_COLS(RESOURCE_OUT(a, row)), fn,
                          ctx);
}
