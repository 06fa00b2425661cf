/* views/calls/reviews.h — the jury's reviews on the pages of a proposal: the review form of
 * a jury member (with the others' reviews once theirs is submitted), and the submitted
 * reviews for the funder. Each reads its statements and writes into the caller's Html;
 * false on a database error. */
#ifndef TRAJECT_VIEWS_CALLS_REVIEWS_H
#define TRAJECT_VIEWS_CALLS_REVIEWS_H

#include "html/layout.h"
#include "http/http.h"
#include "model/calls.h"

/* The review part of the proposal page a jury member reads (e: errors of the form). */
bool html_review_section(Html *h, Req *r, const Call *c, int64_t proposal_id, const FormErrors *e);
/* The submitted reviews of a proposal, with their authors, for the funder. */
bool html_funder_reviews(Html *h, Req *r, int64_t proposal_id);

#endif
