/* q/cases/partner.h — statements on an organisation's partners: recording one, reading
 * them, and, for a partner's own organisation, the training organisations that recorded
 * it (its partnerships). Owns nothing; texts are allocated in the arena given. */
#ifndef TRAJECT_Q_CASES_PARTNER_H
#define TRAJECT_Q_CASES_PARTNER_H

#include "core/arena.h"
#include "db/db.h"
#include "model/cases.h"

/* Records p (name, contact_name, contact_email, partner_org_id: 0 for none) for org_id;
 * *id receives the new id. DB_CONFLICT when that organisation is already a partner. */
DbStatus q_partner_add(Db *db, int64_t org_id, const Partner *p, int64_t now, int64_t *id);

/* org_id's partners by name, each with the number of cases it submitted; with own_org,
 * org_id is a partner's own organisation instead and the rows are the partner records
 * that name it, by the name of the training organisation (org_name): its partnerships. */
DbStatus q_partner_list(Db *db, int64_t org_id, bool own_org, Arena *a, Partner *row, DbRowFn fn,
                        void *ctx);

/* One partner of org_id (or, with own_org, one that names org_id as the partner's own
 * organisation): DB_NONE otherwise. */
DbStatus q_partner_get(Db *db, int64_t org_id, bool own_org, int64_t id, Arena *a, Partner *out);

#endif
