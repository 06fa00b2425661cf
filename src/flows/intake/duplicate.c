/* flows/intake/duplicate.c — see duplicate.h. */
#include "flows/intake/duplicate.h"

#include "core/buf.h"
#include "core/rows.h"
#include "flows/intake/letters.h"
#include "flows/tx.h"
#include "html/fmt.h"
#include "q/intake/admission.h"
#include "q/intake/duplicate.h"

Outcome duplicate_check(const Flow *f, const Application *x, int64_t *first)
{
    Outcome o = outcome_ok();
    o.id = x->id;
    if (x->status != APP_SUBMITTED) {
        outcome_conflict(&o, "action",
                         F_(f, "A decision was made on this application already: it can no "
                               "longer be closed as a duplicate."));
        return o;
    }
    DbStatus st = q_app_first_like(f->db, x->org_id, x->id, first);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_field(&o, "action",
                      F_(f, "This application resembles no application sent before it."));
    return o;
}

/* The note that keeps x's answers on the first application, in the language of who acts. */
static const char *merged_note(const Flow *f, const Application *x, DbStatus *st)
{
    AppAnswer v;
    Rows rows = ROWS_FROM(f->arena, &v);
    if ((*st = q_app_answers(f->db, x->org_id, x->id, f->arena, &v, rows_collect, &rows)) < DB_NONE)
        return NULL;
    Lang l = f->who->lang;
    Buf b;
    buf_init(&b, f->arena, 512);
    buf_printf(&b, i18n_get(l, "A-%lld, received on %s, merged here as a duplicate. Its answers:"),
               (long long)x->id, moment_text_in(f->arena, l, x->created_at));
    for (int i = 0; i < rows.n; i++) {
        const AppAnswer *a = ROW(&rows, AppAnswer, i);
        buf_printf(&b, "\n%s",
                   arena_printf(f->arena, i18n_get(l, "%s: %s"), lang_pick(l, a->label),
                                *a->value ? a->value : "–"));
    }
    return b.data;
}

typedef struct CloseTx {
    const Application *x;
    DuplicateAct act;
    int64_t first;
    bool stale;
} CloseTx;

static DbStatus close_tx(const Flow *f, void *ctx)
{
    CloseTx *t = ctx;
    const Application *x = t->x;
    DbStatus st =
        q_app_move(f->db, x->org_id, x->id, APP_SUBMITTED, APP_DECLINED, REASON_DUPLICATE, f->now);
    if (st == DB_NONE)
        t->stale = true;
    if (st != DB_ONE)
        return st < DB_NONE ? st : DB_CONFLICT;
    if (t->act == DUPLICATE_MERGE) {
        const char *note = merged_note(f, x, &st);
        if (!note || (st = q_app_note_add(f->db, x->org_id, t->first, note, f->who->account_id,
                                          f->now)) < DB_NONE)
            return st;
    }
    Application y = *x;
    y.status = APP_DECLINED;
    y.reason = REASON_DUPLICATE;
    y.reason_note = (char *)"";
    return letter_queue(f, &y, t->act == DUPLICATE_MERGE ? LETTER_MERGED : LETTER_DUPLICATE);
}

Outcome duplicate_close(const Flow *f, const Application *x, DuplicateAct act)
{
    CloseTx t = {.x = x, .act = act};
    Outcome o = duplicate_check(f, x, &t.first);
    if (!o.ok)
        return o;
    DbStatus st = flow_tx(f, close_tx, &t);
    if (t.stale)
        outcome_conflict(&o, "action",
                         F_(f, "A decision was made on this application already: it can no "
                               "longer be closed as a duplicate."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    o.id = t.first;
    return o;
}
