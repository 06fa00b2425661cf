/* pages/training/training.h — the HTML handlers of programmes, locations, cohorts and sessions, enrolments, attendance and check-in, the catalogue, learners' own pages and feeds, and the parts
 * of their pages that other handlers of the feature reuse. Every handler is reached only through
 * the route table (src/http/routes.c), after the router has checked session, role,
 * organisation and CSRF. */
#ifndef TRAJECT_PAGES_TRAINING_H
#define TRAJECT_PAGES_TRAINING_H

#include "html/layout.h"
#include "http/http.h"
#include "model/training.h"

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

#endif
