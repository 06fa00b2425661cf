/* views/cases/home.h — the cases' parts of an organisation's home page: for the training
 * organisation's staff, the cases waiting to be accepted (in "Needs attention"); for the
 * members of a partner's own organisation, the training organisations it may submit cases
 * to, and its cases. */
#ifndef TRAJECT_VIEWS_CASES_HOME_H
#define TRAJECT_VIEWS_CASES_HOME_H

#include <stdbool.h>

#include "html/html.h"
#include "http/http.h"

/* An <li> for the cases of r's organisation waiting to be accepted, when there are any
 * (*n counts it). False on a database error. */
bool html_cases_waiting(Html *h, Req *r, int *n);

/* The text of the link to a training organisation named org_name, in r's arena. */
typedef const char *PartnershipLabel(Req *r, const char *org_name);

/* The training organisations that count r's organisation as a partner, each with a link to
 * /orgs/{r's org}/<path>/new?partner={its partner record} labelled label(r, its name) (or a
 * sentence saying there are none). False on a database error. */
bool html_partnership_links(Html *h, Req *r, const char *path, PartnershipLabel label);

/* The training organisations that count r's organisation as a partner, under a heading of
 * level level (2 or 3), each with a link to submit a case to it. False on a database error. */
bool html_partnerships(Html *h, Req *r, int level);

/* The partner's part of its home: html_partnerships and a link to its cases, in a section. */
bool html_partner_cases_home(Html *h, Req *r);

#endif
