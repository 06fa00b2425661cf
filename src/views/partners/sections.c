/* sections.c — the sections of a partner's page (see sections.h). */
#include "views/partners/sections.h"

#include "views/cases/partner.h"
#include "views/equipment/partner.h"
#include "views/events/hackathon.h"
#include "views/jobs/partner.h"
#include "views/partners/contributions.h"

/* THE SECTIONS OF A PARTNER'S PAGE, in the order shown. To add one (equipment lent by the
 * partner, events and hackathon teams, interns taken, hires...): write
 *     bool html_partner_<what>(Html *h, Req *r, int64_t org_id, int64_t partner_id)
 * in src/views/<feature>/ (see PartnerSectionFn in sections.h: a <section> with an <h2>,
 * statements on org_id and partner_id, links chosen by partner_view_own), include its
 * header above and add one line here. Nothing else changes: both the staff's page and the
 * partner's own page write this table. */
static const PartnerSectionFn partner_sections[] = {
    html_partner_contributions, /* views/partners/contributions.c: what it gave */
    html_partner_cases,         /* views/cases/partner.c: cases worked, teams, hand-ins */
    html_partner_jobs,          /* views/jobs/partner.c: internships and jobs, interns, hires */
    html_partner_equipment,     /* views/equipment/partner.c: equipment lent, who used it */
    html_partner_hackathons,    /* views/events/hackathon.c: challenges and their teams */
};

bool html_partner_sections(Html *h, Req *r, const Partner *p)
{
    for (size_t i = 0; i < sizeof partner_sections / sizeof partner_sections[0]; i++)
        if (!partner_sections[i](h, r, p->org_id, p->id))
            return false;
    return true;
}
