/* flows/training/learner.h — a learner's own space: staff invite a person they enrolled
 * (accepting links the record to the learner's account), and learners make a new private
 * address for their calendar feed. */
#ifndef TRAJECT_FLOWS_TRAINING_LEARNER_H
#define TRAJECT_FLOWS_TRAINING_LEARNER_H

#include "flows/flow.h"

/* Invites person_id (a record of the actor's organisation) to the learner space, by mail
 * in lang (flows/accounts/invite.h). ERR_NOT_FOUND for someone unknown; a field error on
 * "email", and nothing sent, when the record has no address, has an account already, or
 * its address is a member's of the organisation (staff are not invited as learners). An
 * address with an account elsewhere is invited: its owner signs in to accept. o.id is the
 * invitation. */
Outcome flow_learner_invite(const Flow *f, int64_t person_id, Lang lang);

/* A new feed address for person_id, the actor's own record only (ERR_NOT_FOUND
 * otherwise); the old address stops working. */
Outcome flow_person_feed_reset(const Flow *f, int64_t person_id);

#endif
