/* pages/cases/cases.h — the HTML handlers of real cases from partners: the training
 * organisation's partners, cases, teams of a cohort (staff); the cases of a partner's own
 * organisation (its members); a team's case in the learner's space (/learning). */
#ifndef TRAJECT_PAGES_CASES_H
#define TRAJECT_PAGES_CASES_H

#include "http/http.h"

/* partners.c */
enum MHD_Result page_partners(Req *r);
enum MHD_Result page_partner_add(Req *r);

/* cases.c */
enum MHD_Result page_cases(Req *r);
enum MHD_Result page_case(Req *r);
enum MHD_Result page_case_accept(Req *r);
enum MHD_Result page_case_assign(Req *r);
enum MHD_Result page_handin_file(Req *r);
enum MHD_Result page_partner_handin_file(Req *r);
enum MHD_Result page_my_handin_file(Req *r);

/* submit.c: by staff on a partner's behalf, by the partner's own organisation */
enum MHD_Result page_case_new(Req *r);
enum MHD_Result page_case_create(Req *r);
enum MHD_Result page_partner_case_new(Req *r);
enum MHD_Result page_partner_case_create(Req *r);

/* teams.c */
enum MHD_Result page_teams(Req *r);
enum MHD_Result page_team_add(Req *r);

/* learner.c */
enum MHD_Result page_my_team(Req *r);
enum MHD_Result page_my_handin(Req *r);
enum MHD_Result page_my_milestone_done(Req *r);

/* partner.c */
enum MHD_Result page_partner_cases(Req *r);
enum MHD_Result page_partner_case(Req *r);
enum MHD_Result page_partner_review(Req *r);

#endif
