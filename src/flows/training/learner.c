/* learner.c — a learner's own acts (see learner.h). */
#include "flows/training/learner.h"

#include "q/training/learner.h"

Outcome flow_person_feed_reset(const Flow *f, int64_t person_id)
{
    Outcome o = outcome_ok();
    o.id = person_id;
    DbStatus st = q_person_feed_reset(f->db, person_id, f->who->account_id);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    return o;
}
