/* item.c — statements on equipment (see item.h). */
#include "q/equipment/item.h"

#include "q/equipment/loan.h"

DbStatus q_item_add(Db *db, int64_t org_id, const Item *x, int64_t now, int64_t *id)
{
    DB_SQL(st, "item_add",
           "INSERT INTO equipment (org_id, kind, label, serial, condition, partner_id, "
           "location_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id");
    return db_select_int64(
        db, &st,
        DB_IN(db_int64(org_id), db_str(vocab_key(&equip_kinds, (int)x->kind)), db_str(x->label),
              db_str(x->serial), db_str(vocab_key(&item_conditions, (int)x->condition)),
              x->partner_id ? db_int64(x->partner_id) : db_null(),
              x->location_id ? db_int64(x->location_id) : db_null(), db_int64(now)),
        id);
}

DbStatus q_item_update(Db *db, int64_t org_id, const Item *x)
{
    DB_SQL(st, "item_update",
           "UPDATE equipment SET kind = $3, label = $4, serial = $5, condition = $6, "
           "partner_id = $7, location_id = $8 WHERE org_id = $1 AND id = $2");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(x->id),
                         db_str(vocab_key(&equip_kinds, (int)x->kind)), db_str(x->label),
                         db_str(x->serial), db_str(vocab_key(&item_conditions, (int)x->condition)),
                         x->partner_id ? db_int64(x->partner_id) : db_null(),
                         x->location_id ? db_int64(x->location_id) : db_null()));
}

DbStatus q_item_set_condition(Db *db, int64_t org_id, int64_t id, ItemCondition c)
{
    DB_SQL(st, "item_set_condition",
           "UPDATE equipment SET condition = $3 WHERE org_id = $1 AND id = $2");
    return db_exec(
        db, &st,
        DB_IN(db_int64(org_id), db_int64(id), db_str(vocab_key(&item_conditions, (int)c))));
}

/* the columns of every item statement, with the open loan n and its borrower */
#define ITEM_SELECT                                                                                \
    "SELECT i.id, i.org_id, i.kind, i.label, i.serial, i.condition, COALESCE(i.partner_id, 0), "   \
    "COALESCE(p.name, ''), COALESCE(i.location_id, 0), COALESCE(l.name, ''), COALESCE(n.id, "      \
    "0), " LOAN_BORROWER_COLS ", COALESCE(n.due_on, '') FROM equipment i "                         \
    "LEFT JOIN partners p ON p.id = i.partner_id LEFT JOIN locations l ON l.id = i.location_id "   \
    "LEFT JOIN loans n ON n.item_id = i.id AND n.returned_on IS NULL " LOAN_BORROWER_JOINS         \
    " WHERE i.org_id = $1"

#define ITEM_OUT(a, x)                                                                             \
    db_int64_out(&(x)->id), db_int64_out(&(x)->org_id), db_vocab(&equip_kinds, (int *)&(x)->kind), \
        db_text(a, &(x)->label), db_text(a, &(x)->serial),                                         \
        db_vocab(&item_conditions, (int *)&(x)->condition), db_int64_out(&(x)->partner_id),        \
        db_text(a, &(x)->partner_name), db_int64_out(&(x)->location_id),                           \
        db_text(a, &(x)->location_name), db_int64_out(&(x)->loan_id),                              \
        LOAN_BORROWER_OUT(a, &(x)->with), db_text(a, &(x)->due_on)

DbStatus q_item_get(Db *db, int64_t org_id, int64_t id, Arena *a, Item *out)
{
    DB_SQL(st, "item_get", ITEM_SELECT " AND i.id = $2");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)), DB_COLS(ITEM_OUT(a, out)));
}

#define ITEM_PAGE_WHERE                                                                            \
    ITEM_SELECT " AND ($2 = '' OR lower(i.label) LIKE $2 ESCAPE '\\' "                             \
                "OR lower(i.serial) LIKE $2 ESCAPE '\\')"

DB_PAGE_SORT(Q_ITEM_PAGE_LABEL, "item_page_label", ITEM_PAGE_WHERE, "i.label COLLATE \"und-x-icu\"",
             "i.id", 3, 4, 5);
DB_PAGE_SORT(Q_ITEM_PAGE_SERIAL, "item_page_serial", ITEM_PAGE_WHERE, "i.serial", "i.id", 3, 4, 5);

static const DbPageStmts item_pages[ITEM_SORTS] = {
    [ITEM_BY_LABEL] = DB_PAGE_STMTS(Q_ITEM_PAGE_LABEL),
    [ITEM_BY_SERIAL] = DB_PAGE_STMTS(Q_ITEM_PAGE_SERIAL),
};

DbStatus q_item_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, Item *row, DbRowFn fn,
                     void *ctx)
{
    return db_page_select(db, p, item_pages, ITEM_SORTS, DB_IN(db_int64(org_id)),
                          DB_COLS(ITEM_OUT(a, row)), fn, ctx);
}

DbStatus q_item_count(Db *db, int64_t org_id, const char *like, int64_t *n)
{
    DB_SQL(st, "item_count",
           "SELECT COUNT(*) FROM equipment i WHERE i.org_id = $1 AND ($2 = '' OR lower(i.label) "
           "LIKE $2 ESCAPE '\\' OR lower(i.serial) LIKE $2 ESCAPE '\\')");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_str(like ? like : "")), n);
}

DbStatus q_item_labels(Db *db, int64_t org_id, int64_t id, Arena *a, Item *row, DbRowFn fn,
                       void *ctx)
{
    DB_SQL(st, "item_labels",
           ITEM_SELECT " AND ($2 = 0 OR i.id = $2) ORDER BY i.label COLLATE \"und-x-icu\", i.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(id)), DB_COLS(ITEM_OUT(a, row)),
                          fn, ctx);
}

/* the people who used loan n: its learner, or the members of its team */
#define LOAN_USERS                                                                                 \
    "JOIN people pe ON pe.org_id = n.org_id AND (pe.id = n.person_id OR pe.id IN "                 \
    "(SELECT m.person_id FROM team_members m WHERE m.team_id = n.team_id))"

DbStatus q_item_of_partner(Db *db, int64_t org_id, int64_t partner_id, Arena *a, Item *row,
                           DbRowFn fn, void *ctx)
{
    DB_SQL(st, "item_of_partner",
           "SELECT i.id, i.kind, i.label, i.serial, i.condition, (SELECT COUNT(*) FROM loans n "
           "WHERE n.item_id = i.id), (SELECT COUNT(DISTINCT pe.id) FROM loans n " LOAN_USERS
           " WHERE n.item_id = i.id) FROM equipment i WHERE i.org_id = $1 AND i.partner_id = $2 "
           "ORDER BY i.label COLLATE \"und-x-icu\", i.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(partner_id)),
                          DB_COLS(db_int64_out(&row->id), db_vocab(&equip_kinds, (int *)&row->kind),
                                  db_text(a, &row->label), db_text(a, &row->serial),
                                  db_vocab(&item_conditions, (int *)&row->condition),
                                  db_int64_out(&row->loans), db_int64_out(&row->learners)),
                          fn, ctx);
}

DbStatus q_item_partner_learners(Db *db, int64_t org_id, int64_t partner_id, Arena *a,
                                 PersonName *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "item_partner_learners",
           "SELECT pe.id, pe.name FROM loans n JOIN equipment i ON i.id = n.item_id " LOAN_USERS
           " WHERE n.org_id = $1 AND i.partner_id = $2 GROUP BY pe.id, pe.name "
           "ORDER BY pe.name COLLATE \"und-x-icu\", pe.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(partner_id)),
                          DB_COLS(db_int64_out(&row->id), db_text(a, &row->name)), fn, ctx);
}
