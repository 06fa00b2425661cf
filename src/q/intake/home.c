/* home.c — the statement behind intake's part of the home page. */
#include "q/intake/home.h"

DbStatus q_intake_waiting(Db *db, int64_t org_id, int64_t account_id, int64_t now, int64_t until,
                          IntakeWaiting *out)
{
    DB_SQL(st, "intake_waiting",
           "SELECT (SELECT COUNT(*) FROM applications WHERE org_id = $1 AND status = 'submitted'), "
           "(SELECT COUNT(*) FROM applications WHERE org_id = $1 AND status = 'waitlisted' "
           "AND offer_expires_at > $3 AND offer_expires_at <= $4), "
           "(SELECT COUNT(*) FROM applications WHERE org_id = $1 AND consent = 'pending' "
           "AND status IN ('accepted', 'waitlisted')), "
           "(SELECT COUNT(*) FROM app_reviews rv JOIN applications a ON a.id = rv.application_id "
           "AND a.org_id = rv.org_id WHERE rv.org_id = $1 AND rv.account_id = $2 "
           "AND rv.submitted_at IS NULL AND a.status = 'submitted')");
    return db_select_one(
        db, &st, DB_IN(db_int64(org_id), db_int64(account_id), db_int64(now), db_int64(until)),
        DB_COLS(db_int64_out(&out->to_decide), db_int64_out(&out->offers_expiring),
                db_int64_out(&out->consents), db_int64_out(&out->my_reviews)));
}
