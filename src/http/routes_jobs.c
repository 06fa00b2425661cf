/* routes_jobs.c — the part of the route table (see routes.c) for internships, jobs and
 * placements: offers, candidates, placements and follow-ups (staff), the offers of a
 * partner's own organisation (its members), a learner's offers and candidacies, and the
 * follow-up form a former learner's personal link opens. */
#include "http/routes.h"
#include "pages/jobs/jobs.h"

const Route routes_jobs[] = {
    /* the training organisation's staff */
    GET("/orgs/{org}/offers", page_job_offers, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/offers/new", page_job_offer_new, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/offers", page_job_offer_create, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/offers/{id}", page_job_offer, MEMBER(TRAINING_VIEW)),
    POST("/orgs/{org}/offers/{id}/propose", page_job_propose, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/candidates/{id}/stage", page_job_stage, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/placements", page_job_placements, MEMBER(TRAINING_VIEW)),
    POST("/orgs/{org}/placements", page_job_placement_create, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/followups", page_job_followups, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/programmes/{id}/placed", page_programme_placed, MEMBER(TRAINING_VIEW)),

    /* the partner's own organisation: {org} is the partner's */
    GET("/orgs/{org}/partner-offers", page_partner_offers, MEMBER(CASES_PARTNER)),
    GET("/orgs/{org}/partner-offers/new", page_partner_offer_new, MEMBER(CASES_PARTNER)),
    POST("/orgs/{org}/partner-offers", page_partner_offer_create, MEMBER(CASES_PARTNER)),
    GET("/orgs/{org}/partner-offers/{id}", page_partner_offer, MEMBER(CASES_PARTNER)),
    POST("/orgs/{org}/partner-candidates/{id}/stage", page_partner_stage, MEMBER(CASES_PARTNER)),

    /* the learner's space */
    GET("/learning/jobs", page_my_jobs, SIGNED_IN),
    GET("/learning/jobs/{id}", page_my_job, SIGNED_IN),
    POST("/learning/jobs/{id}/apply", page_my_job_apply, SIGNED_IN),
    POST("/learning/candidacies/{id}/agree", page_my_candidacy_agree, SIGNED_IN),

    /* a former learner's personal link */
    GET("/followup/{token}", page_followup),
    POST("/followup/{token}", page_followup_answer),
    {0},
};
