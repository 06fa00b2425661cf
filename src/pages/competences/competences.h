/* pages/competences/competences.h — the HTML handlers of competences: frameworks (DigComp
 * 2.2 shipped, an organisation's own), programmes' target competences, assessments of a
 * learner and the progress grid of a cohort. */
#ifndef TRAJECT_PAGES_COMPETENCES_H
#define TRAJECT_PAGES_COMPETENCES_H

#include "html/layout.h"
#include "http/http.h"

/* frameworks.c */
PageFn page_frameworks, page_framework_new, page_framework_create, page_framework,
    page_framework_edit, page_framework_update, page_area_add, page_competence_add,
    page_framework_archive;

/* targets.c */
PageFn page_targets, page_target_set, page_target_remove;

/* assessments.c */
PageFn page_person_competences, page_assessment_add, page_evidence, page_my_evidence;

/* grid.c */
PageFn page_cohort_grid;

#endif
