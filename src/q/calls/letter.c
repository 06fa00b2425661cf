/* q/calls/letter.c — the decision letters' statements (see letter.h). */
#include "q/calls/letter.h"

DB_STMT(Q_PROPOSAL_REASON_SET) = {
    .name = "proposal_reason_set",
    .sql = "UPDATE proposals SET decision_reason = $3 WHERE funder_id = $1 AND id = $2",
};

DbStatus q_proposal_reason_set(Db *db, int64_t org_id, int64_t id, const char *reason)
{
    DbParam in[] = {db_int64(org_id), db_int64(id), *reason ? db_str(reason) : db_null(), DB_END};
    return db_exec(db, &Q_PROPOSAL_REASON_SET, in, NULL);
}

/* administrators (1) and staff (2) answer calls */
DB_STMT(Q_LETTER_RECIPIENTS) = {
    .name = "letter_recipients",
    .sql = "SELECT p.org_id, a.email, a.name, a.lang FROM proposals p JOIN accounts a ON "
           "a.disabled = 0 "
           "AND (a.id = p.submitted_by OR EXISTS (SELECT 1 FROM memberships m WHERE "
           "m.org_id = p.org_id AND m.account_id = a.id AND (m.roles & 3) <> 0)) "
           "WHERE p.funder_id = $1 AND p.id = $2 ORDER BY a.id",
};

DbStatus q_letter_recipients(Db *db, int64_t org_id, int64_t id, Arena *a, LetterRecipient *row,
                             DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(id), DB_END};
    DbCol col[] = {db_int64_out(&row->org_id), db_text(a, &row->email), db_text(a, &row->name),
                   db_text(a, &row->lang), DB_END};
    return db_select_many(db, &Q_LETTER_RECIPIENTS, in, col, fn, ctx);
}

DB_STMT(Q_SCREENING_REASON) = {
    .name = "screening_reason",
    .sql = "SELECT COALESCE((SELECT s.reason FROM screenings s WHERE s.org_id = $1 "
           "AND s.proposal_id = $2 AND s.met = 0 AND s.reason IS NOT NULL AND s.reason <> '' "
           "ORDER BY s.item_id LIMIT 1), '')",
};

DbStatus q_screening_reason(Db *db, int64_t org_id, int64_t id, Arena *a, char **reason)
{
    DbParam in[] = {db_int64(org_id), db_int64(id), DB_END};
    DbCol col[] = {db_text(a, reason), DB_END};
    return db_select_one(db, &Q_SCREENING_REASON, in, col);
}
