/* views/partners/contributions.h — what a partner gave, as its readers see it: the section
 * of the partner's page (totals by kind and the latest contributions), the list of
 * contributions a page at a time (one partner's, for staff; every one of a partner's own
 * organisation, for its members), and the texts of one contribution. Staff change
 * contributions (pages/partners/partner.c); the partner's own members only read them. */
#ifndef TRAJECT_VIEWS_PARTNERS_CONTRIBUTIONS_H
#define TRAJECT_VIEWS_PARTNERS_CONTRIBUTIONS_H

#include <stdbool.h>
#include <stdint.h>

#include "html/html.h"
#include "http/http.h"
#include "model/partners.h"

/* The partner page's section on what partner_id of org_id gave (a PartnerSectionFn, see
 * views/partners/sections.h): the totals by kind without what was cancelled, the latest
 * contributions (for staff, each with a link to change it) and a link to all of them. */
bool html_partner_contributions(Html *h, Req *r, int64_t org_id, int64_t partner_id);

/* One page of contributions, with search and sortable columns: those of partner_id of r's
 * organisation (staff), or, when partner_id is 0, every contribution of a partner record
 * that names r's organisation (its own members; a column names the training organisation).
 * False on a database error. */
bool html_contribution_list(Html *h, Req *r, int64_t partner_id);

/* "1 March 2027 – 30 June 2027", or the first day alone, in the reader's language. */
const char *contribution_days(Req *r, const Contribution *c);

#endif
