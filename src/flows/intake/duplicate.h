/* flows/intake/duplicate.h — a likely duplicate application (the same person applied more
 * than once to the organisation: the same e-mail address, or the same phone and date of
 * birth) is closed by staff: declined as a duplicate, or merged into the first one (its
 * answers kept as a note on the first, then declined as a duplicate). Either way its
 * applicant gets a mail in their language; the first application goes on as it was. */
#ifndef TRAJECT_FLOWS_INTAKE_DUPLICATE_H
#define TRAJECT_FLOWS_INTAKE_DUPLICATE_H

#include "flows/flow.h"
#include "model/intake.h"

/* Whether x can be closed as a duplicate: a received application that resembles one sent
 * before it, the earliest of which it gives in *first. A field error on "action" otherwise
 * (409 when x is decided already). Changes nothing. */
Outcome duplicate_check(const Flow *f, const Application *x, int64_t *first);

/* Closes x as a duplicate of the earliest application it resembles (act: decline, or merge
 * its answers into that one first) and mails its applicant. The errors of duplicate_check,
 * and a 409 when x was decided meanwhile; nothing is changed then. o.id is the first. */
Outcome duplicate_close(const Flow *f, const Application *x, DuplicateAct act);

#endif
