/* q/calls/reminder.c — the jury's review reminders (see reminder.h). */
#include "q/calls/reminder.h"

#include "core/i18n.h"

/* kind is 'day' from one day before the deadline, 'three_days' before that */
DbStatus q_review_reminders_due(Db *db, int64_t now, Arena *a, ReviewReminder *row, DbRowFn fn,
                                void *ctx)
{
    DB_SQL(st, "review_reminders_due",
           "SELECT c.org_id, c.id, a.id, a.email, a.name, a.lang, c.title_en, c.title_nl, "
           "c.title_fr, c.review_deadline, "
           "CASE WHEN c.review_deadline - 86400 <= $1 THEN 'day' ELSE 'three_days' END, "
           "COUNT(*) FROM review_assignments ra "
           "JOIN calls c ON c.id = ra.call_id AND c.org_id = ra.org_id "
           "JOIN accounts a ON a.id = ra.account_id "
           "WHERE c.status = 'published' AND c.review_deadline IS NOT NULL "
           "AND c.review_deadline > $1 AND c.review_deadline - 259200 <= $1 AND a.disabled = 0 "
           "AND NOT EXISTS (SELECT 1 FROM reviews rv WHERE rv.org_id = ra.org_id "
           "AND rv.proposal_id = ra.proposal_id AND rv.account_id = ra.account_id "
           "AND rv.submitted_at IS NOT NULL) "
           "AND NOT EXISTS (SELECT 1 FROM review_reminders rr WHERE rr.call_id = c.id "
           "AND rr.account_id = a.id AND rr.kind = CASE WHEN c.review_deadline - 86400 <= $1 "
           "THEN 'day' ELSE 'three_days' END) "
           "GROUP BY c.org_id, c.id, a.id, a.email, a.name, a.lang, c.title_en, c.title_nl, "
           "c.title_fr, c.review_deadline ORDER BY c.id, a.id");
    return db_select_many(
        db, &st, DB_IN(db_int64(now)),
        DB_COLS(db_int64_out(&row->org_id), db_int64_out(&row->call_id),
                db_int64_out(&row->account_id), db_text(a, &row->email), db_text(a, &row->name),
                db_text(a, &row->lang), db_text(a, &row->title[LANG_EN]),
                db_text(a, &row->title[LANG_NL]), db_text(a, &row->title[LANG_FR]),
                db_int64_out(&row->deadline), db_text(a, &row->kind), db_int64_out(&row->missing)),
        fn, ctx);
}

DbStatus q_review_reminder_claim(Db *db, const ReviewReminder *x, int64_t now)
{
    DB_SQL(st, "review_reminder_claim",
           "INSERT INTO review_reminders (org_id, call_id, account_id, kind, sent_at) "
           "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (call_id, account_id, kind) DO NOTHING");
    return db_exec(db, &st,
                   DB_IN(db_int64(x->org_id), db_int64(x->call_id), db_int64(x->account_id),
                         db_str(x->kind), db_int64(now)));
}
