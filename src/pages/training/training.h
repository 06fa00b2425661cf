/* pages/training/training.h — the HTML handlers of programmes, locations, cohorts and
 * sessions, enrolments, attendance and check-in, the catalogue, learners' own pages and
 * feeds. Every handler is reached only through
 * the route table (src/http/routes.c), after the router has checked session, role,
 * organisation and CSRF. What several of these pages share is below them, in
 * src/views/training/ (page parts) and src/flows/training/ (workflows); no handler calls
 * another page file's functions. */
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
/* catalogue.c: the public catalogue of open programmes, for everyone */
enum MHD_Result page_catalogue(Req *r);
enum MHD_Result page_catalogue_programme(Req *r);

/* cohorts.c */
enum MHD_Result page_cohort_new(Req *r);
enum MHD_Result page_cohort_create(Req *r);
enum MHD_Result page_cohort(Req *r);
enum MHD_Result page_cohort_edit(Req *r);
enum MHD_Result page_cohort_update(Req *r);

/* sessions.c */
enum MHD_Result page_session_add(Req *r);
enum MHD_Result page_schedule(Req *r);
enum MHD_Result page_session_edit(Req *r);
enum MHD_Result page_session_update(Req *r);
enum MHD_Result page_session_delete(Req *r);

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
/* bulk.c: enrol many at once, from a typed list or a CSV file */
enum MHD_Result page_enrol_many(Req *r);
enum MHD_Result page_enrol_many_post(Req *r);
enum MHD_Result page_enrol_template(Req *r);

/* learner.c: a learner's own space */
enum MHD_Result page_learner_invite(Req *r);
enum MHD_Result page_learning(Req *r);

/* feeds.c: calendar feeds, and new addresses for them */
enum MHD_Result page_feed(Req *r);
enum MHD_Result page_cohort_feed_reset(Req *r);
enum MHD_Result page_learning_feed_reset(Req *r);

/* locations.c */
enum MHD_Result page_locations(Req *r);
enum MHD_Result page_location_new(Req *r);
enum MHD_Result page_location_create(Req *r);
enum MHD_Result page_location_edit(Req *r);
enum MHD_Result page_location_update(Req *r);

#endif
