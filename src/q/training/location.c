/* location.c — statements on locations. Every statement takes org_id. */
#include "q/training/location.h"

#include "model/training.h"

#define LOCATION_COLS "id, name, address, postcode, municipality, province, mobile"

#define LOCATION_OUT(a, l)                                                                         \
    db_int64_out(&(l)->id), db_text(a, &(l)->name), db_text(a, &(l)->address),                     \
        db_text(a, &(l)->postcode), db_text(a, &(l)->municipality), db_text(a, &(l)->province),    \
        db_int64_out(&(l)->mobile)

DbStatus q_location_get(Db *db, int64_t org_id, int64_t id, Arena *a, Location *out)
{
    DB_SQL(st, "location_get",
           "SELECT " LOCATION_COLS " FROM locations WHERE org_id = $1 AND id = $2");
    out->org_id = org_id;
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(LOCATION_OUT(a, out)));
}

DbStatus q_location_list(Db *db, int64_t org_id, Arena *a, Location *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "location_list",
           "SELECT " LOCATION_COLS " FROM locations WHERE org_id = $1 "
           "ORDER BY province, municipality COLLATE \"und-x-icu\", name COLLATE \"und-x-icu\", id");
    row->org_id = org_id;
    return db_select_many(db, &st, DB_IN(db_int64(org_id)), DB_COLS(LOCATION_OUT(a, row)), fn, ctx);
}

DbStatus q_location_add(Db *db, const Location *l, int64_t now, int64_t *id)
{
    DB_SQL(st, "location_add",
           "INSERT INTO locations (org_id, name, address, postcode, municipality, province, "
           "mobile, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(l->org_id), db_str(l->name), db_str(l->address),
                                 db_str(l->postcode), db_str(l->municipality), db_str(l->province),
                                 db_int64(l->mobile), db_int64(now)),
                           id);
}

DbStatus q_location_update(Db *db, const Location *l)
{
    DB_SQL(st, "location_update",
           "UPDATE locations SET name = $3, address = $4, postcode = $5, municipality = $6, "
           "province = $7, mobile = $8 WHERE org_id = $1 AND id = $2");
    return db_exec(db, &st,
                   DB_IN(db_int64(l->org_id), db_int64(l->id), db_str(l->name), db_str(l->address),
                         db_str(l->postcode), db_str(l->municipality), db_str(l->province),
                         db_int64(l->mobile)));
}
