/* pages/impact/impact.h — the impact pages: a programme's figures against its targets,
 * their CSV, and the people behind a figure. */
#ifndef TRAJECT_PAGES_IMPACT_H
#define TRAJECT_PAGES_IMPACT_H

#include "html/layout.h"

PageFn page_programme_impact, page_programme_impact_csv, page_programme_impact_xlsx,
    page_programme_impact_pdf, page_programme_impact_people, page_impact_publish;
/* public.c: what organisations publish, for anyone */
PageFn page_impact_public, page_impact_public_org, page_impact_public_csv;

#endif
