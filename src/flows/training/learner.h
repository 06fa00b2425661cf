/* flows/training/learner.h — what learners do in their own space: a new private address
 * for their calendar feed. */
#ifndef TRAJECT_FLOWS_TRAINING_LEARNER_H
#define TRAJECT_FLOWS_TRAINING_LEARNER_H

#include "flows/flow.h"

/* A new feed address for person_id, the actor's own record only (ERR_NOT_FOUND
 * otherwise); the old address stops working. */
Outcome flow_person_feed_reset(const Flow *f, int64_t person_id);

#endif
