/* credential.c — issued credentials: adding, reading (by staff, by the learner, by anyone
 * who has the public uid), revoking, and the places of the status list that are set. */
#include "q/credentials/credential.h"

DB_STMT(Q_CREDENTIAL_NEXT_INDEX) = {
    .name = "credential_next_index",
    .sql = "SELECT COALESCE(MAX(status_index) + 1, 0) FROM credentials WHERE org_id = $1",
};

DbStatus q_credential_next_index(Db *db, int64_t org_id, int64_t *index)
{
    DbParam in[] = {db_int64(org_id), DB_END};
    DbCol col[] = {db_int64_out(index), DB_END};
    return db_select_one(db, &Q_CREDENTIAL_NEXT_INDEX, in, col);
}

DB_STMT(Q_CREDENTIAL_ADD) = {
    .name = "credential_add",
    .sql = "INSERT INTO credentials (org_id, uid, achievement_id, person_id, enrolment_id, via, "
           "status_index, kid, jwt, issued_by, issued_at, valid_until) "
           "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
};

DbStatus q_credential_add(Db *db, int64_t org_id, Credential *in, int64_t by)
{
    DbParam p[] = {db_int64(org_id),
                   db_str(in->uid),
                   db_int64(in->achievement_id),
                   db_int64(in->person_id),
                   in->enrolment_id ? db_int64(in->enrolment_id) : db_null(),
                   db_str(vocab_key(&credential_vias, in->via)),
                   db_int64(in->status_index),
                   db_str(in->kid),
                   db_str(in->jwt),
                   by ? db_int64(by) : db_null(),
                   db_int64(in->issued_at),
                   in->valid_until ? db_int64(in->valid_until) : db_null(),
                   DB_END};
    DbCol col[] = {db_int64_out(&in->id), DB_END};
    return db_select_one(db, &Q_CREDENTIAL_ADD, p, col);
}

#define CRED_COLS                                                                                  \
    "c.id, c.org_id, c.uid, c.achievement_id, c.person_id, COALESCE(c.enrolment_id, 0), c.via, "   \
    "c.status_index, c.kid, c.jwt, c.issued_at, COALESCE(c.valid_until, 0), "                      \
    "COALESCE(c.revoked_at, 0), COALESCE(c.revoked_reason, ''), a.name, p.name, o.name, "          \
    "a.name_en, a.name_nl, a.name_fr "
#define CRED_FROM                                                                                  \
    "FROM credentials c JOIN achievements a ON a.org_id = c.org_id AND a.id = c.achievement_id "   \
    "JOIN people p ON p.org_id = c.org_id AND p.id = c.person_id "                                 \
    "JOIN organisations o ON o.id = c.org_id "

static void cred_cols(DbCol *c, Arena *a, Credential *x)
{
    DbCol cols[] = {db_int64_out(&x->id),
                    db_int64_out(&x->org_id),
                    db_text(a, &x->uid),
                    db_int64_out(&x->achievement_id),
                    db_int64_out(&x->person_id),
                    db_int64_out(&x->enrolment_id),
                    db_vocab(&credential_vias, (int *)&x->via),
                    db_int64_out(&x->status_index),
                    db_text(a, &x->kid),
                    db_text(a, &x->jwt),
                    db_int64_out(&x->issued_at),
                    db_int64_out(&x->valid_until),
                    db_int64_out(&x->revoked_at),
                    db_text(a, &x->revoked_reason),
                    db_text(a, &x->achievement),
                    db_text(a, &x->person),
                    db_text(a, &x->org_name),
                    db_text(a, &x->achievement_tr[LANG_EN]),
                    db_text(a, &x->achievement_tr[LANG_NL]),
                    db_text(a, &x->achievement_tr[LANG_FR]),
                    DB_END};
    for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
        c[i] = cols[i];
}
#define CRED_NCOLS 21

DB_STMT(Q_CREDENTIAL_GET) = {
    .name = "credential_get",
    .sql = "SELECT " CRED_COLS CRED_FROM "WHERE c.org_id = $1 AND c.id = $2",
};

DbStatus q_credential_get(Db *db, int64_t org_id, int64_t id, Arena *a, Credential *out)
{
    DbParam in[] = {db_int64(org_id), db_int64(id), DB_END};
    DbCol col[CRED_NCOLS];
    cred_cols(col, a, out);
    return db_select_one(db, &Q_CREDENTIAL_GET, in, col);
}

DB_STMT(Q_CREDENTIAL_BY_INDEX) = {
    .name = "credential_by_index",
    .sql = "SELECT " CRED_COLS CRED_FROM "WHERE c.org_id = $1 AND c.status_index = $2",
};

DbStatus q_credential_by_index(Db *db, int64_t org_id, int64_t index, Arena *a, Credential *out)
{
    DbParam in[] = {db_int64(org_id), db_int64(index), DB_END};
    DbCol col[CRED_NCOLS];
    cred_cols(col, a, out);
    return db_select_one(db, &Q_CREDENTIAL_BY_INDEX, in, col);
}

DB_STMT(Q_CREDENTIAL_BY_UID) = {
    .name = "credential_by_uid",
    .sql = "SELECT " CRED_COLS CRED_FROM "WHERE c.uid = $1",
};

DbStatus q_credential_by_uid(Db *db, const char *uid, Arena *a, Credential *out)
{
    DbParam in[] = {db_str(uid), DB_END};
    DbCol col[CRED_NCOLS];
    cred_cols(col, a, out);
    return db_select_one(db, &Q_CREDENTIAL_BY_UID, in, col);
}

/* the organisation's credentials, searched by learner or achievement ($2, a LIKE pattern) */
#define CRED_PAGE_WHERE                                                                            \
    "SELECT " CRED_COLS CRED_FROM "WHERE c.org_id = $1 AND ($2 = '' OR lower(p.name) LIKE $2 "     \
    "ESCAPE '\\' OR lower(a.name) LIKE $2 ESCAPE '\\')"
#define CRED_BY_LEARNER "p.name COLLATE \"und-x-icu\""

DB_PAGE_SORT(Q_CRED_BY_ISSUED, "cred_page_issued", CRED_PAGE_WHERE, "c.issued_at", "c.id", 3, 4, 5);
DB_PAGE_SORT(Q_CRED_BY_LEARNER, "cred_page_learner", CRED_PAGE_WHERE, CRED_BY_LEARNER, "c.id", 3, 4,
             5);

static const DbPageStmts cred_pages[CREDENTIAL_SORTS] = {
    [CREDENTIAL_BY_ISSUED] = DB_PAGE_STMTS(Q_CRED_BY_ISSUED),
    [CREDENTIAL_BY_LEARNER] = DB_PAGE_STMTS(Q_CRED_BY_LEARNER),
};

DbStatus q_credentials_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, Credential *row,
                            DbRowFn fn, void *ctx)
{
    DbParam in[6] = {db_int64(org_id)};
    const DbStmt *st = db_page_bind(p, cred_pages, CREDENTIAL_SORTS, in, 1);
    DbCol col[CRED_NCOLS];
    cred_cols(col, a, row);
    return db_select_many(db, st, in, col, fn, ctx);
}

DB_STMT(Q_CREDENTIALS_COUNT) = {
    .name = "credentials_count",
    .sql = "SELECT COUNT(*) FROM (" CRED_PAGE_WHERE ") t",
};

DbStatus q_credentials_count(Db *db, int64_t org_id, const char *like, int64_t *n)
{
    DbParam in[] = {db_int64(org_id), db_str(like ? like : ""), DB_END};
    DbCol col[] = {db_int64_out(n), DB_END};
    return db_select_one(db, &Q_CREDENTIALS_COUNT, in, col);
}

DB_STMT(Q_CREDENTIAL_REVOKE) = {
    .name = "credential_revoke",
    .sql = "UPDATE credentials SET revoked_at = $5, revoked_by = $3, revoked_reason = $4 "
           "WHERE org_id = $1 AND id = $2 AND revoked_at IS NULL",
};

DbStatus q_credential_revoke(Db *db, int64_t org_id, int64_t id, int64_t by, const char *reason,
                             int64_t now)
{
    DbParam in[] = {db_int64(org_id), db_int64(id),  by ? db_int64(by) : db_null(),
                    db_str(reason),   db_int64(now), DB_END};
    return db_exec(db, &Q_CREDENTIAL_REVOKE, in, NULL);
}

DB_STMT(Q_CREDENTIALS_REVOKED) = {
    .name = "credentials_revoked",
    .sql = "SELECT status_index FROM credentials WHERE org_id = $1 AND revoked_at IS NOT NULL",
};

DbStatus q_credentials_revoked(Db *db, int64_t org_id, int64_t *index, DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), DB_END};
    DbCol col[] = {db_int64_out(index), DB_END};
    return db_select_many(db, &Q_CREDENTIALS_REVOKED, in, col, fn, ctx);
}

DB_STMT(Q_LEARNER_CREDENTIALS) = {
    .name = "learner_credentials",
    .sql = "SELECT " CRED_COLS CRED_FROM "WHERE p.account_id = $1 "
           "ORDER BY c.issued_at DESC, c.id DESC",
};

DbStatus q_learner_credentials(Db *db, int64_t account_id, Arena *a, Credential *row, DbRowFn fn,
                               void *ctx)
{
    DbParam in[] = {db_int64(account_id), DB_END};
    DbCol col[CRED_NCOLS];
    cred_cols(col, a, row);
    return db_select_many(db, &Q_LEARNER_CREDENTIALS, in, col, fn, ctx);
}

DB_STMT(Q_LEARNER_CREDENTIAL) = {
    .name = "learner_credential",
    .sql = "SELECT " CRED_COLS CRED_FROM "WHERE p.account_id = $1 AND c.id = $2",
};

DbStatus q_learner_credential(Db *db, int64_t account_id, int64_t id, Arena *a, Credential *out)
{
    DbParam in[] = {db_int64(account_id), db_int64(id), DB_END};
    DbCol col[CRED_NCOLS];
    cred_cols(col, a, out);
    return db_select_one(db, &Q_LEARNER_CREDENTIAL, in, col);
}

DB_STMT(Q_CREDENTIAL_LEARNER) = {
    .name = "credential_learner",
    .sql = "SELECT p.name FROM people p WHERE p.org_id = $1 AND p.id = $2 AND EXISTS "
           "(SELECT 1 FROM enrolments e WHERE e.org_id = p.org_id AND e.person_id = p.id)",
};

DbStatus q_credential_learner(Db *db, int64_t org_id, int64_t person_id, Arena *a, char **name)
{
    DbParam in[] = {db_int64(org_id), db_int64(person_id), DB_END};
    DbCol col[] = {db_text(a, name), DB_END};
    return db_select_one(db, &Q_CREDENTIAL_LEARNER, in, col);
}

DB_STMT(Q_CREDENTIAL_LEARNERS) = {
    .name = "credential_learners",
    .sql = "SELECT p.id, p.name FROM people p WHERE p.org_id = $1 AND EXISTS "
           "(SELECT 1 FROM enrolments e WHERE e.org_id = p.org_id AND e.person_id = p.id) "
           "ORDER BY p.name COLLATE \"und-x-icu\", p.id",
};

DbStatus q_credential_learners(Db *db, int64_t org_id, Arena *a, int64_t *id, char **name,
                               DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), DB_END};
    DbCol col[] = {db_int64_out(id), db_text(a, name), DB_END};
    return db_select_many(db, &Q_CREDENTIAL_LEARNERS, in, col, fn, ctx);
}

DB_STMT(Q_CREDENTIAL_ENROLMENT) = {
    .name = "credential_enrolment",
    .sql = "SELECT e.person_id, c.programme_id FROM enrolments e JOIN cohorts c ON "
           "c.org_id = e.org_id AND c.id = e.cohort_id WHERE e.org_id = $1 AND e.id = $2",
};

DbStatus q_credential_enrolment(Db *db, int64_t org_id, int64_t enrolment_id, int64_t *person_id,
                                int64_t *programme_id)
{
    DbParam in[] = {db_int64(org_id), db_int64(enrolment_id), DB_END};
    DbCol col[] = {db_int64_out(person_id), db_int64_out(programme_id), DB_END};
    return db_select_one(db, &Q_CREDENTIAL_ENROLMENT, in, col);
}

DB_STMT(Q_CREDENTIAL_LEARNER_ACCOUNT) = {
    .name = "credential_learner_account",
    .sql = "SELECT a.email, a.lang FROM people p JOIN accounts a ON a.id = p.account_id "
           "WHERE p.org_id = $1 AND p.id = $2 AND a.disabled = 0",
};

DbStatus q_credential_learner_account(Db *db, int64_t org_id, int64_t person_id, Arena *a,
                                      char **email, char **lang)
{
    DbParam in[] = {db_int64(org_id), db_int64(person_id), DB_END};
    DbCol col[] = {db_text(a, email), db_text(a, lang), DB_END};
    return db_select_one(db, &Q_CREDENTIAL_LEARNER_ACCOUNT, in, col);
}
