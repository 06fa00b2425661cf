/* flows/intake/selection.c — the rubric and the reviewers' assignment (see selection.h). */
#include "flows/intake/selection.h"

#include <string.h>

#include "core/rows.h"
#include "domain/jury.h"
#include "flows/tx.h"
#include "q/accounts/member.h"
#include "q/intake/admission.h"
#include "q/intake/intake.h"

Outcome rubric_criterion_add(const Flow *f, int64_t programme_id, const AppCriterion *c)
{
    Outcome o = outcome_ok();
    bool named = false;
    for (int i = 0; i < 3; i++)
        named = named || (c->label[i] && *c->label[i]);
    if (!named) {
        outcome_field(&o, "label_en", F_(f, "Name the criterion in at least one language."));
        return o;
    }
    AppForm form;
    DbStatus st = q_app_form(f->db, f->who->org_id, programme_id, &form);
    if (st == DB_ONE)
        st = q_criterion_add(f->db, f->who->org_id, programme_id, c);
    else if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE && o.ok)
        outcome_field(&o, "label_en", F_(f, "Reviews are submitted: the criteria are fixed."));
    o.id = programme_id;
    return o;
}

Outcome rubric_criterion_hint(const Flow *f, int64_t id, char *const hint[3])
{
    Outcome o = outcome_ok();
    DbStatus st = q_criterion_hint_set(f->db, f->who->org_id, id, hint, &o.id);
    if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    else if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}

Outcome rubric_criterion_delete(const Flow *f, int64_t id)
{
    Outcome o = outcome_ok();
    DbStatus st = q_criterion_delete(f->db, f->who->org_id, id, &o.id);
    if (st == DB_NONE) /* not ours, or the rubric is fixed */
        st = q_criterion_programme(f->db, f->who->org_id, id, &o.id);
    else if (st == DB_ONE)
        return o;
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    else
        outcome_field(&o, "label_en", F_(f, "Reviews are submitted: the criteria are fixed."));
    return o;
}

Outcome rubric_disagree_set(const Flow *f, int64_t programme_id, int64_t pct)
{
    Outcome o = outcome_ok();
    o.id = programme_id;
    DbStatus st = q_app_disagree_set(f->db, f->who->org_id, programme_id, pct);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    return o;
}

/* --- assigning reviewers ------------------------------------------------------------------- */

static void ids_add(Rows *s, int64_t id)
{
    *(int64_t *)rows_push(s) = id;
}

static int ids_find(const Rows *s, int64_t id)
{
    for (int i = 0; i < s->n; i++)
        if (*ROW(s, int64_t, i) == id)
            return i;
    return -1;
}

/* Whether account is an active member of pool (Member rows) with the reviewer role. */
static bool is_reviewer(const Rows *pool, int64_t account)
{
    for (int i = 0; i < pool->n; i++) {
        const Member *m = ROW(pool, Member, i);
        if (m->account_id == account)
            return (m->roles & ROLE_REVIEWER) && !m->disabled;
    }
    return false;
}

typedef struct AssignTx {
    const JuryResult *res;
    const Rows *apps, *members;
} AssignTx;

static DbStatus assign_tx(const Flow *f, void *ctx)
{
    AssignTx *t = ctx;
    for (int i = 0; i < t->res->npairs; i++) {
        const JuryPair *p = &t->res->pairs[i];
        DbStatus st = q_app_assign(f->db, f->who->org_id, *ROW(t->apps, int64_t, p->proposal),
                                   *ROW(t->members, int64_t, p->member), f->now);
        if (st < DB_NONE)
            return st;
    }
    return DB_ONE;
}

Outcome reviewers_assign(const Flow *f, int64_t programme_id, const int64_t *ticked, int n,
                         AssignResult *res)
{
    Outcome o = outcome_ok();
    o.id = programme_id;
    int64_t org = f->who->org_id;
    AppForm form;
    Member member;
    AppRankRow ranked;
    AppPair pair;
    Rows pool = ROWS_FROM(f->arena, &member), rank = ROWS_FROM(f->arena, &ranked),
         pairs = ROWS_FROM(f->arena, &pair);
    DbStatus st = q_app_form(f->db, org, programme_id, &form);
    if (st == DB_ONE &&
        (q_member_list(f->db, org, f->arena, &member, rows_collect, &pool) < DB_NONE ||
         q_app_rank_rows(f->db, org, programme_id, f->arena, &ranked, rows_collect, &rank) <
             DB_NONE ||
         q_app_pairs(f->db, org, programme_id, &pair, rows_collect, &pairs) < DB_NONE))
        st = DB_ERROR;
    if (st != DB_ONE) {
        outcome_error(&o, st == DB_NONE ? ERR_NOT_FOUND : ERR_DB);
        return o;
    }
    Rows apps = ROWS(f->arena, int64_t); /* the applications still to review */
    for (int i = 0; i < rank.n; i++)
        if (ROW(&rank, AppRankRow, i)->status == APP_SUBMITTED)
            ids_add(&apps, ROW(&rank, AppRankRow, i)->id);
    /* the members: those ticked (reviewers of this organisation), then anyone who already
     * reviews an application here, whose pairs are kept */
    Rows members = ROWS(f->arena, int64_t);
    for (int i = 0; i < n; i++) {
        if (!is_reviewer(&pool, ticked[i])) {
            outcome_field(&o, "reviewer",
                          F_(f, "Choose reviewers among the members with the reviewer role."));
            return o;
        }
        if (ids_find(&members, ticked[i]) < 0)
            ids_add(&members, ticked[i]);
    }
    int npool = members.n;
    if (!npool) {
        outcome_field(&o, "reviewer", F_(f, "Tick at least one reviewer."));
        return o;
    }
    int na = apps.n;
    JuryPair *fixed = arena_alloc(f->arena, sizeof *fixed * (size_t)(pairs.n ? pairs.n : 1));
    int nf = 0;
    for (int i = 0; i < pairs.n; i++) {
        const AppPair *x = ROW(&pairs, AppPair, i);
        int a = ids_find(&apps, x->application_id);
        if (a < 0)
            continue;
        int m = ids_find(&members, x->account_id);
        if (m < 0) {
            m = members.n;
            ids_add(&members, x->account_id);
        }
        fixed[nf++] = (JuryPair){.member = m, .proposal = a};
    }
    int nm = members.n;
    if ((int64_t)na * nm > JURY_MAX_CELLS) {
        outcome_error(&o, ERR_DB);
        return o;
    }
    /* members who were not ticked keep their pairs and take no new ones */
    bool *conflict = arena_alloc(f->arena, (size_t)na * (size_t)nm + 1);
    memset(conflict, 0, (size_t)na * (size_t)nm + 1);
    for (int m = npool; m < nm; m++)
        for (int a = 0; a < na; a++)
            conflict[(size_t)m * (size_t)na + (size_t)a] = true;
    for (int i = 0; i < nf; i++)
        conflict[(size_t)fixed[i].member * (size_t)na + (size_t)fixed[i].proposal] = false;
    JuryProblem prob = {.nproposals = na,
                        .nmembers = nm,
                        .k = (int)form.reviews_needed,
                        .conflict = conflict,
                        .fixed = fixed,
                        .nfixed = nf,
                        .seed = (uint64_t)programme_id};
    JuryResult jr;
    JuryStatus js = jury_assign(&prob, &jr);
    if (js == JURY_OK || js == JURY_SHORT) {
        AssignTx t = {.res = &jr, .apps = &apps, .members = &members};
        st = flow_tx(f, assign_tx, &t);
        if (st < DB_NONE)
            outcome_db(&o, st);
        res->added = jr.npairs - nf;
        res->nshort = jr.nshort;
    } else {
        outcome_error(&o, ERR_DB);
    }
    jury_result_free(&jr);
    return o;
}
