/* flows/partners/contribution.c — recording and changing contributions (see
 * contribution.h). */
#include "flows/partners/contribution.h"

#include "domain/calendar.h"
#include "q/partners/contribution.h"
#include "q/system/app.h"

Outcome flow_contribution_save(const Flow *f, Contribution *c)
{
    Outcome o = outcome_ok();
    Date from, to;
    if (c->ends_on && *c->ends_on && date_parse(c->starts_on, &from) &&
        date_parse(c->ends_on, &to) && date_days(to) < date_days(from)) {
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
