/* flows/equipment/item.h — an organisation records its equipment and changes an item's
 * record. */
#ifndef TRAJECT_FLOWS_EQUIPMENT_ITEM_H
#define TRAJECT_FLOWS_EQUIPMENT_ITEM_H

#include "flows/flow.h"
#include "model/equipment.h"

/* Records x (kind, label, serial, condition as read; partner_id and location_id 0 for
 * none) in the actor's organisation, or, when x->id is set, changes that item of it. The
 * lending partner must be one of the organisation's partners (error beside "partner_id"),
 * the location one of its locations (beside "location_id"). o.id is the item's; an item not
 * the organisation's: ERR_NOT_FOUND. */
Outcome flow_item_save(const Flow *f, const Item *x);

#endif
