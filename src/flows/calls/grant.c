/* flows/calls/grant.c — tranche payments and expenses of a grant (see grant.h). */
#include "flows/calls/grant.h"

#include "q/calls/grant.h"

Outcome flow_tranche_pay(const Flow *f, int64_t tranche_id, const char *paid_on)
{
    int64_t grant_id = 0;
    DbStatus st = q_tranche_pay(f->db, f->who->org_id, tranche_id, paid_on, &grant_id);
    return outcome_of(st, ERR_NOT_FOUND, grant_id);
}

Outcome flow_expense_add(const Flow *f, int64_t grant_id, int64_t line_id, const char *spent_on,
                         int64_t amount, const char *description, const FormErrors *read)
{
    Outcome o = outcome_read(read);
    o.id = grant_id;
    if (!o.ok)
        return o;
    DbStatus st = q_expense_add(f->db, f->who->org_id, grant_id, line_id, spent_on, amount,
                                description, f->who->account_id, f->now);
    return outcome_of(st, ERR_NOT_FOUND, grant_id);
}
