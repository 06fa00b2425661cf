/* flows/intake/review.c — saving a review (see review.h). */
#include "flows/intake/review.h"

#include <string.h>

#include "core/rows.h"
#include "flows/tx.h"
#include "q/intake/admission.h"
#include "q/intake/intake.h"

typedef struct ReviewTx {
    const ReviewInput *in;
    const Rows *m;         /* the rubric with this reviewer's scores (AppScore) */
    const int64_t *scores; /* per criterion of m; 0: none */
    bool refused;
} ReviewTx;

static DbStatus review_tx(const Flow *f, void *ctx)
{
    ReviewTx *t = ctx;
    const char *comment = t->in->comment && *t->in->comment ? t->in->comment : NULL;
    DbStatus st =
        q_app_review_save(f->db, f->who->org_id, t->in->application_id, f->who->account_id, comment,
                          t->in->act == REVIEW_SUBMIT, f->now);
    for (int i = 0; st == DB_ONE && i < t->m->n; i++)
        if (t->scores[i])
            st = q_app_score_set(f->db, f->who->org_id, t->in->application_id, f->who->account_id,
                                 ROW(t->m, AppScore, i)->criterion_id, t->scores[i]);
    flow_tx_stop(&st, &t->refused);
    return st;
}

Outcome review_save(const Flow *f, const ReviewInput *in)
{
    Outcome o = outcome_ok();
    o.id = in->application_id;
    Application x;
    AppForm form;
    AppScore sc;
    Rows m = ROWS_FROM(f->arena, &sc);
    DbStatus st = q_application_get(f->db, f->who->org_id, in->application_id, f->arena, &x);
    if (st == DB_ONE)
        st = q_app_form(f->db, f->who->org_id, x.programme_id, &form);
    if (st == DB_ONE)
        st = q_app_my_scores(f->db, f->who->org_id, x.id, f->who->account_id, f->arena, &sc,
                             rows_collect, &m);
    if (st != DB_ONE)
        return outcome_missing(st);
    if (!m.n)
        outcome_field(&o, "comment",
                      F_(f, "The organisation has not set the scoring criteria yet."));
    int64_t *scores = arena_alloc(f->arena, sizeof *scores * (size_t)(m.n ? m.n : 1));
    for (int i = 0; i < m.n; i++) {
        const AppScore *c = ROW(&m, AppScore, i);
        int64_t id = c->criterion_id, v = 0;
        for (int j = 0; j < in->n; j++)
            if (in->scores[j].criterion_id == id)
                v = in->scores[j].score;
        const char *name = arena_printf(f->arena, "c-%lld", (long long)id);
        const char *label = lang_pick(f->who->lang, c->label);
        scores[i] = 0;
        if (!v) {
            if (in->act == REVIEW_SUBMIT)
                outcome_field(&o, name,
                              arena_printf(f->arena, F_(f, "%s: give a score to submit."), label));
        } else if (v < 1 || v > form.scale_max) {
            outcome_field(&o, name,
                          arena_printf(f->arena,
                                       F_(f, "%s: a score is a whole number from %lld to %lld."),
                                       label, 1LL, (long long)form.scale_max));
        } else {
            scores[i] = v;
        }
    }
    if (in->comment && strlen(in->comment) > 10000)
        outcome_field(&o, "comment", F_(f, "The comment is too long (10,000 characters at most)."));
    if (!o.ok)
        return o;
    ReviewTx t = {.in = in, .m = &m, .scores = scores};
    st = flow_tx(f, review_tx, &t);
    if (t.refused)
        outcome_conflict(
            &o, "comment",
            F_(f, "This review is submitted already, or a decision was made on the application."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}
