/* views/cases/partner.h — the cases' section of a partner's page (views/partners/sections.h):
 * the cases the partner submitted and what came of them (the cohort that took each, the
 * teams working on it, what they handed in, the partner's mean rating). Of the learners,
 * nothing: not even the team members' names. */
#ifndef TRAJECT_VIEWS_CASES_PARTNER_H
#define TRAJECT_VIEWS_CASES_PARTNER_H

#include <stdbool.h>
#include <stdint.h>

#include "html/html.h"
#include "http/http.h"

/* The section for partner partner_id of org_id (a PartnerSectionFn): each case links to
 * its page, the staff's or, for the partner's own members, theirs. False on a database
 * error. */
bool html_partner_cases(Html *h, Req *r, int64_t org_id, int64_t partner_id);

#endif
