/* flows/equipment/loan.h — lending an item of equipment to a learner, a team or a location,
 * and its return. An item is out once at most: the database refuses a second open loan of
 * it, so two lends at the same instant give one loan and one clear refusal. */
#ifndef TRAJECT_FLOWS_EQUIPMENT_LOAN_H
#define TRAJECT_FLOWS_EQUIPMENT_LOAN_H

#include "flows/flow.h"
#include "model/equipment.h"

/* Lends item_id of the actor's organisation to b (kind and id: a learner enrolled in one
 * of its cohorts and still so, one of its teams or locations) from lent_on (not after
 * today) to due_on (not before lent_on), Brussels days "YYYY-MM-DD". Errors beside
 * "borrower", "lent_on", "due_on"; an item out already: beside "borrower", status 409,
 * naming with whom and until when. An item not the organisation's: ERR_NOT_FOUND. o.id is
 * the loan's. */
Outcome flow_lend(const Flow *f, int64_t item_id, const Borrower *b, const char *lent_on,
                  const char *due_on);

/* Records the return of item_id on returned_on (not before the loan started, not after
 * today) in condition c, which becomes the item's. Errors beside "returned_on" (an item
 * that is not out: status 409). o.id is the item's. */
Outcome flow_return(const Flow *f, int64_t item_id, const char *returned_on, ItemCondition c);

#endif
