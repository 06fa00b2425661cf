/* routes_training.c — the part of the route table (see routes.c) for the training offer:
 * programmes, their application forms and intake, reviews and selection, cohorts,
 * enrolments, people and sessions. */
#include "http/routes.h"
#include "pages/certifications/certifications.h"
#include "pages/impact/impact.h"
#include "pages/intake/intake.h"
#include "pages/training/training.h"

const Route routes_training[] = {
    /* the privacy notice of the organisation's public forms: its administrators write it */
    GET("/orgs/{org}/privacy", page_privacy, MEMBER(ROLE_ADMIN)),
    POST("/orgs/{org}/privacy", page_privacy_post, MEMBER(ROLE_ADMIN)),
    GET("/orgs/{org}/applications/{id}", page_app_detail, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/applications/{id}/duplicate", page_app_duplicate, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/applications/{id}/consent", page_app_consent_paper, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/programmes/{id}/selection", page_app_selection, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/programmes/{id}/criteria", page_criterion_add, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/criteria/{id}/delete", page_criterion_delete, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/criteria/{id}/hint", page_criterion_hint, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/programmes/{id}/disagreement", page_app_disagreement, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/programmes/{id}/reviewers", page_app_assign, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/programmes/{id}/decisions", page_app_decisions, MEMBER(TRAINING_EDIT)),
    /* reviewers read applications under a code, only those assigned to them */
    GET("/orgs/{org}/reviews", page_app_tasks, MEMBER(APP_REVIEW)),
    GET("/orgs/{org}/reviews/{id}", page_app_review, MEMBER(APP_REVIEW)),
    POST("/orgs/{org}/reviews/{id}", page_app_review_save, MEMBER(APP_REVIEW)),
    POST("/orgs/{org}/questions/{id}/delete", page_question_delete, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/programmes/{id}/cohorts/new", page_cohort_new, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/programmes/{id}/cohorts", page_cohort_create, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/cohorts/{id}", page_cohort, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/cohorts/{id}/edit", page_cohort_edit, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/cohorts/{id}", page_cohort_update, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/cohorts/{id}/sessions", page_session_add, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/cohorts/{id}/schedule", page_schedule, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/cohorts/{id}/enrol", page_enrol, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/cohorts/{id}/enrol-many", page_enrol_many, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/cohorts/{id}/enrol-many", page_enrol_many_post, MEMBER(TRAINING_EDIT)),
    /* vendor certifications: the catalogue, a programme's required set, learners'
     * exam attempts and a vendor's results file */
    GET("/orgs/{org}/certifications", page_certs, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/certifications/new", page_cert_new, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/certifications/import", page_attempts_import, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/certifications/import", page_attempts_import_post, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/certifications/results-template.csv", page_attempts_template,
        MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/certifications", page_cert_create, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/certifications/{id}/edit", page_cert_edit, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/certifications/{id}", page_cert_update, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/certifications/{id}/archive", page_cert_archive, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/programmes/{id}/certifications", page_programme_certs_save,
         MEMBER(TRAINING_EDIT)),
    /* impact: figures against targets, small counts hidden (pages/impact/): of the whole
     * organisation, and of a programme */
    GET("/orgs/{org}/impact", page_programme_impact, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/impact.csv", page_programme_impact_csv, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/impact.xlsx", page_programme_impact_xlsx, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/impact.pdf", page_programme_impact_pdf, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/impact/people", page_programme_impact_people, MEMBER(TRAINING_VIEW)),
    POST("/orgs/{org}/impact/publish", page_impact_publish, MEMBER(ROLE_ADMIN)),
    GET("/orgs/{org}/programmes/{id}/impact", page_programme_impact, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/programmes/{id}/impact.csv", page_programme_impact_csv, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/programmes/{id}/impact.xlsx", page_programme_impact_xlsx,
        MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/programmes/{id}/impact.pdf", page_programme_impact_pdf, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/programmes/{id}/impact/people", page_programme_impact_people,
        MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/programmes/{id}/learners", page_programme_learners, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/people/{id}/certifications", page_learner_certs, MEMBER(TRAINING_VIEW)),
    POST("/orgs/{org}/people/{id}/attempts", page_attempt_add, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/enrol-template.csv", page_enrol_template, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/cohorts/{id}/feed/reset", page_cohort_feed_reset, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/people/{id}/invite", page_learner_invite, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/enrolments/{id}/end", page_enrolment_end, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/sessions/{id}/attendance", page_attendance, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/sessions/{id}/edit", page_session_edit, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/sessions/{id}", page_session_update, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/sessions/{id}/delete", page_session_delete, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/sessions/{id}/check-in", page_checkin_code, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/sessions/{id}/attendance", page_attendance_save, MEMBER(TRAINING_EDIT)),
    /* the same people as the roster: the marks of the sheet are entered there */
    GET("/orgs/{org}/sessions/{id}/sign-in-sheet", page_sign_in_sheet, MEMBER(TRAINING_EDIT)),
    {0},
};
