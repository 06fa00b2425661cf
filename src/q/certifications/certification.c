/* certification.c — statements on the catalogue of certifications and on a programme's
 * required set. Exam codes arrive upper-case (flows/certifications/catalogue.c). */
#include "q/certifications/certification.h"

DB_STMT(Q_CERT_ADD) = {
    .name = "cert_add",
    .sql = "INSERT INTO certifications (org_id, name, vendor, exam_code, validity_months, "
           "created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
};

DbStatus q_cert_add(Db *db, const Certification *c, int64_t now, int64_t *id)
{
    DbParam in[] = {db_int64(c->org_id),
                    db_str(c->name),
                    db_str(c->vendor),
                    db_str(c->exam_code),
                    db_int64(c->validity_months),
                    db_int64(now),
                    DB_END};
    DbCol col[] = {db_int64_out(id), DB_END};
    return db_select_one(db, &Q_CERT_ADD, in, col);
}

DB_STMT(Q_CERT_UPDATE) = {
    .name = "cert_update",
    .sql = "UPDATE certifications SET name = $3, vendor = $4, exam_code = $5, "
           "validity_months = $6 WHERE org_id = $1 AND id = $2",
};

DbStatus q_cert_update(Db *db, const Certification *c)
{
    DbParam in[] = {db_int64(c->org_id),
                    db_int64(c->id),
                    db_str(c->name),
                    db_str(c->vendor),
                    db_str(c->exam_code),
                    db_int64(c->validity_months),
                    DB_END};
    return db_exec(db, &Q_CERT_UPDATE, in, NULL);
}

DB_STMT(Q_CERT_SET_ARCHIVED) = {
    .name = "cert_set_archived",
    .sql = "UPDATE certifications SET archived = $3 WHERE org_id = $1 AND id = $2",
};

DbStatus q_cert_set_archived(Db *db, int64_t org_id, int64_t id, int64_t archived)
{
    DbParam in[] = {db_int64(org_id), db_int64(id), db_int64(archived), DB_END};
    return db_exec(db, &Q_CERT_SET_ARCHIVED, in, NULL);
}

#define CERT_SELECT                                                                                \
    "SELECT c.id, c.name, c.vendor, c.exam_code, c.validity_months, c.archived, c.created_at "     \
    "FROM certifications c"

static void cert_cols(DbCol *col, Arena *a, Certification *c)
{
    col[0] = db_int64_out(&c->id);
    col[1] = db_text(a, &c->name);
    col[2] = db_text(a, &c->vendor);
    col[3] = db_text(a, &c->exam_code);
    col[4] = db_int64_out(&c->validity_months);
    col[5] = db_int64_out(&c->archived);
    col[6] = db_int64_out(&c->created_at);
    col[7] = (DbCol)DB_END;
}

DB_STMT(Q_CERT_GET) = {
    .name = "cert_get",
    .sql = CERT_SELECT " WHERE c.org_id = $1 AND c.id = $2",
};

DbStatus q_cert_get(Db *db, int64_t org_id, int64_t id, Arena *a, Certification *out)
{
    DbParam in[] = {db_int64(org_id), db_int64(id), DB_END};
    DbCol col[8];
    cert_cols(col, a, out);
    out->org_id = org_id;
    return db_select_one(db, &Q_CERT_GET, in, col);
}

DB_STMT(Q_CERT_BY_CODE) = {
    .name = "cert_by_code",
    .sql = CERT_SELECT " WHERE c.org_id = $1 AND c.exam_code = $2",
};

DbStatus q_cert_by_code(Db *db, int64_t org_id, const char *code, Arena *a, Certification *out)
{
    DbParam in[] = {db_int64(org_id), db_str(code), DB_END};
    DbCol col[8];
    cert_cols(col, a, out);
    out->org_id = org_id;
    return db_select_one(db, &Q_CERT_BY_CODE, in, col);
}

DB_STMT(Q_CERT_LIST) = {
    .name = "cert_list",
    .sql = CERT_SELECT " WHERE c.org_id = $1 ORDER BY c.archived, c.name COLLATE \"und-x-icu\", "
                       "c.id",
};

DbStatus q_cert_list(Db *db, int64_t org_id, Arena *a, Certification *row, DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), DB_END};
    DbCol col[8];
    cert_cols(col, a, row);
    row->org_id = org_id;
    return db_select_many(db, &Q_CERT_LIST, in, col, fn, ctx);
}

/* One page of the catalogue (see db/page.h); $2 searches name, vendor and exam code. */
#define CERT_SEARCH                                                                                \
    "($2 = '' OR lower(c.name) LIKE $2 ESCAPE '\\' OR lower(c.vendor) LIKE $2 ESCAPE '\\' "        \
    "OR lower(c.exam_code) LIKE $2 ESCAPE '\\')"
#define CERT_PAGE_WHERE CERT_SELECT " WHERE c.org_id = $1 AND " CERT_SEARCH
#define CERT_NAME "c.name COLLATE \"und-x-icu\""

DB_STMT(Q_CERT_PAGE_NAME_FIRST_ASC) = {
    .name = "cert_page_name_first_asc",
    .sql = DB_PAGE_FIRST_ASC(CERT_PAGE_WHERE, CERT_NAME, "c.id", "$3"),
};
DB_STMT(Q_CERT_PAGE_NAME_AFTER_ASC) = {
    .name = "cert_page_name_after_asc",
    .sql = DB_PAGE_AFTER_ASC(CERT_PAGE_WHERE, CERT_NAME, "c.id", "$3, $4", "$5"),
};
DB_STMT(Q_CERT_PAGE_NAME_FIRST_DESC) = {
    .name = "cert_page_name_first_desc",
    .sql = DB_PAGE_FIRST_DESC(CERT_PAGE_WHERE, CERT_NAME, "c.id", "$3"),
};
DB_STMT(Q_CERT_PAGE_NAME_AFTER_DESC) = {
    .name = "cert_page_name_after_desc",
    .sql = DB_PAGE_AFTER_DESC(CERT_PAGE_WHERE, CERT_NAME, "c.id", "$3, $4", "$5"),
};
DB_STMT(Q_CERT_PAGE_CODE_FIRST_ASC) = {
    .name = "cert_page_code_first_asc",
    .sql = DB_PAGE_FIRST_ASC(CERT_PAGE_WHERE, "c.exam_code", "c.id", "$3"),
};
DB_STMT(Q_CERT_PAGE_CODE_AFTER_ASC) = {
    .name = "cert_page_code_after_asc",
    .sql = DB_PAGE_AFTER_ASC(CERT_PAGE_WHERE, "c.exam_code", "c.id", "$3, $4", "$5"),
};
DB_STMT(Q_CERT_PAGE_CODE_FIRST_DESC) = {
    .name = "cert_page_code_first_desc",
    .sql = DB_PAGE_FIRST_DESC(CERT_PAGE_WHERE, "c.exam_code", "c.id", "$3"),
};
DB_STMT(Q_CERT_PAGE_CODE_AFTER_DESC) = {
    .name = "cert_page_code_after_desc",
    .sql = DB_PAGE_AFTER_DESC(CERT_PAGE_WHERE, "c.exam_code", "c.id", "$3, $4", "$5"),
};

static const DbPageStmts cert_pages[CERT_SORTS] = {
    [CERT_BY_NAME] = {&Q_CERT_PAGE_NAME_FIRST_ASC, &Q_CERT_PAGE_NAME_AFTER_ASC,
                      &Q_CERT_PAGE_NAME_FIRST_DESC, &Q_CERT_PAGE_NAME_AFTER_DESC},
    [CERT_BY_CODE] = {&Q_CERT_PAGE_CODE_FIRST_ASC, &Q_CERT_PAGE_CODE_AFTER_ASC,
                      &Q_CERT_PAGE_CODE_FIRST_DESC, &Q_CERT_PAGE_CODE_AFTER_DESC},
};

DbStatus q_cert_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, Certification *row,
                     DbRowFn fn, void *ctx)
{
    DbParam in[6] = {db_int64(org_id)};
    const DbStmt *st = db_page_bind(p, cert_pages, CERT_SORTS, in, 1);
    DbCol col[8];
    cert_cols(col, a, row);
    row->org_id = org_id;
    return db_select_many(db, st, in, col, fn, ctx);
}

DB_STMT(Q_CERT_COUNT) = {
    .name = "cert_count",
    .sql = "SELECT COUNT(*) FROM (" CERT_PAGE_WHERE ") t",
};

DbStatus q_cert_count(Db *db, int64_t org_id, const char *like, int64_t *n)
{
    DbParam in[] = {db_int64(org_id), db_str(like ? like : ""), DB_END};
    DbCol col[] = {db_int64_out(n), DB_END};
    return db_select_one(db, &Q_CERT_COUNT, in, col);
}

DB_STMT(Q_PROGRAMME_CERTS) = {
    .name = "programme_certs",
    .sql = CERT_SELECT " JOIN programme_certifications pc ON pc.certification_id = c.id "
                       "AND pc.org_id = c.org_id WHERE c.org_id = $1 AND pc.programme_id = $2 "
                       "ORDER BY c.name COLLATE \"und-x-icu\", c.id",
};

DbStatus q_programme_certs(Db *db, int64_t org_id, int64_t programme_id, Arena *a,
                           Certification *row, DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(programme_id), DB_END};
    DbCol col[8];
    cert_cols(col, a, row);
    row->org_id = org_id;
    return db_select_many(db, &Q_PROGRAMME_CERTS, in, col, fn, ctx);
}

DB_STMT(Q_PROGRAMME_CERTS_CLEAR) = {
    .name = "programme_certs_clear",
    .sql = "DELETE FROM programme_certifications WHERE org_id = $1 AND programme_id = $2",
};

DbStatus q_programme_certs_clear(Db *db, int64_t org_id, int64_t programme_id)
{
    DbParam in[] = {db_int64(org_id), db_int64(programme_id), DB_END};
    return db_exec(db, &Q_PROGRAMME_CERTS_CLEAR, in, NULL);
}

/* Both ends must belong to org_id: the SELECT adds nothing otherwise. */
DB_STMT(Q_PROGRAMME_CERT_ADD) = {
    .name = "programme_cert_add",
    .sql = "INSERT INTO programme_certifications (org_id, programme_id, certification_id) "
           "SELECT $1, p.id, c.id FROM programmes p JOIN certifications c ON c.org_id = p.org_id "
           "WHERE p.org_id = $1 AND p.id = $2 AND c.id = $3",
};

DbStatus q_programme_cert_add(Db *db, int64_t org_id, int64_t programme_id, int64_t cert_id)
{
    DbParam in[] = {db_int64(org_id), db_int64(programme_id), db_int64(cert_id), DB_END};
    return db_exec(db, &Q_PROGRAMME_CERT_ADD, in, NULL);
}
