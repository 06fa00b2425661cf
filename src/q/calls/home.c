/* home.c — statements behind the funder's and jury member's parts of the home page. */
#include "q/calls/home.h"

#include "core/i18n.h"

DbStatus q_calls_in_progress(Db *db, int64_t funder_id, Arena *a, CallProgress *row, DbRowFn fn,
                             void *ctx)
{
    DB_SQL(st, "calls_in_progress",
           "SELECT c.id, c.title_en, c.title_nl, c.title_fr, c.status, c.opens_at, c.closes_at, "
           "(SELECT COUNT(*) FROM proposals p WHERE p.funder_id = c.org_id AND p.call_id = c.id "
           "AND p.status NOT IN ('draft', 'withdrawn')), "
           "(SELECT COUNT(*) FROM proposals p WHERE p.funder_id = c.org_id AND p.call_id = c.id "
           "AND p.status = 'submitted'), "
           "(SELECT COUNT(*) FROM review_assignments ra WHERE ra.org_id = c.org_id "
           "AND ra.call_id = c.id AND NOT EXISTS (SELECT 1 FROM reviews rv WHERE "
           "rv.org_id = ra.org_id AND rv.proposal_id = ra.proposal_id AND "
           "rv.account_id = ra.account_id AND rv.submitted_at IS NOT NULL)), "
           "COALESCE(c.review_deadline, 0) "
           "FROM calls c WHERE c.org_id = $1 AND c.status <> 'decided' ORDER BY c.closes_at, c.id");
    return db_select_many(
        db, &st, DB_IN(db_int64(funder_id)),
        DB_COLS(db_int64_out(&row->id), db_text(a, &row->title[LANG_EN]),
                db_text(a, &row->title[LANG_NL]), db_text(a, &row->title[LANG_FR]),
                db_vocab(&call_status_vocab, (int *)&row->status), db_int64_out(&row->opens_at),
                db_int64_out(&row->closes_at), db_int64_out(&row->submitted),
                db_int64_out(&row->to_screen), db_int64_out(&row->reviews_missing),
                db_int64_out(&row->review_deadline)),
        fn, ctx);
}

DbStatus q_tranches_unpaid(Db *db, int64_t funder_id, int64_t *n, int64_t *cents)
{
    DB_SQL(st, "tranches_unpaid",
           "SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM grant_tranches "
           "WHERE org_id = $1 AND paid_on IS NULL AND amount > 0");
    return db_select_one(db, &st, DB_IN(db_int64(funder_id)),
                         DB_COLS(db_int64_out(n), db_int64_out(cents)));
}

DbStatus q_juror_calls(Db *db, int64_t org_id, int64_t account_id, Arena *a, JurorCall *row,
                       DbRowFn fn, void *ctx)
{
    DB_SQL(st, "juror_calls",
           "SELECT c.id, c.title_en, c.title_nl, c.title_fr, c.closes_at, COUNT(*), "
           "COALESCE(SUM(CASE WHEN rv.submitted_at IS NOT NULL THEN 1 ELSE 0 END), 0), "
           "COALESCE(c.review_deadline, 0) "
           "FROM review_assignments ra JOIN calls c ON c.id = ra.call_id AND c.org_id = ra.org_id "
           "LEFT JOIN reviews rv ON rv.org_id = ra.org_id AND rv.proposal_id = ra.proposal_id "
           "AND rv.account_id = ra.account_id "
           "WHERE ra.org_id = $1 AND ra.account_id = $2 AND c.status <> 'decided' "
           "GROUP BY c.id, c.title_en, c.title_nl, c.title_fr, c.closes_at, c.review_deadline "
           "ORDER BY c.closes_at, c.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(account_id)),
                          DB_COLS(db_int64_out(&row->call_id), db_text(a, &row->title[LANG_EN]),
                                  db_text(a, &row->title[LANG_NL]),
                                  db_text(a, &row->title[LANG_FR]), db_int64_out(&row->closes_at),
                                  db_int64_out(&row->assigned), db_int64_out(&row->done),
                                  db_int64_out(&row->review_deadline)),
                          fn, ctx);
}
