/* flows/calls/screening.c — the eligibility screening of a proposal (see screening.h). */
#include "flows/calls/screening.h"

#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/rows.h"
#include "flows/tx.h"
#include "q/calls/call.h"
#include "q/calls/proposal.h"
#include "q/system/app.h"
#include "q/system/outbox.h"

typedef struct ScreenTx {
    const Proposal *p;
    const Rows *items; /* ScreeningRow */
    const bool *met;
    const char *const *reason;
    bool eligible, stale;
    const char *email, *subject, *body;
} ScreenTx;

static DbStatus screen_tx(const Flow *f, void *ctx)
{
    ScreenTx *t = ctx;
    Db *db = f->db;
    const Actor *who = f->who;
    int64_t now = f->now;
    DbStatus st;
    for (int i = 0; i < t->items->n; i++) {
        st = q_screening_set(db, who->org_id, t->p->id, ROW(t->items, ScreeningRow, i)->item_id,
                             t->met[i], t->reason[i]);
        if (st == DB_NONE) {
            t->stale = true;
            return DB_CONFLICT;
        }
        if (st < DB_NONE)
            return st;
    }
    st = q_screening_outcome(db, who->org_id, t->p->id, t->eligible, now, who->account_id);
    if (st == DB_NONE) {
        t->stale = true;
        return DB_CONFLICT;
    }
    if (st < DB_NONE)
        return st;
    if (t->email &&
        (st = q_outbox_add(db, who->org_id, t->email, t->subject, t->body, now)) < DB_NONE)
        return st;
    return q_audit(db, who->org_id, who->account_id,
                   t->eligible ? "screen_eligible" : "screen_ineligible", t->p->receipt, now);
}

/* The outcome mailed to the submitter, in their language. */
static void outcome_mail(const Flow *f, ScreenTx *t, const Call *c, const char *lang)
{
    Lang l = LANG_EN;
    lang_parse(lang, &l);
    const Proposal *p = t->p;
    t->subject =
        arena_printf(f->arena, i18n_get(l, "Eligibility of your proposal \"%s\""), p->title);
    Buf b;
    buf_init(&b, f->arena, 512);
    buf_printf(&b,
               i18n_get(l, "Hello,\n\nThe proposal \"%s\" (receipt %s) to the call for "
                           "projects \"%s\" of %s has been screened.\n\n"),
               p->title, p->receipt, lang_pick(l, c->title), c->funder);
    if (t->eligible) {
        buf_adds(&b, i18n_get(l, "It is eligible: it now goes to the jury.\n"));
    } else {
        buf_adds(&b, i18n_get(l, "It is not eligible, for these reasons:\n\n"));
        for (int i = 0; i < t->items->n; i++)
            if (!t->met[i])
                buf_printf(&b, "- %s: %s\n", lang_pick(l, ROW(t->items, ScreeningRow, i)->text),
                           t->reason[i]);
    }
    t->body = b.data;
}

Outcome flow_screening_save(const Flow *f, int64_t proposal_id, const ScreeningInput *in)
{
    Outcome o = outcome_ok();
    o.id = proposal_id;
    const Actor *who = f->who;
    Proposal p;
    Call c;
    DbStatus st = q_funder_proposal(f->db, who->org_id, proposal_id, f->arena, &p);
    if (st == DB_ONE)
        st = q_call_get(f->db, who->org_id, p.call_id, f->arena, &c);
    ScreeningRow row;
    Rows items = ROWS_FROM(f->arena, &row);
    if (st == DB_ONE &&
        q_screening(f->db, who->org_id, p.id, f->arena, &row, rows_collect, &items) < DB_NONE)
        st = DB_ERROR;
    if (st != DB_ONE)
        return outcome_missing(st);
    if (!items.n) {
        outcome_error(&o, ERR_BAD_REQUEST);
        return o;
    }
    bool *met = arena_alloc(f->arena, sizeof *met * (size_t)items.n);
    const char **reason = arena_alloc(f->arena, sizeof *reason * (size_t)items.n);
    ScreenTx t = {.p = &p, .items = &items, .met = met, .reason = reason, .eligible = true};
    for (int i = 0; i < items.n; i++) {
        const ScreeningRow *x = ROW(&items, ScreeningRow, i);
        const char *m = arena_printf(f->arena, "m-%lld", (long long)x->item_id);
        const char *rs = arena_printf(f->arena, "r-%lld", (long long)x->item_id);
        const char *item = lang_pick(who->lang, x->text);
        ScreeningAnswer answer = in->answer_of(in->ctx, x->item_id);
        const char *why = in->reason_of(in->ctx, x->item_id);
        reason[i] = NULL;
        if (answer == SCREEN_UNANSWERED) {
            outcome_field(&o, m, arena_printf(f->arena, F_(f, "%s: choose met or not met."), item));
            continue;
        }
        met[i] = answer == SCREEN_MET;
        if (why && strlen(why) > 500)
            outcome_field(
                &o, rs,
                arena_printf(f->arena,
                             F_(f, "%s: the reason is too long (500 characters at most)."), item));
        else if (!met[i] && (!why || !*why))
            outcome_field(
                &o, rs,
                arena_printf(f->arena, F_(f, "%s: give the reason why it is not met."), item));
        reason[i] = why && *why ? why : NULL;
        if (!met[i])
            t.eligible = false;
    }
    if (!o.ok)
        return o;
    char *email = NULL, *lang = NULL;
    if ((st = q_proposal_submitter(f->db, who->org_id, p.id, f->arena, &email, &lang)) < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    if (email) {
        t.email = email;
        outcome_mail(f, &t, &c, lang);
    }
    st = flow_tx(f, screen_tx, &t);
    if (t.stale)
        outcome_conflict(&o, "title", F_(f, "The screening of this proposal is closed."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}
