/* case.c — statements on cases (see case.h). */
#include "q/cases/case.h"

DB_STMT(Q_CASE_ADD) = {
    .name = "case_add",
    .sql = "INSERT INTO cases (org_id, partner_id, title, brief, contact_name, contact_email, "
           "submitted_by, created_at) SELECT $1, p.id, $3, $4, $5, $6, $7, $8 FROM partners p "
           "WHERE p.org_id = $1 AND p.id = $2 RETURNING id",
};

DbStatus q_case_add(Db *db, int64_t org_id, const CaseInput *x, int64_t submitted_by, int64_t now,
                    int64_t *id)
{
    DbParam in[] = {db_int64(org_id),       db_int64(x->partner_id), db_str(x->title),
                    db_str(x->brief),       db_str(x->contact_name), db_str(x->contact_email),
                    db_int64(submitted_by), db_int64(now),           DB_END};
    DbCol col[] = {db_int64_out(id), DB_END};
    return db_select_one(db, &Q_CASE_ADD, in, col);
}

DB_STMT(Q_CASE_COMPETENCE_ADD) = {
    .name = "case_competence_add",
    .sql = "INSERT INTO case_competences (org_id, case_id, competence_id) VALUES ($1, $2, $3) "
           "ON CONFLICT DO NOTHING",
};

DbStatus q_case_competence_add(Db *db, int64_t org_id, int64_t case_id, int64_t competence_id)
{
    DbParam in[] = {db_int64(org_id), db_int64(case_id), db_int64(competence_id), DB_END};
    return db_exec(db, &Q_CASE_COMPETENCE_ADD, in, NULL);
}

DB_STMT(Q_CASE_ITEM_ADD) = {
    .name = "case_item_add",
    .sql = "INSERT INTO case_items (org_id, case_id, milestone, position, title, due_on) "
           "VALUES ($1, $2, $3, $4, $5, $6)",
};

DbStatus q_case_item_add(Db *db, int64_t org_id, int64_t case_id, int64_t milestone,
                         int64_t position, const char *title, const char *due_on)
{
    DbParam in[] = {db_int64(org_id),
                    db_int64(case_id),
                    db_int64(milestone),
                    db_int64(position),
                    db_str(title),
                    db_str(due_on),
                    DB_END};
    return db_exec(db, &Q_CASE_ITEM_ADD, in, NULL);
}

#define CASE_SELECT                                                                                \
    "SELECT c.id, c.org_id, c.partner_id, p.name, o.name, c.title, c.brief, c.contact_name, "      \
    "c.contact_email, c.status, COALESCE(c.cohort_id, 0), COALESCE(co.name, ''), "                 \
    "(SELECT COUNT(*) FROM teams t WHERE t.case_id = c.id), c.created_at FROM cases c "            \
    "JOIN partners p ON p.id = c.partner_id JOIN organisations o ON o.id = c.org_id "              \
    "LEFT JOIN cohorts co ON co.id = c.cohort_id "

static void case_cols(DbCol *c, Arena *a, Case *x)
{
    c[0] = db_int64_out(&x->id);
    c[1] = db_int64_out(&x->org_id);
    c[2] = db_int64_out(&x->partner_id);
    c[3] = db_text(a, &x->partner_name);
    c[4] = db_text(a, &x->org_name);
    c[5] = db_text(a, &x->title);
    c[6] = db_text(a, &x->brief);
    c[7] = db_text(a, &x->contact_name);
    c[8] = db_text(a, &x->contact_email);
    c[9] = db_vocab(&case_statuses, (int *)&x->status);
    c[10] = db_int64_out(&x->cohort_id);
    c[11] = db_text(a, &x->cohort_name);
    c[12] = db_int64_out(&x->teams);
    c[13] = db_int64_out(&x->created_at);
    c[14] = (DbCol)DB_END;
}

DB_STMT(Q_CASE_GET) = {
    .name = "case_get",
    .sql = CASE_SELECT "WHERE c.org_id = $1 AND c.id = $2",
};

DB_STMT(Q_CASE_GET_PARTNER) = {
    .name = "case_get_partner",
    .sql = CASE_SELECT "WHERE p.partner_org_id = $1 AND c.id = $2",
};

DbStatus q_case_get(Db *db, int64_t org_id, bool own_org, int64_t id, Arena *a, Case *out)
{
    DbParam in[] = {db_int64(org_id), db_int64(id), DB_END};
    DbCol col[15];
    case_cols(col, a, out);
    return db_select_one(db, own_org ? &Q_CASE_GET_PARTNER : &Q_CASE_GET, in, col);
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
    DbParam in[6] = {db_int64(org_id)};
    const DbStmt *st = db_page_bind(p, case_pages[own_org], CASE_SORTS, in, 1);
    DbCol col[15];
    case_cols(col, a, row);
    return db_select_many(db, st, in, col, fn, ctx);
}

DB_STMT(Q_CASE_COUNT) = {
    .name = "case_count",
    .sql = "SELECT COUNT(*) FROM (" CASE_WHERE ") t",
};

DB_STMT(Q_PCASE_COUNT) = {
    .name = "pcase_count",
    .sql = "SELECT COUNT(*) FROM (" CASE_WHERE_PARTNER ") t",
};

DbStatus q_case_count(Db *db, int64_t org_id, bool own_org, const char *like, int64_t *n)
{
    DbParam in[] = {db_int64(org_id), db_str(like), DB_END};
    DbCol col[] = {db_int64_out(n), DB_END};
    return db_select_one(db, own_org ? &Q_PCASE_COUNT : &Q_CASE_COUNT, in, col);
}

DB_STMT(Q_CASE_COUNT_STATUS) = {
    .name = "case_count_status",
    .sql = "SELECT COUNT(*) FROM cases WHERE org_id = $1 AND status = $2",
};

DbStatus q_case_count_status(Db *db, int64_t org_id, CaseStatus status, int64_t *n)
{
    DbParam in[] = {db_int64(org_id), db_str(vocab_key(&case_statuses, status)), DB_END};
    DbCol col[] = {db_int64_out(n), DB_END};
    return db_select_one(db, &Q_CASE_COUNT_STATUS, in, col);
}

DB_STMT(Q_CASE_COMPETENCES) = {
    .name = "case_competences",
    .sql = "SELECT c.id, c.code, c.title, c.title_nl, c.title_fr FROM case_competences k "
           "JOIN competences c ON c.id = k.competence_id JOIN competence_areas a "
           "ON a.id = c.area_id WHERE k.org_id = $1 AND k.case_id = $2 "
           "ORDER BY c.framework_id, a.position, c.position, c.id",
};

DbStatus q_case_competences(Db *db, int64_t org_id, int64_t case_id, Arena *a, Competence *row,
                            DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(case_id), DB_END};
    DbCol col[] = {db_int64_out(&row->id),     db_text(a, &row->code),
                   db_text(a, &row->title[0]), db_text(a, &row->title[1]),
                   db_text(a, &row->title[2]), DB_END};
    return db_select_many(db, &Q_CASE_COMPETENCES, in, col, fn, ctx);
}

DB_STMT(Q_CASE_ITEMS) = {
    .name = "case_items",
    .sql = "SELECT id, milestone, title, due_on FROM case_items WHERE org_id = $1 "
           "AND case_id = $2 ORDER BY milestone, position",
};

DbStatus q_case_items(Db *db, int64_t org_id, int64_t case_id, Arena *a, CaseItem *row, DbRowFn fn,
                      void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(case_id), DB_END};
    DbCol col[] = {db_int64_out(&row->id), db_int64_out(&row->milestone), db_text(a, &row->title),
                   db_text(a, &row->due_on), DB_END};
    return db_select_many(db, &Q_CASE_ITEMS, in, col, fn, ctx);
}

DB_STMT(Q_CASE_ACCEPT) = {
    .name = "case_accept",
    .sql = "UPDATE cases SET status = 'accepted', cohort_id = $3 WHERE org_id = $1 AND id = $2 "
           "AND status = 'submitted'",
};

DbStatus q_case_accept(Db *db, int64_t org_id, int64_t id, int64_t cohort_id)
{
    DbParam in[] = {db_int64(org_id), db_int64(id), db_int64(cohort_id), DB_END};
    return db_exec(db, &Q_CASE_ACCEPT, in, NULL);
}
