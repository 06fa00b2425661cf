/* flows/impact/publish.h — an organisation's administrators publish its impact figures at
 * /impact/{org} (small counts hidden, as everywhere), or stop publishing them; recorded in
 * the audit log. */
#ifndef TRAJECT_FLOWS_IMPACT_PUBLISH_H
#define TRAJECT_FLOWS_IMPACT_PUBLISH_H

#include "flows/flow.h"

/* Publishes (on) or withdraws the figures of the actor's organisation. */
Outcome impact_publish(const Flow *f, bool on);

#endif
