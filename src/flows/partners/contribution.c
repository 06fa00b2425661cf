/* flows/partners/contribution.c — recording and changing contributions (see
 * contribution.h). */
#include "flows/partners/contribution.h"

#include "domain/period.h"
#include "q/partners/contribution.h"
#include "q/system/app.h"

Outcome flow_contribution_save(const Flow *f, Contribution *c)
{
    Outcome o = outcome_ok();
    switch (period_check(c->starts_on, c->ends_on)) {
    case PERIOD_OK:
        break;
    case PERIOD_BAD_FIRST:
        outcome_field(&o, "starts_on", F_(f, "Enter a date that exists, as YYYY-MM-DD."));
        return o;
    case PERIOD_BAD_LAST:
        outcome_field(&o, "ends_on", F_(f, "Enter a date that exists, as YYYY-MM-DD."));
        return o;
    case PERIOD_REVERSED:
        outcome_field(&o, "ends_on", F_(f, "The last day cannot be before the first day."));
        return o;
    }
    DbStatus st;
    if (c->id) {
        st = q_contribution_edit(f->db, f->who->org_id, c, f->now);
        o.id = c->id;
    } else {
        st = q_contribution_add(f->db, f->who->org_id, c, f->who->account_id, f->now, &o.id);
        if (st == DB_CONFLICT) /* the partner is not the actor's organisation's */
            st = DB_NONE;
    }
    if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    else if (st != DB_ONE)
        outcome_db(&o, st);
    else
        q_audit(f->db, f->who->org_id, f->who->account_id,
                c->id ? "contribution_edit" : "contribution_add", c->description, f->now);
    return o;
}
