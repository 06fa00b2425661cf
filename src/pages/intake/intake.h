/* pages/intake/intake.h — the HTML handlers of application forms, applying, the pipeline,
 * name-blind review, selection, decisions, offers and consent, and the parts of their pages that
 * other handlers of the feature reuse. Every handler is reached only through the route table
 * (src/http/routes.c), after the router has checked session, role, organisation and CSRF. */
#ifndef TRAJECT_PAGES_INTAKE_H
#define TRAJECT_PAGES_INTAKE_H

#include "html/layout.h"
#include "http/http.h"
#include "model/intake.h"
#include "model/training.h"

/* appform.c: the organisation's changes to a programme's application form */
PageFn page_question_add, page_bring_set, page_question_delete, page_app_form_set;
/* apply.c: applying without an account */
PageFn page_apply, page_apply_post;
/* applicant.c: the applicant's personal page */
PageFn page_application, page_application_contact, page_application_withdraw,
    page_application_accept, page_application_calendar;
/* pipeline.c: the staff's list of applications */
PageFn page_pipeline;
/* import.c: paper application forms from CSV */
PageFn page_import, page_import_post, page_import_template;

/* consent.c: a guardian's consent, by their link or on paper */
PageFn page_consent, page_consent_post, page_app_consent_paper;

/* appreview.c: name-blind review */
PageFn page_app_tasks, page_app_review, page_app_review_save;

/* selection.c: rubric, reviewers, ranking, decisions */
PageFn page_app_selection, page_criterion_add, page_criterion_delete, page_criterion_hint,
    page_app_disagreement, page_app_assign, page_app_decisions;

/* privacy.c: the privacy notice of the organisation's public forms */
PageFn page_privacy, page_privacy_post;

/* appdetail.c: one application, for staff, and closing a likely duplicate */
PageFn page_app_detail, page_app_duplicate;

#endif
