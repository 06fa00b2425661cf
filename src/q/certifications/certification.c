/* certification.c — statements on the catalogue of certifications and on a programme's
 * required set. Exam codes arrive upper-case (flows/certifications/catalogue.c). */
#include "q/certifications/certification.h"

DbStatus q_cert_add(Db *db, const Certification *c, int64_t now, int64_t *id)
{
    DB_SQL(st, "cert_add",
           "INSERT INTO certifications (org_id, name, vendor, exam_code, validity_months, "
           "created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(c->org_id), db_str(c->name), db_str(c->vendor),
                                 db_str(c->exam_code), db_int64(c->validity_months), db_int64(now)),
                           id);
}

DbStatus q_cert_update(Db *db, const Certification *c)
{
    DB_SQL(st, "cert_update",
           "UPDATE certifications SET name = $3, vendor = $4, exam_code = $5, "
           "validity_months = $6 WHERE org_id = $1 AND id = $2");
    return db_exec(db, &st,
                   DB_IN(db_int64(c->org_id), db_int64(c->id), db_str(c->name), db_str(c->vendor),
                         db_str(c->exam_code), db_int64(c->validity_months)));
}

DbStatus q_cert_set_archived(Db *db, int64_t org_id, int64_t id, int64_t archived)
{
    DB_SQL(st, "cert_set_archived",
           "UPDATE certifications SET archived = $3 WHERE org_id = $1 AND id = $2");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(id), db_int64(archived)));
}

#define CERT_SELECT                                                                                \
    "SELECT c.id, c.name, c.vendor, c.exam_code, c.validity_months, c.archived, c.created_at "     \
    "FROM certifications c"

#define CERT_OUT(a, c)                                                                             \
    db_int64_out(&(c)->id), db_text(a, &(c)->name), db_text(a, &(c)->vendor),                      \
        db_text(a, &(c)->exam_code), db_int64_out(&(c)->validity_months),                          \
        db_int64_out(&(c)->archived), db_int64_out(&(c)->created_at)

DbStatus q_cert_get(Db *db, int64_t org_id, int64_t id, Arena *a, Certification *out)
{
    DB_SQL(st, "cert_get", CERT_SELECT " WHERE c.org_id = $1 AND c.id = $2");
    out->org_id = org_id;
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)), DB_COLS(CERT_OUT(a, out)));
}

DbStatus q_cert_by_code(Db *db, int64_t org_id, const char *code, Arena *a, Certification *out)
{
    DB_SQL(st, "cert_by_code", CERT_SELECT " WHERE c.org_id = $1 AND c.exam_code = $2");
    out->org_id = org_id;
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_str(code)), DB_COLS(CERT_OUT(a, out)));
}

DbStatus q_cert_list(Db *db, int64_t org_id, Arena *a, Certification *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "cert_list",
           CERT_SELECT " WHERE c.org_id = $1 ORDER BY c.archived, c.name COLLATE \"und-x-icu\", "
                       "c.id");
    row->org_id = org_id;
    return db_select_many(db, &st, DB_IN(db_int64(org_id)), DB_COLS(CERT_OUT(a, row)), fn, ctx);
}

/* One page of the catalogue (see db/page.h); $2 searches name, vendor and exam code. */
#define CERT_SEARCH                                                                                \
    "($2 = '' OR lower(c.name) LIKE $2 ESCAPE '\\' OR lower(c.vendor) LIKE $2 ESCAPE '\\' "        \
    "OR lower(c.exam_code) LIKE $2 ESCAPE '\\')"
#define CERT_PAGE_WHERE CERT_SELECT " WHERE c.org_id = $1 AND " CERT_SEARCH
#define CERT_NAME "c.name COLLATE \"und-x-icu\""

DB_PAGE_SORT(Q_CERT_PAGE_NAME, "cert_page_name", CERT_PAGE_WHERE, CERT_NAME, "c.id", 3, 4, 5);
DB_PAGE_SORT(Q_CERT_PAGE_CODE, "cert_page_code", CERT_PAGE_WHERE, "c.exam_code", "c.id", 3, 4, 5);

static const DbPageStmts cert_pages[CERT_SORTS] = {
    [CERT_BY_NAME] = {&Q_CERT_PAGE_NAME_FIRST_ASC, &Q_CERT_PAGE_NAME_AFTER_ASC,
                      &Q_CERT_PAGE_NAME_FIRST_DESC, &Q_CERT_PAGE_NAME_AFTER_DESC},
    [CERT_BY_CODE] = {&Q_CERT_PAGE_CODE_FIRST_ASC, &Q_CERT_PAGE_CODE_AFTER_ASC,
                      &Q_CERT_PAGE_CODE_FIRST_DESC, &Q_CERT_PAGE_CODE_AFTER_DESC},
};

DbStatus q_cert_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, Certification *row,
                     DbRowFn fn, void *ctx)
{
    row->org_id = org_id;
    return db_page_select(db, p, cert_pages, CERT_SORTS, DB_IN(db_int64(org_id)),
                          DB_COLS(CERT_OUT(a, row)), fn, ctx);
}

DbStatus q_cert_count(Db *db, int64_t org_id, const char *like, int64_t *n)
{
    DB_SQL(st, "cert_count", "SELECT COUNT(*) FROM (" CERT_PAGE_WHERE ") t");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_str(like ? like : "")), n);
}

DbStatus q_programme_certs(Db *db, int64_t org_id, int64_t programme_id, Arena *a,
                           Certification *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "programme_certs",
           CERT_SELECT " JOIN programme_certifications pc ON pc.certification_id = c.id "
                       "AND pc.org_id = c.org_id WHERE c.org_id = $1 AND pc.programme_id = $2 "
                       "ORDER BY c.name COLLATE \"und-x-icu\", c.id");
    row->org_id = org_id;
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(programme_id)),
                          DB_COLS(CERT_OUT(a, row)), fn, ctx);
}

DbStatus q_programme_certs_clear(Db *db, int64_t org_id, int64_t programme_id)
{
    DB_SQL(st, "programme_certs_clear",
           "DELETE FROM programme_certifications WHERE org_id = $1 AND programme_id = $2");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(programme_id)));
}

/* Both ends must belong to org_id: the SELECT adds nothing otherwise. */
DbStatus q_programme_cert_add(Db *db, int64_t org_id, int64_t programme_id, int64_t cert_id)
{
    DB_SQL(st, "programme_cert_add",
           "INSERT INTO programme_certifications (org_id, programme_id, certification_id) "
           "SELECT $1, p.id, c.id FROM programmes p JOIN certifications c ON c.org_id = p.org_id "
           "WHERE p.org_id = $1 AND p.id = $2 AND c.id = $3");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(programme_id), db_int64(cert_id)));
}
