/* record.c — a learner's record: its share link, its passed exams (see record.h). */
#include "q/credentials/record.h"

DB_STMT(Q_RECORD_LINK_OFF) = {
    .name = "record_link_off",
    .sql = "UPDATE record_links SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL",
};

DbStatus q_record_link_off(Db *db, int64_t account_id, int64_t now)
{
    DbParam in[] = {db_int64(account_id), db_int64(now), DB_END};
    return db_exec(db, &Q_RECORD_LINK_OFF, in, NULL);
}

DB_STMT(Q_RECORD_LINK_ADD) = {
    .name = "record_link_add",
    .sql = "INSERT INTO record_links (account_id, token_hash, created_at) VALUES ($1, $2, $3)",
};

DbStatus q_record_link_add(Db *db, int64_t account_id, const char *token_hash, int64_t now)
{
    DbParam in[] = {db_int64(account_id), db_str(token_hash), db_int64(now), DB_END};
    return db_exec(db, &Q_RECORD_LINK_ADD, in, NULL);
}

DB_STMT(Q_RECORD_LINK_LIVE) = {
    .name = "record_link_live",
    .sql = "SELECT created_at FROM record_links WHERE account_id = $1 AND revoked_at IS NULL",
};

DbStatus q_record_link_live(Db *db, int64_t account_id, int64_t *created_at)
{
    DbParam in[] = {db_int64(account_id), DB_END};
    DbCol col[] = {db_int64_out(created_at), DB_END};
    return db_select_one(db, &Q_RECORD_LINK_LIVE, in, col);
}

DB_STMT(Q_RECORD_LINK_ACCOUNT) = {
    .name = "record_link_account",
    .sql = "SELECT a.id, a.name FROM record_links l JOIN accounts a ON a.id = l.account_id "
           "WHERE l.token_hash = $1 AND l.revoked_at IS NULL AND a.disabled = 0",
};

DbStatus q_record_link_account(Db *db, const char *token_hash, Arena *a, int64_t *account_id,
                               char **name)
{
    DbParam in[] = {db_str(token_hash), DB_END};
    DbCol col[] = {db_int64_out(account_id), db_text(a, name), DB_END};
    return db_select_one(db, &Q_RECORD_LINK_ACCOUNT, in, col);
}

DB_STMT(Q_RECORD_PASSES) = {
    .name = "record_passes",
    .sql = "SELECT x.id, x.taken_on, c.name, c.vendor, c.exam_code, c.validity_months, o.name "
           "FROM exam_attempts x JOIN people p ON p.org_id = x.org_id AND p.id = x.person_id "
           "JOIN certifications c ON c.org_id = x.org_id AND c.id = x.certification_id "
           "JOIN organisations o ON o.id = x.org_id "
           "WHERE p.account_id = $1 AND x.result = 'passed' ORDER BY x.taken_on DESC, x.id DESC",
};

DbStatus q_record_passes(Db *db, int64_t account_id, Arena *a, RecordPass *row, DbRowFn fn,
                         void *ctx)
{
    DbParam in[] = {db_int64(account_id), DB_END};
    DbCol col[] = {db_int64_out(&row->id),      db_text(a, &row->taken_on),
                   db_text(a, &row->name),      db_text(a, &row->vendor),
                   db_text(a, &row->exam_code), db_int64_out(&row->validity_months),
                   db_text(a, &row->org_name),  DB_END};
    return db_select_many(db, &Q_RECORD_PASSES, in, col, fn, ctx);
}
