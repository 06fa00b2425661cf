/* enrolment.c — statements on people (learners) and enrolments. Every statement takes
 * org_id. The seat count of a cohort changes only through q_cohort_take_seat and
 * q_cohort_free_seat, inside the transaction that changes the enrolment. */
#include "q/training/enrolment.h"

#include <string.h>

#include "model/training.h"

DbStatus q_person_add(Db *db, const Person *p, int64_t now, int64_t *id)
{
    DB_SQL(st, "person_add",
           "INSERT INTO people (org_id, name, email, phone, birth_date, municipality, jobseeker, "
           "created_at, gender, lang) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
           "RETURNING id");
    return db_select_int64(
        db, &st,
        DB_IN(db_int64(p->org_id), db_str(p->name), db_str(p->email), db_str(p->phone),
              db_str(p->birth_date), db_str(p->municipality), db_int64(p->jobseeker), db_int64(now),
              p->gender ? db_str(vocab_key(&genders, p->gender)) : db_null(), db_str(p->lang)),
        id);
}

DbStatus q_person_fill(Db *db, int64_t id, const Application *x)
{
    DB_SQL(st, "person_fill",
           "UPDATE people SET phone = COALESCE(NULLIF(phone, ''), $3), "
           "birth_date = COALESCE(NULLIF(birth_date, ''), $4), "
           "municipality = COALESCE(NULLIF(municipality, ''), $5), "
           "jobseeker = CASE WHEN $6 = 1 THEN 1 ELSE jobseeker END, "
           "gender = COALESCE(gender, $7), lang = COALESCE(lang, $8) "
           "WHERE org_id = $1 AND id = $2");
    return db_exec(db, &st,
                   DB_IN(db_int64(x->org_id), db_int64(id), db_str(x->phone), db_str(x->birth_date),
                         db_str(x->municipality), db_int64(x->jobseeker),
                         x->gender ? db_str(vocab_key(&genders, x->gender)) : db_null(),
                         db_str(x->lang)));
}

DbStatus q_person_get(Db *db, int64_t org_id, int64_t id, Arena *a, Person *out)
{
    DB_SQL(st, "person_get",
           "SELECT id, name, email, phone, birth_date, municipality, jobseeker, "
           "COALESCE(account_id, 0) FROM people WHERE org_id = $1 AND id = $2");
    out->org_id = org_id;
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(db_int64_out(&out->id), db_text(a, &out->name),
                                 db_text(a, &out->email), db_text(a, &out->phone),
                                 db_text(a, &out->birth_date), db_text(a, &out->municipality),
                                 db_int64_out(&out->jobseeker), db_int64_out(&out->account_id)));
}

/* Someone of the organisation with this e-mail address (the first recorded), and
 * whether they already have an enrolment (of any status) in the cohort. */
DbStatus q_person_by_email(Db *db, int64_t org_id, const char *email, int64_t cohort_id,
                           int64_t *id, int64_t *in_cohort)
{
    DB_SQL(st, "person_by_email",
           "SELECT p.id, CASE WHEN EXISTS (SELECT 1 FROM enrolments e WHERE e.org_id = $1 "
           "AND e.person_id = p.id AND e.cohort_id = $3) THEN 1 ELSE 0 END FROM people p "
           "WHERE p.org_id = $1 AND LOWER(p.email) = LOWER($2) ORDER BY p.id LIMIT 1");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_str(email), db_int64(cohort_id)),
                         DB_COLS(db_int64_out(id), db_int64_out(in_cohort)));
}

/* The people of the organisation who are not (or no longer) enrolled in the cohort, whose
 * name or e-mail address matches the search ($3: a LIKE pattern, '' for all), a page at a
 * time by name (keyset, db/page.h). */
#define CANDIDATES_WHERE                                                                           \
    "SELECT p.id, p.name FROM people p WHERE p.org_id = $1 AND NOT EXISTS ("                       \
    "SELECT 1 FROM enrolments e WHERE e.cohort_id = $2 AND e.person_id = p.id) "                   \
    "AND ($3 = '' OR lower(p.name) LIKE $3 ESCAPE '\\' "                                           \
    "OR lower(COALESCE(p.email, '')) LIKE $3 ESCAPE '\\')"

DB_PAGE_SORT(Q_CANDIDATES, "person_candidates", CANDIDATES_WHERE, "p.name COLLATE \"und-x-icu\"",
             "p.id", 4, 5, 6);

static const DbPageStmts candidate_pages[1] = {
    DB_PAGE_STMTS(Q_CANDIDATES),
};

DbStatus q_person_candidates(Db *db, int64_t org_id, int64_t cohort_id, const DbPage *p, Arena *a,
                             PersonName *row, DbRowFn fn, void *ctx)
{
    return db_page_select(db, p, candidate_pages, 1, DB_IN(db_int64(org_id), db_int64(cohort_id)),
                          DB_COLS(db_int64_out(&row->id), db_text(a, &row->name)), fn, ctx);
}

DbStatus q_person_candidates_count(Db *db, int64_t org_id, int64_t cohort_id, const char *like,
                                   int64_t *n)
{
    DB_SQL(st, "person_candidates_count", "SELECT COUNT(*) FROM (" CANDIDATES_WHERE ") t");
    return db_select_int64(
        db, &st, DB_IN(db_int64(org_id), db_int64(cohort_id), db_str(like ? like : "")), n);
}

/* A seat is free when neither enrolled nor held by an open waiting-list offer (seats_free in
 * domain/seats.h: the two change together). An applicant taking up an offer closes it
 * first, so the offer does not hold its own seat. */
DbStatus q_cohort_take_seat(Db *db, int64_t org_id, int64_t cohort_id, int64_t now)
{
    DB_SQL(st, "cohort_take_seat",
           "UPDATE cohorts SET enrolled = enrolled + 1 WHERE org_id = $1 AND id = $2 "
           "AND enrolled + (SELECT COUNT(*) FROM applications a WHERE a.org_id = $1 "
           "AND a.cohort_id = $2 AND a.status = 'waitlisted' AND a.offer_expires_at > $3) "
           "< capacity");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(cohort_id), db_int64(now)));
}

DbStatus q_cohort_free_seat(Db *db, int64_t org_id, int64_t cohort_id)
{
    DB_SQL(st, "cohort_free_seat",
           "UPDATE cohorts SET enrolled = enrolled - 1 WHERE org_id = $1 AND id = $2 "
           "AND enrolled > 0");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(cohort_id)));
}

DbStatus q_cohort_seats(Db *db, int64_t org_id, int64_t cohort_id, int64_t *enrolled)
{
    DB_SQL(st, "cohort_seats", "SELECT enrolled FROM cohorts WHERE org_id = $1 AND id = $2");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(cohort_id)), enrolled);
}

DbStatus q_enrolment_add(Db *db, int64_t org_id, int64_t cohort_id, int64_t person_id, int64_t now)
{
    DB_SQL(st, "enrolment_add",
           "INSERT INTO enrolments (org_id, cohort_id, person_id, status, enrolled_at) "
           "VALUES ($1, $2, $3, 'enrolled', $4)");
    return db_exec(
        db, &st, DB_IN(db_int64(org_id), db_int64(cohort_id), db_int64(person_id), db_int64(now)));
}

DbStatus q_enrolment_end(Db *db, int64_t org_id, int64_t id, EnrolmentStatus status,
                         const char *ended_on, const char *reason, int64_t *cohort_id)
{
    DB_SQL(st, "enrolment_end",
           "UPDATE enrolments SET status = $3, ended_on = $4, end_reason = $5 "
           "WHERE org_id = $1 AND id = $2 AND status = 'enrolled' RETURNING cohort_id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(org_id), db_int64(id),
                                 db_str(vocab_key(&enrolment_ends, status)), db_str(ended_on),
                                 db_str(reason)),
                           cohort_id);
}

DbStatus q_enrolment_list(Db *db, int64_t org_id, int64_t cohort_id, Arena *a, Enrolment *row,
                          DbRowFn fn, void *ctx)
{
    DB_SQL(st, "enrolment_list",
           "SELECT e.id, p.id, p.name, p.birth_date, e.status, COALESCE(e.ended_on, ''), "
           "COALESCE(e.end_reason, ''), COALESCE(p.email, ''), "
           "CASE WHEN p.account_id IS NULL THEN 0 ELSE 1 END, e.waiting_consent "
           "FROM enrolments e JOIN people p ON p.id = e.person_id "
           "WHERE e.org_id = $1 AND e.cohort_id = $2 "
           "ORDER BY CASE e.status WHEN 'enrolled' THEN 0 ELSE 1 END, p.name COLLATE "
           "\"und-x-icu\", e.id");
    return db_select_many(
        db, &st, DB_IN(db_int64(org_id), db_int64(cohort_id)),
        DB_COLS(db_int64_out(&row->id), db_int64_out(&row->person_id), db_text(a, &row->name),
                db_text(a, &row->birth_date), db_vocab(&enrolment_statuses, (int *)&row->status),
                db_text(a, &row->ended_on), db_text(a, &row->end_reason), db_text(a, &row->email),
                db_int64_out(&row->has_account), db_int64_out(&row->waiting_consent)),
        fn, ctx);
}
