/* q/equipment/item.h — statements on an organisation's equipment: recording and changing an
 * item, one item with its open loan, a page of the inventory, the items for a sheet of
 * labels and the items a partner lent. Owns nothing; texts are allocated in the arena
 * given. */
#ifndef TRAJECT_Q_EQUIPMENT_ITEM_H
#define TRAJECT_Q_EQUIPMENT_ITEM_H

#include "core/arena.h"
#include "db/db.h"
#include "db/page.h"
#include "model/equipment.h"
#include "model/training.h"

/* Records x (kind, label, serial, condition, partner_id and location_id: 0 for none) for
 * org_id; *id receives the new id. The caller checked that the partner and the location are
 * org_id's. */
DbStatus q_item_add(Db *db, int64_t org_id, const Item *x, int64_t now, int64_t *id);
/* Changes item x->id of org_id the same way: DB_NONE when it is not org_id's. */
DbStatus q_item_update(Db *db, int64_t org_id, const Item *x);
/* Sets the condition of item id (a return). */
DbStatus q_item_set_condition(Db *db, int64_t org_id, int64_t id, ItemCondition c);

/* One item of org_id with its open loan (loan_id 0 when in): DB_NONE otherwise. */
DbStatus q_item_get(Db *db, int64_t org_id, int64_t id, Arena *a, Item *out);

/* The sort columns of the inventory (see db/page.h); the search looks in the label and the
 * serial number. */
enum { ITEM_BY_LABEL, ITEM_BY_SERIAL, ITEM_SORTS };
DbStatus q_item_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, Item *row, DbRowFn fn,
                     void *ctx);
DbStatus q_item_count(Db *db, int64_t org_id, const char *like, int64_t *n);

/* The items of org_id by label, with their open loans: all of them (id 0) or item id, for
 * a sheet of labels. */
DbStatus q_item_labels(Db *db, int64_t org_id, int64_t id, Arena *a, Item *row, DbRowFn fn,
                       void *ctx);

/* The items partner_id (a partner of org_id) lent to org_id, by label: id, kind, label,
 * serial, condition, and how often each was lent (loans) and to how many learners (a
 * learner, or the members of a team). */
DbStatus q_item_of_partner(Db *db, int64_t org_id, int64_t partner_id, Arena *a, Item *row,
                           DbRowFn fn, void *ctx);

/* The learners who used the items partner_id lent to org_id (borrowed one, or were in a
 * team that did), by name. */
DbStatus q_item_partner_learners(Db *db, int64_t org_id, int64_t partner_id, Arena *a,
                                 PersonName *row, DbRowFn fn, void *ctx);

#endif
