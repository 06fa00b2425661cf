/* session.c — a cohort's sessions (see session.h). */
#include "flows/training/session.h"

#include "flows/training/programme.h"
#include "flows/tx.h"
#include "q/training/cohort.h"

/* The first and last instant of the cohort, in UTC. */
static void cohort_bounds(const Cohort *c, int64_t *from, int64_t *to)
{
    Date a, b;
    date_parse(c->starts_on, &a);
    date_parse(c->ends_on, &b);
    if (!bxl_to_utc(a, 0, from))
        *from = date_days(a) * 86400;
    if (!bxl_to_utc(date_from_days(date_days(b) + 1), 0, to))
        *to = (date_days(b) + 1) * 86400;
}

void flow_session_check(const Flow *f, const Cohort *c, SessionInput *in, Outcome *o)
{
    if (in->times_read && in->end <= in->start) {
        outcome_field(o, "end", F_(f, "The end must be after the start."));
    } else if (in->times_read && in->day_read) {
        if (!bxl_to_utc(in->day, in->start, &in->starts_at) ||
            !bxl_to_utc(in->day, in->end, &in->ends_at)) {
            outcome_field(o, "start",
                          F_(f, "That time does not exist on that day: the clocks go forward."));
        } else {
            int64_t from, to;
            cohort_bounds(c, &from, &to);
            if (in->starts_at < from || in->ends_at > to)
                outcome_field(o, "date",
                              arena_printf(f->arena,
                                           F_(f, "The session must fall within the cohort's "
                                                 "dates (%s – %s)."),
                                           c->starts_on, c->ends_on));
        }
    }
    flow_location_chosen(f, in->location_id, o);
}

Outcome flow_session_add(const Flow *f, const Cohort *c, SessionInput *in)
{
    Outcome o = outcome_ok();
    flow_session_check(f, c, in, &o);
    if (!o.ok)
        return o;
    DbStatus st = q_tsession_add_id(f->db, f->who->org_id, c->id, in->starts_at, in->ends_at,
                                    in->location_id, f->now, &o.id);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE) /* the location went away meanwhile */
        outcome_error(&o, ERR_NOT_FOUND);
    return o;
}

typedef struct SessionSave {
    int64_t id;
    const SessionInput *in;
    bool bad_trainer, gone;
} SessionSave;

static DbStatus session_save_tx(const Flow *f, void *ctx)
{
    SessionSave *v = ctx;
    int64_t org = f->who->org_id;
    DbStatus st =
        q_tsession_update(f->db, org, v->id, v->in->starts_at, v->in->ends_at, v->in->location_id);
    if (flow_tx_stop(&st, &v->gone))
        return st;
    if ((st = q_session_trainers_clear(f->db, org, v->id)) < DB_NONE)
        return st;
    for (int i = 0; i < v->in->ntrainers; i++) {
        st = q_session_trainer_add(f->db, org, v->id, v->in->trainers[i]);
        if (st == DB_NONE) {
            v->bad_trainer = true;
            return DB_CONFLICT;
        }
        if (st < DB_NONE && st != DB_CONFLICT) /* a duplicate tick is harmless */
            return st;
    }
    return DB_ONE;
}

Outcome flow_session_update(const Flow *f, const Cohort *c, int64_t id, SessionInput *in)
{
    Outcome o = outcome_ok();
    o.id = id;
    flow_session_check(f, c, in, &o);
    if (!o.ok)
        return o;
    SessionSave v = {id, in, false, false};
    DbStatus st = flow_tx(f, session_save_tx, &v);
    if (v.bad_trainer)
        outcome_field(
            &o, "trainers",
            arena_printf(f->arena, F_(f, "Choose one of the options for %s."), F_(f, "Trainers")));
    else if (v.gone)
        outcome_error(&o, ERR_NOT_FOUND);
    else if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}

Outcome flow_session_delete(const Flow *f, int64_t id)
{
    Outcome o = outcome_ok();
    o.id = id;
    DbStatus st = q_tsession_delete(f->db, f->who->org_id, id);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_conflict(&o, "session",
                         F_(f, "This session has attendance marks: it cannot be deleted."));
    return o;
}

typedef struct Generated {
    const Cohort *c;
    const Slot *slots;
    int n;
} Generated;

static DbStatus generate_tx(const Flow *f, void *ctx)
{
    Generated *g = ctx;
    for (int i = 0; i < g->n; i++) {
        DbStatus st = q_tsession_add(f->db, g->c->org_id, g->c->id, g->slots[i].starts_at,
                                     g->slots[i].ends_at, g->c->location_id, f->now);
        if (st < DB_NONE)
            return st;
    }
    return DB_ONE;
}

void flow_schedule_check(const Flow *f, const Schedule *s, Outcome *o)
{
    if (!(s->weekdays & 0x7f))
        outcome_field(o, "weekdays", F_(f, "Choose at least one weekday."));
    if (s->end <= s->start)
        outcome_field(o, "gen_end", F_(f, "The end must be after the start."));
}

Outcome flow_schedule_generate(const Flow *f, const Cohort *c, Schedule *s)
{
    Outcome o = outcome_ok();
    date_parse(c->starts_on, &s->first);
    date_parse(c->ends_on, &s->last);
    flow_schedule_check(f, s, &o);
    if (!o.ok)
        return o;
    /* counted first, then written in full: a cohort is at most three years long */
    int n = schedule_generate(s, NULL, 0);
    Slot *slots = NULL;
    if (n > 0) {
        slots = arena_alloc(f->arena, sizeof *slots * (size_t)n);
        n = schedule_generate(s, slots, n);
    }
    if (n <= 0) {
        outcome_field(&o, "weekdays", F_(f, "No day of the cohort matches: nothing to generate."));
        return o;
    }
    Generated g = {c, slots, n};
    DbStatus st = flow_tx(f, generate_tx, &g);
    if (st < DB_NONE)
        outcome_db(&o, st);
    o.id = n;
    return o;
}
