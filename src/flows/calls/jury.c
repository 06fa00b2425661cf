/* flows/calls/jury.c — the jury of a call and its assignments (see jury.h). */
#include "flows/calls/jury.h"

#include <stdlib.h>

#include "domain/jury.h"
#include "flows/calls/call.h"
#include "flows/tx.h"
#include "html/fmt.h"
#include "q/calls/call.h"
#include "q/calls/jury.h"

Outcome flow_jury_appoint(const Flow *f, int64_t call_id, int64_t account_id)
{
    Outcome o = outcome_ok();
    Call c;
    if (!flow_call_of(f, call_id, &c, &o))
        return o;
    return outcome_of(q_jury_add(f->db, c.org_id, c.id, account_id, f->now), ERR_BAD_REQUEST, c.id);
}

typedef struct DeadlineTx {
    const Call *c;
    int64_t deadline;
} DeadlineTx;

static DbStatus deadline_tx(const Flow *f, void *ctx)
{
    DeadlineTx *t = ctx;
    Db *db = f->db;
    DbStatus st = q_call_review_deadline_set(db, t->c->org_id, t->c->id, t->deadline);
    return st == DB_NONE ? DB_CONFLICT : st;
}

Outcome flow_call_review_deadline(const Flow *f, int64_t call_id, int64_t deadline,
                                  const FormErrors *read)
{
    Outcome o = outcome_ok();
    Call c;
    if (!flow_call_of(f, call_id, &c, &o))
        return o;
    o.id = c.id;
    const char *closed = F_(f, "A review deadline can be set once the call is published and "
                               "until the decision is recorded.");
    if (c.status != CALL_PUBLISHED) {
        outcome_conflict(&o, "review_deadline", closed);
        return o;
    }
    outcome_fields(&o, read);
    if (!o.ok)
        return o;
    if (deadline <= c.closes_at) {
        outcome_field(&o, "review_deadline",
                      arena_printf(f->arena,
                                   F_(f, "The review deadline must come after the call closes "
                                         "(%s)."),
                                   moment_text_in(f->arena, f->who->lang, c.closes_at)));
        return o;
    }
    DeadlineTx t = {.c = &c, .deadline = deadline};
    DbStatus st = flow_tx(f, deadline_tx, &t);
    if (st == DB_CONFLICT)
        outcome_conflict(&o, "review_deadline", closed);
    else if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}

Outcome flow_jury_remove(const Flow *f, int64_t call_id, int64_t account_id)
{
    Outcome o = outcome_ok();
    Call c;
    if (!flow_call_of(f, call_id, &c, &o))
        return o;
    return outcome_of(q_jury_remove(f->db, c.org_id, c.id, account_id), ERR_NOT_FOUND, c.id);
}

Outcome flow_jury_adjust(const Flow *f, int64_t call_id, int64_t proposal_id, int64_t account_id,
                         JuryAdjust what)
{
    Outcome o = outcome_ok();
    Call c;
    if (!flow_call_of(f, call_id, &c, &o))
        return o;
    if (c.status == CALL_DECIDED || what == JURY_ADJUST_BAD) {
        outcome_error(&o, ERR_BAD_REQUEST);
        return o;
    }
    DbStatus st = what == JURY_ADJUST_ADD
                      ? q_assign(f->db, c.org_id, c.id, proposal_id, account_id, true, f->now)
                      : q_unassign(f->db, c.org_id, c.id, proposal_id, account_id);
    /* DB_NONE: a conflicted pair, or not of this call */
    return outcome_of(st, ERR_FORBIDDEN, c.id);
}

Outcome flow_jury_conflict(const Flow *f, int64_t proposal_id, const char *reason)
{
    return outcome_of(
        q_conflict_declare(f->db, f->who->org_id, proposal_id, f->who->account_id, reason, f->now),
        ERR_NOT_FOUND, proposal_id);
}

/* The jury matrix of a call, numbered for domain/jury. */
typedef struct Matrix {
    JuryCell cell;
    int64_t *props, *members;
    int np, nm, cap_p, cap_m;
    JuryCell *cells;
    int ncells, cap_cells;
} Matrix;

static int index_of(int64_t **ids, int *n, int *cap, int64_t id)
{
    for (int i = 0; i < *n; i++)
        if ((*ids)[i] == id)
            return i;
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        *ids = realloc(*ids, sizeof **ids * (size_t)*cap);
        if (!*ids)
            abort();
    }
    (*ids)[*n] = id;
    return (*n)++;
}

static bool matrix_cell(void *ctx)
{
    Matrix *m = ctx;
    if (m->ncells == m->cap_cells) {
        m->cap_cells = m->cap_cells ? m->cap_cells * 2 : 64;
        m->cells = realloc(m->cells, sizeof *m->cells * (size_t)m->cap_cells);
        if (!m->cells)
            abort();
    }
    m->cells[m->ncells++] = m->cell;
    index_of(&m->props, &m->np, &m->cap_p, m->cell.proposal_id);
    index_of(&m->members, &m->nm, &m->cap_m, m->cell.account_id);
    return true;
}

static void matrix_free(Matrix *m)
{
    free(m->props);
    free(m->members);
    free(m->cells);
}

typedef struct AssignTx {
    int64_t org_id, call_id;
    Matrix *m;
    JuryResult *res;
    bool *fixed_pair; /* [member * np + proposal] */
} AssignTx;

static DbStatus assign_tx(const Flow *f, void *ctx)
{
    AssignTx *t = ctx;
    Db *db = f->db;
    int64_t now = f->now;
    DbStatus st = q_assignments_clear_auto(db, t->org_id, t->call_id);
    for (int i = 0; st >= DB_NONE && i < t->res->npairs; i++) {
        JuryPair p = t->res->pairs[i];
        bool manual = t->fixed_pair[p.member * t->m->np + p.proposal];
        st = q_assign(db, t->org_id, t->call_id, t->m->props[p.proposal], t->m->members[p.member],
                      manual, now);
    }
    return st < DB_NONE ? st : DB_ONE;
}

Outcome flow_jury_assign(const Flow *f, int64_t call_id, int *assigned, int *shorts)
{
    Outcome o = outcome_ok();
    Call c;
    if (!flow_call_undecided(f, call_id, &c, &o))
        return o;
    Matrix m = {0};
    DbStatus st = q_jury_matrix(f->db, c.org_id, c.id, f->arena, &m.cell, matrix_cell, &m);
    if (st < DB_NONE) {
        matrix_free(&m);
        outcome_db(&o, st);
        return o;
    }
    size_t cells = (size_t)m.np * (size_t)m.nm;
    bool *conflict = calloc(cells ? cells : 1, sizeof *conflict);
    bool *fixed_pair = calloc(cells ? cells : 1, sizeof *fixed_pair);
    JuryPair *fixed = calloc(m.ncells ? (size_t)m.ncells : 1, sizeof *fixed);
    if (!conflict || !fixed_pair || !fixed)
        abort();
    int nfixed = 0;
    for (int i = 0; i < m.ncells; i++) {
        JuryCell *x = &m.cells[i];
        int p = index_of(&m.props, &m.np, &m.cap_p, x->proposal_id);
        int a = index_of(&m.members, &m.nm, &m.cap_m, x->account_id);
        conflict[(size_t)a * (size_t)m.np + (size_t)p] = x->conflict != 0;
        if (x->assigned == 2 && !x->conflict) {
            fixed[nfixed++] = (JuryPair){.member = a, .proposal = p};
            fixed_pair[(size_t)a * (size_t)m.np + (size_t)p] = true;
        }
    }
    JuryProblem prob = {.nproposals = m.np,
                        .nmembers = m.nm,
                        .k = (int)c.reviews_needed,
                        .conflict = conflict,
                        .fixed = fixed,
                        .nfixed = nfixed,
                        .seed = (uint64_t)c.id};
    JuryResult res;
    JuryStatus js = jury_assign(&prob, &res);
    o.id = c.id;
    if (js == JURY_OK || js == JURY_SHORT) {
        AssignTx t = {
            .org_id = c.org_id, .call_id = c.id, .m = &m, .res = &res, .fixed_pair = fixed_pair};
        if ((st = flow_tx(f, assign_tx, &t)) < DB_NONE)
            outcome_db(&o, st);
        *assigned = res.npairs;
        *shorts = res.nshort;
    } else {
        outcome_error(&o, ERR_INTERNAL);
    }
    jury_result_free(&res);
    free(conflict);
    free(fixed_pair);
    free(fixed);
    matrix_free(&m);
    return o;
}
