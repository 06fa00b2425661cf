/* record.c — a learner's record: its share link, its passed exams (see record.h). */
#include "q/credentials/record.h"

DbStatus q_record_link_off(Db *db, int64_t account_id, int64_t now)
{
    DB_SQL(st, "record_link_off",
           "UPDATE record_links SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL");
    return db_exec(db, &st, DB_IN(db_int64(account_id), db_int64(now)));
}

DbStatus q_record_link_add(Db *db, int64_t account_id, const char *token_hash, int64_t now)
{
    DB_SQL(st, "record_link_add",
           "INSERT INTO record_links (account_id, token_hash, created_at) VALUES ($1, $2, $3)");
    return db_exec(db, &st, DB_IN(db_int64(account_id), db_str(token_hash), db_int64(now)));
}

DbStatus q_record_link_live(Db *db, int64_t account_id, int64_t *created_at)
{
    DB_SQL(st, "record_link_live",
           "SELECT created_at FROM record_links WHERE account_id = $1 AND revoked_at IS NULL");
    return db_select_int64(db, &st, DB_IN(db_int64(account_id)), created_at);
}

DbStatus q_record_link_account(Db *db, const char *token_hash, Arena *a, int64_t *account_id,
                               char **name)
{
    DB_SQL(st, "record_link_account",
           "SELECT a.id, a.name FROM record_links l JOIN accounts a ON a.id = l.account_id "
           "WHERE l.token_hash = $1 AND l.revoked_at IS NULL AND a.disabled = 0");
    return db_select_one(db, &st, DB_IN(db_str(token_hash)),
                         DB_COLS(db_int64_out(account_id), db_text(a, name)));
}

DbStatus q_record_passes(Db *db, int64_t account_id, Arena *a, RecordPass *row, DbRowFn fn,
                         void *ctx)
{
    DB_SQL(st, "record_passes",
           "SELECT x.id, x.taken_on, c.name, c.vendor, c.exam_code, c.validity_months, o.name "
           "FROM exam_attempts x JOIN people p ON p.org_id = x.org_id AND p.id = x.person_id "
           "JOIN certifications c ON c.org_id = x.org_id AND c.id = x.certification_id "
           "JOIN organisations o ON o.id = x.org_id "
           "WHERE p.account_id = $1 AND x.result = 'passed' ORDER BY x.taken_on DESC, x.id DESC");
    return db_select_many(db, &st, DB_IN(db_int64(account_id)),
                          DB_COLS(db_int64_out(&row->id), db_text(a, &row->taken_on),
                                  db_text(a, &row->name), db_text(a, &row->vendor),
                                  db_text(a, &row->exam_code), db_int64_out(&row->validity_months),
                                  db_text(a, &row->org_name)),
                          fn, ctx);
}
