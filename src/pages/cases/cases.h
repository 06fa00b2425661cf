/* pages/cases/cases.h — the HTML handlers of real cases from partners: the training
 * organisation's partners, cases, teams of a cohort (staff); the cases of a partner's own
 * organisation (its members); a team's case in the learner's space (/learning). */
#ifndef TRAJECT_PAGES_CASES_H
#define TRAJECT_PAGES_CASES_H

#include "html/layout.h"
#include "http/http.h"

/* cases.c: staff; the hand-ins' files for staff, the partner's organisation, the team */
PageFn page_cases, page_case, page_case_accept, page_case_assign, page_handin_file,
    page_partner_handin_file, page_my_handin_file;

/* submit.c: by staff on a partner's behalf, by the partner's own organisation */
PageFn page_case_new, page_case_create, page_partner_case_new, page_partner_case_create;

/* teams.c */
PageFn page_teams, page_team_add;

/* learner.c */
PageFn page_my_team, page_my_handin, page_my_milestone_done;

/* partner.c */
PageFn page_partner_cases, page_partner_case, page_partner_review;

#endif
