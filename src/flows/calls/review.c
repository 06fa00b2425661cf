/* flows/calls/review.c — a jury member's review (see review.h). */
#include "flows/calls/review.h"

#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/rows.h"
#include "flows/tx.h"
#include "q/calls/call.h"
#include "q/calls/jury.h"
#include "q/calls/proposal.h"
#include "q/calls/review.h"

typedef struct ReviewTx {
    int64_t proposal_id;
    const Rows *items; /* ScoreRow: the call's criteria */
    const int64_t *scores;
    const bool *given;
    const char *comment;
    bool submit, refused;
} ReviewTx;

static DbStatus review_tx(const Flow *f, void *ctx)
{
    ReviewTx *t = ctx;
    Db *db = f->db;
    const Actor *who = f->who;
    DbStatus st = q_review_save(db, who->org_id, t->proposal_id, who->account_id, t->comment,
                                t->submit, f->now);
    if (st == DB_NONE) {
        t->refused = true;
        return DB_CONFLICT;
    }
    for (int i = 0; st >= DB_NONE && i < t->items->n; i++) {
        if (!t->given[i])
            continue;
        st = q_score_set(db, who->org_id, t->proposal_id, who->account_id,
                         ROW(t->items, ScoreRow, i)->item_id, t->scores[i]);
        if (st == DB_NONE) {
            t->refused = true;
            return DB_CONFLICT;
        }
    }
    return st < DB_NONE ? st : DB_ONE;
}

Outcome flow_review_save(const Flow *f, int64_t proposal_id, const ReviewInput *in)
{
    Outcome o = outcome_ok();
    o.id = proposal_id;
    const Actor *who = f->who;
    DbStatus st = q_juror_may_read(f->db, who->org_id, proposal_id, who->account_id);
    Proposal p;
    Call c;
    if (st == DB_ONE &&
        (st = q_funder_proposal(f->db, who->org_id, proposal_id, f->arena, &p)) == DB_ONE)
        st = q_call_get(f->db, who->org_id, p.call_id, f->arena, &c);
    if (st != DB_ONE)
        return outcome_missing(st);
    ScoreRow row;
    Rows items = ROWS_FROM(f->arena, &row);
    if ((st = q_review_scores(f->db, who->org_id, proposal_id, who->account_id, f->arena, &row,
                              rows_collect, &items)) < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    int64_t *scores = arena_alloc(f->arena, sizeof *scores * (size_t)(items.n + 1));
    bool *given = arena_alloc(f->arena, sizeof *given * (size_t)(items.n + 1));
    for (int i = 0; i < items.n; i++) {
        const ScoreRow *x = ROW(&items, ScoreRow, i);
        const char *name = arena_printf(f->arena, "s-%lld", (long long)x->item_id);
        const char *v = in->score_of(in->ctx, x->item_id);
        const char *label = lang_pick(who->lang, x->text);
        given[i] = false;
        if (!v || !*v) {
            if (in->submit)
                outcome_field(&o, name,
                              arena_printf(f->arena, F_(f, "%s: give a score to submit."), label));
            continue;
        }
        int64_t n;
        if (!parse_int64(v, &n) || n < c.scale_min || n > c.scale_max) {
            outcome_field(&o, name,
                          arena_printf(f->arena,
                                       F_(f, "%s: a score is a whole number from %lld to %lld."),
                                       label, (long long)c.scale_min, (long long)c.scale_max));
            continue;
        }
        scores[i] = n;
        given[i] = true;
    }
    for (int i = 0; in->read && i < in->read->n; i++)
        outcome_field(&o, in->read->field[i], in->read->msg[i]);
    if (in->comment && strlen(in->comment) > 10000)
        outcome_field(&o, "comment", F_(f, "The comment is too long (10,000 characters at most)."));
    if (!o.ok)
        return o;
    ReviewTx t = {.proposal_id = proposal_id,
                  .items = &items,
                  .scores = scores,
                  .given = given,
                  .comment = in->comment && *in->comment ? in->comment : NULL,
                  .submit = in->submit};
    st = flow_tx(f, review_tx, &t);
    if (t.refused)
        outcome_conflict(&o, "comment",
                         F_(f, "This review is submitted already, or the call is decided."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}
