/* pages/intake/intake.h — the HTML handlers of application forms, applying, the pipeline, name-blind review, selection, decisions, offers and consent, and the parts
 * of their pages that other handlers of the feature reuse. Every handler is reached only through
 * the route table (src/http/routes.c), after the router has checked session, role,
 * organisation and CSRF. */
#ifndef TRAJECT_PAGES_INTAKE_H
#define TRAJECT_PAGES_INTAKE_H

#include "html/layout.h"
#include "http/http.h"
#include "model/intake.h"
#include "model/training.h"

/* appform.c: the organisation's changes to a programme's application form */
enum MHD_Result page_question_add(Req *r);
enum MHD_Result page_question_delete(Req *r);
enum MHD_Result page_app_form_set(Req *r);
/* apply.c: applying without an account */
enum MHD_Result page_apply(Req *r);
enum MHD_Result page_apply_post(Req *r);
/* applicant.c: the applicant's personal page */
enum MHD_Result page_application(Req *r);
enum MHD_Result page_application_contact(Req *r);
enum MHD_Result page_application_withdraw(Req *r);
enum MHD_Result page_application_accept(Req *r);
/* pipeline.c: the staff's list of applications */
enum MHD_Result page_pipeline(Req *r);
/* import.c: paper application forms from CSV */
enum MHD_Result page_import(Req *r);
enum MHD_Result page_import_post(Req *r);
enum MHD_Result page_import_template(Req *r);

/* admission.c: decisions, offers, withdrawals and consent, with the applicant's mails */
typedef struct AdmissionDecision {
    int64_t id;
    AppStatus status; /* accepted, waitlisted, declined */
    const char *reason; /* ranked, capacity, rules, other */
    const char *note;   /* NULL when none */
} AdmissionDecision;

/* Records the decisions (in rank order) inside the caller's transaction: enrolments for the
 * accepted in cohort_id, waiting-list places, mails. DB_CONFLICT with *full when the cohort
 * filled up, else with *bad_id the application that changed meanwhile. */
DbStatus admission_decide_tx(Db *db, Req *r, const AdmissionDecision *d, int n,
                             int64_t cohort_id, bool *full, int64_t *bad_id);
/* Withdraws an application in play, ends its enrolment and offers the place on; inside the
 * caller's transaction. DB_NONE when it is no longer in play. */
DbStatus admission_withdraw(Db *db, Req *r, const struct Application *x, const char *reason,
                            int64_t now);
bool admission_applicant_withdraw(Req *r, const struct Application *x);
/* Takes up the offer; a notice for the applicant, *ok when the place is theirs. */
const char *admission_take_offer(Req *r, const struct Application *x, bool *ok);
/* Closes offers past their deadline and passes the places on. */
bool admission_sweep(Req *r);
/* A guardian's act (give, refuse, withdraw) by link or on paper (recorded_by). */
DbStatus admission_consent(Req *r, const struct Application *x, const char *action,
                           const char *by_name, const char *via, int64_t recorded_by);
const char *admission_reason(Req *r, AppStatus status, const char *code);
const char *consent_state(Req *r, const char *consent);
bool html_consent_events(Html *h, Req *r, const struct Application *x);
enum MHD_Result page_consent(Req *r);
enum MHD_Result page_consent_post(Req *r);
enum MHD_Result page_app_consent_paper(Req *r);

/* appreview.c: name-blind review */
enum MHD_Result page_app_tasks(Req *r);
enum MHD_Result page_app_review(Req *r);
enum MHD_Result page_app_review_save(Req *r);
/* "18 to 25 years": the age band of a birth date today. */
const char *age_band(Req *r, const char *birth_date);
/* The application as a reviewer sees it: programme, age band, answers; no identity. */
bool html_app_blind(Html *h, Req *r, const struct Application *x);

/* appselect.c: rubric, reviewers, ranking, decisions, one application for staff */
enum MHD_Result page_app_selection(Req *r);
enum MHD_Result page_criterion_add(Req *r);
enum MHD_Result page_criterion_delete(Req *r);
enum MHD_Result page_app_assign(Req *r);
enum MHD_Result page_app_decisions(Req *r);
enum MHD_Result page_app_detail(Req *r);

#endif
