/* publish.c — see publish.h. */
#include "flows/impact/publish.h"

#include "flows/tx.h"
#include "q/impact/public.h"
#include "q/system/app.h"

static DbStatus publish_tx(const Flow *f, void *ctx)
{
    bool on = *(const bool *)ctx;
    DbStatus st = q_impact_publish(f->db, f->who->org_id, on ? f->now : 0);
    if (st != DB_ONE)
        return st;
    return q_audit(f->db, f->who->org_id, f->who->account_id,
                   on ? "impact.publish" : "impact.withdraw", "", f->now);
}

Outcome impact_publish(const Flow *f, bool on)
{
    return outcome_of(flow_tx(f, publish_tx, &on), ERR_NOT_FOUND, f->who->org_id);
}
