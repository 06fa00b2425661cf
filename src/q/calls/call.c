/* call.c — statements on calls for projects, their items (eligibility checklist, award
 * criteria, required attachments) and target groups. The funder's statements take its
 * org_id; the public ones read published calls only. */
#include "q/calls/call.h"

#include "model/calls.h"
#include "q/calls/cols.h"

#include "core/log.h"
#include "domain/disagree.h"
#include "domain/tranches.h"

#define CALL_COLS                                                                                  \
    "c.id, c.org_id, o.name, c.status, c.title_en, c.title_nl, c.title_fr, "                       \
    "c.description_en, c.description_nl, c.description_fr, c.budget, c.min_grant, "                \
    "c.max_grant, c.opens_at, c.closes_at, c.reviews_needed, c.scale_min, c.scale_max, "           \
    "c.disagree_pct, c.tranche1_pct, c.tranche1_on, c.tranche2_pct, c.tranche2_on, "               \
    "c.tranche3_pct, c.tranche3_on, COALESCE(c.review_deadline, 0) "
#define CALL_FROM "FROM calls c JOIN organisations o ON o.id = c.org_id "

/* A call as read, with the stored strings its enums come from. */
typedef struct CallRead {
    Call *x;
    char *status;
    int64_t pct[TRANCHE_MAX];
    char *on[TRANCHE_MAX];
    DbRowFn fn; /* the caller's, for lists */
    void *ctx;
} CallRead;

static void call_cols(DbCol *c, Arena *a, CallRead *rd)
{
    Call *x = rd->x;
    int i = 0;
    c[i++] = db_int64_out(&x->id);
    c[i++] = db_int64_out(&x->org_id);
    c[i++] = db_text(a, &x->funder);
    c[i++] = db_text(a, &rd->status);
    for (int l = 0; l < 3; l++)
        c[i++] = db_text(a, &x->title[l]);
    for (int l = 0; l < 3; l++)
        c[i++] = db_text(a, &x->description[l]);
    c[i++] = db_int64_out(&x->budget);
    c[i++] = db_int64_out(&x->min_grant);
    c[i++] = db_int64_out(&x->max_grant);
    c[i++] = db_int64_out(&x->opens_at);
    c[i++] = db_int64_out(&x->closes_at);
    c[i++] = db_int64_out(&x->reviews_needed);
    c[i++] = db_int64_out(&x->scale_min);
    c[i++] = db_int64_out(&x->scale_max);
    c[i++] = db_int64_out(&x->disagree_pct);
    for (int t = 0; t < TRANCHE_MAX; t++) {
        c[i++] = db_int64_out(&rd->pct[t]);
        c[i++] = db_text(a, &rd->on[t]);
    }
    c[i++] = db_int64_out(&x->review_deadline);
    c[i] = (DbCol)DB_END;
}

/* The enums from the stored strings; the tranches in use (pct > 0) make the plan. */
static void call_convert(CallRead *rd)
{
    Call *x = rd->x;
    int v;
    if (!vocab_parse(&call_status_vocab, rd->status, &v)) {
        log_bug("call %lld: status '%s'", (long long)x->id, rd->status ? rd->status : "");
        v = CALL_DECIDED; /* the safest: nothing changes it */
    }
    x->status = (CallStatus)v;
    x->tranches = (TranchePlan){0};
    for (int t = 0; t < TRANCHE_MAX && rd->pct[t] > 0; t++) {
        if (!vocab_parse(&tranche_trigger_vocab, rd->on[t], &v)) {
            log_bug("call %lld: tranche trigger '%s'", (long long)x->id,
                    rd->on[t] ? rd->on[t] : "");
            v = TRIGGER_FINAL_REPORT;
        }
        x->tranches.step[x->tranches.n++] = (TrancheStep){(int)rd->pct[t], (TrancheTrigger)v};
    }
    if (dom_tranche_check(&x->tranches, NULL) != TRANCHE_OK)
        x->tranches = dom_tranche_default();
}

static bool call_row(void *ctx)
{
    CallRead *rd = ctx;
    call_convert(rd);
    return rd->fn(rd->ctx);
}

static DbStatus call_one(Db *db, const DbStmt *q, const DbParam *in, Arena *a, Call *out)
{
    CallRead rd = {.x = out};
    DbCol col[CALL_NCOLS + 1];
    call_cols(col, a, &rd);
    DbStatus st = db_select_one(db, q, in, col);
    if (st == DB_ONE)
        call_convert(&rd);
    return st;
}

static DbStatus call_many(Db *db, const DbStmt *q, const DbParam *in, Arena *a, Call *row,
                          DbRowFn fn, void *ctx)
{
    CallRead rd = {.x = row, .fn = fn, .ctx = ctx};
    DbCol col[CALL_NCOLS + 1];
    call_cols(col, a, &rd);
    return db_select_many(db, q, in, col, call_row, &rd);
}

DbStatus q_call_get(Db *db, int64_t org_id, int64_t id, Arena *a, Call *out)
{
    DB_SQL(st, "call_get", "SELECT " CALL_COLS CALL_FROM "WHERE c.org_id = $1 AND c.id = $2");
    return call_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)), a, out);
}

DbStatus q_call_list(Db *db, int64_t org_id, Arena *a, Call *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "call_list",
           "SELECT " CALL_COLS CALL_FROM "WHERE c.org_id = $1 ORDER BY c.closes_at DESC, c.id");
    return call_many(db, &st, DB_IN(db_int64(org_id)), a, row, fn, ctx);
}

/* The funder's calls a page at a time (db/page.h), by closing moment or budget; $2
 * searches the title in every language. */
#define CALL_PAGE_WHERE                                                                            \
    "SELECT " CALL_COLS CALL_FROM "WHERE c.org_id = $1 AND ($2 = '' "                              \
    "OR lower(COALESCE(c.title_en, '')) LIKE $2 ESCAPE '\\' "                                      \
    "OR lower(COALESCE(c.title_nl, '')) LIKE $2 ESCAPE '\\' "                                      \
    "OR lower(COALESCE(c.title_fr, '')) LIKE $2 ESCAPE '\\')"

DB_PAGE_SORT(Q_CALL_PAGE_CLOSES, "call_page_closes", CALL_PAGE_WHERE, "c.closes_at", "c.id", 3, 4,
             5);
DB_PAGE_SORT(Q_CALL_PAGE_BUDGET, "call_page_budget", CALL_PAGE_WHERE, "c.budget", "c.id", 3, 4, 5);

static const DbPageStmts call_pages[CALL_SORTS] = {
    [CALL_BY_CLOSES] = DB_PAGE_STMTS(Q_CALL_PAGE_CLOSES),
    [CALL_BY_BUDGET] = DB_PAGE_STMTS(Q_CALL_PAGE_BUDGET),
};

DbStatus q_call_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, Call *row, DbRowFn fn,
                     void *ctx)
{
    DbParam in[6] = {db_int64(org_id)};
    const DbStmt *st = db_page_bind(p, call_pages, CALL_SORTS, in, 1);
    return call_many(db, st, in, a, row, fn, ctx);
}

DbStatus q_call_count(Db *db, int64_t org_id, const char *like, int64_t *n)
{
    DB_SQL(st, "call_count", "SELECT COUNT(*) FROM (" CALL_PAGE_WHERE ") t");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_str(like ? like : "")), n);
}

/* A published (or decided) call, whoever asks: the public page and applicants. */
DbStatus q_call_public(Db *db, int64_t id, Arena *a, Call *out)
{
    DB_SQL(st, "call_public",
           "SELECT " CALL_COLS CALL_FROM "WHERE c.id = $1 AND c.status <> 'draft'");
    return call_one(db, &st, DB_IN(db_int64(id)), a, out);
}

/* Published calls that have not closed yet, soonest deadline first: all of them (a handful
 * at a time), never cut. */
DbStatus q_calls_open(Db *db, int64_t now, Arena *a, Call *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "calls_open",
           "SELECT " CALL_COLS CALL_FROM "WHERE c.status = 'published' AND c.closes_at > $1 "
           "ORDER BY c.closes_at, c.id");
    return call_many(db, &st, DB_IN(db_int64(now)), a, row, fn, ctx);
}

/* The plan's tranches as stored: unused ones are 0 % without a trigger. */
static void call_params(DbParam *p, const Call *c)
{
    int i = 0;
    p[i++] = db_int64(c->org_id);
    for (int l = 0; l < 3; l++)
        p[i++] = db_str(c->title[l]);
    for (int l = 0; l < 3; l++)
        p[i++] = db_str(c->description[l]);
    p[i++] = db_int64(c->budget);
    p[i++] = db_int64(c->min_grant);
    p[i++] = db_int64(c->max_grant);
    p[i++] = db_int64(c->opens_at);
    p[i++] = db_int64(c->closes_at);
    p[i++] = db_int64(c->reviews_needed);
    p[i++] = db_int64(c->scale_min);
    p[i++] = db_int64(c->scale_max);
    p[i++] = db_int64(c->disagree_pct);
    for (int t = 0; t < TRANCHE_MAX; t++) {
        bool used = t < c->tranches.n;
        p[i++] = db_int64(used ? c->tranches.step[t].pct : 0);
        p[i++] = db_str(used ? vocab_key(&tranche_trigger_vocab, c->tranches.step[t].on) : NULL);
    }
    p[i] = (DbParam)DB_END;
}

DbStatus q_call_add(Db *db, const Call *c, int64_t now, int64_t *id)
{
    DB_SQL(st, "call_add",
           "INSERT INTO calls (org_id, title_en, title_nl, title_fr, description_en, "
           "description_nl, description_fr, budget, min_grant, max_grant, opens_at, closes_at, "
           "reviews_needed, scale_min, scale_max, disagree_pct, tranche1_pct, tranche1_on, "
           "tranche2_pct, tranche2_on, tranche3_pct, tranche3_on, created_at, updated_at) "
           "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, "
           "$18, $19, $20, $21, $22, $23, $23) RETURNING id");
    DbParam in[CALL_NPARAMS + 2];
    call_params(in, c);
    in[CALL_NPARAMS] = db_int64(now);
    in[CALL_NPARAMS + 1] = (DbParam)DB_END;
    return db_select_int64(db, &st, in, id);
}

/* A decided call no longer changes. */
DbStatus q_call_update(Db *db, const Call *c, int64_t now)
{
    DB_SQL(st, "call_update",
           "UPDATE calls SET title_en = $2, title_nl = $3, title_fr = $4, description_en = $5, "
           "description_nl = $6, description_fr = $7, budget = $8, min_grant = $9, "
           "max_grant = $10, opens_at = $11, closes_at = $12, reviews_needed = $13, "
           "scale_min = $14, scale_max = $15, disagree_pct = $16, tranche1_pct = $17, "
           "tranche1_on = $18, tranche2_pct = $19, tranche2_on = $20, tranche3_pct = $21, "
           "tranche3_on = $22, updated_at = $23 "
           "WHERE org_id = $1 AND id = $24 AND status <> 'decided'");
    DbParam in[CALL_NPARAMS + 3];
    call_params(in, c);
    in[CALL_NPARAMS] = db_int64(now);
    in[CALL_NPARAMS + 1] = db_int64(c->id);
    in[CALL_NPARAMS + 2] = (DbParam)DB_END;
    return db_exec(db, &st, in);
}

DbStatus q_call_publish(Db *db, int64_t org_id, int64_t id, int64_t now)
{
    DB_SQL(st, "call_publish",
           "UPDATE calls SET status = 'published', updated_at = $3 "
           "WHERE org_id = $1 AND id = $2 AND status = 'draft'");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(id), db_int64(now)));
}

/* --- items --- */

typedef struct ItemRead {
    CallItem *row;
    char *kind;
    DbRowFn fn;
    void *ctx;
} ItemRead;

static bool item_row(void *ctx)
{
    ItemRead *rd = ctx;
    int v;
    if (!vocab_parse(&item_kind_vocab, rd->kind, &v)) {
        log_bug("call item %lld: kind '%s'", (long long)rd->row->id, rd->kind ? rd->kind : "");
        return true; /* skipped */
    }
    rd->row->kind = (ItemKind)v;
    return rd->fn(rd->ctx);
}

DbStatus q_call_items(Db *db, int64_t org_id, int64_t call_id, Arena *a, CallItem *row, DbRowFn fn,
                      void *ctx)
{
    DB_SQL(st, "call_items",
           "SELECT id, kind, text_en, text_nl, text_fr, weight FROM call_items "
           "WHERE org_id = $1 AND call_id = $2 ORDER BY kind, position, id");
    ItemRead rd = {.row = row, .fn = fn, .ctx = ctx};
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(call_id)),
                          DB_COLS(db_int64_out(&row->id), db_text(a, &rd.kind),
                                  db_text(a, &row->text[0]), db_text(a, &row->text[1]),
                                  db_text(a, &row->text[2]), db_int64_out(&row->weight)),
                          item_row, &rd);
}

/* Items can be added while the call is a draft or published, not once decided. */
DbStatus q_call_item_add(Db *db, int64_t org_id, int64_t call_id, const CallItem *it)
{
    DB_SQL(st, "call_item_add",
           "INSERT INTO call_items (org_id, call_id, kind, position, text_en, text_nl, text_fr, "
           "weight) SELECT c.org_id, c.id, $3, COALESCE((SELECT MAX(i.position) FROM call_items i "
           "WHERE i.call_id = c.id AND i.kind = $3), 0) + 1, $4, $5, $6, $7 FROM calls c "
           "WHERE c.org_id = $1 AND c.id = $2 AND c.status <> 'decided'");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(call_id),
                         db_str(vocab_key(&item_kind_vocab, it->kind)), db_str(it->text[0]),
                         db_str(it->text[1]), db_str(it->text[2]), db_int64(it->weight)));
}

/* Only while the call is a draft: published terms do not change under applicants. */
DbStatus q_call_item_delete(Db *db, int64_t org_id, int64_t id, int64_t *call_id)
{
    DB_SQL(st, "call_item_delete",
           "DELETE FROM call_items WHERE org_id = $1 AND id = $2 AND EXISTS (SELECT 1 FROM "
           "calls c WHERE c.id = call_items.call_id AND c.status = 'draft') RETURNING call_id");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(id)), call_id);
}

/* --- target groups --- */

DbStatus q_target_groups(Db *db, int64_t org_id, Arena *a, TargetGroup *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "target_groups",
           "SELECT id, name_en, name_nl, name_fr FROM target_groups "
           "WHERE org_id = $1 AND archived = 0 ORDER BY position, id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id)), DB_COLS(GROUP_OUT(a, row)), fn, ctx);
}

DbStatus q_target_group_add(Db *db, int64_t org_id, const char *const name[3])
{
    DB_SQL(st, "target_group_add",
           "INSERT INTO target_groups (org_id, position, name_en, name_nl, name_fr) "
           "SELECT $1, COALESCE(MAX(position), 0) + 1, $2, $3, $4 FROM target_groups "
           "WHERE org_id = $1");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_str(name[0]), db_str(name[1]), db_str(name[2])));
}

DbStatus q_target_group_archive(Db *db, int64_t org_id, int64_t id)
{
    DB_SQL(st, "target_group_archive",
           "UPDATE target_groups SET archived = 1 WHERE org_id = $1 AND id = $2");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(id)));
}

/* The target groups a call aims at. */
DbStatus q_call_groups(Db *db, int64_t org_id, int64_t call_id, Arena *a, TargetGroup *row,
                       DbRowFn fn, void *ctx)
{
    DB_SQL(st, "call_groups",
           "SELECT g.id, g.name_en, g.name_nl, g.name_fr FROM call_target_groups t "
           "JOIN target_groups g ON g.id = t.target_group_id AND g.org_id = t.org_id "
           "WHERE t.org_id = $1 AND t.call_id = $2 ORDER BY g.position, g.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(call_id)),
                          DB_COLS(GROUP_OUT(a, row)), fn, ctx);
}

DbStatus q_call_groups_clear(Db *db, int64_t org_id, int64_t call_id)
{
    DB_SQL(st, "call_groups_clear",
           "DELETE FROM call_target_groups WHERE org_id = $1 AND call_id = $2");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(call_id)));
}

/* Only the funder's own groups: the INSERT selects them. */
DbStatus q_call_group_add(Db *db, int64_t org_id, int64_t call_id, int64_t group_id)
{
    DB_SQL(st, "call_group_add",
           "INSERT INTO call_target_groups (org_id, call_id, target_group_id) "
           "SELECT g.org_id, $2, g.id FROM target_groups g WHERE g.org_id = $1 AND g.id = $3");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(call_id), db_int64(group_id)));
}
