/* partner.c — statements on partners (see partner.h). */
#include "q/partners/partner.h"

DbStatus q_partner_add(Db *db, int64_t org_id, const Partner *p, int64_t now, int64_t *id)
{
    DB_SQL(st, "partner_add",
           "INSERT INTO partners (org_id, name, kind, contact_name, contact_email, contact_phone, "
           "partner_org_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id");
    return db_select_int64(
        db, &st,
        DB_IN(db_int64(org_id), db_str(p->name), db_str(vocab_key(&partner_kinds, p->kind)),
              db_str(p->contact_name), db_str(p->contact_email),
              db_str(p->contact_phone ? p->contact_phone : ""),
              p->partner_org_id ? db_int64(p->partner_org_id) : db_null(), db_int64(now)),
        id);
}

DbStatus q_partner_edit(Db *db, int64_t org_id, const Partner *p)
{
    DB_SQL(st, "partner_edit",
           "UPDATE partners SET name = $3, kind = $4, contact_name = $5, contact_email = $6, "
           "contact_phone = $7, partner_org_id = $8 WHERE org_id = $1 AND id = $2");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(p->id), db_str(p->name),
                         db_str(vocab_key(&partner_kinds, p->kind)), db_str(p->contact_name),
                         db_str(p->contact_email), db_str(p->contact_phone ? p->contact_phone : ""),
                         p->partner_org_id ? db_int64(p->partner_org_id) : db_null()));
}

/* the columns of every partner statement; o is the training organisation, po the
 * partner's own (when it has one) */
#define PARTNER_SELECT                                                                             \
    "SELECT p.id, p.org_id, p.name, p.kind, p.contact_name, p.contact_email, p.contact_phone, "    \
    "COALESCE(p.partner_org_id, 0), COALESCE(po.name, ''), o.name, (SELECT COUNT(*) FROM cases c " \
    "WHERE c.partner_id = p.id), (SELECT COUNT(*) FROM contributions k "                           \
    "WHERE k.partner_id = p.id) FROM partners p JOIN organisations o ON o.id = p.org_id "          \
    "LEFT JOIN organisations po ON po.id = p.partner_org_id "

#define PARTNER_OUT(a, p)                                                                          \
    db_int64_out(&(p)->id), db_int64_out(&(p)->org_id), db_text(a, &(p)->name),                    \
        db_vocab(&partner_kinds, (int *)&(p)->kind), db_text(a, &(p)->contact_name),               \
        db_text(a, &(p)->contact_email), db_text(a, &(p)->contact_phone),                          \
        db_int64_out(&(p)->partner_org_id), db_text(a, &(p)->partner_org_name),                    \
        db_text(a, &(p)->org_name), db_int64_out(&(p)->cases), db_int64_out(&(p)->contributions)

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

/* One page of partners (see db/page.h); $2 searches the name and the contact. */
#define PARTNER_PAGE_WHERE                                                                         \
    PARTNER_SELECT "WHERE p.org_id = $1 AND ($2 = '' OR lower(p.name) LIKE $2 ESCAPE '\\' "        \
                   "OR lower(p.contact_name) LIKE $2 ESCAPE '\\' "                                 \
                   "OR lower(p.contact_email) LIKE $2 ESCAPE '\\')"

DB_PAGE_SORT(Q_PARTNER_PAGE_NAME, "partner_page_name", PARTNER_PAGE_WHERE,
             "p.name COLLATE \"und-x-icu\"", "p.id", 3, 4, 5);

static const DbPageStmts partner_pages[PARTNER_SORTS] = {
    [PARTNER_BY_NAME] = DB_PAGE_STMTS(Q_PARTNER_PAGE_NAME),
};

DbStatus q_partner_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, Partner *row, DbRowFn fn,
                        void *ctx)
{
    return db_page_select(db, p, partner_pages, PARTNER_SORTS, DB_IN(db_int64(org_id)),
                          DB_COLS(PARTNER_OUT(a, row)), fn, ctx);
}

DbStatus q_partner_count(Db *db, int64_t org_id, const char *like, int64_t *n)
{
    DB_SQL(st, "partner_count", "SELECT COUNT(*) FROM (" PARTNER_PAGE_WHERE ") t");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_str(like ? like : "")), n);
}

DbStatus q_partner_get(Db *db, int64_t org_id, bool own_org, int64_t id, Arena *a, Partner *out)
{
    DB_SQL(partner_get, "partner_get", PARTNER_SELECT "WHERE p.org_id = $1 AND p.id = $2");
    DB_SQL(partnership_get, "partnership_get",
           PARTNER_SELECT "WHERE p.partner_org_id = $1 AND p.id = $2");
    return db_select_one(db, own_org ? &partnership_get : &partner_get,
                         DB_IN(db_int64(org_id), db_int64(id)), DB_COLS(PARTNER_OUT(a, out)));
}
