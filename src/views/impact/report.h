/* views/impact/report.h — the parts of the impact pages (pages/impact/): the totals against
 * their targets, and a breakdown as a sentence, an SVG bar chart beside its data table, and
 * the rule for small counts. Hidden counts show as "< k" or "hidden", never as a bar. */
#ifndef TRAJECT_VIEWS_IMPACT_REPORT_H
#define TRAJECT_VIEWS_IMPACT_REPORT_H

#include "html/html.h"
#include "http/http.h"
#include "model/impact.h"

/* The section "Targets and results": each measure's total, and its target when set. */
void html_impact_targets(Html *h, Req *r, const ImpactReport *rep);

/* The section of the breakdown. people (NULL: no links) is the address of the list of the
 * people behind a figure; each visible figure links to people?query&key=...&measure=.... */
void html_impact_breakdown(Html *h, Req *r, const ImpactReport *rep, const char *people,
                           const char *query);

#endif
