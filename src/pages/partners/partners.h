/* pages/partners/partners.h — the HTML handlers of partners and what they give: the
 * training organisation's partners (a page at a time, recorded and changed by staff), a
 * partner's page and its contributions (staff), and the same partner's page and
 * contributions for the partner's own organisation (its members, under
 * /orgs/{partner org}/partner-...). */
#ifndef TRAJECT_PAGES_PARTNERS_H
#define TRAJECT_PAGES_PARTNERS_H

#include "html/layout.h"
#include "http/http.h"

/* partners.c: the list, recording a partner, changing one */
PageFn page_partners, page_partner_add, page_partner_edit, page_partner_update;

/* partner.c: a partner's page for staff, its contributions, recording and changing one */
PageFn page_partner, page_partner_contributions, page_contribution_add, page_contribution_edit,
    page_contribution_update;

/* own.c: the partner's own organisation */
PageFn page_partner_of, page_own_contributions;

#endif
