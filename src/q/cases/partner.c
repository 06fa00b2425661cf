/* partner.c — statements on partners (see partner.h). */
#include "q/cases/partner.h"

DbStatus q_partner_add(Db *db, int64_t org_id, const Partner *p, int64_t now, int64_t *id)
{
    DB_SQL(st, "partner_add",
           "INSERT INTO partners (org_id, name, contact_name, contact_email, partner_org_id, "
           "created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id");
    return db_select_int64(
        db, &st,
        DB_IN(db_int64(org_id), db_str(p->name), db_str(p->contact_name), db_str(p->contact_email),
              p->partner_org_id ? db_int64(p->partner_org_id) : db_null(), db_int64(now)),
        id);
}

/* the columns of every partner statement; o is the training organisation */
#define PARTNER_SELECT                                                                             \
    "SELECT p.id, p.org_id, p.name, p.contact_name, p.contact_email, "                             \
    "COALESCE(p.partner_org_id, 0), o.name, (SELECT COUNT(*) FROM cases c "                        \
    "WHERE c.partner_id = p.id) FROM partners p JOIN organisations o ON o.id = p.org_id "

#define PARTNER_OUT(a, p)                                                                          \
    db_int64_out(&(p)->id), db_int64_out(&(p)->org_id), db_text(a, &(p)->name),                    \
        db_text(a, &(p)->contact_name), db_text(a, &(p)->contact_email),                           \
        db_int64_out(&(p)->partner_org_id), db_text(a, &(p)->org_name), db_int64_out(&(p)->cases)

DbStatus q_partner_list(Db *db, int64_t org_id, bool own_org, Arena *a, Partner *row, DbRowFn fn,
                        void *ctx)
{
    DB_SQL(partner_list, "partner_list",
           PARTNER_SELECT "WHERE p.org_id = $1 ORDER BY p.name COLLATE \"und-x-icu\", p.id");
    DB_SQL(partnerships, "partnerships",
           PARTNER_SELECT "WHERE p.partner_org_id = $1 ORDER BY o.name COLLATE \"und-x-icu\", "
                          "p.id");
    return db_select_many(db, own_org ? &partnerships : &partner_list, DB_IN(db_int64(org_id)),
                          DB_COLS(PARTNER_OUT(a, row)), fn, ctx);
}

DbStatus q_partner_get(Db *db, int64_t org_id, bool own_org, int64_t id, Arena *a, Partner *out)
{
    DB_SQL(partner_get, "partner_get", PARTNER_SELECT "WHERE p.org_id = $1 AND p.id = $2");
    DB_SQL(partnership_get, "partnership_get",
           PARTNER_SELECT "WHERE p.partner_org_id = $1 AND p.id = $2");
    return db_select_one(db, own_org ? &partnership_get : &partner_get,
                         DB_IN(db_int64(org_id), db_int64(id)), DB_COLS(PARTNER_OUT(a, out)));
}
