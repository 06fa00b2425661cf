/* flows/intake/admission.c — decisions, withdrawals, offers and consent (see admission.h). */
#include "flows/intake/admission.h"

#include <string.h>

#include "domain/calendar.h"
#include "domain/seats.h"
#include "flows/intake/letters.h"
#include "flows/tx.h"
#include "q/intake/admission.h"
#include "q/intake/intake.h"
#include "q/training/cohort.h"
#include "q/training/enrolment.h"

/* How long a server holds an expired offer it closes (seconds). */
#define OFFER_LEASE 120

/* x with the status and reason it has after a step, for the letter that tells it. */
static Application moved(const Application *x, AppStatus status, AppReason reason, const char *note)
{
    Application y = *x;
    y.status = status;
    y.reason = reason;
    y.reason_note = (char *)(note ? note : "");
    return y;
}

/* --- places and offers (inside the caller's transaction) ------------------------------ */

/* Offers the cohort's free seats (neither taken nor offered) to the waiting list. */
static DbStatus promote(const Flow *f, int64_t org_id, int64_t programme_id, int64_t cohort_id)
{
    AppForm form;
    Cohort c;
    int64_t offers = 0;
    DbStatus st = q_app_form(f->db, org_id, programme_id, &form);
    if (st == DB_ONE)
        st = q_cohort_get(f->db, org_id, cohort_id, f->arena, &c);
    if (st == DB_ONE)
        st = q_app_offers_open(f->db, org_id, cohort_id, f->now, &offers);
    if (st != DB_ONE)
        return st < DB_NONE ? st : DB_ONE;
    for (int64_t seats = seats_free(c.capacity, c.enrolled, offers); seats > 0; seats--) {
        int64_t id;
        st = q_app_offer_next(f->db, org_id, programme_id, cohort_id,
                              f->now + form.offer_days * 86400, f->now, &id);
        if (st != DB_ONE)
            return st < DB_NONE ? st : DB_ONE;
        Application x;
        if ((st = q_application_get(f->db, org_id, id, f->arena, &x)) != DB_ONE ||
            (st = letter_queue(f, &x, LETTER_OFFER)) < DB_NONE)
            return st < DB_NONE ? st : DB_ERROR;
    }
    return DB_ONE;
}

/* Withdraws an application still in play (received, on the waiting list, accepted): ends
 * its enrolment and offers the freed place. DB_NONE when it is no longer in play. */
static DbStatus withdraw_in(const Flow *f, const Application *x, AppReason reason)
{
    if (x->status != APP_SUBMITTED && x->status != APP_WAITLISTED && x->status != APP_ACCEPTED)
        return DB_NONE;
    DbStatus st = q_app_move(f->db, x->org_id, x->id, x->status, APP_WITHDRAWN, reason, f->now);
    if (st != DB_ONE)
        return st;
    int64_t cohort = x->cohort_id;
    if (x->enrolment_id) {
        char today[11];
        bxl_date_text(f->now, today);
        Application y = moved(x, APP_WITHDRAWN, reason, NULL);
        st = q_enrolment_end(f->db, x->org_id, x->enrolment_id, ENROLMENT_WITHDRAWN, today,
                             reason_text(f->who->lang, &y), &cohort);
        if (st == DB_ONE)
            st = q_cohort_free_seat(f->db, x->org_id, cohort);
        if (st < DB_NONE)
            return st;
    }
    if (cohort && (x->status == APP_ACCEPTED || x->offer_expires_at))
        return promote(f, x->org_id, x->programme_id, cohort);
    return DB_ONE;
}

/* Makes the enrolment of an accepted application: the seat (DB_CONFLICT with *full when the
 * cohort is full), the person (known by e-mail, what their record lacks taken from the
 * application, or new), waiting for consent when a guardian
 * has not agreed yet. */
static DbStatus enrol(const Flow *f, const Application *x, int64_t cohort_id, bool *full)
{
    DbStatus st = q_cohort_take_seat(f->db, x->org_id, cohort_id, f->now);
    if (flow_tx_stop(&st, full))
        return st;
    int64_t person = 0, in_cohort = 0, enrolment;
    st = q_person_by_email(f->db, x->org_id, x->email, cohort_id, &person, &in_cohort);
    if (st < DB_NONE)
        return st;
    if (st == DB_NONE) {
        Person p = {.org_id = x->org_id,
                    .name = x->name,
                    .email = x->email,
                    .phone = x->phone,
                    .birth_date = x->birth_date,
                    .municipality = x->municipality,
                    .jobseeker = x->jobseeker,
                    .gender = (Gender)x->gender,
                    .lang = x->lang};
        if ((st = q_person_add(f->db, &p, f->now, &person)) < DB_NONE)
            return st;
    } else if (in_cohort) {
        return DB_CONFLICT;
    } else if ((st = q_person_fill(f->db, person, x)) < DB_NONE) {
        return st; /* someone on record already: what the record lacks comes from here */
    }
    ConsentState c = x->consent;
    bool waiting = c != CONSENT_NONE && c != CONSENT_GIVEN;
    st = q_app_enrol(f->db, x->org_id, cohort_id, person, waiting, f->now, &enrolment);
    if (st != DB_ONE)
        return st < DB_NONE ? st : DB_CONFLICT;
    return q_app_set_enrolment(f->db, x->org_id, x->id, enrolment, f->now);
}

/* --- decisions --------------------------------------------------------------------------- */

typedef struct DecideTx {
    const DecideInput *in;
    int64_t bad_id;
    bool full;
} DecideTx;

static DbStatus decide_tx(const Flow *f, void *ctx)
{
    DecideTx *t = ctx;
    int64_t rank = 0;
    DbStatus st;
    for (int i = 0; i < t->in->n; i++) {
        const AdmissionDecision *d = &t->in->d[i];
        Application x;
        if ((st = q_application_get(f->db, f->who->org_id, d->id, f->arena, &x)) != DB_ONE)
            return st < DB_NONE ? st : DB_CONFLICT;
        t->bad_id = x.id;
        if (x.status != APP_SUBMITTED)
            return DB_CONFLICT;
        AppStatus status = d->decision == DECIDE_ACCEPT     ? APP_ACCEPTED
                           : d->decision == DECIDE_WAITLIST ? APP_WAITLISTED
                                                            : APP_DECLINED;
        AppReason reason = d->decision == DECIDE_CAPACITY ? REASON_CAPACITY
                           : d->decision == DECIDE_RULES  ? REASON_RULES
                           : d->decision == DECIDE_OTHER  ? REASON_OTHER
                                                          : REASON_RANKED;
        bool waits = d->decision == DECIDE_WAITLIST;
        if (waits && !rank &&
            (st = q_app_waitlist_last(f->db, f->who->org_id, x.programme_id, &rank)) < DB_NONE)
            return st;
        int64_t wl = waits ? ++rank : 0;
        st = q_app_decide(f->db, f->who->org_id, x.id, status, reason, d->note,
                          status != APP_DECLINED ? t->in->cohort_id : 0, wl, f->who->account_id,
                          f->now);
        if (st != DB_ONE)
            return st < DB_NONE ? st : DB_CONFLICT;
        Application y = moved(&x, status, reason, d->note);
        y.waitlist_rank = wl;
        y.cohort_id = status != APP_DECLINED ? t->in->cohort_id : 0;
        if (d->decision == DECIDE_ACCEPT &&
            (st = enrol(f, &y, t->in->cohort_id, &t->full)) != DB_ONE)
            return st;
        Letter k = d->decision == DECIDE_ACCEPT ? LETTER_ACCEPTED
                   : waits                      ? LETTER_WAITLISTED
                                                : LETTER_DECLINED;
        if ((st = letter_queue(f, &y, k)) < DB_NONE)
            return st;
    }
    return DB_ONE;
}

/* The checks of admission_decide, recording nothing; *c is the cohort when ok. */
static Outcome decide_check(const Flow *f, const DecideInput *in, Cohort *c)
{
    Outcome o = outcome_ok();
    const char *pick = F_(f, "Choose the cohort the accepted applicants join.");
    int64_t offers = 0;
    DbStatus st = q_cohort_get(f->db, f->who->org_id, in->cohort_id, f->arena, c);
    if (st == DB_ONE)
        st = q_app_offers_open(f->db, f->who->org_id, c->id, f->now, &offers);
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    if (st == DB_NONE || c->programme_id != in->programme_id) {
        outcome_field(&o, "cohort", pick);
        return o;
    }
    int accepted = 0;
    for (int i = 0; i < in->n; i++) {
        const AdmissionDecision *d = &in->d[i];
        accepted += d->decision == DECIDE_ACCEPT;
        if (d->note && strlen(d->note) > ADMISSION_NOTE_MAX)
            outcome_field(&o, arena_printf(f->arena, "o-%lld", (long long)d->id),
                          arena_printf(f->arena,
                                       F_(f, "%s: the note is too long (500 characters at most)."),
                                       arena_printf(f->arena, "A-%lld", (long long)d->id)));
        else if (d->decision == DECIDE_OTHER && !d->note)
            outcome_field(&o, arena_printf(f->arena, "o-%lld", (long long)d->id),
                          arena_printf(f->arena, F_(f, "%s: write the reason in the note."),
                                       arena_printf(f->arena, "A-%lld", (long long)d->id)));
    }
    if (!o.ok)
        return o;
    int64_t seats = seats_free(c->capacity, c->enrolled, offers);
    if (accepted > seats)
        outcome_field(&o, "cohort",
                      arena_printf(f->arena, F_(f, "%d accepted, but %s has %lld places free."),
                                   accepted, c->name, (long long)seats));
    else if (!in->n)
        outcome_field(&o, "cohort", F_(f, "No application to decide on."));
    return o;
}

Outcome admission_decide_check(const Flow *f, const DecideInput *in, DecideSummary *s)
{
    Cohort c;
    Outcome o = decide_check(f, in, &c);
    *s = (DecideSummary){.cohort_name = o.ok ? c.name : ""};
    for (int i = 0; o.ok && i < in->n; i++) {
        Decision d = in->d[i].decision;
        s->accepted += d == DECIDE_ACCEPT;
        s->waitlisted += d == DECIDE_WAITLIST;
        s->declined += d != DECIDE_ACCEPT && d != DECIDE_WAITLIST;
    }
    return o;
}

Outcome admission_decide(const Flow *f, const DecideInput *in)
{
    Cohort c;
    Outcome o = decide_check(f, in, &c);
    if (!o.ok)
        return o;
    DecideTx t = {.in = in};
    DbStatus st = flow_tx(f, decide_tx, &t);
    if (st == DB_CONFLICT)
        outcome_conflict(
            &o, "cohort",
            t.full ? arena_printf(f->arena, F_(f, "%s filled up meanwhile: nothing was recorded."),
                                  c.name)
                   : arena_printf(f->arena,
                                  F_(f, "A-%lld changed meanwhile (decided, withdrawn or already "
                                        "enrolled): nothing was recorded."),
                                  (long long)t.bad_id));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    o.id = c.id;
    return o;
}

/* --- the applicant: withdrawing, taking up an offer ------------------------------------- */

typedef struct StepTx {
    const Application *x;
    bool stale, full;
} StepTx;

static DbStatus applicant_withdraw_tx(const Flow *f, void *ctx)
{
    StepTx *t = ctx;
    DbStatus st = withdraw_in(f, t->x, REASON_APPLICANT);
    return st == DB_NONE ? DB_CONFLICT : st; /* nothing to undo either way */
}

Outcome admission_applicant_withdraw(const Flow *f, const Application *x)
{
    Outcome o = outcome_ok();
    StepTx t = {.x = x};
    DbStatus st = flow_tx(f, applicant_withdraw_tx, &t);
    if (st < DB_NONE && st != DB_CONFLICT)
        outcome_db(&o, st);
    o.id = x->id;
    return o;
}

static DbStatus offer_take_tx(const Flow *f, void *ctx)
{
    StepTx *t = ctx;
    DbStatus st = q_app_offer_take(f->db, t->x->org_id, t->x->id, f->now);
    if (flow_tx_stop(&st, &t->stale))
        return st;
    if ((st = enrol(f, t->x, t->x->cohort_id, &t->full)) != DB_ONE)
        return st;
    Application y = moved(t->x, APP_ACCEPTED, REASON_OFFER, NULL);
    return letter_queue(f, &y, LETTER_ACCEPTED);
}

Outcome admission_take_offer(const Flow *f, const Application *x)
{
    Outcome o = outcome_ok();
    StepTx t = {.x = x};
    DbStatus st = flow_tx(f, offer_take_tx, &t);
    if (t.stale)
        outcome_conflict(&o, "offer",
                         F_(f, "This offer no longer stands: it expired or was answered already."));
    else if (t.full)
        outcome_conflict(
            &o, "offer",
            F_(f,
               "Sorry: the place was taken in the meantime. You stay first on the waiting list."));
    else if (st != DB_ONE)
        outcome_db(&o, st);
    o.id = x->id;
    return o;
}

/* --- offers past their deadline ----------------------------------------------------------- */

typedef struct ExpireTx {
    AppRef ref;
    bool closed;
} ExpireTx;

static DbStatus expire_tx(const Flow *f, void *ctx)
{
    ExpireTx *t = ctx;
    Application x;
    DbStatus st = q_application_get(f->db, t->ref.org_id, t->ref.id, f->arena, &x);
    if (st != DB_ONE || x.status != APP_WAITLISTED || app_offer_state(&x, f->now) != OFFER_EXPIRED)
        return st < DB_NONE ? st : DB_ONE; /* answered meanwhile */
    st = q_app_move(f->db, x.org_id, x.id, APP_WAITLISTED, APP_WITHDRAWN, REASON_OFFER_EXPIRED,
                    f->now);
    if (st != DB_ONE)
        return st < DB_NONE ? st : DB_ONE;
    Application y = moved(&x, APP_WITHDRAWN, REASON_OFFER_EXPIRED, x.reason_note);
    if ((st = letter_queue(f, &y, LETTER_OFFER_EXPIRED)) < DB_NONE)
        return st;
    t->closed = true;
    return promote(f, x.org_id, x.programme_id, x.cohort_id);
}

int admission_expire_due(const Flow *f)
{
    int closed = 0;
    for (;;) {
        ExpireTx t = {0};
        DbStatus st = q_app_offer_claim(f->db, f->now, OFFER_LEASE, &t.ref);
        if (st == DB_NONE)
            return closed;
        if (st < DB_NONE || flow_tx(f, expire_tx, &t) < DB_NONE)
            return -1; /* the claim runs out; another round retries */
        closed += t.closed;
    }
}

/* --- a guardian's consent ------------------------------------------------------------------ */

typedef struct ConsentTx {
    const Application *x;
    ConsentAct act;
    const char *by_name;
    ConsentVia via;
    bool stale;
} ConsentTx;

static DbStatus consent_tx(const Flow *f, void *ctx)
{
    ConsentTx *t = ctx;
    const Application *x = t->x;
    ConsentState from = t->act == CONSENT_WITHDRAW ? CONSENT_GIVEN : CONSENT_PENDING;
    ConsentState to = t->act == CONSENT_GIVE       ? CONSENT_GIVEN
                      : t->act == CONSENT_WITHDRAW ? CONSENT_WITHDRAWN
                                                   : CONSENT_REFUSED;
    DbStatus st = q_app_consent_set(f->db, x->org_id, x->id, from, to, f->now);
    if (flow_tx_stop(&st, &t->stale))
        return st;
    int64_t recorder = t->via == VIA_PAPER ? f->who->account_id : 0;
    if ((st = q_consent_event_add(f->db, x->org_id, x->id, to, t->by_name, t->via, recorder,
                                  f->now)) < DB_NONE)
        return st;
    if (t->act == CONSENT_GIVE)
        return x->enrolment_id ? q_enrolment_consent_given(f->db, x->org_id, x->enrolment_id)
                               : DB_ONE;
    /* without consent the application cannot go on */
    AppReason reason =
        t->act == CONSENT_WITHDRAW ? REASON_CONSENT_WITHDRAWN : REASON_CONSENT_REFUSED;
    st = withdraw_in(f, x, reason);
    if (st != DB_ONE)
        return st < DB_NONE ? st : DB_ONE; /* withdrawn already */
    Application y = moved(x, APP_WITHDRAWN, reason, NULL);
    return letter_queue(f, &y, LETTER_CONSENT_ENDED);
}

Outcome admission_consent(const Flow *f, const Application *x, ConsentAct act, const char *by_name,
                          ConsentVia via)
{
    Outcome o = outcome_ok();
    o.id = x->id;
    if (x->consent == CONSENT_NONE) {
        outcome_field(&o, "by_name", F_(f, "This application needs no consent."));
        return o;
    }
    ConsentTx t = {.x = x, .act = act, .by_name = by_name, .via = via};
    DbStatus st = flow_tx(f, consent_tx, &t);
    if (t.stale)
        outcome_conflict(&o, "by_name", F_(f, "This answer was recorded already."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}
