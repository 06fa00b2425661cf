/* views/partners/sections.h — a partner's page as a list of sections: what the partner
 * gave and what came of it (contributions, cases worked, and what other features add:
 * equipment lent, events, interns taken, hires). The same sections serve the training
 * organisation's staff (/orgs/{org}/partners/{id}) and the partner's own members
 * (/orgs/{partner org}/partner-of/{id}). */
#ifndef TRAJECT_VIEWS_PARTNERS_SECTIONS_H
#define TRAJECT_VIEWS_PARTNERS_SECTIONS_H

#include <stdbool.h>
#include <stdint.h>

#include "html/html.h"
#include "http/http.h"
#include "model/partners.h"

/* One section of a partner's page: writes a <section> with an <h2> (or nothing, when it has
 * nothing to say) about partner partner_id of the training organisation org_id. Both ids
 * were checked for this reader before any section runs: r's organisation is org_id (its
 * staff) or the partner's own organisation (partners.partner_org_id; see partner_view_own).
 * Statements take org_id and partner_id. False on a database error. */
typedef bool (*PartnerSectionFn)(Html *h, Req *r, int64_t org_id, int64_t partner_id);

/* True when the reader is the partner's own member, not the training organisation's
 * staff: its links go to the partner's own routes (/orgs/{r->org_id}/partner-...), and it
 * shows of the learners no more than the partner may see. */
static inline bool partner_view_own(const Req *r, int64_t org_id)
{
    return r->org_id != org_id;
}

/* Every section of the table in sections.c, in order, for partner p (read for this
 * reader). False on a database error. */
bool html_partner_sections(Html *h, Req *r, const Partner *p);

#endif
