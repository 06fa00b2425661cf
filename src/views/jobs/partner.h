/* views/jobs/partner.h — the jobs' section of a partner's page (views/partners/sections.h):
 * the internships and jobs the partner offered and what came of them (the candidates who
 * agreed to be seen, the interns taken and the hires). Of the learners, no names: the
 * offer's page shows the candidates to whoever may see them. */
#ifndef TRAJECT_VIEWS_JOBS_PARTNER_H
#define TRAJECT_VIEWS_JOBS_PARTNER_H

#include <stdbool.h>
#include <stdint.h>

#include "html/html.h"
#include "http/http.h"

/* The section for partner partner_id of org_id (a PartnerSectionFn): each offer links to its
 * page, the staff's or, for the partner's own members, theirs. False on a database error. */
bool html_partner_jobs(Html *h, Req *r, int64_t org_id, int64_t partner_id);

#endif
