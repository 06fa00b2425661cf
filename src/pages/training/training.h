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
PageFn page_programmes, page_programme_new, page_programme_create, page_programme,
    page_programme_edit, page_programme_update;
/* catalogue.c: the public catalogue of open programmes, for everyone */
PageFn page_catalogue, page_catalogue_programme;

/* cohorts.c */
PageFn page_cohort_new, page_cohort_create, page_cohort, page_cohort_edit, page_cohort_update;

/* sessions.c */
PageFn page_session_add, page_schedule, page_session_edit, page_session_update, page_session_delete;

/* attendance.c: a session's roster, and its sign-in sheet as a PDF download (src/pdf/sheet.c
 * draws it) */
PageFn page_attendance, page_attendance_save, page_sign_in_sheet;

/* checkin.c: self check-in with a session's QR code */
PageFn page_checkin_code, page_checkin, page_checkin_post;

/* enrolments.c */
PageFn page_enrol, page_enrolment_end;
/* bulk.c: enrol many at once, from a typed list or a CSV file */
PageFn page_enrol_many, page_enrol_many_post, page_enrol_template;

/* learner.c: a learner's own space */
PageFn page_learner_invite, page_learning;

/* feeds.c: calendar feeds, and new addresses for them */
PageFn page_feed, page_cohort_feed_reset, page_learning_feed_reset;

/* locations.c */
PageFn page_locations, page_location_new, page_location_create, page_location_edit,
    page_location_update;

#endif
