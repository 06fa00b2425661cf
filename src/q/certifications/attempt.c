/* attempt.c — statements on exam attempts, and on the learners of a programme as the
 * certified figure reads them ("learners": anyone ever enrolled in one of its cohorts, as
 * the "Reached" figure of the dashboard counts them). */
#include "q/certifications/attempt.h"

DbStatus q_attempt_add(Db *db, const ExamAttempt *at, int64_t recorded_by, int64_t now, int64_t *id)
{
    DB_SQL(st, "attempt_add",
           "INSERT INTO exam_attempts (org_id, person_id, certification_id, taken_on, result, "
           "score, place, recorded_by, created_at) "
           "SELECT $1, p.id, c.id, $4, $5, $6, $7, $8, $9 FROM people p "
           "JOIN certifications c ON c.org_id = p.org_id "
           "WHERE p.org_id = $1 AND p.id = $2 AND c.id = $3 RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(at->org_id), db_int64(at->person_id),
                                 db_int64(at->certification_id), db_str(at->taken_on),
                                 db_str(vocab_key(&exam_results, at->result)),
                                 at->score < 0 ? db_null() : db_int64(at->score),
                                 db_str(vocab_key(&exam_places, at->place)),
                                 recorded_by ? db_int64(recorded_by) : db_null(), db_int64(now)),
                           id);
}

DbStatus q_attempt_list_person(Db *db, int64_t org_id, int64_t person_id, Arena *a,
                               ExamAttempt *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "attempt_list_person",
           "SELECT a.id, a.person_id, a.certification_id, a.taken_on, a.result, "
           "COALESCE(a.score, -1), a.place, c.name, c.exam_code, a.created_at "
           "FROM exam_attempts a JOIN certifications c ON c.id = a.certification_id "
           "AND c.org_id = a.org_id WHERE a.org_id = $1 AND a.person_id = $2 "
           "ORDER BY a.taken_on DESC, a.id DESC");
    row->org_id = org_id;
    return db_select_many(
        db, &st, DB_IN(db_int64(org_id), db_int64(person_id)),
        DB_COLS(db_int64_out(&row->id), db_int64_out(&row->person_id),
                db_int64_out(&row->certification_id), db_text(a, &row->taken_on),
                db_vocab(&exam_results, (int *)&row->result), db_int64_out(&row->score),
                db_vocab(&exam_places, (int *)&row->place), db_text(a, &row->cert_name),
                db_text(a, &row->exam_code), db_int64_out(&row->created_at)),
        fn, ctx);
}

/* the learners of programme $2: anyone ever enrolled in one of its cohorts */
#define PROGRAMME_PEOPLE                                                                           \
    "SELECT e.person_id FROM enrolments e JOIN cohorts co ON co.id = e.cohort_id "                 \
    "AND co.org_id = e.org_id WHERE e.org_id = $1 AND co.programme_id = $2"

DbStatus q_programme_passes(Db *db, int64_t org_id, int64_t programme_id, Arena *a,
                            ExamAttempt *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "programme_passes",
           "SELECT a.person_id, a.certification_id, a.taken_on, a.result FROM exam_attempts a "
           "WHERE a.org_id = $1 AND a.result = 'passed' AND a.certification_id IN "
           "(SELECT pc.certification_id FROM programme_certifications pc "
           "WHERE pc.org_id = $1 AND pc.programme_id = $2) "
           "AND a.person_id IN (" PROGRAMME_PEOPLE ") ORDER BY a.person_id, a.id");
    row->org_id = org_id;
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(programme_id)),
                          DB_COLS(db_int64_out(&row->person_id),
                                  db_int64_out(&row->certification_id), db_text(a, &row->taken_on),
                                  db_vocab(&exam_results, (int *)&row->result)),
                          fn, ctx);
}

DbStatus q_person_requirements(Db *db, int64_t org_id, int64_t person_id, Arena *a,
                               CertRequirement *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "person_requirements",
           "SELECT p.id, p.title_en, p.title_nl, p.title_fr, c.id, c.name, c.vendor, "
           "c.exam_code, c.validity_months, c.archived FROM programmes p "
           "JOIN programme_certifications pc ON pc.programme_id = p.id AND pc.org_id = p.org_id "
           "JOIN certifications c ON c.id = pc.certification_id AND c.org_id = p.org_id "
           "WHERE p.org_id = $1 AND p.id IN (SELECT co.programme_id FROM enrolments e "
           "JOIN cohorts co ON co.id = e.cohort_id AND co.org_id = e.org_id "
           "WHERE e.org_id = $1 AND e.person_id = $2) "
           "ORDER BY p.id, c.name COLLATE \"und-x-icu\", c.id");
    row->cert.org_id = org_id;
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(person_id)),
                          DB_COLS(db_int64_out(&row->programme_id), db_text(a, &row->title[0]),
                                  db_text(a, &row->title[1]), db_text(a, &row->title[2]),
                                  db_int64_out(&row->cert.id), db_text(a, &row->cert.name),
                                  db_text(a, &row->cert.vendor), db_text(a, &row->cert.exam_code),
                                  db_int64_out(&row->cert.validity_months),
                                  db_int64_out(&row->cert.archived)),
                          fn, ctx);
}

#define LEARNER_PAGE_WHERE                                                                         \
    "SELECT p.id, p.name, COALESCE(p.email, '') FROM people p WHERE p.org_id = $1 "                \
    "AND p.id IN (" PROGRAMME_PEOPLE ") AND ($3 = '' OR lower(p.name) LIKE $3 ESCAPE '\\' "        \
    "OR lower(p.email) LIKE $3 ESCAPE '\\')"
#define LEARNER_NAME "p.name COLLATE \"und-x-icu\""

DB_PAGE_SORT(Q_PROGRAMME_LEARNER, "programme_learner", LEARNER_PAGE_WHERE, LEARNER_NAME, "p.id", 4,
             5, 6);

static const DbPageStmts learner_pages[1] = {
    {&Q_PROGRAMME_LEARNER_FIRST_ASC, &Q_PROGRAMME_LEARNER_AFTER_ASC,
     &Q_PROGRAMME_LEARNER_FIRST_DESC, &Q_PROGRAMME_LEARNER_AFTER_DESC},
};

DbStatus q_programme_learner_page(Db *db, int64_t org_id, int64_t programme_id, const DbPage *p,
                                  Arena *a, CertLearner *row, DbRowFn fn, void *ctx)
{
    return db_page_select(
        db, p, learner_pages, 1, DB_IN(db_int64(org_id), db_int64(programme_id)),
        DB_COLS(db_int64_out(&row->person_id), db_text(a, &row->name), db_text(a, &row->email)), fn,
        ctx);
}

DbStatus q_programme_learner_count(Db *db, int64_t org_id, int64_t programme_id, const char *like,
                                   int64_t *n)
{
    DB_SQL(st, "programme_learner_count", "SELECT COUNT(*) FROM (" LEARNER_PAGE_WHERE ") t");
    return db_select_int64(
        db, &st, DB_IN(db_int64(org_id), db_int64(programme_id), db_str(like ? like : "")), n);
}

DbStatus q_cert_person_by_email(Db *db, int64_t org_id, const char *email, int64_t *id)
{
    DB_SQL(st, "cert_person_by_email",
           "SELECT id FROM people WHERE org_id = $1 AND LOWER(email) = LOWER($2) "
           "ORDER BY id LIMIT 1");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_str(email)), id);
}
