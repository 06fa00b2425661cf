/* partner.c — statements on partners (see partner.h). */
#include "q/cases/partner.h"

DB_STMT(Q_PARTNER_ADD) = {
    .name = "partner_add",
    .sql = "INSERT INTO partners (org_id, name, contact_name, contact_email, partner_org_id, "
           "created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
};

DbStatus q_partner_add(Db *db, int64_t org_id, const Partner *p, int64_t now, int64_t *id)
{
    DbParam in[] = {db_int64(org_id),
                    db_str(p->name),
                    db_str(p->contact_name),
                    db_str(p->contact_email),
                    p->partner_org_id ? db_int64(p->partner_org_id) : db_null(),
                    db_int64(now),
                    DB_END};
    DbCol col[] = {db_int64_out(id), DB_END};
    return db_select_one(db, &Q_PARTNER_ADD, in, col);
}

/* the columns of every partner statement; o is the training organisation */
#define PARTNER_SELECT                                                                             \
    "SELECT p.id, p.org_id, p.name, p.contact_name, p.contact_email, "                             \
    "COALESCE(p.partner_org_id, 0), o.name, (SELECT COUNT(*) FROM cases c "                        \
    "WHERE c.partner_id = p.id) FROM partners p JOIN organisations o ON o.id = p.org_id "

static void partner_cols(DbCol *c, Arena *a, Partner *p)
{
    c[0] = db_int64_out(&p->id);
    c[1] = db_int64_out(&p->org_id);
    c[2] = db_text(a, &p->name);
    c[3] = db_text(a, &p->contact_name);
    c[4] = db_text(a, &p->contact_email);
    c[5] = db_int64_out(&p->partner_org_id);
    c[6] = db_text(a, &p->org_name);
    c[7] = db_int64_out(&p->cases);
    c[8] = (DbCol)DB_END;
}

DB_STMT(Q_PARTNER_LIST) = {
    .name = "partner_list",
    .sql = PARTNER_SELECT "WHERE p.org_id = $1 ORDER BY p.name COLLATE \"und-x-icu\", p.id",
};

DB_STMT(Q_PARTNERSHIPS) = {
    .name = "partnerships",
    .sql = PARTNER_SELECT "WHERE p.partner_org_id = $1 ORDER BY o.name COLLATE \"und-x-icu\", "
                          "p.id",
};

DbStatus q_partner_list(Db *db, int64_t org_id, bool own_org, Arena *a, Partner *row, DbRowFn fn,
                        void *ctx)
{
    DbParam in[] = {db_int64(org_id), DB_END};
    DbCol col[9];
    partner_cols(col, a, row);
    return db_select_many(db, own_org ? &Q_PARTNERSHIPS : &Q_PARTNER_LIST, in, col, fn, ctx);
}

DB_STMT(Q_PARTNER_GET) = {
    .name = "partner_get",
    .sql = PARTNER_SELECT "WHERE p.org_id = $1 AND p.id = $2",
};

DB_STMT(Q_PARTNERSHIP_GET) = {
    .name = "partnership_get",
    .sql = PARTNER_SELECT "WHERE p.partner_org_id = $1 AND p.id = $2",
};

DbStatus q_partner_get(Db *db, int64_t org_id, bool own_org, int64_t id, Arena *a, Partner *out)
{
    DbParam in[] = {db_int64(org_id), db_int64(id), DB_END};
    DbCol col[9];
    partner_cols(col, a, out);
    return db_select_one(db, own_org ? &Q_PARTNERSHIP_GET : &Q_PARTNER_GET, in, col);
}
