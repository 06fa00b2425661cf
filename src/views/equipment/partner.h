/* views/equipment/partner.h — the equipment section of a partner's page: the items the
 * partner lent the training organisation, how often each was lent and to how many learners,
 * and, for the organisation's staff, who those learners are (the partner's own members see
 * the counts, never the learners' names). */
#ifndef TRAJECT_VIEWS_EQUIPMENT_PARTNER_H
#define TRAJECT_VIEWS_EQUIPMENT_PARTNER_H

#include <stdbool.h>
#include <stdint.h>

#include "html/html.h"
#include "http/http.h"

/* A PartnerSectionFn (views/partners/sections.h): nothing when the partner lent nothing. */
bool html_partner_equipment(Html *h, Req *r, int64_t org_id, int64_t partner_id);

#endif
