/* views/intake/review.h — parts of the intake pages that several page files write: an
 * application as a name-blind reviewer sees it, the submitted reviews, why an application
 * has its status, a guardian's consent and its history. Each writes into the caller's
 * Html in the reader's language and reads what it shows through src/q/intake/.
 * Owns nothing; does not decide anything (src/flows/intake/). */
#ifndef TRAJECT_VIEWS_INTAKE_REVIEW_H
#define TRAJECT_VIEWS_INTAKE_REVIEW_H

#include "html/layout.h"
#include "http/http.h"
#include "model/intake.h"

/* The stored hash of the {token} in the path (an applicant's or a guardian's link, which
 * is kept only as its hash); NULL when the path holds no well-formed token. */
const char *app_link_hash(Req *r);

/* The application whose link is the {token} of the path: the applicant's own link, or with
 * guardian the link mailed to their guardian for consent. DB_NONE without a well-formed
 * token. */
DbStatus app_by_link(Req *r, bool guardian, Application *x);

/* What a request made through such a link does with the application. */
typedef enum MHD_Result (*LinkPage)(Req *r, Application *x);
/* Finds the application of the link (app_by_link), then answers with fn; 404 (or 503) when
 * there is none. */
enum MHD_Result with_app_link(Req *r, bool guardian, LinkPage fn);

/* Why x has its status, in the reader's language; "" when there is nothing to tell. */
const char *app_reason_text(Req *r, const Application *x);
/* Where x's guardian consent stands ("Not needed" when none is asked). */
const char *app_consent_text(Req *r, const Application *x);
/* Who consented, when and how, as a list (nothing when nobody acted yet); false on a
 * database error. */
bool html_consent_events(Html *h, Req *r, const Application *x);

/* "18 to 25 years": the age band of a birth date today, the only trace of it a reviewer
 * sees. */
const char *age_band(Req *r, const char *birth_date);
/* The application as reviewers see it: programme, age band, answers; no identity. False
 * on a database error. */
bool html_app_blind(Html *h, Req *r, const Application *x);

/* The submitted reviews of x, one article each with its comment and scores per criterion.
 * named: the reviewers' names (staff); otherwise "Your review" for the reader's own and
 * "Reviewer n" for the others. *n receives the number of reviews; false on a database
 * error. */
bool html_review_lines(Html *h, Req *r, const Application *x, bool named, int *n);

/* --- the blind promise: a reviewer sees no other review before submitting their own ---
 * It holds whatever other roles the reader has (staff, administrator): every page that shows
 * reviews or scores of an application asks these first. */

/* Whether the reader is a reviewer of x who has not submitted yet while x can still be
 * reviewed: then no page shows them the others' reviews or scores of x. False on a
 * database error. */
bool app_review_pending(Req *r, const Application *x, bool *pending);
/* The applications of programme_id still waiting for the reader's review, as a notice with
 * a link to each review (nothing when there are none); *n receives their number. False on
 * a database error. */
bool html_my_pending_reviews(Html *h, Req *r, int64_t programme_id, int *n);

#endif
