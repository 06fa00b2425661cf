/* duplicate.c — see duplicate.h. The resemblance is the pipeline's (APP_PAGE_COLS in
 * intake.c): both change together. */
#include "q/intake/duplicate.h"

DbStatus q_app_first_like(Db *db, int64_t org_id, int64_t id, int64_t *first_id)
{
    DB_SQL(st, "app_first_like",
           "SELECT MIN(b.id) FROM applications a JOIN applications b ON b.org_id = a.org_id "
           "AND b.id < a.id AND (LOWER(b.email) = LOWER(a.email) OR (a.phone <> '' "
           "AND b.phone = a.phone AND b.birth_date = a.birth_date)) "
           "WHERE a.org_id = $1 AND a.id = $2 HAVING COUNT(*) > 0");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(id)), first_id);
}

DbStatus q_app_note_add(Db *db, int64_t org_id, int64_t application_id, const char *body,
                        int64_t account_id, int64_t now)
{
    DB_SQL(st, "app_note_add",
           "INSERT INTO app_notes (org_id, application_id, body, created_at, created_by) "
           "VALUES ($1, $2, $3, $4, $5)");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(application_id), db_str(body), db_int64(now),
                         account_id ? db_int64(account_id) : db_null()));
}

DbStatus q_app_notes(Db *db, int64_t org_id, int64_t application_id, Arena *a, AppNote *row,
                     DbRowFn fn, void *ctx)
{
    DB_SQL(st, "app_notes",
           "SELECT n.id, n.body, COALESCE(ac.name, ''), n.created_at FROM app_notes n "
           "LEFT JOIN accounts ac ON ac.id = n.created_by "
           "WHERE n.org_id = $1 AND n.application_id = $2 ORDER BY n.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(application_id)),
                          DB_COLS(db_int64_out(&row->id), db_text(a, &row->body),
                                  db_text(a, &row->author), db_int64_out(&row->created_at)),
                          fn, ctx);
}
