/* pages/competences/competences.h — the HTML handlers of competences: frameworks (DigComp
 * 2.2 shipped, an organisation's own), programmes' target competences, assessments of a
 * learner and the progress grid of a cohort. */
#ifndef TRAJECT_PAGES_COMPETENCES_H
#define TRAJECT_PAGES_COMPETENCES_H

#include "http/http.h"

/* frameworks.c */
enum MHD_Result page_frameworks(Req *r);
enum MHD_Result page_framework_new(Req *r);
enum MHD_Result page_framework_create(Req *r);
enum MHD_Result page_framework(Req *r);
enum MHD_Result page_framework_edit(Req *r);
enum MHD_Result page_framework_update(Req *r);
enum MHD_Result page_area_add(Req *r);
enum MHD_Result page_competence_add(Req *r);
enum MHD_Result page_framework_archive(Req *r);

/* targets.c */
enum MHD_Result page_targets(Req *r);
enum MHD_Result page_target_set(Req *r);
enum MHD_Result page_target_remove(Req *r);

/* assessments.c */
enum MHD_Result page_person_competences(Req *r);
enum MHD_Result page_assessment_add(Req *r);
enum MHD_Result page_evidence(Req *r);
enum MHD_Result page_my_evidence(Req *r);

/* grid.c */
enum MHD_Result page_cohort_grid(Req *r);

#endif
