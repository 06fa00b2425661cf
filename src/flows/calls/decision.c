/* flows/calls/decision.c — the final decision on a call and the grants it creates (see
 * decision.h). */
#include "flows/calls/decision.h"

#include <string.h>

#include "core/arena.h"
#include "domain/tranches.h"
#include "flows/calls/letters.h"
#include "flows/tx.h"
#include "q/calls/grant.h"
#include "q/calls/letter.h"
#include "q/calls/proposal.h"
#include "q/calls/review.h"
#include "q/system/app.h"

typedef struct DecideTx {
    const Flow *f;
    const Call *c;
    const CallBoard *b;
    const SelGrant *grants;
    int ngrants;
    const DecisionNote *notes;
    int nnotes;
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

static DbStatus decide_tx(const Flow *f, void *ctx)
{
    DecideTx *t = ctx;
    Db *db = f->db;
    int64_t org = t->c->org_id;
    DbStatus st = q_call_decide(db, org, t->c->id, f->now, f->who->account_id);
    if (st == DB_NONE) {
        t->stale = true;
        return DB_CONFLICT;
    }
    int64_t total = 0;
    /* the amount granted to each proposal of the board (0: not selected); the check made
     * sure that each is granted once at most */
    int64_t *amount = arena_alloc(f->arena, sizeof *amount * (size_t)(t->b->rows.n + 1));
    memset(amount, 0, sizeof *amount * (size_t)(t->b->rows.n + 1));
    for (int g = 0; g < t->ngrants; g++)
        amount[call_board_index(t->b, t->grants[g].id)] = t->grants[g].amount_cents;
    const char **reason = arena_alloc(f->arena, sizeof *reason * (size_t)(t->b->rows.n + 1));
    for (int i = 0; i < t->b->rows.n; i++)
        reason[i] = "";
    for (int k = 0; k < t->nnotes; k++) {
        int i = call_board_index(t->b, t->notes[k].id);
        if (i >= 0 && t->notes[k].reason)
            reason[i] = t->notes[k].reason;
    }
    for (int i = 0; st >= DB_NONE && i < t->b->rows.n; i++) {
        const RankRow *x = call_board_row(t->b, i);
        if (x->status != PROPOSAL_ELIGIBLE) {
            char *why = NULL;
            st = q_screening_reason(db, org, x->id, f->arena, &why);
            reason[i] = st == DB_ONE && why ? why : "";
            continue;
        }
        if ((st = q_proposal_reason_set(db, org, x->id, reason[i])) < DB_NONE)
            break;
        bool selected = amount[i] > 0;
        total += amount[i];
        st = q_proposal_decide(db, org, t->c->id, x->id, selected, amount[i], f->now);
        if (st >= DB_NONE && selected)
            st = grant_create(db, t, x, amount[i]);
    }
    if (st < DB_NONE || (st = decision_letters_queue(f, db, t->b, amount, reason)) < DB_NONE)
        return st;
    return q_audit(db, org, f->who->account_id, "call_decide",
                   arena_printf(f->arena, "call %lld: %d selected, %lld cents", (long long)t->c->id,
                                t->ngrants, (long long)total),
                   f->now);
}

/* The characters of UTF-8 text s. */
static size_t text_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* The note on proposal id, NULL when none. */
static const DecisionNote *note_of(const DecisionNote *notes, int n, int64_t id)
{
    for (int k = 0; k < n; k++)
        if (notes[k].id == id)
            return &notes[k];
    return NULL;
}

/* Each selected proposal with fewer submitted reviews than the call asks needs its
 * confirmation; each reason its limit. False with o set when one is missing. */
static bool notes_check(const Flow *f, const CallBoard *b, const SelGrant *grants, int ngrants,
                        const DecisionNote *notes, int nnotes, Outcome *o)
{
    for (int g = 0; g < ngrants; g++) {
        int i = call_board_index(b, grants[g].id);
        if (i < 0 || b->nreviews[i] >= b->c.reviews_needed)
            continue;
        const DecisionNote *n = note_of(notes, nnotes, grants[g].id);
        if (n && n->few_ok)
            continue;
        const RankRow *x = call_board_row(b, i);
        outcome_field(o, arena_printf(f->arena, "a-%lld", (long long)x->id),
                      arena_printf(f->arena,
                                   F_(f, "%s has %d of the %lld reviews the call asks for: tick "
                                         "\"Select it with fewer reviews\" to select it."),
                                   x->title, b->nreviews[i], (long long)b->c.reviews_needed));
    }
    for (int k = 0; k < nnotes; k++)
        if (notes[k].reason && text_chars(notes[k].reason) > DECISION_REASON_MAX)
            outcome_field(o, arena_printf(f->arena, "r-%lld", (long long)notes[k].id),
                          F_(f, "A reason is at most 2,000 characters."));
    return o->ok;
}

/* The decision as the rules judge it: field errors beside each grant's amount, or the
 * total over the budget beside "sel". False with o set when it is refused. */
static bool decision_check(const Flow *f, const CallBoard *b, const SelGrant *grants, int ngrants,
                           Outcome *o)
{
    unsigned *errors = arena_alloc(f->arena, sizeof *errors * (size_t)(ngrants + 1));
    SelDecisionSummary sum;
    bool ok = sel_check_decision(&b->call, b->props, b->rows.n, grants, ngrants, errors, &sum);
    if (sum.nbad < 0) {
        outcome_error(o, ERR_BAD_REQUEST);
        return false;
    }
    Lang l = f->who->lang;
    for (int g = 0; g < ngrants; g++) {
        if (!errors[g])
            continue;
        if (errors[g] & SEL_GRANT_UNKNOWN) { /* not a proposal of this call: a forged form */
            outcome_error(o, ERR_BAD_REQUEST);
            return false;
        }
        const RankRow *x = call_board_row(b, call_board_index(b, grants[g].id));
        const char *field = arena_printf(f->arena, "a-%lld", (long long)x->id);
        const char *msg;
        if (errors[g] & SEL_GRANT_DUPLICATE)
            msg = arena_printf(
                f->arena, F_(f, "%s appears twice in the selection: select it once."), x->title);
        else if (errors[g] & SEL_GRANT_NOT_ELIGIBLE)
            msg = F_(f, "Only an eligible proposal can be selected.");
        else if (errors[g] & SEL_GRANT_ABOVE_REQUESTED)
            msg = arena_printf(f->arena, F_(f, "%s: more than the %s requested."), x->title,
                               flow_money(f, l, x->requested));
        else
            msg = arena_printf(f->arena, F_(f, "%s: a grant is from %s to %s."), x->title,
                               flow_money(f, l, b->c.min_grant), flow_money(f, l, b->c.max_grant));
        outcome_field(o, field, msg);
    }
    if (o->fields.n)
        return false;
    if (!ok && sum.over_budget_cents > 0) {
        outcome_conflict(
            o, "sel",
            arena_printf(f->arena,
                         F_(f, "The selection totals %s, %s over the budget of %s: nothing was "
                               "recorded."),
                         flow_money(f, l, sum.total_cents), flow_money(f, l, sum.over_budget_cents),
                         flow_money(f, l, b->c.budget)));
        return false;
    }
    return ok;
}

Outcome flow_call_decision_check(const Flow *f, const CallBoard *b, const SelGrant *grants,
                                 int ngrants, const DecisionNote *notes, int nnotes,
                                 const FormErrors *read)
{
    Outcome o = outcome_ok();
    o.id = b->c.id;
    if (b->c.status != CALL_PUBLISHED || f->now < b->c.closes_at) {
        outcome_conflict(
            &o, "sel", F_(f, "The decision can be recorded only once, after the call has closed."));
        return o;
    }
    outcome_fields(&o, read);
    if (o.ok && !decision_check(f, b, grants, ngrants, &o) && o.ok)
        outcome_error(&o, ERR_BAD_REQUEST); /* refused by the rules without a reason */
    if (o.ok)
        notes_check(f, b, grants, ngrants, notes, nnotes, &o);
    return o;
}

Outcome flow_call_decide(const Flow *f, int64_t call_id, const SelGrant *grants, int ngrants,
                         const DecisionNote *notes, int nnotes, const FormErrors *read)
{
    CallBoard b;
    DbStatus st = call_board_load(f->db, f->arena, f->who->org_id, call_id, &b);
    if (st != DB_ONE)
        return outcome_missing(st);
    Outcome o = flow_call_decision_check(f, &b, grants, ngrants, notes, nnotes, read);
    if (!o.ok)
        return o;
    DecideTx t = {.f = f,
                  .c = &b.c,
                  .b = &b,
                  .grants = grants,
                  .ngrants = ngrants,
                  .notes = notes,
                  .nnotes = nnotes};
    st = flow_tx(f, decide_tx, &t);
    if (t.stale)
        outcome_conflict(
            &o, "sel", F_(f, "The decision can be recorded only once, after the call has closed."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}
