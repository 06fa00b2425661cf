/* flows/jobs/placement.c — recording a placement (see placement.h). */
#include "flows/jobs/placement.h"

#include <string.h>

#include "q/jobs/placement.h"
#include "q/system/app.h"

Outcome flow_job_placement_add(const Flow *f, JobPlacementInput *x)
{
    Outcome o = outcome_ok();
    int v;
    if (!x->kind || !vocab_parse(&job_placement_kinds, x->kind, &v))
        outcome_choose(&o, f, "kind", F_(f, "What it is"));
    if (x->contract && *x->contract && !vocab_parse(&job_contracts, x->contract, &v))
        outcome_choose(&o, f, "contract", F_(f, "Contract"));
    if (x->starts_on && x->ends_on && *x->ends_on && strcmp(x->ends_on, x->starts_on) < 0)
        outcome_field(&o, "ends_on", F_(f, "A placement cannot end before it starts."));
    if (!o.ok)
        return o;
    DbStatus st =
        q_job_placement_add(f->db, f->who->org_id, x, 0, f->who->account_id, f->now, &o.id);
    if (st == DB_NONE)
        outcome_choose(&o, f, "person_id", F_(f, "Learner"));
    else if (st != DB_ONE)
        outcome_db(&o, st);
    else
        q_audit(f->db, f->who->org_id, f->who->account_id, "job_placement_add", x->employer,
                f->now);
    return o;
}
