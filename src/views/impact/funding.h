/* views/impact/funding.h — on a grant's page, the programmes it funds: for the grantee a form
 * to say which of its programmes, for the funder their names and the way to their impact. */
#ifndef TRAJECT_VIEWS_IMPACT_FUNDING_H
#define TRAJECT_VIEWS_IMPACT_FUNDING_H

#include <stdbool.h>

#include "html/html.h"
#include "http/http.h"
#include "model/calls.h"

/* The section "Programmes this grant funds"; false on a database error. */
bool html_grant_programmes(Html *h, Req *r, const GrantRow *g, bool funder);

#endif
