/* flows/equipment/overdue.c — reminders of overdue loans (see overdue.h). */
#include "flows/equipment/overdue.h"

#include "core/rows.h"
#include "domain/calendar.h"
#include "flows/tx.h"
#include "html/fmt.h"
#include "q/equipment/loan.h"

typedef struct RemindTx {
    const OverdueLoan *x;
    bool sent;
} RemindTx;

static Lang lang_of(const char *code)
{
    Lang l = LANG_EN;
    lang_parse(code, &l);
    return l;
}

static DbStatus remind_tx(const Flow *f, void *ctx)
{
    RemindTx *t = ctx;
    const OverdueLoan *x = t->x;
    DbStatus st = q_loan_remind_claim(f->db, x->org_id, x->id, f->now);
    if (st != DB_ONE) /* sent already, here or by another server, or returned */
        return st;
    Recipient r;
    Rows to = ROWS_FROM(f->arena, &r);
    if ((st = q_loan_recipients(f->db, x->org_id, x->id, f->arena, &r, rows_collect, &to)) <
        DB_NONE)
        return st;
    for (int i = 0; i < to.n; i++) {
        const Recipient *p = ROW(&to, Recipient, i);
        Lang l = lang_of(p->lang);
        const char *subject =
            arena_printf(f->arena, i18n_get(l, "Please bring back %s"), x->item_label);
        const char *due = date_words_in(f->arena, l, x->due_on);
        st = x->to.kind == BORROWER_TEAM
                 ? flow_mail(f, f->db, x->org_id, p->email, l, subject,
                             N_("Hello %s,\n\n%s of %s, lent to your team %s, was due back on "
                                "%s. Please bring it back as soon as you can, or tell us when "
                                "you will.\n"),
                             p->name, x->item_label, x->org_name, x->to.name, due)
                 : flow_mail(f, f->db, x->org_id, p->email, l, subject,
                             N_("Hello %s,\n\n%s of %s, lent to you, was due back on %s. Please "
                                "bring it back as soon as you can, or tell us when you will.\n"),
                             p->name, x->item_label, x->org_name, due);
        if (st < DB_NONE)
            return st;
    }
    Lang l = lang_of(x->staff_lang);
    const char *subject =
        arena_printf(f->arena, i18n_get(l, "Overdue: %s, lent to %s"), x->item_label, x->to.name);
    const char *due = date_words_in(f->arena, l, x->due_on);
    const char *serial = *x->serial ? x->serial : "-";
    st = to.n ? flow_mail(f, f->db, x->org_id, x->staff_email, l, subject,
                          N_("Hello %s,\n\n%s (serial number %s), lent to %s, was due back on %s "
                             "and is still out. The borrower was reminded by mail.\n\nWhat is "
                             "out, overdue first:\n%s/orgs/%lld/equipment/out\n"),
                          x->staff_name, x->item_label, serial, x->to.name, due, f->base_url,
                          (long long)x->org_id)
              : flow_mail(f, f->db, x->org_id, x->staff_email, l, subject,
                          N_("Hello %s,\n\n%s (serial number %s), lent to %s, was due back on %s "
                             "and is still out. The borrower has no e-mail address: no reminder "
                             "was mailed to them.\n\nWhat is out, overdue first:\n"
                             "%s/orgs/%lld/equipment/out\n"),
                          x->staff_name, x->item_label, serial, x->to.name, due, f->base_url,
                          (long long)x->org_id);
    if (st < DB_NONE)
        return st;
    t->sent = true;
    return DB_ONE;
}

int loan_reminders_send(const Flow *f)
{
    char today[11];
    bxl_date_text(f->now, today);
    OverdueLoan row;
    Rows due = ROWS_FROM(f->arena, &row);
    if (q_loans_overdue(f->db, today, f->arena, &row, rows_collect, &due) < DB_NONE)
        return -1;
    int sent = 0;
    for (int i = 0; i < due.n; i++) {
        RemindTx t = {.x = ROW(&due, OverdueLoan, i)};
        if (flow_tx(f, remind_tx, &t) < DB_NONE)
            return -1;
        sent += t.sent;
    }
    return sent;
}
