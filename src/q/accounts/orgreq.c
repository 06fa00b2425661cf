/* orgreq.c — statements on organisations asking to join. Kinds, statuses and languages
 * are stored as their keys and read back into enums here. */
#include "q/accounts/orgreq.h"

DbStatus q_orgreq_add(Db *db, const OrgRequest *r, int64_t now, int64_t *id)
{
    DB_SQL(st, "orgreq_add",
           "INSERT INTO org_requests (name, kind, contact_name, email, phone, about, lang, "
           "call_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_str(r->name), db_str(vocab_key(&org_kinds, r->kind)),
                                 db_str(r->contact_name), db_str(r->email), db_str(r->phone),
                                 db_str(r->about), db_str(lang_code(r->lang)),
                                 r->call_id ? db_int64(r->call_id) : db_null(), db_int64(now)),
                           id);
}

#define OREQ_SELECT                                                                                \
    "SELECT q.id, q.name, q.kind, q.contact_name, q.email, q.phone, q.about, q.lang, q.call_id, "  \
    "q.status, q.reason, q.org_id, q.decided_at, a.name, q.created_at FROM org_requests q "        \
    "LEFT JOIN accounts a ON a.id = q.decided_by"

/* The columns of OREQ_SELECT into out; the language is read through a text column. */
typedef struct OreqCols {
    DbCol col[16];
    char *lang;
    OrgRequest *out;
} OreqCols;

static void oreq_cols(OreqCols *c, Arena *a, OrgRequest *o)
{
    DbCol *col = c->col;
    c->out = o;
    col[0] = db_int64_out(&o->id);
    col[1] = db_text(a, &o->name);
    col[2] = db_vocab(&org_kinds, (int *)&o->kind);
    col[3] = db_text(a, &o->contact_name);
    col[4] = db_text(a, &o->email);
    col[5] = db_text(a, &o->phone);
    col[6] = db_text(a, &o->about);
    col[7] = db_text(a, &c->lang);
    col[8] = db_int64_out(&o->call_id);
    col[9] = db_vocab(&org_request_statuses, (int *)&o->status);
    col[10] = db_text(a, &o->reason);
    col[11] = db_int64_out(&o->org_id);
    col[12] = db_int64_out(&o->decided_at);
    col[13] = db_text(a, &o->decided_by);
    col[14] = db_int64_out(&o->created_at);
    col[15] = (DbCol)DB_END;
}

static void oreq_lang(OreqCols *c)
{
    Lang l = LANG_EN;
    lang_parse(c->lang, &l);
    c->out->lang = l;
}

DbStatus q_orgreq_get(Db *db, int64_t id, Arena *a, OrgRequest *out)
{
    DB_SQL(st, "orgreq_get", OREQ_SELECT " WHERE q.id = $1");
    OreqCols c = {0};
    oreq_cols(&c, a, out);
    DbStatus s = db_select_one(db, &st, DB_IN(db_int64(id)), c.col);
    if (s == DB_ONE) /* the language column was read only when a row was */
        oreq_lang(&c);
    return s;
}

DbStatus q_org_name_count(Db *db, const char *name, int64_t *n)
{
    DB_SQL(st, "org_name_count",
           "SELECT COUNT(*) FROM organisations WHERE lower(name) = lower($1)");
    return db_select_int64(db, &st, DB_IN(db_str(name)), n);
}

/* One page of one status's requests, newest first or by name (see db/page.h). */
#define OREQ_PAGE_WHERE                                                                            \
    OREQ_SELECT " WHERE q.status = $1 AND ($2 = '' OR lower(q.name) LIKE $2 ESCAPE '\\' "          \
                "OR lower(q.contact_name) LIKE $2 ESCAPE '\\' OR q.email LIKE $2 ESCAPE '\\')"

DB_PAGE_SORT(Q_OREQ_PAGE_DATE, "orgreq_page_date", OREQ_PAGE_WHERE, "q.created_at", "q.id", 3, 4,
             5);
DB_PAGE_SORT(Q_OREQ_PAGE_NAME, "orgreq_page_name", OREQ_PAGE_WHERE, "q.name COLLATE \"und-x-icu\"",
             "q.id", 3, 4, 5);

static const DbPageStmts oreq_pages[OREQ_SORTS] = {
    [OREQ_BY_DATE] = DB_PAGE_STMTS(Q_OREQ_PAGE_DATE),
    [OREQ_BY_NAME] = DB_PAGE_STMTS(Q_OREQ_PAGE_NAME),
};

typedef struct OreqRows {
    OreqCols c;
    DbRowFn fn;
    void *ctx;
} OreqRows;

static bool oreq_row(void *ctx)
{
    OreqRows *o = ctx;
    oreq_lang(&o->c);
    return o->fn(o->ctx);
}

DbStatus q_orgreq_page(Db *db, OrgRequestStatus status, const DbPage *p, Arena *a, OrgRequest *row,
                       DbRowFn fn, void *ctx)
{
    DbParam in[6] = {db_str(vocab_key(&org_request_statuses, status))};
    const DbStmt *st = db_page_bind(p, oreq_pages, OREQ_SORTS, in, 1);
    OreqRows o = {.fn = fn, .ctx = ctx};
    oreq_cols(&o.c, a, row);
    return db_select_many(db, st, in, o.c.col, oreq_row, &o);
}

DbStatus q_orgreq_count(Db *db, OrgRequestStatus status, const char *like, int64_t *n)
{
    DB_SQL(st, "orgreq_count", "SELECT COUNT(*) FROM (" OREQ_PAGE_WHERE ") t");
    return db_select_int64(
        db, &st, DB_IN(db_str(vocab_key(&org_request_statuses, status)), db_str(like ? like : "")),
        n);
}

DbStatus q_orgreq_approve(Db *db, int64_t id, int64_t org_id, int64_t operator_id, int64_t now)
{
    DB_SQL(st, "orgreq_approve",
           "UPDATE org_requests SET status = 'approved', org_id = $2, decided_by = $3, "
           "decided_at = $4 WHERE id = $1 AND status = 'pending'");
    return db_exec(db, &st,
                   DB_IN(db_int64(id), db_int64(org_id), db_int64(operator_id), db_int64(now)));
}

DbStatus q_orgreq_refuse(Db *db, int64_t id, const char *reason, int64_t operator_id, int64_t now)
{
    DB_SQL(st, "orgreq_refuse",
           "UPDATE org_requests SET status = 'refused', reason = $2, decided_by = $3, "
           "decided_at = $4 WHERE id = $1 AND status = 'pending'");
    return db_exec(db, &st,
                   DB_IN(db_int64(id), db_str(reason), db_int64(operator_id), db_int64(now)));
}

DbStatus q_orgreq_pending_like(Db *db, const char *name, const char *email, int64_t *by_name,
                               int64_t *by_email)
{
    DB_SQL(st, "orgreq_pending_like",
           "SELECT COALESCE(SUM(CASE WHEN lower(name) = lower($1) THEN 1 ELSE 0 END), 0), "
           "COALESCE(SUM(CASE WHEN email = $2 THEN 1 ELSE 0 END), 0) FROM org_requests "
           "WHERE status = 'pending'");
    return db_select_one(db, &st, DB_IN(db_str(name), db_str(email)),
                         DB_COLS(db_int64_out(by_name), db_int64_out(by_email)));
}
