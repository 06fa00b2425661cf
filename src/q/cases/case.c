/* case.c — statements on cases (see case.h). */
#include "q/cases/case.h"

DbStatus q_case_add(Db *db, int64_t org_id, const CaseInput *x, int64_t submitted_by, int64_t now,
                    int64_t *id)
{
    DB_SQL(st, "case_add",
           "INSERT INTO cases (org_id, partner_id, title, brief, contact_name, contact_email, "
           "submitted_by, created_at) SELECT $1, p.id, $3, $4, $5, $6, $7, $8 FROM partners p "
           "WHERE p.org_id = $1 AND p.id = $2 RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(org_id), db_int64(x->partner_id), db_str(x->title),
                                 db_str(x->brief), db_str(x->contact_name),
                                 db_str(x->contact_email), db_int64(submitted_by), db_int64(now)),
                           id);
}

DbStatus q_case_competence_add(Db *db, int64_t org_id, int64_t case_id, int64_t competence_id)
{
    DB_SQL(st, "case_competence_add",
           "INSERT INTO case_competences (org_id, case_id, competence_id) VALUES ($1, $2, $3) "
           "ON CONFLICT DO NOTHING");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(case_id), db_int64(competence_id)));
}

DbStatus q_case_item_add(Db *db, int64_t org_id, int64_t case_id, int64_t milestone,
                         int64_t position, const char *title, const char *due_on)
{
    DB_SQL(st, "case_item_add",
           "INSERT INTO case_items (org_id, case_id, milestone, position, title, due_on) "
           "VALUES ($1, $2, $3, $4, $5, $6)");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(case_id), db_int64(milestone),
                         db_int64(position), db_str(title), db_str(due_on)));
}

#define CASE_SELECT                                                                                \
    "SELECT c.id, c.org_id, c.partner_id, p.name, o.name, c.title, c.brief, c.contact_name, "      \
    "c.contact_email, c.status, COALESCE(c.cohort_id, 0), COALESCE(co.name, ''), "                 \
    "(SELECT COUNT(*) FROM teams t WHERE t.case_id = c.id), c.created_at FROM cases c "            \
    "JOIN partners p ON p.id = c.partner_id JOIN organisations o ON o.id = c.org_id "              \
    "LEFT JOIN cohorts co ON co.id = c.cohort_id "

#define CASE_OUT(a, x)                                                                             \
    db_int64_out(&(x)->id), db_int64_out(&(x)->org_id), db_int64_out(&(x)->partner_id),            \
        db_text(a, &(x)->partner_name), db_text(a, &(x)->org_name), db_text(a, &(x)->title),       \
        db_text(a, &(x)->brief), db_text(a, &(x)->contact_name), db_text(a, &(x)->contact_email),  \
        db_vocab(&case_statuses, (int *)&(x)->status), db_int64_out(&(x)->cohort_id),              \
        db_text(a, &(x)->cohort_name), db_int64_out(&(x)->teams), db_int64_out(&(x)->created_at)

DbStatus q_case_get(Db *db, int64_t org_id, bool own_org, int64_t id, Arena *a, Case *out)
{
    DB_SQL(case_get, "case_get", CASE_SELECT "WHERE c.org_id = $1 AND c.id = $2");
    DB_SQL(case_get_partner, "case_get_partner",
           CASE_SELECT "WHERE p.partner_org_id = $1 AND c.id = $2");
    return db_select_one(db, own_org ? &case_get_partner : &case_get,
                         DB_IN(db_int64(org_id), db_int64(id)), DB_COLS(CASE_OUT(a, out)));
}

#define CASE_SEARCH                                                                                \
    " AND ($2 = '' OR lower(c.title) LIKE $2 ESCAPE '\\' OR lower(p.name) LIKE $2 ESCAPE '\\')"
#define CASE_WHERE CASE_SELECT "WHERE c.org_id = $1" CASE_SEARCH
#define CASE_WHERE_PARTNER CASE_SELECT "WHERE p.partner_org_id = $1" CASE_SEARCH
#define CASE_TITLE "c.title COLLATE \"und-x-icu\""

DB_PAGE_SORT(Q_CASE_TITLE, "case_page_title", CASE_WHERE, CASE_TITLE, "c.id", 3, 4, 5);
DB_PAGE_SORT(Q_CASE_SUBMITTED, "case_page_submitted", CASE_WHERE, "c.created_at", "c.id", 3, 4, 5);
DB_PAGE_SORT(Q_PCASE_TITLE, "pcase_page_title", CASE_WHERE_PARTNER, CASE_TITLE, "c.id", 3, 4, 5);
DB_PAGE_SORT(Q_PCASE_SUBMITTED, "pcase_page_submitted", CASE_WHERE_PARTNER, "c.created_at", "c.id",
             3, 4, 5);

static const DbPageStmts case_pages[2][CASE_SORTS] = {
    {[CASE_BY_TITLE] = DB_PAGE_STMTS(Q_CASE_TITLE),
     [CASE_BY_SUBMITTED] = DB_PAGE_STMTS(Q_CASE_SUBMITTED)},
    {[CASE_BY_TITLE] = DB_PAGE_STMTS(Q_PCASE_TITLE),
     [CASE_BY_SUBMITTED] = DB_PAGE_STMTS(Q_PCASE_SUBMITTED)},
};

DbStatus q_case_page(Db *db, int64_t org_id, bool own_org, const DbPage *p, Arena *a, Case *row,
                     DbRowFn fn, void *ctx)
{
    return db_page_select(db, p, case_pages[own_org], CASE_SORTS, DB_IN(db_int64(org_id)),
                          DB_COLS(CASE_OUT(a, row)), fn, ctx);
}

DbStatus q_case_count(Db *db, int64_t org_id, bool own_org, const char *like, int64_t *n)
{
    DB_SQL(case_count, "case_count", "SELECT COUNT(*) FROM (" CASE_WHERE ") t");
    DB_SQL(pcase_count, "pcase_count", "SELECT COUNT(*) FROM (" CASE_WHERE_PARTNER ") t");
    return db_select_int64(db, own_org ? &pcase_count : &case_count,
                           DB_IN(db_int64(org_id), db_str(like)), n);
}

DbStatus q_case_count_status(Db *db, int64_t org_id, CaseStatus status, int64_t *n)
{
    DB_SQL(st, "case_count_status", "SELECT COUNT(*) FROM cases WHERE org_id = $1 AND status = $2");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(org_id), db_str(vocab_key(&case_statuses, status))), n);
}

DbStatus q_case_competences(Db *db, int64_t org_id, int64_t case_id, Arena *a, Competence *row,
                            DbRowFn fn, void *ctx)
{
    DB_SQL(st, "case_competences",
           "SELECT c.id, c.code, c.title, c.title_nl, c.title_fr FROM case_competences k "
           "JOIN competences c ON c.id = k.competence_id JOIN competence_areas a "
           "ON a.id = c.area_id WHERE k.org_id = $1 AND k.case_id = $2 "
           "ORDER BY c.framework_id, a.position, c.position, c.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(case_id)),
                          DB_COLS(db_int64_out(&row->id), db_text(a, &row->code),
                                  db_text(a, &row->title[0]), db_text(a, &row->title[1]),
                                  db_text(a, &row->title[2])),
                          fn, ctx);
}

DbStatus q_case_items(Db *db, int64_t org_id, int64_t case_id, Arena *a, CaseItem *row, DbRowFn fn,
                      void *ctx)
{
    DB_SQL(st, "case_items",
           "SELECT id, milestone, title, due_on FROM case_items WHERE org_id = $1 "
           "AND case_id = $2 ORDER BY milestone, position");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(case_id)),
                          DB_COLS(db_int64_out(&row->id), db_int64_out(&row->milestone),
                                  db_text(a, &row->title), db_text(a, &row->due_on)),
                          fn, ctx);
}

DbStatus q_case_accept(Db *db, int64_t org_id, int64_t id, int64_t cohort_id)
{
    DB_SQL(st, "case_accept",
           "UPDATE cases SET status = 'accepted', cohort_id = $3 WHERE org_id = $1 AND id = $2 "
           "AND status = 'submitted'");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(id), db_int64(cohort_id)));
}

DbStatus q_case_of_partner(Db *db, int64_t org_id, int64_t partner_id, Arena *a, Case *row,
                           DbRowFn fn, void *ctx)
{
    DB_SQL(st, "case_of_partner",
           "SELECT c.id, c.title, c.status, COALESCE(co.name, ''), "
           "(SELECT COUNT(*) FROM teams t WHERE t.case_id = c.id), c.created_at, "
           "(SELECT COUNT(*) FROM handins h JOIN teams t ON t.id = h.team_id "
           "WHERE t.case_id = c.id), COALESCE((SELECT CAST(ROUND(AVG(h.rating) * 1000) AS BIGINT) "
           "FROM handins h JOIN teams t ON t.id = h.team_id WHERE t.case_id = c.id), 0) "
           "FROM cases c LEFT JOIN cohorts co ON co.id = c.cohort_id "
           "WHERE c.org_id = $1 AND c.partner_id = $2 ORDER BY c.created_at DESC, c.id DESC");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(partner_id)),
                          DB_COLS(db_int64_out(&row->id), db_text(a, &row->title),
                                  db_vocab(&case_statuses, (int *)&row->status),
                                  db_text(a, &row->cohort_name), db_int64_out(&row->teams),
                                  db_int64_out(&row->created_at), db_int64_out(&row->handins),
                                  db_int64_out(&row->rating_milli)),
                          fn, ctx);
}
