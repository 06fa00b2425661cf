/* q/intake/intake.h — the statements on intake: application forms and applications (intake.c), one
 * function each. Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_INTAKE_INTAKE_H
#define TRAJECT_Q_INTAKE_INTAKE_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "db/page.h"
#include "model/intake.h"
#include "model/training.h"

DbStatus q_questions(Db *db, int64_t org_id, int64_t programme_id, Arena *a, AppQuestion *row,
                     DbRowFn fn, void *ctx);
DbStatus q_question_add(Db *db, int64_t org_id, int64_t programme_id, const AppQuestion *q);
/* DB_NONE when not ours or already answered. */
DbStatus q_question_delete(Db *db, int64_t org_id, int64_t id, int64_t *programme_id);
/* DB_NONE unless the programme is open or running. */
DbStatus q_application_add(Db *db, const Application *x, const char *token_hash, int64_t now,
                           int64_t *id);
DbStatus q_answer_add(Db *db, int64_t org_id, int64_t application_id, int64_t question_id,
                      const char *value);
DbStatus q_application_by_token(Db *db, const char *token_hash, Arena *a, Application *out);
/* New contact details of the application whose personal link hashes to token_hash (name:
 * the applicant's, for the search); DB_NONE when it is withdrawn. */
DbStatus q_application_contact(Db *db, const char *token_hash, const char *name, const char *email,
                               const char *phone, const char *municipality, int64_t now);

/* What a search by name or e-mail address looks in (applications.search_text), in a: both,
 * folded to lower case. Every statement that writes the column takes it from here. */
const char *q_app_search_text(Arena *a, const char *name, const char *email);

/* The form's settings (defaults when never set); DB_NONE when the programme is not ours. */
DbStatus q_app_form(Db *db, int64_t org_id, int64_t programme_id, AppForm *out);
DbStatus q_app_form_set(Db *db, int64_t org_id, int64_t programme_id, const AppForm *f);
/* The number of applications per programme and status (programmes without any left out). */
DbStatus q_pipeline_counts(Db *db, int64_t org_id, Arena *a, PipelineRow *row, DbRowFn fn,
                           void *ctx);

/* A page of the organisation's applications (of programme_id, or all when 0; of status,
 * or any when -1) in the page's order: by when received (sort 0) or by status (sort 1),
 * the id deciding ties; the search (page->like, from q_app_search_like) looks in the name
 * and the e-mail address. Each row is flagged when the same person seems to have applied
 * another time (the same e-mail address, or the same phone and date of birth). */
DbStatus q_applications(Db *db, int64_t org_id, int64_t programme_id, int status,
                        const DbPage *page, Arena *a, AppListRow *row, DbRowFn fn, void *ctx);
/* How many applications a search finds with those filters. */
DbStatus q_applications_count(Db *db, int64_t org_id, int64_t programme_id, int status,
                              const char *like, int64_t *n);
/* The LIKE pattern (escaped with \) of a search, folded as names and addresses are
 * stored for it (lower case, accented capitals too); "" for none. */
const char *q_app_search_like(Arena *a, const char *text);
/* One application of the organisation as a row of that list. */
DbStatus q_application_row(Db *db, int64_t org_id, int64_t id, Arena *a, AppListRow *out);

/* Up to limit open programmes of the organisation other than programme_id, by id, for an
 * applicant its rules left out: their age band holds age, and they take people who are not
 * registered job-seekers unless jobseeker. row gets id, titles, ages and jobseekers_only. */
DbStatus q_apply_alternatives(Db *db, int64_t org_id, int64_t programme_id, int64_t age,
                              bool jobseeker, int64_t limit, Arena *a, Programme *row, DbRowFn fn,
                              void *ctx);

/* The organisation's privacy notice ("" in a language not written); DB_NONE when it wrote
 * none. */
DbStatus q_privacy_notice(Db *db, int64_t org_id, Arena *a, PrivacyNotice *out);
/* Writes it ("" or NULL: that language not written), by account_id (0: nobody signed in). */
DbStatus q_privacy_notice_set(Db *db, int64_t org_id, const PrivacyNotice *n, int64_t account_id,
                              int64_t now);

#endif
