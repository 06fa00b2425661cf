/* cohort.c — creating and changing a cohort (see cohort.h). */
#include "flows/training/cohort.h"

#include "domain/calendar.h"
#include "flows/training/programme.h"
#include "flows/tx.h"
#include "q/training/cohort.h"
#include "q/training/enrolment.h"
#include "q/training/learner.h"

void flow_cohort_check(const Flow *f, const CohortInput *in, Outcome *o)
{
    const Cohort *c = &in->c;
    Date a, b;
    bool a_ok = c->starts_on && date_parse(c->starts_on, &a);
    bool b_ok = c->ends_on && date_parse(c->ends_on, &b);
    if (c->starts_on && !a_ok)
        outcome_field(o, "starts_on", F_(f, "Enter a date that exists, as YYYY-MM-DD."));
    if (c->ends_on && !b_ok)
        outcome_field(o, "ends_on", F_(f, "Enter a date that exists, as YYYY-MM-DD."));
    if (a_ok && b_ok && date_days(b) < date_days(a))
        outcome_field(o, "ends_on", F_(f, "The last day cannot be before the first day."));
    flow_location_chosen(f, c->location_id, o);
    if (c->id && a_ok && b_ok && o->ok) {
        /* the dates may not leave sessions outside */
        int64_t from, to, n = 0;
        b = date_from_days(date_days(b) + 1);
        if (bxl_to_utc(a, 0, &from) && bxl_to_utc(b, 0, &to) &&
            q_tsession_count_outside(f->db, f->who->org_id, c->id, from, to, &n) == DB_ONE && n > 0)
            outcome_field(
                o, "starts_on",
                arena_printf(
                    f->arena,
                    F_n(f, "%lld session falls outside these dates: move or remove it first.",
                        "%lld sessions fall outside these dates: move or remove them first.", n),
                    (long long)n));
    }
}

typedef struct CohortSave {
    CohortInput *in;
    bool bad_trainer, too_small;
} CohortSave;

static DbStatus cohort_save_tx(const Flow *f, void *ctx)
{
    CohortSave *s = ctx;
    Cohort *c = &s->in->c;
    DbStatus st = c->id ? q_cohort_update(f->db, c) : q_cohort_add(f->db, c, f->now, &c->id);
    if (flow_tx_stop(&st, &s->too_small)) /* fewer places than people enrolled */
        return st;
    if ((st = q_cohort_trainers_clear(f->db, c->org_id, c->id)) < DB_NONE)
        return st;
    for (int i = 0; i < s->in->ntrainers; i++) {
        st = q_cohort_trainer_add(f->db, c->org_id, c->id, s->in->trainers[i]);
        if (st == DB_NONE) { /* not a member of this organisation */
            s->bad_trainer = true;
            return DB_CONFLICT;
        }
        if (st < DB_NONE && st != DB_CONFLICT) /* a duplicate tick is harmless */
            return st;
    }
    return DB_ONE;
}

Outcome flow_cohort_save(const Flow *f, CohortInput *in)
{
    Outcome o = outcome_ok();
    in->c.org_id = f->who->org_id;
    flow_cohort_check(f, in, &o);
    if (!o.ok)
        return o;
    CohortSave s = {in, false, false};
    int64_t id = in->c.id;
    DbStatus st = flow_tx(f, cohort_save_tx, &s);
    if (s.too_small) {
        int64_t taken = 0;
        q_cohort_seats(f->db, f->who->org_id, in->c.id, &taken);
        outcome_field(
            &o, "capacity",
            arena_printf(f->arena,
                         F_n(f, "%lld person is enrolled: the places cannot be fewer.",
                             "%lld people are enrolled: the places cannot be fewer.", taken),
                         (long long)taken));
    } else if (s.bad_trainer) {
        outcome_field(&o, "trainers",
                      F_(f, "Choose trainers among the members of the organisation."));
    } else if (st < DB_NONE) {
        outcome_db(&o, st);
    }
    if (!o.ok)
        in->c.id = id; /* a new cohort stays new for the form shown again */
    o.id = in->c.id;
    return o;
}

Outcome flow_cohort_feed_reset(const Flow *f, int64_t cohort_id)
{
    Outcome o = outcome_ok();
    DbStatus st = q_cohort_feed_reset(f->db, f->who->org_id, cohort_id);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    o.id = cohort_id;
    return o;
}
