/* flows/calls/decision.c — the final decision on a call and the grants it creates (see
 * decision.h). */
#include "flows/calls/decision.h"

#include "core/arena.h"
#include "domain/tranches.h"
#include "q/calls/grant.h"
#include "q/calls/proposal.h"
#include "q/calls/review.h"
#include "q/system/app.h"

typedef struct DecideTx {
    const Flow *f;
    const Call *c;
    const RankRow *rows;
    int n;
    const SelGrant *grants;
    int ngrants;
    bool stale;
    /* the budget lines of the proposal being granted, grown as read */
    BudgetLine line;
    BudgetLine *lines;
    int nlines, cap;
} DecideTx;

static bool line_row(void *ctx)
{
    DecideTx *t = ctx;
    if (t->nlines == t->cap) {
        int cap = t->cap ? t->cap * 2 : 16;
        t->lines = arena_realloc(t->f->arena, t->lines, sizeof *t->lines * (size_t)t->nlines,
                                 sizeof *t->lines * (size_t)cap);
        t->cap = cap;
    }
    t->lines[t->nlines++] = t->line;
    return true;
}

/* The grant of a selected proposal: its tranches by the call's plan, and the proposal's
 * budget lines scaled to the amount awarded. */
static DbStatus grant_create(Db *db, DecideTx *t, const RankRow *x, int64_t amount)
{
    const Flow *f = t->f;
    int64_t org = t->c->org_id, gid;
    DbStatus st = q_grant_create(db, org, t->c->id, x->id, amount, f->now, &gid);
    if (st != DB_ONE)
        return st < DB_NONE ? st : DB_ERROR;
    const TranchePlan *plan = &t->c->tranches;
    int64_t parts[TRANCHE_MAX];
    dom_tranche_split(plan, amount, parts);
    for (int i = 0; i < plan->n; i++)
        /* the label is the trigger's English text, translated where shown */
        if ((st = q_tranche_add(db, org, gid, i + 1,
                                vocab_label(&tranche_trigger_vocab, plan->step[i].on), parts[i])) <
            DB_NONE)
            return st;
    t->nlines = 0;
    if ((st = q_funder_budget_lines(db, org, x->id, f->arena, &t->line, line_row, t)) < DB_NONE)
        return st;
    int64_t *asked = arena_alloc(f->arena, sizeof *asked * (size_t)(t->nlines + 1));
    int64_t *given = arena_alloc(f->arena, sizeof *given * (size_t)(t->nlines + 1));
    for (int i = 0; i < t->nlines; i++)
        asked[i] = t->lines[i].amount;
    dom_scale_lines(asked, t->nlines, x->requested, amount, given);
    for (int i = 0; i < t->nlines; i++)
        if ((st = q_grant_line_add(db, org, gid, i + 1, t->lines[i].label, given[i])) < DB_NONE)
            return st;
    return DB_ONE;
}

static DbStatus decide_tx(Db *db, void *ctx)
{
    DecideTx *t = ctx;
    const Flow *f = t->f;
    int64_t org = t->c->org_id;
    DbStatus st = q_call_decide(db, org, t->c->id, f->now, f->who->account_id);
    if (st == DB_NONE) {
        t->stale = true;
        return DB_CONFLICT;
    }
    int64_t total = 0;
    for (int i = 0; st >= DB_NONE && i < t->n; i++) {
        if (t->rows[i].status != PROPOSAL_ELIGIBLE)
            continue;
        int64_t amount = 0;
        bool selected = false;
        for (int g = 0; g < t->ngrants; g++)
            if (t->grants[g].id == t->rows[i].id) {
                selected = true;
                amount = t->grants[g].amount_cents;
            }
        total += amount;
        st = q_proposal_decide(db, org, t->c->id, t->rows[i].id, selected, amount, f->now);
        if (st >= DB_NONE && selected)
            st = grant_create(db, t, &t->rows[i], amount);
    }
    if (st < DB_NONE)
        return st;
    return q_audit(db, org, f->who->account_id, "call_decide",
                   arena_printf(f->arena, "call %lld: %d selected, %lld cents", (long long)t->c->id,
                                t->ngrants, (long long)total),
                   f->now);
}

Outcome flow_call_decide(const Flow *f, const Call *c, const RankRow *rows, int n,
                         const SelGrant *grants, int ngrants)
{
    Outcome o = outcome_ok();
    o.id = c->id;
    if (c->status != CALL_PUBLISHED || f->now < c->closes_at) {
        outcome_conflict(&o, "sel",
                         F_(f, "The decision can be recorded only once, after the "
                               "call has closed."));
        return o;
    }
    DecideTx t = {.f = f, .c = c, .rows = rows, .n = n, .grants = grants, .ngrants = ngrants};
    DbStatus st = db_tx(f->db, decide_tx, &t);
    if (t.stale)
        outcome_conflict(&o, "sel",
                         F_(f, "The decision can be recorded only once, after the "
                               "call has closed."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}
