/* enrolment.c — enrolling one person and ending an enrolment (see enrolment.h). */
#include "flows/training/enrolment.h"
#include "flows/credentials/issue.h"

#include "domain/calendar.h"
#include "domain/eligibility.h"
#include "flows/tx.h"
#include "q/intake/admission.h"
#include "q/training/enrolment.h"

/* The cohort's first day in words in the actor's language ("Monday 1 March 2027"). */
static const char *first_day_words(const Flow *f, const char *ymd)
{
    Date d;
    int64_t noon;
    char words[96];
    if (!date_parse(ymd, &d) || !bxl_to_utc(d, 12 * 60, &noon))
        return ymd;
    i18n_day_words(f->who->lang, noon, words, sizeof words);
    return *words ? arena_strdup(f->arena, words) : ymd;
}

void flow_enrol_rules(const Flow *f, const Cohort *c, const Programme *p, const Person *who,
                      Outcome *o)
{
    Date first, today, birth;
    int minutes;
    date_parse(c->starts_on, &first);
    bxl_from_utc(f->now, &today, &minutes);
    bool born = who->birth_date && date_parse(who->birth_date, &birth);
    AgeBand band = {.has_min = !p->min_age_null,
                    .has_max = !p->max_age_null,
                    .min = p->min_age,
                    .max = p->max_age};
    Eligibility e = eligibility_check(&band, p->jobseekers_only, first, today, born ? &birth : NULL,
                                      who->jobseeker);
    switch (e.age_verdict) {
    case AGE_OK:
        break;
    case AGE_FUTURE:
        outcome_field(o, "birth_date", F_(f, "The date of birth cannot be in the future."));
        break;
    case AGE_OUTSIDE:
        outcome_field(o, "birth_date",
                      arena_printf(f->arena,
                                   F_(f, "On the first day (%s) this learner will be %d: "
                                         "outside the programme's ages (%s)."),
                                   first_day_words(f, c->starts_on), e.age,
                                   programme_ages_in(f->arena, f->who->lang, p)));
        break;
    case AGE_NEEDED:
        outcome_field(o, "birth_date",
                      F_(f, "This programme has an age band: the date of birth is needed."));
        break;
    }
    if (e.not_jobseeker)
        outcome_field(o, "jobseeker", F_(f, "This programme is only for registered job-seekers."));
}

typedef struct EnrolTx {
    const Cohort *c;
    Person *newcomer; /* registered in the same transaction, or NULL */
    int64_t person_id;
    bool full, twice;
} EnrolTx;

static DbStatus enrol_tx(const Flow *f, void *ctx)
{
    EnrolTx *t = ctx;
    int64_t now = f->now;
    DbStatus st = q_cohort_take_seat(f->db, t->c->org_id, t->c->id, now);
    if (flow_tx_stop(&st, &t->full))
        return st;
    if (t->newcomer && (st = q_person_add(f->db, t->newcomer, now, &t->person_id)) < DB_NONE)
        return st;
    st = q_enrolment_add(f->db, t->c->org_id, t->c->id, t->person_id, now);
    if (st == DB_CONFLICT)
        t->twice = true;
    return st < DB_NONE ? st : DB_ONE;
}

Outcome flow_enrol(const Flow *f, const Cohort *c, const Programme *p, EnrolInput *in)
{
    Outcome o = outcome_ok();
    EnrolTx t = {.c = c, .person_id = in->person_id};
    Person known, *who = &in->newcomer;
    if (in->person_id) {
        DbStatus st = q_person_get(f->db, f->who->org_id, in->person_id, f->arena, &known);
        if (st != DB_ONE) {
            if (st < DB_NONE)
                outcome_db(&o, st);
            else
                outcome_error(&o, ERR_NOT_FOUND);
            return o;
        }
        who = &known;
    } else {
        in->newcomer.org_id = f->who->org_id;
        t.newcomer = &in->newcomer;
    }
    flow_enrol_rules(f, c, p, who, &o);
    if (!o.ok)
        return o;
    DbStatus st = flow_tx(f, enrol_tx, &t);
    int64_t held = 0; /* places held by open waiting-list offers */
    if (t.full && q_app_offers_open(f->db, f->who->org_id, c->id, f->now, &held) < DB_NONE)
        held = 0;
    if (t.full && held)
        outcome_conflict(
            &o, "name",
            arena_printf(f->arena,
                         F_n(f,
                             "No place is free: %lld of %lld places are taken and %lld is held by "
                             "an offer to the waiting list until it is taken up or lapses.",
                             "No place is free: %lld of %lld places are taken and %lld are held "
                             "by offers to the waiting list until they are taken up or lapse.",
                             held),
                         (long long)c->enrolled, (long long)c->capacity, (long long)held));
    else if (t.full)
        outcome_conflict(
            &o, "name",
            arena_printf(f->arena,
                         F_n(f, "The cohort is full: its %lld place is taken.",
                             "The cohort is full: all %lld places are taken.", c->capacity),
                         (long long)c->capacity));
    else if (t.twice)
        outcome_conflict(&o, "name", F_(f, "This person is already enrolled in this cohort."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    o.id = t.person_id;
    return o;
}

typedef struct EndTx {
    int64_t id, cohort_id;
    EnrolmentStatus status;
    const char *on, *reason;
    bool stale;
} EndTx;

static DbStatus end_tx(const Flow *f, void *ctx)
{
    EndTx *t = ctx;
    int64_t org = f->who->org_id;
    DbStatus st = q_enrolment_end(f->db, org, t->id, t->status, t->on, t->reason, &t->cohort_id);
    if (flow_tx_stop(&st, &t->stale))
        return st;
    /* a withdrawal or a drop-out frees the place; a completion keeps it counted and
     * issues the credentials of the rules "on completion" of the programme */
    if (t->status != ENROLMENT_COMPLETED)
        return q_cohort_free_seat(f->db, org, t->cohort_id);
    /* the credentials name the public address */
    return cred_issue_on_completion(f->db, org, t->id, f->now, f->base_url);
}

Outcome flow_enrolment_end(const Flow *f, int64_t id, EnrolmentStatus status, const char *ended_on,
                           const char *reason)
{
    Outcome o = outcome_ok();
    Date d;
    if (status == ENROLMENT_ENROLLED)
        outcome_field(
            &o, "status",
            arena_printf(f->arena, F_(f, "Choose one of the options for %s."), F_(f, "Outcome")));
    if (!ended_on || !date_parse(ended_on, &d))
        outcome_field(&o, "ended_on", F_(f, "Enter a date that exists, as YYYY-MM-DD."));
    if (!o.ok)
        return o;
    EndTx t = {id, 0, status, ended_on, reason, false};
    DbStatus st = flow_tx(f, end_tx, &t);
    if (t.stale)
        outcome_error(&o, ERR_NOT_FOUND);
    else if (st < DB_NONE)
        outcome_db(&o, st);
    o.id = t.cohort_id;
    return o;
}
