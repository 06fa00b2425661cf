/* location.c — statements on locations. Every statement takes org_id. */
#include "q/training/location.h"

#include "model/training.h"

#define LOCATION_COLS "id, name, address, postcode, municipality, province, mobile"

static void location_cols(DbCol *c, Arena *a, Location *l)
{
    c[0] = db_int64_out(&l->id);
    c[1] = db_text(a, &l->name);
    c[2] = db_text(a, &l->address);
    c[3] = db_text(a, &l->postcode);
    c[4] = db_text(a, &l->municipality);
    c[5] = db_text(a, &l->province);
    c[6] = db_int64_out(&l->mobile);
    c[7] = (DbCol)DB_END;
}

DB_STMT(Q_LOCATION_GET) = {
    .name = "location_get",
    .sql = "SELECT " LOCATION_COLS " FROM locations WHERE org_id = $1 AND id = $2",
};

DbStatus q_location_get(Db *db, int64_t org_id, int64_t id, Arena *a, Location *out)
{
    DbParam in[] = {db_int64(org_id), db_int64(id), DB_END};
    DbCol col[8];
    location_cols(col, a, out);
    out->org_id = org_id;
    return db_select_one(db, &Q_LOCATION_GET, in, col);
}

DB_STMT(Q_LOCATION_LIST) = {
    .name = "location_list",
    .sql = "SELECT " LOCATION_COLS " FROM locations WHERE org_id = $1 "
           "ORDER BY province, municipality COLLATE \"und-x-icu\", name COLLATE \"und-x-icu\", id",
};

DbStatus q_location_list(Db *db, int64_t org_id, Arena *a, Location *row, DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), DB_END};
    DbCol col[8];
    location_cols(col, a, row);
    row->org_id = org_id;
    return db_select_many(db, &Q_LOCATION_LIST, in, col, fn, ctx);
}

DB_STMT(Q_LOCATION_ADD) = {
    .name = "location_add",
    .sql = "INSERT INTO locations (org_id, name, address, postcode, municipality, province, "
           "mobile, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
};

DbStatus q_location_add(Db *db, const Location *l, int64_t now, int64_t *id)
{
    DbParam in[] = {db_int64(l->org_id), db_str(l->name),         db_str(l->address),
                    db_str(l->postcode), db_str(l->municipality), db_str(l->province),
                    db_int64(l->mobile), db_int64(now),           DB_END};
    DbCol col[] = {db_int64_out(id), DB_END};
    return db_select_one(db, &Q_LOCATION_ADD, in, col);
}

DB_STMT(Q_LOCATION_UPDATE) = {
    .name = "location_update",
    .sql = "UPDATE locations SET name = $3, address = $4, postcode = $5, municipality = $6, "
           "province = $7, mobile = $8 WHERE org_id = $1 AND id = $2",
};

DbStatus q_location_update(Db *db, const Location *l)
{
    DbParam in[] = {db_int64(l->org_id), db_int64(l->id),     db_str(l->name),
                    db_str(l->address),  db_str(l->postcode), db_str(l->municipality),
                    db_str(l->province), db_int64(l->mobile), DB_END};
    return db_exec(db, &Q_LOCATION_UPDATE, in, NULL);
}
