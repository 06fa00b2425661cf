/* pages/impact/impact.h — the impact pages: a programme's figures against its targets,
 * their CSV, and the people behind a figure. */
#ifndef TRAJECT_PAGES_IMPACT_H
#define TRAJECT_PAGES_IMPACT_H

#include "html/layout.h"

PageFn page_programme_impact, page_programme_impact_csv, page_programme_impact_xlsx,
    page_programme_impact_pdf, page_programme_impact_people, page_impact_publish;
/* the impact of what a funder's grants fund, of every call or of one */
PageFn page_funded_impact, page_funded_impact_csv, page_funded_impact_xlsx, page_funded_impact_pdf;
/* funding.c: which programmes a grant funds, said by the grantee */
PageFn page_grant_programmes;
/* public.c: what organisations publish, for anyone */
PageFn page_impact_public, page_impact_public_org, page_impact_public_csv;

#endif
