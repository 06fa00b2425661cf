/* intake.c — statements on application forms and applications. Staff statements take
 * org_id; an applicant's statements take the SHA-256 of their personal link. */
#include "q/intake/intake.h"

#include <stdint.h>
#include <string.h>

#include "core/log.h"
#include "db/page.h"
#include "q/intake/admission.h"

DbStatus q_questions(Db *db, int64_t org_id, int64_t programme_id, Arena *a, AppQuestion *row,
                     DbRowFn fn, void *ctx)
{
    DB_SQL(st, "app_questions",
           "SELECT id, kind, label_en, label_nl, label_fr, COALESCE(choices, ''), required, "
           "motivation FROM app_questions WHERE org_id = $1 AND programme_id = $2 "
           "ORDER BY position, id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(programme_id)),
                          DB_COLS(db_int64_out(&row->id),
                                  db_vocab(&question_kind, (int *)&row->kind),
                                  db_text(a, &row->label[0]), db_text(a, &row->label[1]),
                                  db_text(a, &row->label[2]), db_text(a, &row->choices),
                                  db_int64_out(&row->required), db_int64_out(&row->motivation)),
                          fn, ctx);
}

DbStatus q_question_add(Db *db, int64_t org_id, int64_t programme_id, const AppQuestion *q)
{
    DB_SQL(st, "app_question_add",
           "INSERT INTO app_questions (org_id, programme_id, position, kind, label_en, label_nl, "
           "label_fr, choices, required, motivation) SELECT p.org_id, p.id, "
           "COALESCE((SELECT MAX(q.position) FROM app_questions q WHERE q.programme_id = p.id), 0) "
           "+ 1, $3, $4, $5, $6, $7, $8, $9 FROM programmes p WHERE p.org_id = $1 AND p.id = $2");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(programme_id),
                         db_str(vocab_key(&question_kind, q->kind)), db_str(q->label[0]),
                         db_str(q->label[1]), db_str(q->label[2]), db_str(q->choices),
                         db_int64(q->required), db_int64(q->motivation)));
}

/* Only a question nobody answered yet. */
DbStatus q_question_delete(Db *db, int64_t org_id, int64_t id, int64_t *programme_id)
{
    DB_SQL(st, "app_question_delete",
           "DELETE FROM app_questions WHERE org_id = $1 AND id = $2 AND NOT EXISTS "
           "(SELECT 1 FROM app_answers a WHERE a.question_id = $2) RETURNING programme_id");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(id)), programme_id);
}

/* Lower-case for a search: ASCII letters and the accented capitals of Latin-1 (À to Þ,
 * "É" → "é"); other bytes as they are. */
static char *fold(Arena *a, const char *s)
{
    char *o = arena_strdup(a, s ? s : "");
    for (unsigned char *p = (unsigned char *)o; *p; p++) {
        if (*p >= 'A' && *p <= 'Z')
            *p = (unsigned char)(*p - 'A' + 'a');
        else if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97)
            *++p += 0x20;
    }
    return o;
}

const char *q_app_search_text(Arena *a, const char *name, const char *email)
{
    return fold(a, arena_printf(a, "%s %s", name ? name : "", email ? email : ""));
}

static DbParam text_or_null(const char *s)
{
    return s && *s ? db_str(s) : db_null();
}

DbStatus q_application_add(Db *db, const Application *x, const char *token_hash, int64_t now,
                           int64_t *id)
{
    DB_SQL(st, "application_add",
           "INSERT INTO applications (org_id, programme_id, name, email, phone, birth_date, "
           "municipality, jobseeker, lang, token_hash, created_at, updated_at, guardian_name, "
           "guardian_email, consent, consent_token_hash, search_text, gender) SELECT p.org_id, "
           "p.id, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12, $13, $14, $15, $16, $17 "
           "FROM programmes p "
           "WHERE p.org_id = $1 AND p.id = $2 AND p.status IN ('open', 'running') RETURNING id");
    Arena scratch;
    arena_init(&scratch);
    DbStatus s = db_select_int64(
        db, &st,
        DB_IN(db_int64(x->org_id), db_int64(x->programme_id), db_str(x->name), db_str(x->email),
              db_str(x->phone), db_str(x->birth_date), db_str(x->municipality),
              db_int64(x->jobseeker), db_str(x->lang), db_str(token_hash), db_int64(now),
              text_or_null(x->guardian_name), text_or_null(x->guardian_email),
              x->consent == CONSENT_NONE ? db_null()
                                         : db_str(vocab_key(&consent_vocab, x->consent)),
              text_or_null(x->consent_hash), db_str(q_app_search_text(&scratch, x->name, x->email)),
              x->gender ? db_str(vocab_key(&genders, x->gender)) : db_null()),
        id);
    arena_free(&scratch);
    return s;
}

/* An answer to a question of the application's own programme. */
DbStatus q_answer_add(Db *db, int64_t org_id, int64_t application_id, int64_t question_id,
                      const char *value)
{
    DB_SQL(st, "app_answer_add",
           "INSERT INTO app_answers (org_id, application_id, question_id, value) "
           "SELECT q.org_id, a.id, q.id, $4 FROM app_questions q JOIN applications a "
           "ON a.programme_id = q.programme_id AND a.org_id = q.org_id "
           "WHERE q.org_id = $1 AND a.id = $2 AND q.id = $3");
    return db_exec(
        db, &st,
        DB_IN(db_int64(org_id), db_int64(application_id), db_int64(question_id), db_str(value)));
}

#define APPLICATION_COLS                                                                           \
    "a.id, a.org_id, a.programme_id, a.status, a.name, a.email, COALESCE(a.phone, ''), "           \
    "a.birth_date, COALESCE(a.municipality, ''), a.jobseeker, a.lang, a.created_at, "              \
    "p.title_en, p.title_nl, p.title_fr, o.name, a.reason, "                                       \
    "COALESCE(a.reason_note, ''), COALESCE(a.cohort_id, 0), COALESCE(a.enrolment_id, 0), "         \
    "COALESCE(a.waitlist_rank, 0), COALESCE(a.offer_expires_at, 0), "                              \
    "COALESCE(a.guardian_name, ''), COALESCE(a.guardian_email, ''), a.consent, a.gender "          \
    "FROM applications a JOIN programmes p ON p.id = a.programme_id "                              \
    "JOIN organisations o ON o.id = a.org_id "

#define APPLICATION_OUT(a, out)                                                                    \
    db_int64_out(&(out)->id), db_int64_out(&(out)->org_id), db_int64_out(&(out)->programme_id),    \
        db_vocab(&app_status, (int *)&(out)->status), db_text(a, &(out)->name),                    \
        db_text(a, &(out)->email), db_text(a, &(out)->phone), db_text(a, &(out)->birth_date),      \
        db_text(a, &(out)->municipality), db_int64_out(&(out)->jobseeker),                         \
        db_text(a, &(out)->lang), db_int64_out(&(out)->created_at), db_text(a, &(out)->title[0]),  \
        db_text(a, &(out)->title[1]), db_text(a, &(out)->title[2]), db_text(a, &(out)->org_name),  \
        db_vocab(&app_reason_vocab, (int *)&(out)->reason), db_text(a, &(out)->reason_note),       \
        db_int64_out(&(out)->cohort_id), db_int64_out(&(out)->enrolment_id),                       \
        db_int64_out(&(out)->waitlist_rank), db_int64_out(&(out)->offer_expires_at),               \
        db_text(a, &(out)->guardian_name), db_text(a, &(out)->guardian_email),                     \
        db_vocab(&consent_vocab, (int *)&(out)->consent), db_vocab(&genders, &(out)->gender)

/* The first personal link or any later one. */
DbStatus q_application_by_token(Db *db, const char *token_hash, Arena *a, Application *out)
{
    DB_SQL(st, "application_by_token",
           "SELECT " APPLICATION_COLS "WHERE a.token_hash = $1 OR a.id = "
           "(SELECT l.application_id FROM app_links l WHERE l.token_hash = $1)");
    return db_select_one(db, &st, DB_IN(db_str(token_hash)), DB_COLS(APPLICATION_OUT(a, out)));
}

DbStatus q_application_get(Db *db, int64_t org_id, int64_t id, Arena *a, Application *out)
{
    DB_SQL(st, "application_get", "SELECT " APPLICATION_COLS "WHERE a.org_id = $1 AND a.id = $2");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(APPLICATION_OUT(a, out)));
}

DbStatus q_application_by_consent(Db *db, const char *token_hash, Arena *a, Application *out)
{
    DB_SQL(st, "application_by_consent",
           "SELECT " APPLICATION_COLS "WHERE a.consent_token_hash = $1");
    return db_select_one(db, &st, DB_IN(db_str(token_hash)), DB_COLS(APPLICATION_OUT(a, out)));
}

DbStatus q_application_contact(Db *db, const char *token_hash, const char *name, const char *email,
                               const char *phone, const char *municipality, int64_t now)
{
    DB_SQL(st, "application_contact",
           "UPDATE applications SET email = $2, phone = $3, municipality = $4, updated_at = $5, "
           "search_text = $6 WHERE token_hash = $1 AND status <> 'withdrawn'");
    Arena scratch;
    arena_init(&scratch);
    DbStatus s =
        db_exec(db, &st,
                DB_IN(db_str(token_hash), db_str(email), db_str(phone), db_str(municipality),
                      db_int64(now), db_str(q_app_search_text(&scratch, name, email))));
    arena_free(&scratch);
    return s;
}

/* --- the staff's pipeline --- */

/* The counts per programme and status, kept by triggers (schema 0019). */
DbStatus q_pipeline_counts(Db *db, int64_t org_id, Arena *a, PipelineRow *row, DbRowFn fn,
                           void *ctx)
{
    DB_SQL(st, "pipeline_counts",
           "SELECT c.programme_id, p.title_en, p.title_nl, p.title_fr, c.status, c.n "
           "FROM app_counts c JOIN programmes p ON p.id = c.programme_id AND p.org_id = c.org_id "
           "WHERE c.org_id = $1 AND c.n > 0 ORDER BY c.programme_id, c.status");
    return db_select_many(db, &st, DB_IN(db_int64(org_id)),
                          DB_COLS(db_int64_out(&row->programme_id), db_text(a, &row->title[0]),
                                  db_text(a, &row->title[1]), db_text(a, &row->title[2]),
                                  db_vocab(&app_status, (int *)&row->status),
                                  db_int64_out(&row->count)),
                          fn, ctx);
}

/* A page of the pipeline. Each order walks an index (schema 0019) from the key of the
 * last row shown, so that a page costs the same however many applications there are;
 * the status and the search filter the rows met on the way. An application is flagged
 * when the same person seems to have applied before or after: the same e-mail address,
 * or the same phone and date of birth, each found through its index. */
#define APP_PAGE_COLS                                                                              \
    "SELECT a.id, a.programme_id, p.title_en, p.title_nl, p.title_fr, a.status, a.name, "          \
    "a.created_at, COALESCE((SELECT MIN(b.id) FROM applications b WHERE b.org_id = a.org_id "      \
    "AND b.id <> a.id AND (LOWER(b.email) = LOWER(a.email) OR (a.phone <> '' AND b.phone = "       \
    "a.phone AND b.birth_date = a.birth_date))), 0) "                                              \
    "FROM applications a JOIN programmes p ON p.id = a.programme_id AND p.org_id = a.org_id "

/* $1 org, then (by programme) $2 programme; then the status ('': any) and the search
 * pattern ('': none), then the page (db/page.h): the key and id after which to start, the
 * limit. */
#define APP_PAGE_FILTER(S, Q)                                                                      \
    "AND (CAST(" S " AS TEXT) = '' OR a.status = " S ") AND (CAST(" Q " AS TEXT) = '' OR "         \
    "a.search_text LIKE " Q " ESCAPE '\\') "

#define APP_BY_PROGRAMME                                                                           \
    APP_PAGE_COLS "WHERE a.org_id = $1 AND a.programme_id = $2 " APP_PAGE_FILTER("$3", "$4")
#define APP_BY_ORG APP_PAGE_COLS "WHERE a.org_id = $1 " APP_PAGE_FILTER("$2", "$3")

/* By programme: (key, id) from $5, $6; the whole organisation: from $4, $5. */
DB_PAGE_SORT(Q_APP_P_RECEIVED, "app_page_p_received", APP_BY_PROGRAMME, "a.created_at", "a.id", 5,
             6, 7);
DB_PAGE_SORT(Q_APP_P_STATUS, "app_page_p_status", APP_BY_PROGRAMME, "a.status", "a.id", 5, 6, 7);
DB_PAGE_SORT(Q_APP_O_RECEIVED, "app_page_o_received", APP_BY_ORG, "a.created_at", "a.id", 4, 5, 6);
DB_PAGE_SORT(Q_APP_O_STATUS, "app_page_o_status", APP_BY_ORG, "a.status", "a.id", 4, 5, 6);

static const DbPageStmts by_programme[] = {
    DB_PAGE_STMTS(Q_APP_P_RECEIVED),
    DB_PAGE_STMTS(Q_APP_P_STATUS),
};
static const DbPageStmts by_org[] = {
    DB_PAGE_STMTS(Q_APP_O_RECEIVED),
    DB_PAGE_STMTS(Q_APP_O_STATUS),
};

const char *q_app_search_like(Arena *a, const char *text)
{
    if (!text || !*text)
        return "";
    const char *s = fold(a, text);
    size_t n = strlen(s);
    char *p = arena_alloc(a, 2 * n + 3), *o = p;
    *o++ = '%';
    for (; *s; s++) {
        if (*s == '\\' || *s == '%' || *s == '_')
            *o++ = '\\';
        *o++ = *s;
    }
    *o++ = '%';
    *o = '\0';
    return p;
}

DbStatus q_applications(Db *db, int64_t org_id, int64_t programme_id, int status,
                        const DbPage *page, Arena *a, AppListRow *row, DbRowFn fn, void *ctx)
{
    DbParam of_status = db_str(status < 0 ? "" : vocab_key(&app_status, status));
    return db_page_select(
        db, page, programme_id ? by_programme : by_org, 2,
        programme_id ? DB_IN(db_int64(org_id), db_int64(programme_id), of_status)
                     : DB_IN(db_int64(org_id), of_status),
        DB_COLS(db_int64_out(&row->id), db_int64_out(&row->programme_id),
                db_text(a, &row->title[0]), db_text(a, &row->title[1]), db_text(a, &row->title[2]),
                db_vocab(&app_status, (int *)&row->status), db_text(a, &row->name),
                db_int64_out(&row->created_at), db_int64_out(&row->duplicate)),
        fn, ctx);
}

/* How many a search finds (without one, the counts of app_counts say it). */
DbStatus q_applications_count(Db *db, int64_t org_id, int64_t programme_id, int status,
                              const char *like, int64_t *n)
{
    DB_SQL(app_search_count_p, "app_search_count_p",
           "SELECT COUNT(*) FROM applications a WHERE a.org_id = $1 AND a.programme_id = "
           "$2 " APP_PAGE_FILTER("$3", "$4"));
    DB_SQL(app_search_count_o, "app_search_count_o",
           "SELECT COUNT(*) FROM applications a WHERE a.org_id = $1 " APP_PAGE_FILTER("$2", "$3"));
    DbParam in[5];
    int k = 0;
    in[k++] = db_int64(org_id);
    if (programme_id)
        in[k++] = db_int64(programme_id);
    in[k++] = db_str(status < 0 ? "" : vocab_key(&app_status, status));
    in[k++] = db_str(like ? like : "");
    in[k] = (DbParam)DB_END;
    return db_select_int64(db, programme_id ? &app_search_count_p : &app_search_count_o, in, n);
}

/* One application as a row of the pipeline (a search by its code). */
DbStatus q_application_row(Db *db, int64_t org_id, int64_t id, Arena *a, AppListRow *out)
{
    DB_SQL(st, "app_list_row", APP_PAGE_COLS "WHERE a.org_id = $1 AND a.id = $2");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(db_int64_out(&out->id), db_int64_out(&out->programme_id),
                                 db_text(a, &out->title[0]), db_text(a, &out->title[1]),
                                 db_text(a, &out->title[2]),
                                 db_vocab(&app_status, (int *)&out->status), db_text(a, &out->name),
                                 db_int64_out(&out->created_at), db_int64_out(&out->duplicate)));
}

/* --- the form's settings --- */

DbStatus q_app_form(Db *db, int64_t org_id, int64_t programme_id, AppForm *out)
{
    DB_SQL(
        st, "app_form",
        "SELECT COALESCE(f.opens_at, 0), COALESCE(f.closes_at, 0), COALESCE(f.reviews_needed, 2), "
        "COALESCE(f.consent_age, 13), COALESCE(f.scale_max, 5), COALESCE(f.offer_days, 7) "
        "FROM programmes p LEFT JOIN app_forms f "
        "ON f.programme_id = p.id AND f.org_id = p.org_id WHERE p.org_id = $1 AND p.id = $2");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(programme_id)),
                         DB_COLS(db_int64_out(&out->opens_at), db_int64_out(&out->closes_at),
                                 db_int64_out(&out->reviews_needed),
                                 db_int64_out(&out->consent_age), db_int64_out(&out->scale_max),
                                 db_int64_out(&out->offer_days)));
}

DbStatus q_app_form_set(Db *db, int64_t org_id, int64_t programme_id, const AppForm *f)
{
    DB_SQL(st, "app_form_set",
           "INSERT INTO app_forms (org_id, programme_id, opens_at, closes_at, reviews_needed, "
           "consent_age, scale_max, offer_days) SELECT p.org_id, p.id, $3, $4, $5, $6, $7, $8 "
           "FROM programmes p WHERE p.org_id = $1 AND p.id = $2 ON CONFLICT (programme_id) DO "
           "UPDATE SET opens_at = excluded.opens_at, closes_at = excluded.closes_at, "
           "reviews_needed = excluded.reviews_needed, consent_age = excluded.consent_age, "
           "scale_max = excluded.scale_max, offer_days = excluded.offer_days");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(programme_id),
                         f->opens_at ? db_int64(f->opens_at) : db_null(),
                         f->closes_at ? db_int64(f->closes_at) : db_null(),
                         db_int64(f->reviews_needed), db_int64(f->consent_age),
                         db_int64(f->scale_max ? f->scale_max : 5),
                         db_int64(f->offer_days ? f->offer_days : 7)));
}

/* --- where an applicant the rules leave out may apply instead --- */

/* The organisation's other open programmes whose age band holds age and that take people
 * who are not job-seekers unless the applicant is one ($4: 1 when they are). */
DbStatus q_apply_alternatives(Db *db, int64_t org_id, int64_t programme_id, int64_t age,
                              bool jobseeker, int64_t limit, Arena *a, Programme *row, DbRowFn fn,
                              void *ctx)
{
    DB_SQL(st, "apply_alternatives",
           "SELECT p.id, p.title_en, p.title_nl, p.title_fr, p.min_age, p.max_age, "
           "p.jobseekers_only FROM programmes p WHERE p.org_id = $1 AND p.id <> $2 "
           "AND p.status = 'open' AND (p.min_age IS NULL OR p.min_age <= $3) "
           "AND (p.max_age IS NULL OR p.max_age >= $3) "
           "AND (p.jobseekers_only = 0 OR CAST($4 AS BIGINT) = 1) ORDER BY p.id LIMIT $5");
    row->org_id = org_id;
    return db_select_many(db, &st,
                          DB_IN(db_int64(org_id), db_int64(programme_id), db_int64(age),
                                db_int64(jobseeker ? 1 : 0), db_int64(limit)),
                          DB_COLS(db_int64_out(&row->id), db_text(a, &row->title[0]),
                                  db_text(a, &row->title[1]), db_text(a, &row->title[2]),
                                  db_int64_null(&row->min_age, &row->min_age_null),
                                  db_int64_null(&row->max_age, &row->max_age_null),
                                  db_int64_out(&row->jobseekers_only)),
                          fn, ctx);
}

/* --- the organisation's privacy notice --- */

DbStatus q_privacy_notice(Db *db, int64_t org_id, Arena *a, PrivacyNotice *out)
{
    DB_SQL(st, "privacy_notice",
           "SELECT COALESCE(text_en, ''), COALESCE(text_nl, ''), COALESCE(text_fr, ''), "
           "updated_at FROM privacy_notices WHERE org_id = $1");
    return db_select_one(db, &st, DB_IN(db_int64(org_id)),
                         DB_COLS(db_text(a, &out->text[0]), db_text(a, &out->text[1]),
                                 db_text(a, &out->text[2]), db_int64_out(&out->updated_at)));
}

DbStatus q_privacy_notice_set(Db *db, int64_t org_id, const PrivacyNotice *n, int64_t account_id,
                              int64_t now)
{
    DB_SQL(st, "privacy_notice_set",
           "INSERT INTO privacy_notices (org_id, text_en, text_nl, text_fr, updated_at, "
           "updated_by) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (org_id) DO UPDATE SET "
           "text_en = excluded.text_en, text_nl = excluded.text_nl, text_fr = excluded.text_fr, "
           "updated_at = excluded.updated_at, updated_by = excluded.updated_by");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), text_or_null(n->text[0]), text_or_null(n->text[1]),
                         text_or_null(n->text[2]), db_int64(now),
                         account_id ? db_int64(account_id) : db_null()));
}
