/* routes_cases.c — the part of the route table (see routes.c) for real cases from partners:
 * the training organisation's cases and teams (staff), the cases of a partner's
 * own organisation (its members), and a team's case in the learner's space. */
#include "http/routes.h"
#include "pages/cases/cases.h"

const Route routes_cases[] = {
    /* the training organisation's staff */
    GET("/orgs/{org}/cases", page_cases, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/cases/new", page_case_new, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/cases", page_case_create, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/cases/{id}", page_case, MEMBER(TRAINING_VIEW)),
    POST("/orgs/{org}/cases/{id}/accept", page_case_accept, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/cases/{id}/teams", page_case_assign, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/handins/{id}/file", page_handin_file, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/cohorts/{id}/teams", page_teams, MEMBER(TRAINING_VIEW)),
    POST("/orgs/{org}/cohorts/{id}/teams", page_team_add, MEMBER(TRAINING_EDIT)),

    /* the partner's own organisation: {org} is the partner's */
    GET("/orgs/{org}/partner-cases", page_partner_cases, MEMBER(CASES_PARTNER)),
    GET("/orgs/{org}/partner-cases/new", page_partner_case_new, MEMBER(CASES_PARTNER)),
    POST("/orgs/{org}/partner-cases", page_partner_case_create, MEMBER(CASES_PARTNER)),
    GET("/orgs/{org}/partner-cases/{id}", page_partner_case, MEMBER(CASES_PARTNER)),
    POST("/orgs/{org}/partner-cases/{id}/review", page_partner_review, MEMBER(CASES_PARTNER)),
    GET("/orgs/{org}/partner-handins/{id}/file", page_partner_handin_file, MEMBER(CASES_PARTNER)),

    /* a team's members, in the learner's space */
    GET("/learning/teams/{id}", page_my_team, SIGNED_IN),
    POST("/learning/teams/{id}/handins", page_my_handin, SIGNED_IN),
    POST("/learning/teams/{id}/milestones/{item}/done", page_my_milestone_done, SIGNED_IN),
    GET("/learning/handins/{id}/file", page_my_handin_file, SIGNED_IN),
    {0},
};
