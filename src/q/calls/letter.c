/* q/calls/letter.c — the decision letters' statements (see letter.h). */
#include "q/calls/letter.h"

DbStatus q_proposal_reason_set(Db *db, int64_t org_id, int64_t id, const char *reason)
{
    DB_SQL(st, "proposal_reason_set",
           "UPDATE proposals SET decision_reason = $3 WHERE funder_id = $1 AND id = $2");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(id), *reason ? db_str(reason) : db_null()));
}

/* administrators (1) and staff (2) answer calls */
DbStatus q_letter_recipients(Db *db, int64_t org_id, int64_t id, Arena *a, LetterRecipient *row,
                             DbRowFn fn, void *ctx)
{
    DB_SQL(st, "letter_recipients",
           "SELECT p.org_id, a.email, a.name, a.lang FROM proposals p JOIN accounts a ON "
           "a.disabled = 0 "
           "AND (a.id = p.submitted_by OR EXISTS (SELECT 1 FROM memberships m WHERE "
           "m.org_id = p.org_id AND m.account_id = a.id AND (m.roles & 3) <> 0)) "
           "WHERE p.funder_id = $1 AND p.id = $2 ORDER BY a.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                          DB_COLS(db_int64_out(&row->org_id), db_text(a, &row->email),
                                  db_text(a, &row->name), db_text(a, &row->lang)),
                          fn, ctx);
}

DbStatus q_screening_reason(Db *db, int64_t org_id, int64_t id, Arena *a, char **reason)
{
    DB_SQL(st, "screening_reason",
           "SELECT COALESCE((SELECT s.reason FROM screenings s WHERE s.org_id = $1 "
           "AND s.proposal_id = $2 AND s.met = 0 AND s.reason IS NOT NULL AND s.reason <> '' "
           "ORDER BY s.item_id LIMIT 1), '')");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(db_text(a, reason)));
}
