/* intake.c — statements on application forms and applications. Staff statements take
 * org_id; an applicant's statements take the SHA-256 of their personal link. */
#include "q/intake/intake.h"

#include <string.h>

#include "core/log.h"
#include "q/intake/admission.h"

AppStatus q_app_status(const char *key)
{
    int v = APP_SUBMITTED;
    if (!vocab_parse(&app_status, key, &v))
        log_bug("unknown application status %s", key ? key : "(null)");
    return (AppStatus)v;
}

bool q_app_status_row(void *ctx)
{
    AppStatusRows *s = ctx;
    *s->out = q_app_status(s->key);
    return s->fn(s->ctx);
}

DB_STMT(Q_QUESTIONS) = {
    .name = "app_questions",
    .sql = "SELECT id, kind, label_en, label_nl, label_fr, COALESCE(choices, ''), required, "
           "motivation FROM app_questions WHERE org_id = $1 AND programme_id = $2 "
           "ORDER BY position, id",
};

DbStatus q_questions(Db *db, int64_t org_id, int64_t programme_id, Arena *a, AppQuestion *row,
                     DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(programme_id), DB_END};
    DbCol col[] = {db_int64_out(&row->id),       db_text(a, &row->kind),
                   db_text(a, &row->label[0]),   db_text(a, &row->label[1]),
                   db_text(a, &row->label[2]),   db_text(a, &row->choices),
                   db_int64_out(&row->required), db_int64_out(&row->motivation), DB_END};
    return db_select_many(db, &Q_QUESTIONS, in, col, fn, ctx);
}

DB_STMT(Q_QUESTION_ADD) = {
    .name = "app_question_add",
    .sql = "INSERT INTO app_questions (org_id, programme_id, position, kind, label_en, label_nl, "
           "label_fr, choices, required, motivation) SELECT p.org_id, p.id, "
           "COALESCE((SELECT MAX(q.position) FROM app_questions q WHERE q.programme_id = p.id), 0) "
           "+ 1, $3, $4, $5, $6, $7, $8, $9 FROM programmes p WHERE p.org_id = $1 AND p.id = $2",
};

DbStatus q_question_add(Db *db, int64_t org_id, int64_t programme_id, const AppQuestion *q)
{
    DbParam in[] = {db_int64(org_id),      db_int64(programme_id), db_str(q->kind),
                    db_str(q->label[0]),   db_str(q->label[1]),    db_str(q->label[2]),
                    db_str(q->choices),    db_int64(q->required),  db_int64(q->motivation),
                    DB_END};
    return db_exec(db, &Q_QUESTION_ADD, in, NULL);
}

/* Only a question nobody answered yet. */
DB_STMT(Q_QUESTION_DELETE) = {
    .name = "app_question_delete",
    .sql = "DELETE FROM app_questions WHERE org_id = $1 AND id = $2 AND NOT EXISTS "
           "(SELECT 1 FROM app_answers a WHERE a.question_id = $2) RETURNING programme_id",
};

DbStatus q_question_delete(Db *db, int64_t org_id, int64_t id, int64_t *programme_id)
{
    DbParam in[] = {db_int64(org_id), db_int64(id), DB_END};
    DbCol col[] = {db_int64_out(programme_id), DB_END};
    return db_select_one(db, &Q_QUESTION_DELETE, in, col);
}

DB_STMT(Q_APPLICATION_ADD) = {
    .name = "application_add",
    .sql = "INSERT INTO applications (org_id, programme_id, name, email, phone, birth_date, "
           "municipality, jobseeker, lang, token_hash, created_at, updated_at, guardian_name, "
           "guardian_email, consent, consent_token_hash) SELECT p.org_id, p.id, $3, $4, $5, $6, "
           "$7, $8, $9, $10, $11, $11, $12, $13, $14, $15 FROM programmes p "
           "WHERE p.org_id = $1 AND p.id = $2 AND p.status IN ('open', 'running') RETURNING id",
};

static DbParam text_or_null(const char *s)
{
    return s && *s ? db_str(s) : db_null();
}

DbStatus q_application_add(Db *db, const Application *x, const char *token_hash, int64_t now,
                           int64_t *id)
{
    DbParam in[] = {db_int64(x->org_id),         db_int64(x->programme_id),
                    db_str(x->name),             db_str(x->email),
                    db_str(x->phone),            db_str(x->birth_date),
                    db_str(x->municipality),     db_int64(x->jobseeker),
                    db_str(x->lang),             db_str(token_hash),
                    db_int64(now),               text_or_null(x->guardian_name),
                    text_or_null(x->guardian_email), text_or_null(x->consent),
                    text_or_null(x->consent_hash), DB_END};
    DbCol col[] = {db_int64_out(id), DB_END};
    return db_select_one(db, &Q_APPLICATION_ADD, in, col);
}

/* An answer to a question of the application's own programme. */
DB_STMT(Q_ANSWER_ADD) = {
    .name = "app_answer_add",
    .sql = "INSERT INTO app_answers (org_id, application_id, question_id, value) "
           "SELECT q.org_id, a.id, q.id, $4 FROM app_questions q JOIN applications a "
           "ON a.programme_id = q.programme_id AND a.org_id = q.org_id "
           "WHERE q.org_id = $1 AND a.id = $2 AND q.id = $3",
};

DbStatus q_answer_add(Db *db, int64_t org_id, int64_t application_id, int64_t question_id,
                      const char *value)
{
    DbParam in[] = {db_int64(org_id), db_int64(application_id), db_int64(question_id),
                    db_str(value), DB_END};
    return db_exec(db, &Q_ANSWER_ADD, in, NULL);
}

#define APPLICATION_COLS                                                                      \
    "a.id, a.org_id, a.programme_id, a.status, a.name, a.email, COALESCE(a.phone, ''), "     \
    "a.birth_date, COALESCE(a.municipality, ''), a.jobseeker, a.lang, a.created_at, "         \
    "p.title_en, p.title_nl, p.title_fr, o.name, COALESCE(a.reason, ''), "                    \
    "COALESCE(a.reason_note, ''), COALESCE(a.cohort_id, 0), COALESCE(a.enrolment_id, 0), "    \
    "COALESCE(a.waitlist_rank, 0), COALESCE(a.offer_expires_at, 0), "                          \
    "COALESCE(a.guardian_name, ''), COALESCE(a.guardian_email, ''), COALESCE(a.consent, '') "  \
    "FROM applications a JOIN programmes p ON p.id = a.programme_id "                        \
    "JOIN organisations o ON o.id = a.org_id "

static void application_cols(DbCol *col, Arena *a, Application *out, char **status)
{
    DbCol c[] = {db_int64_out(&out->id),          db_int64_out(&out->org_id),
                 db_int64_out(&out->programme_id), db_text(a, status),
                 db_text(a, &out->name),           db_text(a, &out->email),
                 db_text(a, &out->phone),          db_text(a, &out->birth_date),
                 db_text(a, &out->municipality),   db_int64_out(&out->jobseeker),
                 db_text(a, &out->lang),           db_int64_out(&out->created_at),
                 db_text(a, &out->title[0]),       db_text(a, &out->title[1]),
                 db_text(a, &out->title[2]),       db_text(a, &out->org_name),
                 db_text(a, &out->reason),         db_text(a, &out->reason_note),
                 db_int64_out(&out->cohort_id),    db_int64_out(&out->enrolment_id),
                 db_int64_out(&out->waitlist_rank), db_int64_out(&out->offer_expires_at),
                 db_text(a, &out->guardian_name),  db_text(a, &out->guardian_email),
                 db_text(a, &out->consent),        DB_END};
    memcpy(col, c, sizeof c);
}

#define APPLICATION_NCOLS 26

/* The first personal link or any later one. */
DB_STMT(Q_APPLICATION_BY_TOKEN) = {
    .name = "application_by_token",
    .sql = "SELECT " APPLICATION_COLS "WHERE a.token_hash = $1 OR a.id = "
           "(SELECT l.application_id FROM app_links l WHERE l.token_hash = $1)",
};

DbStatus q_application_by_token(Db *db, const char *token_hash, Arena *a, Application *out)
{
    DbParam in[] = {db_str(token_hash), DB_END};
    DbCol col[APPLICATION_NCOLS];
    char *status = NULL;
    application_cols(col, a, out, &status);
    DbStatus st = db_select_one(db, &Q_APPLICATION_BY_TOKEN, in, col);
    if (st == DB_ONE)
        out->status = q_app_status(status);
    return st;
}

DB_STMT(Q_APPLICATION_GET) = {
    .name = "application_get",
    .sql = "SELECT " APPLICATION_COLS "WHERE a.org_id = $1 AND a.id = $2",
};

DbStatus q_application_get(Db *db, int64_t org_id, int64_t id, Arena *a, Application *out)
{
    DbParam in[] = {db_int64(org_id), db_int64(id), DB_END};
    DbCol col[APPLICATION_NCOLS];
    char *status = NULL;
    application_cols(col, a, out, &status);
    DbStatus st = db_select_one(db, &Q_APPLICATION_GET, in, col);
    if (st == DB_ONE)
        out->status = q_app_status(status);
    return st;
}

DB_STMT(Q_APPLICATION_BY_CONSENT) = {
    .name = "application_by_consent",
    .sql = "SELECT " APPLICATION_COLS "WHERE a.consent_token_hash = $1",
};

DbStatus q_application_by_consent(Db *db, const char *token_hash, Arena *a, Application *out)
{
    DbParam in[] = {db_str(token_hash), DB_END};
    DbCol col[APPLICATION_NCOLS];
    char *status = NULL;
    application_cols(col, a, out, &status);
    DbStatus st = db_select_one(db, &Q_APPLICATION_BY_CONSENT, in, col);
    if (st == DB_ONE)
        out->status = q_app_status(status);
    return st;
}

DB_STMT(Q_APPLICATION_CONTACT) = {
    .name = "application_contact",
    .sql = "UPDATE applications SET email = $2, phone = $3, municipality = $4, updated_at = $5 "
           "WHERE token_hash = $1 AND status <> 'withdrawn'",
};

DbStatus q_application_contact(Db *db, const char *token_hash, const char *email,
                               const char *phone, const char *municipality, int64_t now)
{
    DbParam in[] = {db_str(token_hash), db_str(email), db_str(phone), db_str(municipality),
                    db_int64(now), DB_END};
    return db_exec(db, &Q_APPLICATION_CONTACT, in, NULL);
}

/* --- the staff's pipeline --- */

DB_STMT(Q_PIPELINE_COUNTS) = {
    .name = "pipeline_counts",
    .sql = "SELECT a.programme_id, p.title_en, p.title_nl, p.title_fr, a.status, COUNT(*) "
           "FROM applications a JOIN programmes p ON p.id = a.programme_id AND p.org_id = a.org_id "
           "WHERE a.org_id = $1 GROUP BY a.programme_id, p.title_en, p.title_nl, p.title_fr, "
           "a.status ORDER BY a.programme_id, a.status",
};

DbStatus q_pipeline_counts(Db *db, int64_t org_id, Arena *a, PipelineRow *row, DbRowFn fn,
                           void *ctx)
{
    DbParam in[] = {db_int64(org_id), DB_END};
    AppStatusRows s = {fn, ctx, NULL, &row->status};
    DbCol col[] = {db_int64_out(&row->programme_id), db_text(a, &row->title[0]),
                   db_text(a, &row->title[1]),        db_text(a, &row->title[2]),
                   db_text(a, &s.key),                db_int64_out(&row->count), DB_END};
    return db_select_many(db, &Q_PIPELINE_COUNTS, in, col, q_app_status_row, &s);
}

/* Applications of the organisation, filtered by programme (0: all) and status ("": all),
 * newest first, each flagged when the same person seems to have applied before or after
 * (same e-mail address, or same phone and date of birth). */
DB_STMT(Q_APPLICATIONS) = {
    .name = "applications_list",
    .sql = "SELECT a.id, a.programme_id, p.title_en, p.title_nl, p.title_fr, a.status, a.name, "
           "a.created_at, CASE WHEN EXISTS (SELECT 1 FROM applications b WHERE b.org_id = a.org_id "
           " AND b.id <> a.id AND (LOWER(b.email) = LOWER(a.email) OR (b.phone IS NOT NULL "
           " AND b.phone <> '' AND b.phone = a.phone AND b.birth_date = a.birth_date))) "
           "THEN 1 ELSE 0 END "
           "FROM applications a JOIN programmes p ON p.id = a.programme_id AND p.org_id = a.org_id "
           "WHERE a.org_id = $1 AND (CAST($2 AS BIGINT) = 0 OR a.programme_id = $2) "
           "AND (CAST($3 AS TEXT) = '' OR a.status = $3) ORDER BY a.created_at DESC, a.id DESC "
           "LIMIT 500",
};

DbStatus q_applications(Db *db, int64_t org_id, int64_t programme_id, int status, Arena *a,
                        AppListRow *row, DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(programme_id),
                    db_str(status < 0 ? "" : vocab_key(&app_status, status)), DB_END};
    AppStatusRows s = {fn, ctx, NULL, &row->status};
    DbCol col[] = {db_int64_out(&row->id),        db_int64_out(&row->programme_id),
                   db_text(a, &row->title[0]),    db_text(a, &row->title[1]),
                   db_text(a, &row->title[2]),    db_text(a, &s.key),
                   db_text(a, &row->name),        db_int64_out(&row->created_at),
                   db_int64_out(&row->duplicate), DB_END};
    return db_select_many(db, &Q_APPLICATIONS, in, col, q_app_status_row, &s);
}

/* --- the form's settings --- */

DB_STMT(Q_APP_FORM) = {
    .name = "app_form",
    .sql = "SELECT COALESCE(f.opens_at, 0), COALESCE(f.closes_at, 0), COALESCE(f.reviews_needed, 2), "
           "COALESCE(f.consent_age, 13), COALESCE(f.scale_max, 5), COALESCE(f.offer_days, 7) "
           "FROM programmes p LEFT JOIN app_forms f "
           "ON f.programme_id = p.id AND f.org_id = p.org_id WHERE p.org_id = $1 AND p.id = $2",
};

DbStatus q_app_form(Db *db, int64_t org_id, int64_t programme_id, AppForm *out)
{
    DbParam in[] = {db_int64(org_id), db_int64(programme_id), DB_END};
    DbCol col[] = {db_int64_out(&out->opens_at), db_int64_out(&out->closes_at),
                   db_int64_out(&out->reviews_needed), db_int64_out(&out->consent_age),
                   db_int64_out(&out->scale_max), db_int64_out(&out->offer_days), DB_END};
    return db_select_one(db, &Q_APP_FORM, in, col);
}

DB_STMT(Q_APP_FORM_SET) = {
    .name = "app_form_set",
    .sql = "INSERT INTO app_forms (org_id, programme_id, opens_at, closes_at, reviews_needed, "
           "consent_age, scale_max, offer_days) SELECT p.org_id, p.id, $3, $4, $5, $6, $7, $8 "
           "FROM programmes p WHERE p.org_id = $1 AND p.id = $2 ON CONFLICT (programme_id) DO "
           "UPDATE SET opens_at = excluded.opens_at, closes_at = excluded.closes_at, "
           "reviews_needed = excluded.reviews_needed, consent_age = excluded.consent_age, "
           "scale_max = excluded.scale_max, offer_days = excluded.offer_days",
};

DbStatus q_app_form_set(Db *db, int64_t org_id, int64_t programme_id, const AppForm *f)
{
    DbParam in[] = {db_int64(org_id), db_int64(programme_id),
                    f->opens_at ? db_int64(f->opens_at) : db_null(),
                    f->closes_at ? db_int64(f->closes_at) : db_null(),
                    db_int64(f->reviews_needed), db_int64(f->consent_age),
                    db_int64(f->scale_max ? f->scale_max : 5),
                    db_int64(f->offer_days ? f->offer_days : 7), DB_END};
    return db_exec(db, &Q_APP_FORM_SET, in, NULL);
}
