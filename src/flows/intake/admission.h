/* flows/intake/admission.h — what happens to an application after it is sent: decisions,
 * the applicant's own withdrawal, waiting-list offers taken up or expired, and a guardian's
 * consent. Each workflow checks the state it needs, runs its statements in one
 * transaction and queues the applicant's mails in their language (flows/intake/letters.h).
 *
 * The rules, in one place:
 *  - accepting makes the enrolment in the chosen cohort (taking a seat, never beyond its
 *    capacity); a minor's enrolment waits for consent but holds its seat;
 *  - when a place frees up (an accepted applicant withdraws, a guardian refuses or
 *    withdraws consent, an offer is declined or expires), the first on the waiting list for
 *    that cohort gets an offer with a deadline; offers standing never outnumber free seats;
 *  - expired offers are closed by the scheduler (admission_expire_due), never by a page. */
#ifndef TRAJECT_FLOWS_INTAKE_ADMISSION_H
#define TRAJECT_FLOWS_INTAKE_ADMISSION_H

#include "flows/flow.h"
#include "model/intake.h"

/* The longest note on a decision, in bytes (the page's form says the same). */
#define ADMISSION_NOTE_MAX 500

/* One decision on a ranked application. */
typedef struct AdmissionDecision {
    int64_t id;
    Decision decision;
    const char *note; /* trimmed; NULL when none */
} AdmissionDecision;

typedef struct DecideInput {
    int64_t programme_id;
    int64_t cohort_id;          /* where the accepted enrol */
    const AdmissionDecision *d; /* in rank order */
    int n;
} DecideInput;

/* Records the decisions: enrolments in the cohort for the accepted (never more than its
 * free places), waiting-list places after the last one, a mail to each applicant. Field
 * errors on "cohort" (not the programme's, too many accepted, filled up or changed
 * meanwhile: 409) or on "o-<id>" (a reason to write, a note too long); nothing is recorded
 * then. */
Outcome admission_decide(const Flow *f, const DecideInput *in);

/* What a set of decisions amounts to, for the page that asks to confirm them. */
typedef struct DecideSummary {
    int accepted, waitlisted, declined;
    const char *cohort_name;
} DecideSummary;

/* The checks of admission_decide (the same field errors), recording nothing; when ok, *s
 * counts the decisions. */
Outcome admission_decide_check(const Flow *f, const DecideInput *in, DecideSummary *s);

/* The applicant withdraws (or declines a place or an offer). ok also when it was no
 * longer in play; err ERR_DB on a database error. */
Outcome admission_applicant_withdraw(const Flow *f, const Application *x);

/* Takes up the standing offer of x: enrolment and a mail. A 409 with a message on "offer"
 * when it no longer stands or the cohort filled up meanwhile. */
Outcome admission_take_offer(const Flow *f, const Application *x);

/* A guardian's act on x's consent, through their link (VIA_LINK) or on paper recorded by
 * f->who (VIA_PAPER). Refusing or withdrawing ends the application and passes its place on.
 * A 409 on "by_name" when the consent is not in the state the act needs (answered
 * already); a 400 on "by_name" when x needs no consent. */
Outcome admission_consent(const Flow *f, const Application *x, ConsentAct act, const char *by_name,
                          ConsentVia via);

/* Closes every offer past its deadline (any organisation), mails its applicant and offers
 * the place to the next on the waiting list; each offer claimed first so that several
 * servers never close one twice. Returns the number closed, or -1 on a database error.
 * Called by the scheduler (src/sched/), never by a page. */
int admission_expire_due(const Flow *f);

#endif
