/* pages.h — HTML handlers, one file per page family, and the helpers they share.
 * Every handler is reached only through the route table (src/http/routes.c), after the
 * router has checked session, role, organisation and CSRF. */
#ifndef TRAJECT_PAGES_H
#define TRAJECT_PAGES_H

#include "html/layout.h"
#include "http/http.h"
#include "q/q.h"

/* home.c */
enum MHD_Result page_root(Req *r);
enum MHD_Result page_healthz(Req *r);
enum MHD_Result page_language(Req *r);
enum MHD_Result page_asset(Req *r); /* http/asset.c */

/* auth.c */
enum MHD_Result page_sign_in(Req *r);
enum MHD_Result page_sign_in_post(Req *r);
enum MHD_Result page_sign_out(Req *r);
enum MHD_Result page_reset_request(Req *r);
enum MHD_Result page_reset_request_post(Req *r);
enum MHD_Result page_reset(Req *r);
enum MHD_Result page_reset_post(Req *r);
/* Checks a new password (length) and its confirmation; adds errors to e. */
bool new_password_ok(Req *r, const char *pw, const char *confirm, FormErrors *e);

/* orgs.c */
enum MHD_Result page_orgs(Req *r);
enum MHD_Result page_org_switch(Req *r);
enum MHD_Result page_org_home(Req *r);
enum MHD_Result page_members(Req *r);
enum MHD_Result page_member(Req *r);
enum MHD_Result page_member_roles(Req *r);
enum MHD_Result page_member_remove(Req *r);
enum MHD_Result page_invite(Req *r);
enum MHD_Result page_invite_post(Req *r);
enum MHD_Result page_invite_revoke(Req *r);
/* Records an invitation to r's organisation and queues its mail in `lang`; person_id
 * links a learner record to the account that accepts (0: none). */
bool invite_send(Req *r, const char *email, int64_t roles, const char *lang, int64_t person_id);

/* invite.c */
enum MHD_Result page_accept(Req *r);
enum MHD_Result page_accept_post(Req *r);

/* account.c */
enum MHD_Result page_account(Req *r);
enum MHD_Result page_account_profile(Req *r);
enum MHD_Result page_account_password(Req *r);

/* programmes.c */
enum MHD_Result page_programmes(Req *r);
enum MHD_Result page_programme_new(Req *r);
enum MHD_Result page_programme_create(Req *r);
enum MHD_Result page_programme(Req *r);
enum MHD_Result page_programme_edit(Req *r);
enum MHD_Result page_programme_update(Req *r);
/* The programme's title in the reader's language, else in another one given. */
struct Programme;
const char *programme_title(Req *r, const struct Programme *p);
/* "18 to 25 years", "From 10 years", "Any age" */
const char *programme_ages(Req *r, const struct Programme *p);
/* "Nederlands, Français": the names of the languages in a teaching_langs mask. */
const char *programme_langs(Req *r, int64_t mask);
/* The kinds of programme as value/label pairs (English labels), NULL-terminated; the
 * values are those of programmes.kind. */
extern const char *const programme_kinds[];
/* The translated label of value in a value/label list; value itself when unknown. */
const char *option_label(Req *r, const char *const *options, const char *value);
/* A copy of a value/label list with translated labels, for html_select; first and
 * first_label (when first is not NULL) come before them, e.g. "" and "Any". */
const char *const *options_translated(Req *r, const char *const *options, const char *first,
                                      const char *first_label);

/* catalogue.c: the public catalogue of open programmes, for everyone */
enum MHD_Result page_catalogue(Req *r);
enum MHD_Result page_catalogue_programme(Req *r);

/* cohorts.c */
enum MHD_Result page_cohort_new(Req *r);
enum MHD_Result page_cohort_create(Req *r);
enum MHD_Result page_cohort(Req *r);
enum MHD_Result page_cohort_edit(Req *r);
enum MHD_Result page_cohort_update(Req *r);
enum MHD_Result page_session_add(Req *r);
enum MHD_Result page_schedule(Req *r);
enum MHD_Result page_session_edit(Req *r);
enum MHD_Result page_session_update(Req *r);
enum MHD_Result page_session_delete(Req *r);
/* The cohorts section of a programme page. */
void html_programme_cohorts(Html *h, Req *r, int64_t programme_id);
struct Cohort;
/* Loads the cohort of the {id} parameter and its programme; otherwise replies (404 or
 * 503) and returns false with *reply set. */
bool cohort_load(Req *r, struct Cohort *c, struct Programme *p, enum MHD_Result *reply);
/* The cohort page, with the errors of one of its forms (the others NULL). */
enum MHD_Result cohort_page(Req *r, const struct Cohort *c, const struct Programme *p,
                            const FormErrors *add_e, const FormErrors *gen_e,
                            const FormErrors *enrol_e, const char *notice, int status);

/* "Monday 2026-03-30, 09:00–16:00", in Brussels time and the reader's language. */
const char *session_when(Req *r, int64_t from, int64_t to);
/* "Monday 2026-03-30": the Brussels day of a UTC time, in the reader's language. */
const char *session_day(Req *r, int64_t at);

/* attendance.c */
enum MHD_Result page_attendance(Req *r);
enum MHD_Result page_attendance_save(Req *r);
/* The session's sign-in sheet as a PDF download (src/pdf/sheet.c draws it). */
enum MHD_Result page_sign_in_sheet(Req *r);

/* checkin.c: self check-in with a session's QR code */
enum MHD_Result page_checkin_code(Req *r);
enum MHD_Result page_checkin(Req *r);
enum MHD_Result page_checkin_post(Req *r);

/* enrolments.c */
enum MHD_Result page_enrol(Req *r);
enum MHD_Result page_enrolment_end(Req *r);
/* Checks the programme's rules (age band on the first day, job-seekers) for a person
 * about to be enrolled in c; adds errors to e (fields birth_date, jobseeker). */
struct Person;
void enrol_check_rules(Req *r, const struct Cohort *c, const struct Programme *p,
                       const struct Person *who, FormErrors *e);
/* A small form posted from a list (a "back" field names the page) went wrong: the
 * errors and a link back, status 400. */
enum MHD_Result form_errors_back(Req *r, const char *title, const FormErrors *e);
/* bulk.c: enrol many at once, from a typed list or a CSV file */
enum MHD_Result page_enrol_many(Req *r);
enum MHD_Result page_enrol_many_post(Req *r);
enum MHD_Result page_enrol_template(Req *r);
/* The participants section of a cohort page; false on a database error. */
bool html_cohort_participants(Html *h, Req *r, const struct Cohort *c,
                              const struct Programme *p, const FormErrors *e);

/* learner.c: a learner's own space */
enum MHD_Result page_learner_invite(Req *r);
enum MHD_Result page_learning(Req *r);
enum MHD_Result page_learning_feed_reset(Req *r);
/* The private address of the calendar feed of a person (cohort false) or a cohort. */
const char *feed_url(Req *r, bool cohort, int64_t org_id, int64_t id, int64_t gen);

/* feeds.c */
enum MHD_Result page_feed(Req *r);
enum MHD_Result page_cohort_feed_reset(Req *r);

/* calls.c: a funder's calls for projects, and their public pages */
enum MHD_Result page_calls(Req *r);
enum MHD_Result page_call_new(Req *r);
enum MHD_Result page_call_create(Req *r);
enum MHD_Result page_call(Req *r);
enum MHD_Result page_call_edit(Req *r);
enum MHD_Result page_call_update(Req *r);
enum MHD_Result page_call_item_add(Req *r);
enum MHD_Result page_call_item_delete(Req *r);
enum MHD_Result page_call_groups(Req *r);
enum MHD_Result page_call_publish(Req *r);
enum MHD_Result page_public_calls(Req *r);
enum MHD_Result page_target_groups(Req *r);
enum MHD_Result page_target_group_add(Req *r);
enum MHD_Result page_target_group_archive(Req *r);
enum MHD_Result page_public_call(Req *r);
struct Call;
/* Target groups as checkbox options (group_choice_option, fed by a q_ statement), those
 * chosen (group_choice_chosen, listed in list when given) and the mask of the chosen. */
typedef struct GroupChoice {
    Req *r;
    TargetGroup row;
    const char **opts;
    int n, cap;
    int64_t ids[64];
    int nids;
    Html *list;
} GroupChoice;
bool group_choice_option(void *ctx);
bool group_choice_chosen(void *ctx);
int64_t group_choice_mask(const GroupChoice *g);
/* The call's title in the reader's language, else another. */
const char *call_title(Req *r, const struct Call *c);
/* An amount of cents as the reader's language writes it: "€600,000.00". */
const char *money_text(Req *r, int64_t cents);
/* A moment in Brussels time: "Monday 2027-01-31 12:00". */
const char *moment_text(Req *r, int64_t t);
/* The value of a datetime-local field ("2027-01-31T12:00", Brussels), and reading one. */
const char *moment_field(Req *r, int64_t t);
bool moment_parse(const char *s, int64_t *utc);

/* proposals.c: an organisation answers a call */
enum MHD_Result page_proposals(Req *r);
enum MHD_Result page_proposal_create(Req *r);
enum MHD_Result page_proposal(Req *r);
enum MHD_Result page_proposal_update(Req *r);
enum MHD_Result page_proposal_submit(Req *r);
enum MHD_Result page_budget_line_add(Req *r);
enum MHD_Result page_budget_line_delete(Req *r);
/* screening.c: the funder reads a submitted proposal and screens its eligibility */
enum MHD_Result page_submission(Req *r);
enum MHD_Result page_screening_save(Req *r);
/* A submitted proposal of r's funder organisation, read-only, for a jury member; the
 * caller has checked that they may read it. */
enum MHD_Result proposal_reading(Req *r, int64_t id);

/* jury.c: a call's jury, conflicts of interest and review assignments */
enum MHD_Result page_jury_appoint(Req *r);
enum MHD_Result page_jury_remove(Req *r);
enum MHD_Result page_jury_assign(Req *r);
enum MHD_Result page_jury_assignments(Req *r);
enum MHD_Result page_jury_adjust(Req *r);
enum MHD_Result page_jury_home(Req *r);
enum MHD_Result page_jury_conflict(Req *r);
enum MHD_Result page_jury_proposal(Req *r);
/* reviews.c: a jury member's review of an assigned proposal */
enum MHD_Result page_review_save(Req *r);
/* The review part of the proposal page a jury member reads (e: errors of the form). */
bool html_review_section(Html *h, Req *r, const struct Call *c, int64_t proposal_id,
                         const FormErrors *e);
/* The submitted reviews of a proposal, with their authors, for the funder. */
bool html_funder_reviews(Html *h, Req *r, int64_t proposal_id);
/* ranking.c: ranking, proposed selection and the funder's decision */
enum MHD_Result page_ranking(Req *r);
enum MHD_Result page_decision(Req *r);
/* The selected projects of a decided call (nothing before), for its public page. */
bool html_call_selected(Html *h, Req *r, const struct Call *c);
/* report.c: a call's figures, on a page and as CSV */
enum MHD_Result page_call_report(Req *r);
enum MHD_Result page_call_report_csv(Req *r);
/* grants.c: grants, tranches, budget lines and expenses */
enum MHD_Result page_grants(Req *r);
enum MHD_Result page_grants_received(Req *r);
enum MHD_Result page_grant(Req *r);
enum MHD_Result page_grant_received(Req *r);
enum MHD_Result page_tranche_pay(Req *r);
enum MHD_Result page_expense_add(Req *r);
/* The jury section of the funder's call page; false on a database error. */
bool html_call_jury(Html *h, Req *r, const struct Call *c, const char *notice);
/* The applicant's proposal page again, with the errors of a form (status given). */
enum MHD_Result proposal_form_errors(Req *r, int64_t id, const FormErrors *e, int status);

/* files.c: a proposal's PDF attachments */
enum MHD_Result page_file_upload(Req *r);
enum MHD_Result page_file_own(Req *r);
enum MHD_Result page_file_funder(Req *r);
enum MHD_Result page_file_juror(Req *r);
/* The attachments section: the call's required attachments and the files given, linked
 * under base; upload forms when upload. *missing (may be NULL) counts those not given. */
bool html_proposal_files(Html *h, Req *r, int64_t viewer_org, int64_t proposal_id,
                         const char *base, bool upload, int *missing);
/* Required attachments of the organisation's proposal not given yet; -1 on an error. */
int proposal_files_missing(Req *r, int64_t proposal_id);
/* The proposals submitted to the funder's call c; false on a database error. */
bool html_call_proposals(Html *h, Req *r, const struct Call *c);

/* apply.c: application forms and applying without an account */
enum MHD_Result page_question_add(Req *r);
enum MHD_Result page_question_delete(Req *r);
enum MHD_Result page_apply(Req *r);
enum MHD_Result page_apply_post(Req *r);
enum MHD_Result page_application(Req *r);
enum MHD_Result page_application_contact(Req *r);
enum MHD_Result page_application_withdraw(Req *r);
enum MHD_Result page_pipeline(Req *r);
enum MHD_Result page_app_form_set(Req *r);
enum MHD_Result page_import(Req *r);
enum MHD_Result page_import_post(Req *r);
enum MHD_Result page_import_template(Req *r);
enum MHD_Result page_application_accept(Req *r);
/* The application form section of a programme's staff page (edit: with its editor). */
bool html_programme_questions(Html *h, Req *r, const struct Programme *p, bool edit);
/* "Received", "Accepted", ...: an application's status in the reader's language. */
const char *application_status_label(Req *r, const char *status);

/* admission.c: decisions, offers, withdrawals and consent, with the applicant's mails */
typedef struct AdmissionDecision {
    int64_t id;
    const char *status; /* accepted, waitlisted, declined */
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
const char *admission_reason(Req *r, const char *status, const char *code);
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

/* "Enrolled", "Withdrawn", ...: an enrolment's status in the reader's language. */
const char *enrolment_status_label(Req *r, const char *status);
/* "Present", "Absent", "Excused", "Late", or "Not recorded" for "". */
const char *attendance_mark_label(Req *r, const char *mark);

/* locations.c */
enum MHD_Result page_locations(Req *r);
enum MHD_Result page_location_new(Req *r);
enum MHD_Result page_location_create(Req *r);
enum MHD_Result page_location_edit(Req *r);
enum MHD_Result page_location_update(Req *r);

/* roles.c: role names and the roles fieldset */
const char *role_key(int bit);              /* "admin", "staff", ... */
const char *role_label(Lang lang, int bit); /* translated */
/* Comma-separated translated names of the roles in mask. */
const char *roles_text(Req *r, int64_t mask);
/* Checkboxes named "roles" with the roles in mask checked. */
void html_roles_fieldset(Html *h, Req *r, const FormErrors *e, int64_t mask);
/* Reads the "roles" checkboxes; 0 when none or an unknown one was sent. */
int64_t roles_from_form(Req *r);
/* The base URL for links in mail (no trailing slash). */
const char *base_url(Req *r);

#endif
