/* views/calls/jury.h — the jury section of the funder's page of a call: its members with
 * their reviews and conflicts, appointing more, and assigning the reviews. Reads its
 * statements and writes into the caller's Html. */
#ifndef TRAJECT_VIEWS_CALLS_JURY_H
#define TRAJECT_VIEWS_CALLS_JURY_H

#include "html/layout.h"
#include "http/http.h"
#include "model/calls.h"

/* The jury section of the funder's call page (nothing for a draft), with the review
 * deadline and its form; false on a database error. notice (may be NULL) is shown at its
 * top; e (may be NULL) holds the deadline form's errors. */
bool html_call_jury(Html *h, Req *r, const Call *c, const char *notice, const FormErrors *e);

/* Whether the signed-in jury member may read proposal id of the organisation (assigned
 * to it, without a conflict): DB_ONE when they may (else answer with reply_missing). */
DbStatus juror_reads(Req *r, int64_t id);

#endif
