/* q/partners/partner.h — statements on an organisation's partners: recording one, changing
 * it, reading them (the list, a page of it with a search, one), and, for a partner's own
 * organisation, the training organisations that recorded it (its partnerships). Owns
 * nothing; texts are allocated in the arena given. */
#ifndef TRAJECT_Q_PARTNERS_PARTNER_H
#define TRAJECT_Q_PARTNERS_PARTNER_H

#include "core/arena.h"
#include "db/db.h"
#include "db/page.h"
#include "model/partners.h"

/* Records p (name, kind, contact_name, contact_email, contact_phone, partner_org_id: 0 for
 * none) for org_id; *id receives the new id. DB_CONFLICT when that organisation is already
 * a partner. */
DbStatus q_partner_add(Db *db, int64_t org_id, const Partner *p, int64_t now, int64_t *id);

/* Changes partner p->id of org_id to p's name, kind, contacts and partner_org_id: DB_NONE
 * when org_id has no such partner, DB_CONFLICT when that organisation is already another
 * of its partners. */
DbStatus q_partner_edit(Db *db, int64_t org_id, const Partner *p);

/* org_id's partners by name, each with the number of cases it submitted; with own_org,
 * org_id is a partner's own organisation instead and the rows are the partner records
 * that name it, by the name of the training organisation (org_name): its partnerships. */
DbStatus q_partner_list(Db *db, int64_t org_id, bool own_org, Arena *a, Partner *row, DbRowFn fn,
                        void *ctx);

/* sort columns of the paged list of partners */
enum { PARTNER_BY_NAME, PARTNER_SORTS };

/* One page of org_id's partners (see db/page.h), searched on the name and the contact's
 * name and e-mail address, and how many there are with that search (like). */
DbStatus q_partner_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, Partner *row, DbRowFn fn,
                        void *ctx);
DbStatus q_partner_count(Db *db, int64_t org_id, const char *like, int64_t *n);

/* One partner of org_id (or, with own_org, one that names org_id as the partner's own
 * organisation): DB_NONE otherwise. */
DbStatus q_partner_get(Db *db, int64_t org_id, bool own_org, int64_t id, Arena *a, Partner *out);

#endif
