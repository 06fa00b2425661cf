/* flows/calls/reminder.c — the jury's review reminders (see reminder.h). */
#include "flows/calls/reminder.h"

#include <string.h>

#include "core/rows.h"
#include "flows/tx.h"
#include "html/fmt.h"
#include "q/calls/reminder.h"
#include "q/system/outbox.h"

typedef struct RemindTx {
    const ReviewReminder *x;
    bool sent;
} RemindTx;

static DbStatus remind_tx(const Flow *f, void *ctx)
{
    RemindTx *t = ctx;
    Db *db = f->db;
    const ReviewReminder *x = t->x;
    DbStatus st = q_review_reminder_claim(db, x, f->now);
    if (st != DB_ONE) /* sent already, here or by another server */
        return st;
    Lang l = LANG_EN;
    lang_parse(x->lang, &l);
    const char *title = lang_pick(l, (char *const *)x->title);
    const char *when = moment_text_in(f->arena, l, x->deadline);
    bool last = !strcmp(x->kind, "day");
    const char *subject =
        last ? arena_printf(f->arena, i18n_get(l, "Last day for your reviews of %s"), title)
             : arena_printf(f->arena, i18n_get(l, "Your reviews of %s are due by %s"), title, when);
    const char *body = arena_printf(
        f->arena,
        i18n_nget(l,
                  "Hello %s,\n\n%lld review for \"%s\" is still to submit. The jury's deadline "
                  "is %s.\n\nYour proposals to review:\n\n%s/orgs/%lld/jury\n",
                  "Hello %s,\n\n%lld reviews for \"%s\" are still to submit. The jury's "
                  "deadline is %s.\n\nYour proposals to review:\n\n%s/orgs/%lld/jury\n",
                  x->missing),
        x->name, (long long)x->missing, title, when, f->base_url, (long long)x->org_id);
    if ((st = q_outbox_add(db, x->org_id, x->email, subject, body, f->now)) < DB_NONE)
        return st;
    t->sent = true;
    return DB_ONE;
}

int review_reminders_send(const Flow *f)
{
    ReviewReminder row;
    Rows due = ROWS_FROM(f->arena, &row);
    if (q_review_reminders_due(f->db, f->now, f->arena, &row, rows_collect, &due) < DB_NONE)
        return -1;
    int sent = 0;
    for (int i = 0; i < due.n; i++) {
        RemindTx t = {.x = ROW(&due, ReviewReminder, i)};
        if (flow_tx(f, remind_tx, &t) < DB_NONE)
            return -1;
        sent += t.sent;
    }
    return sent;
}
