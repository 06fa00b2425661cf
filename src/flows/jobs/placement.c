/* flows/jobs/placement.c — recording a placement (see placement.h). */
#include "flows/jobs/placement.h"

#include <string.h>

#include "core/rows.h"
#include "domain/jobs.h"
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

typedef struct Placed {
    JobPlacedRow row;
    Rows *out;
} Placed;

static bool placed_row(void *ctx)
{
    Placed *p = ctx;
    const JobPlacedRow *x = &p->row;
    /* each learner once: the rows come by learner */
    if (p->out->n && ROW(p->out, JobPlacedRow, p->out->n - 1)->person_id == x->person_id)
        return true;
    Date cs, ce, s, e;
    if (!date_parse(x->cohort_starts, &cs) || !date_parse(x->cohort_ends, &ce) ||
        !date_parse(x->p.starts_on, &s))
        return true;
    bool open = !x->p.ends_on || !date_parse(x->p.ends_on, &e);
    if (job_placed(cs, ce, s, open ? NULL : &e))
        return rows_collect(p->out);
    return true;
}

bool job_placed_people(Db *db, Arena *a, int64_t org_id, int64_t programme_id, Rows *out)
{
    Placed p = {.out = out};
    *out = ROWS_FROM(a, &p.row);
    return q_job_placed_rows(db, org_id, programme_id, false, a, &p.row, placed_row, &p) >= DB_NONE;
}

bool job_placed_by_person(Db *db, Arena *a, int64_t org_id, int64_t programme_id, Rows *out)
{
    Placed p = {.out = out};
    *out = ROWS_FROM(a, &p.row);
    return q_job_placed_rows(db, org_id, programme_id, true, a, &p.row, placed_row, &p) >= DB_NONE;
}
