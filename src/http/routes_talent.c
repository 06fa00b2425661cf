/* routes_talent.c — the part of the route table (see routes.c) for the talent pool: the
 * learner's profile for partners and their answers to requests (/learning/talent), and the
 * partner's own organisation's search, profiles, requests and export ({org} is the
 * partner's). */
#include "http/routes.h"
#include "pages/talent/talent.h"

const Route routes_talent[] = {
    /* the learner */
    GET("/learning/talent", page_my_talent, SIGNED_IN),
    POST("/learning/talent", page_my_talent_save, SIGNED_IN),
    POST("/learning/talent/visibility", page_my_talent_visibility, SIGNED_IN),
    POST("/learning/talent/requests/{id}/accept", page_my_talent_accept, SIGNED_IN),
    POST("/learning/talent/requests/{id}/decline", page_my_talent_decline, SIGNED_IN),

    /* the partner's own organisation */
    GET("/orgs/{org}/talent", page_talent_search, MEMBER(CASES_PARTNER)),
    GET("/orgs/{org}/talent.csv", page_talent_csv, MEMBER(CASES_PARTNER)),
    GET("/orgs/{org}/talent/{id}", page_talent_profile, MEMBER(CASES_PARTNER)),
    POST("/orgs/{org}/talent/{id}/meet", page_talent_meet, MEMBER(CASES_PARTNER)),
    GET("/orgs/{org}/talent-requests", page_talent_requests, MEMBER(CASES_PARTNER)),
    {0},
};
