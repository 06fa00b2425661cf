/* flows/consent/guardian.h — who needs a parent's or guardian's consent, as a workflow's
 * check: a birth date read and checked, and, under the consent age, a guardian named with
 * an e-mail address (their own link is mailed to them). Intake's applications and events'
 * registrations ask the same way, with the same messages.
 *
 * Owns nothing; messages go to the Outcome in the actor's language. */
#ifndef TRAJECT_FLOWS_CONSENT_GUARDIAN_H
#define TRAJECT_FLOWS_CONSENT_GUARDIAN_H

#include <stdbool.h>

#include "domain/calendar.h"
#include "flows/flow.h"

/* Checks birth_date (YYYY-MM-DD or NULL; a message beside "birth_date" when it is no date or
 * in the future, unless that field already has one) into *birth, and sets *minor when the
 * person is under consent_age today (f->now in Brussels). A minor must name a guardian: a
 * message beside "guardian_name" / "guardian_email" when *guardian_name / *guardian_email is
 * NULL or empty. Not a minor: both are set to NULL (nothing kept of a guardian). */
void guardian_check(const Flow *f, const char *birth_date, int64_t consent_age,
                    char **guardian_name, char **guardian_email, Date *birth, bool *minor,
                    Outcome *o);

#endif
