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
enum MHD_Result page_question_add(Req *r);
enum MHD_Result page_bring_set(Req *r);
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
enum MHD_Result page_application_calendar(Req *r);
/* pipeline.c: the staff's list of applications */
enum MHD_Result page_pipeline(Req *r);
/* import.c: paper application forms from CSV */
enum MHD_Result page_import(Req *r);
enum MHD_Result page_import_post(Req *r);
enum MHD_Result page_import_template(Req *r);

/* consent.c: a guardian's consent, by their link or on paper */
enum MHD_Result page_consent(Req *r);
enum MHD_Result page_consent_post(Req *r);
enum MHD_Result page_app_consent_paper(Req *r);

/* appreview.c: name-blind review */
enum MHD_Result page_app_tasks(Req *r);
enum MHD_Result page_app_review(Req *r);
enum MHD_Result page_app_review_save(Req *r);

/* selection.c: rubric, reviewers, ranking, decisions */
enum MHD_Result page_app_selection(Req *r);
enum MHD_Result page_criterion_add(Req *r);
enum MHD_Result page_criterion_delete(Req *r);
enum MHD_Result page_criterion_hint(Req *r);
enum MHD_Result page_app_disagreement(Req *r);
enum MHD_Result page_app_assign(Req *r);
enum MHD_Result page_app_decisions(Req *r);

/* privacy.c: the privacy notice of the organisation's public forms */
enum MHD_Result page_privacy(Req *r);
enum MHD_Result page_privacy_post(Req *r);

/* appdetail.c: one application, for staff, and closing a likely duplicate */
enum MHD_Result page_app_detail(Req *r);
enum MHD_Result page_app_duplicate(Req *r);

#endif
