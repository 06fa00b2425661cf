/* pool.c — the partner's side of the talent pool (see pool.h). Every statement reads
 * profiles through talent_visible; keep it so. */
#include "q/talent/pool.h"

#include "q/talent/talent_sql.h"

/* The level of competence COMP that profile t shows (its latest), or 0. */
#define SHOWN_LEVEL(COMP)                                                                          \
    "COALESCE((SELECT y.level FROM talent_competences tc JOIN assessments y "                      \
    "ON y.competence_id = tc.competence_id JOIN people py ON py.id = y.person_id "                 \
    "AND py.org_id = y.org_id WHERE tc.profile_id = t.id AND tc.competence_id = " COMP             \
    " AND py.account_id = t.account_id ORDER BY y.assessed_on DESC, y.id DESC LIMIT 1), 0)"

/* The search: $1 the partner's organisation, $2 now, $3 a competence (0: any) at level $4 at
 * least, available by $5 ('': any), contract $6 ('': any; a learner open to any contract
 * fits every one), $7 the page's search text (db/page.h). */
#define POOL_WHERE                                                                                 \
    "SELECT " TALENT_PROFILE_COLS ", " SHOWN_LEVEL(                                                \
        "$3") ", "                                                                                 \
              "(SELECT COUNT(*) FROM talent_competences tc WHERE tc.profile_id = t.id), "          \
              "(SELECT COUNT(*) FROM talent_credentials tcr JOIN credentials c ON c.id = "         \
              "tcr.credential_id "                                                                 \
              "WHERE tcr.profile_id = t.id AND " TALENT_CRED_VALID(                                \
                  "$2") ") "                                                                       \
                        "FROM talent_visible v JOIN talent_profiles t ON t.id = v.profile_id "     \
                        "WHERE v.partner_org_id = $1 AND (CAST($3 AS BIGINT) = 0 OR " SHOWN_LEVEL( \
                            "$3") " >= $4) "                                                       \
                                  "AND ($5 = '' OR COALESCE(t.available_from, '') <= $5) "         \
                                  "AND ($6 = '' OR t.contract = $6 OR t.contract = 'any') "        \
                                  "AND ($7 = '' OR lower(t.summary) LIKE $7 ESCAPE '\\' OR "       \
                                  "lower(t.handle) LIKE $7 ESCAPE '\\' "                           \
                                  "OR EXISTS (SELECT 1 FROM talent_credentials tcr JOIN "          \
                                  "credentials c "                                                 \
                                  "ON c.id = tcr.credential_id JOIN achievements a ON a.id = "     \
                                  "c.achievement_id "                                              \
                                  "WHERE tcr.profile_id = t.id AND " TALENT_CRED_VALID(            \
                                      "$2") " AND lower(a.name) LIKE $7 "                          \
                                            "ESCAPE '\\'))"
#define POOL_AVAILABLE "COALESCE(t.available_from, '')"

#define POOL_OUT(a, p)                                                                             \
    TALENT_PROFILE_OUT(a, p), db_int64_out(&(p)->level), db_int64_out(&(p)->competences),          \
        db_int64_out(&(p)->credentials)

DB_PAGE_SORT(Q_POOL_AVAILABLE, "pool_page_available", POOL_WHERE, POOL_AVAILABLE, "t.id", 8, 9, 10);
DB_PAGE_SORT(Q_POOL_UPDATED, "pool_page_updated", POOL_WHERE, "t.updated_at", "t.id", 8, 9, 10);

static const DbPageStmts pool_pages[POOL_SORTS] = {
    [POOL_BY_AVAILABLE] = DB_PAGE_STMTS(Q_POOL_AVAILABLE),
    [POOL_BY_UPDATED] = DB_PAGE_STMTS(Q_POOL_UPDATED),
};

/* the caller's parameters of the search, $1..$6 */
#define POOL_IN(org, now, s)                                                                       \
    db_int64(org), db_int64(now), db_int64((s)->competence_id), db_int64((s)->level),              \
        db_str((s)->available_by ? (s)->available_by : ""),                                        \
        db_str((s)->contract == CONTRACT_ANY ? "" : vocab_key(&talent_contracts, (s)->contract))

DbStatus q_pool_page(Db *db, int64_t partner_org_id, int64_t now, const TalentSearch *s,
                     const DbPage *p, Arena *a, TalentProfile *row, DbRowFn fn, void *ctx)
{
    return db_page_select(db, p, pool_pages, POOL_SORTS, DB_IN(POOL_IN(partner_org_id, now, s)),
                          DB_COLS(POOL_OUT(a, row)), fn, ctx);
}

DbStatus q_pool_count(Db *db, int64_t partner_org_id, int64_t now, const TalentSearch *s,
                      const char *like, int64_t *n)
{
    DB_SQL(st, "pool_count", "SELECT COUNT(*) FROM (" POOL_WHERE ") t");
    return db_select_int64(db, &st,
                           DB_IN(POOL_IN(partner_org_id, now, s), db_str(like ? like : "")), n);
}

DbStatus q_pool_all(Db *db, int64_t partner_org_id, int64_t now, const TalentSearch *s,
                    const char *like, Arena *a, TalentProfile *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "pool_all", POOL_WHERE " ORDER BY " POOL_AVAILABLE ", t.id");
    return db_select_many(db, &st, DB_IN(POOL_IN(partner_org_id, now, s), db_str(like ? like : "")),
                          DB_COLS(POOL_OUT(a, row)), fn, ctx);
}

DbStatus q_pool_profile(Db *db, int64_t partner_org_id, int64_t id, Arena *a, TalentProfile *out)
{
    DB_SQL(st, "pool_profile",
           "SELECT " TALENT_PROFILE_COLS "FROM talent_visible v JOIN talent_profiles t "
           "ON t.id = v.profile_id WHERE v.partner_org_id = $1 AND v.profile_id = $2");
    *out = (TalentProfile){0};
    return db_select_one(db, &st, DB_IN(db_int64(partner_org_id), db_int64(id)),
                         DB_COLS(TALENT_PROFILE_OUT(a, out)));
}

DbStatus q_pool_opened(Db *db, int64_t partner_org_id, int64_t id, int64_t by, int64_t now)
{
    DB_SQL(st, "pool_opened",
           "INSERT INTO talent_views (org_id, profile_id, seen_by, seen_at) "
           "SELECT v.partner_org_id, v.profile_id, CAST($3 AS BIGINT), CAST($4 AS BIGINT) "
           "FROM talent_visible v WHERE v.partner_org_id = $1 AND v.profile_id = $2");
    return db_exec(db, &st,
                   DB_IN(db_int64(partner_org_id), db_int64(id), db_int64(by), db_int64(now)));
}

DbStatus q_pool_competence_list(Db *db, int64_t partner_org_id, Arena *a, TalentCompetence *row,
                                DbRowFn fn, void *ctx)
{
    DB_SQL(st, "pool_competence_list",
           "SELECT c.id, c.code, c.title, c.title_nl, c.title_fr, f.title FROM talent_visible v "
           "JOIN talent_competences tc ON tc.profile_id = v.profile_id "
           "JOIN competences c ON c.id = tc.competence_id "
           "JOIN competence_areas ar ON ar.id = c.area_id JOIN frameworks f "
           "ON f.id = c.framework_id WHERE v.partner_org_id = $1 "
           "GROUP BY c.id, c.code, c.title, c.title_nl, c.title_fr, f.title, c.framework_id, "
           "ar.position, c.position ORDER BY c.framework_id, ar.position, c.position, c.id");
    return db_select_many(db, &st, DB_IN(db_int64(partner_org_id)),
                          DB_COLS(db_int64_out(&row->competence_id), db_text(a, &row->code),
                                  db_text(a, &row->title[0]), db_text(a, &row->title[1]),
                                  db_text(a, &row->title[2]), db_text(a, &row->framework)),
                          fn, ctx);
}
