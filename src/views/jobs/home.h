/* views/jobs/home.h — the jobs' parts of other pages: the learner's space (/learning) links
 * to their offers and candidacies; a programme's dashboard shows the "placed" figure
 * (domain/jobs.h) with a link to the learners behind it. Owns nothing. */
#ifndef TRAJECT_VIEWS_JOBS_HOME_H
#define TRAJECT_VIEWS_JOBS_HOME_H

#include <stdbool.h>
#include <stdint.h>

#include "core/rows.h"
#include "db/db.h"
#include "html/html.h"
#include "http/http.h"

/* A section of /learning: how many proposals wait for the learner's agreement, and a link
 * to /learning/jobs. Nothing when the account is nobody's learner. */
DbStatus view_learner_jobs(Html *h, Req *r);

/* The learners of r's organisation as value/label pairs, "Choose the learner" first, but
 * those among candidates (rows of JobCandidate; NULL for none): for the forms that name a
 * learner. The first JOB_LEARNERS_SHOWN by name, or those the search "who" of the query
 * finds (*more: there are others). NULL on a database error. */
#define JOB_LEARNERS_SHOWN 40
const char *const *job_learner_options(Req *r, const Rows *candidates, bool *more);

/* Before such a form: a search by name (GET, back to this page at #anchor), and, when the
 * list holds only the first names (more), a sentence that says so. */
void html_learner_find(Html *h, Req *r, const char *anchor, bool more);

/* The learners of programme_id of r's organisation who count as placed (domain/jobs.h),
 * each once, by name, into *out (rows of JobPlacedRow: the placement that counts). False on
 * a database error. The figure and the list behind it both come from here. */
bool job_programme_placed(Req *r, int64_t programme_id, Rows *out);

#endif
