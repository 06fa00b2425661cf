/* public.c — see public.h. */
#include "q/impact/public.h"

DbStatus q_impact_publish(Db *db, int64_t org_id, int64_t at)
{
    DB_SQL(st, "impact_publish", "UPDATE organisations SET impact_published_at = $2 WHERE id = $1");
    return db_exec(db, &st, DB_IN(db_int64(org_id), at ? db_int64(at) : db_null()));
}

DbStatus q_impact_published(Db *db, int64_t org_id, int64_t *at)
{
    DB_SQL(st, "impact_published",
           "SELECT COALESCE(impact_published_at, 0) FROM organisations WHERE id = $1");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id)), at);
}

/* The training organisations that publish ($1: 'training'), searched by name ($2). */
#define PUBLIC_WHERE                                                                               \
    "SELECT o.id, o.name, o.impact_published_at FROM organisations o "                             \
    "WHERE o.kind = $1 AND o.impact_published_at IS NOT NULL "                                     \
    "AND ($2 = '' OR lower(o.name) LIKE $2 ESCAPE '\\')"

DB_PAGE_SORT(Q_IMPACT_PUBLIC_NAME, "impact_public_name", PUBLIC_WHERE,
             "o.name COLLATE \"und-x-icu\"", "o.id", 3, 4, 5);

static const DbPageStmts public_pages[] = {DB_PAGE_STMTS(Q_IMPACT_PUBLIC_NAME)};

DbStatus q_impact_public_page(Db *db, const DbPage *p, Arena *a, ImpactPublisher *row, DbRowFn fn,
                              void *ctx)
{
    return db_page_select(db, p, public_pages, 1, DB_IN(db_str("training")),
                          DB_COLS(db_int64_out(&row->org_id), db_text(a, &row->name),
                                  db_int64_out(&row->published_at)),
                          fn, ctx);
}

DbStatus q_impact_public_count(Db *db, const char *like, int64_t *n)
{
    DB_SQL(st, "impact_public_count", "SELECT COUNT(*) FROM (" PUBLIC_WHERE ") t");
    return db_select_int64(db, &st, DB_IN(db_str("training"), db_str(like ? like : "")), n);
}
