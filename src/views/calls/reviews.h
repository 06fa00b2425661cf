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
/* The submitted reviews of a proposal of call c, with their authors, for the funder; for a
 * funder who reviews it too and has not submitted, a notice instead (the blind promise). */
bool html_funder_reviews(Html *h, Req *r, const Call *c, int64_t proposal_id);
/* The blind promise whatever the reader's other roles: the proposals of call_id (only
 * proposal_id when not 0) that the reader is assigned to review and has not submitted, as a
 * notice with a link to each review while the call is not decided; *n receives their
 * number (nothing written when 0). Pages that show scores or reviews show none when n > 0. */
bool html_my_pending_call_reviews(Html *h, Req *r, const Call *c, int64_t proposal_id, int *n);

#endif
