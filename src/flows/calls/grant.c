/* flows/calls/grant.c — tranche payments and expenses of a grant (see grant.h). */
#include "flows/calls/grant.h"

#include "q/calls/grant.h"

Outcome flow_tranche_pay(const Flow *f, int64_t tranche_id, const char *paid_on)
{
    Outcome o = outcome_ok();
    DbStatus st = q_tranche_pay(f->db, f->who->org_id, tranche_id, paid_on, &o.id);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    return o;
}

Outcome flow_expense_add(const Flow *f, int64_t grant_id, int64_t line_id, const char *spent_on,
                         int64_t amount, const char *description, const FormErrors *read)
{
    Outcome o = outcome_ok();
    o.id = grant_id;
    for (int i = 0; read && i < read->n; i++)
        outcome_field(&o, read->field[i], read->msg[i]);
    if (!o.ok)
        return o;
    DbStatus st = q_expense_add(f->db, f->who->org_id, grant_id, line_id, spent_on, amount,
                                description, f->who->account_id, f->now);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    return o;
}
